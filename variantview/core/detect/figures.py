"""What every check that reads a figure around its words shares: which side of two rival figures to report,
and the finding it reports.

The changed-fact check pins a figure between words a diff matches; the checks
that read around a figure (counts, round amounts, measures, slips of one
digit, figures in quotations) work where sentences were rewritten too far for
that, and decide and report alike, so that one figure is never reported two
ways by two of them.
"""

from __future__ import annotations

import re

from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.text import is_quantity, words
from variantview.core.units.segment import Unit


def less_stated(mine: tuple[int, ...], theirs: tuple[int, ...]) -> bool:
    """Whether a figure is the one to report against a rival's, from how many outlets state each
    (a tuple: the first count decides, the next settles a tie): the one fewer state; as many for each, both,
    the outlet the row is read against included, as the changed-fact check marks a tie: which is wrong is the
    editor's call, not the base's privilege. Every check that reads around a figure decides so."""
    return mine <= theirs


def figure_finding(unit: Unit, span: tuple[int, int], counterpart: Counterpart, explanation: str, row: int) -> Finding:
    """A figure stated differently, found by reading around it rather than by a word diff: every such check
    reports at one score, below a changed fact the diff pins between matching words."""
    return found_in(unit, *span, kind="number", counterpart=counterpart, score=0.7, explanation=explanation, row=row)


def figure_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The figure inside a changed stretch, with the unit written after it: "got 37 percent" against "obtained 36 %"
    is the figure "36 %", not the verb the rewrite also changed; "around 05:07" against "4:40" is "05:07 pm", its hedge
    being another fact (``hedges``). A stretch with no figure of its own is kept whole."""
    start, end = span
    figures = [t for t in words(text[start:end]) if is_quantity(t.key)]
    if not figures:
        return span
    start, end = start + figures[0].start, start + figures[-1].end
    unit = _UNIT_AFTER.match(text, end)
    return start, unit.end() if unit else end


_UNIT_AFTER = re.compile(r"\s{0,2}(?:%|per ?cent\b|percent\b|[ap]\.?m\b\.?)", re.IGNORECASE)
"""The unit a figure's stretch can end before: a percent sign or word, a clock's a.m. or p.m."""
