"""Changed facts: numbers, amounts, dates and names that differ between aligned sentences.

A reprint that copies a sentence but changes "12" to "21" or one name for
another is the costliest error an editor can miss, and it is invisible to a
similarity score; so any replaced stretch with a quantity or a proper name on
both sides is reported, however little context surrounds it.
"""

from __future__ import annotations

from variantview.core.detect.context import Change, Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.text import Token, is_number, is_proper_name, is_quantity, words
from variantview.core.units.segment import Unit

MAX_WORDS = 5


def detect_numbers(context: Context) -> list[Finding]:
    findings = []
    for row in context.content_rows:
        for change in context.changes(row):
            kind = _fact_kind(change)
            if kind is None or change.left + change.right < 1:
                continue
            minority, _ = context.minority(change)
            sides = []
            if minority == "x" or (minority is None and change.x.witness != row.base):
                sides.append((change.x, change.x_span, change.y, change.y_text))
            if minority == "y" or (minority is None and change.y.witness != row.base):
                sides.append((change.y, change.y_span, change.x, change.x_text))
            for unit, span, other, other_text in sides:
                text = unit.text[span[0] : span[1]]
                findings.append(
                    found_in(
                        unit,
                        *span,
                        kind="number",
                        counterpart=Counterpart(other.witness, other.index, other_text),
                        score=round(0.6 + 0.1 * min(change.left + change.right, 4), 3),
                        explanation=f"The {kind} “{text}” differs from “{other_text}” in {other.witness}.",
                        row=row.id,
                    )
                )
    return findings + _changed_expressions(context)


def _changed_expressions(context: Context) -> list[Finding]:
    """A figure's expression changed inside a sentence rewritten too far to diff ("1:05 am" against "1:05 p.m.").

    Runs of quantity words are compared across a row's outlets: two runs
    that share a number but differ in another quantity word state one fact
    differently, and the run fewer outlets write is reported.
    """
    findings = []
    for row in context.content_rows:
        every = context.row_units(row)
        units = list({u.text: u for u in every}.values())
        runs = {u.text: _quantity_runs(u) for u in units}  # reprints share their runs
        outlets_writing: dict[tuple[str, ...], set[str]] = {}
        for u in every:
            for keys, _, _ in runs[u.text]:
                outlets_writing.setdefault(keys, set()).add(u.witness)
        for unit in units:
            for keys, start, end in runs[unit.text]:
                rival = next(
                    (
                        (other, other_keys, other.text[a:b])
                        for other in units
                        if other.witness != unit.witness
                        for other_keys, a, b in runs[other.text]
                        if set(other_keys) & _numbers(keys) and not (set(keys) <= set(other_keys) or set(other_keys) <= set(keys))
                    ),
                    None,
                )  # sharing a number, each with a word the other lacks: not one written more precisely than the other
                if rival is None or len(outlets_writing.get(keys, ())) >= len(outlets_writing.get(rival[1], ())):
                    continue
                other, other_keys, other_text = rival
                findings.append(
                    found_in(
                        unit,
                        start,
                        end,
                        kind="number",
                        counterpart=Counterpart(other.witness, other.index, other_text),
                        score=0.7,
                        explanation=f"The figure “{unit.text[start:end]}” is “{other_text}” in {other.witness} "
                        f"({len(outlets_writing[other_keys])} outlet(s) write it so, {len(outlets_writing[keys])} this way).",
                        row=row.id,
                    )
                )
    return findings


def _numbers(keys: tuple[str, ...]) -> set[str]:
    return {k for k in keys if is_number(k)}


def _quantity_runs(unit: Unit) -> list[tuple[tuple[str, ...], int, int]]:
    """Maximal runs of quantity words holding a digit: (their keys, start, end in the unit's text)."""
    runs: list[list[Token]] = []
    for token in words(unit.text):
        if is_quantity(token.key):
            if runs and runs[-1] and unit.text[runs[-1][-1].end : token.start].strip(" ,") == "":
                runs[-1].append(token)
            else:
                runs.append([token])
        elif runs and runs[-1]:
            runs.append([])
    return [(tuple(t.key for t in run), run[0].start, run[-1].end) for run in runs if run and any(is_number(t.key) for t in run) and len(run) > 1]


def _fact_kind(change: Change) -> str | None:
    """What kind of fact changed, or None: both sides short and carrying a quantity or a name."""
    if len(change.x_words) > MAX_WORDS or len(change.y_words) > MAX_WORDS:
        return None
    if any(is_quantity(t.key) for t in change.x_words) and any(is_quantity(t.key) for t in change.y_words):
        return "number or date"
    if len(change.x_words) <= 3 and len(change.y_words) <= 3:
        x_names = all(is_proper_name(change.x.text, t.start) for t in change.x_words)
        y_names = all(is_proper_name(change.y.text, t.start) for t in change.y_words)
        if x_names and y_names:
            return "name"
    return None
