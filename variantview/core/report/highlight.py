"""Which stretches of a cell's sentence to mark, for any renderer (HTML report, Qt delegate).

A cell shows a witness's sentence; the marks say which words differ from the
row's base sentence and where findings sit. Computing them once, as plain
data, keeps the report and the grid in agreement.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison
from variantview.core.detect import Finding
from variantview.core.detect.kinds import KIND
from variantview.core.diffing import diff_words
from variantview.core.units.segment import Unit

_GHOST_WORDS = 4
"""A substituted stretch of the base is shown struck through only up to this many words: beyond it
the sentence is a rewrite, and the ghosts would bury the outlet's own words."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a cell with uniform styling.

    ``start``/``end`` are offsets into the unit's text; a ``delete`` run is a
    ghost of base text that the outlet lacks, so its offsets are empty
    (``start == end``) and ``text`` holds the base words.
    """

    start: int
    end: int
    text: str
    change: str  # same | insert | replace | delete
    kind: str | None  # the most severe finding covering the run


def runs(comparison: Comparison, row: Row, unit: Unit) -> list[Run]:
    """The unit's text cut into runs by diff status against the row's base and by finding, with ghosts of dropped base words."""
    n = len(unit.text)
    change = ["same"] * n
    ghosts: dict[int, list[str]] = {}
    if unit.witness != row.base and row.base in row.cells:
        base = comparison.unit(row.base, row.cells[row.base][0])
        for edit in diff_words(base.text, unit.text).edits:
            for i in range(edit.b_start, edit.b_end):
                change[i] = edit.tag if edit.tag in ("insert", "replace") else "same"
            dropped = base.text[edit.a_start : edit.a_end]
            if edit.tag == "delete" or (edit.tag == "replace" and len(dropped.split()) <= _GHOST_WORDS):
                ghosts.setdefault(edit.b_start, []).append(dropped)
    kinds: list[Finding | None] = [None] * n
    for f in findings_in(comparison, row, unit):
        assert f.start is not None and f.end is not None
        for i in range(max(0, f.start - unit.start), min(n, f.end - unit.start)):
            current = kinds[i]
            if current is None or f.severity > current.severity:
                kinds[i] = f
    kind_at = [k.kind if k is not None else None for k in kinds]
    cuts = sorted({0, n, *ghosts, *(i for i in range(1, n) if change[i] != change[i - 1] or kind_at[i] != kind_at[i - 1])})
    out: list[Run] = []
    for start, end in pairwise(cuts):
        out.extend(Run(start, start, g, "delete", None) for g in ghosts.get(start, ()))
        out.append(Run(start, end, unit.text[start:end], change[start], kind_at[start]))
    out.extend(Run(n, n, g, "delete", None) for g in ghosts.get(n, ()))
    return out


def findings_in(comparison: Comparison, row: Row, unit: Unit) -> list[Finding]:
    """Located findings inside this unit, leaving out whole-sentence ones (paraphrase, addition)."""
    return [f for f in comparison.findings_by_sentence.get((row.id, unit.witness, unit.index), ()) if KIND[f.kind].marks_words and f.start is not None]

