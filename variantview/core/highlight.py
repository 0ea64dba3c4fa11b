"""Which stretches of a cell's sentence to mark, for any renderer (HTML report, Qt delegate).

A cell shows a witness's sentence; the marks say which words differ from the
row's base sentence and where findings sit. Computing them once, as plain
data, keeps the report and the grid in agreement.
"""

from __future__ import annotations

from dataclasses import dataclass

from variantview.core.align import Row
from variantview.core.comparison import Comparison
from variantview.core.detect import Finding
from variantview.core.diffing import diff_words
from variantview.core.segment import Unit

PALETTE = {
    "quote": "#D55E00",
    "garble": "#CC79A7",
    "number": "#E69F00",
    "omission": "#0072B2",
    "addition": "#009E73",
    "typo": "#B8A500",
    "paraphrase": "#56B4E9",
}
"""Okabe-Ito colours, one per finding kind, distinguishable with the common colour-blindness types."""

GLYPHS = {"quote": "❝", "garble": "⚠", "number": "#", "omission": "∅", "addition": "+", "typo": "✎", "paraphrase": "≈"}


@dataclass(frozen=True, slots=True)
class Mark:
    """A run of the sentence with uniform styling; offsets are into the unit's text."""

    start: int
    end: int
    changed: bool  # differs from the row's base sentence
    kind: str | None  # the most severe finding covering the run


def marks(comparison: Comparison, row: Row, unit: Unit) -> list[Mark]:
    """Runs covering the whole unit text, each with its diff and finding status."""
    n = len(unit.text)
    changed = [False] * n
    if unit.witness != row.base and row.base in row.cells:
        base = comparison.unit(row.base, row.cells[row.base][0])
        for edit in diff_words(base.text, unit.text).edits:
            if edit.tag in ("insert", "replace"):
                for i in range(edit.b_start, edit.b_end):
                    changed[i] = True
    kinds: list[Finding | None] = [None] * n
    for f in findings_in(comparison, row, unit):
        assert f.start is not None and f.end is not None
        for i in range(max(0, f.start - unit.start), min(n, f.end - unit.start)):
            current = kinds[i]
            if current is None or f.severity > current.severity:
                kinds[i] = f
    runs: list[Mark] = []
    for i in range(n):
        kind = kinds[i].kind if kinds[i] else None
        if runs and runs[-1].changed == changed[i] and runs[-1].kind == kind:
            last = runs.pop()
            runs.append(Mark(last.start, i + 1, changed[i], kind))
        else:
            runs.append(Mark(i, i + 1, changed[i], kind))
    return runs


def findings_in(comparison: Comparison, row: Row, unit: Unit) -> list[Finding]:
    """Located findings inside this unit, leaving out whole-sentence ones (paraphrase, addition)."""
    return [
        f
        for f in comparison.findings
        if f.row == row.id
        and f.witness == unit.witness
        and f.sentence == unit.index
        and f.kind not in ("paraphrase", "addition")
        and f.start is not None
    ]

