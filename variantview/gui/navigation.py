"""Where F7 and the search go next: stops in grid order (row, then column), wrapping at the ends."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from variantview.core.detect.finding import Finding
from variantview.core.detect.kinds import LISTED
from variantview.gui.models.alignment_model import AlignmentModel

Cell = tuple[int, int]

NAVIGABLE = LISTED
"""F7 visits these; paraphrase is the normal state of rewritten news and would drown the rest."""


def next_stop(stops: Sequence[Cell], here: Cell, step: int) -> tuple[Cell, bool]:
    """The first stop after ``here`` (step > 0) or before it (step < 0), and whether the search wrapped."""
    ahead = [s for s in stops if (s > here if step > 0 else s < here)]
    if ahead:
        return (ahead[0] if step > 0 else ahead[-1]), False
    return (stops[0] if step > 0 else stops[-1]), True


def finding_stops(model: AlignmentModel, hidden: Callable[[int], bool]) -> dict[Cell, Finding]:
    """The cells holding a navigable finding on a shown row, each with one of its findings."""
    if model.comparison is None:
        return {}
    positions = {r.id: i for i, r in enumerate(model.comparison.rows)}
    return {
        (positions[f.row], model.column_of(f.witness)): f
        for f in model.comparison.findings
        if f.kind in NAVIGABLE and not hidden(positions[f.row])
    }


def text_matches(model: AlignmentModel, words: str, hidden: Callable[[int], bool]) -> list[Cell]:
    """Cells on shown rows whose text contains ``words``, ignoring case."""
    folded = words.casefold().strip()
    return [
        (r, c)
        for r in range(model.rowCount())
        if not hidden(r)
        for c in range(model.columnCount())
        if folded in str(model.index(r, c).data() or "").casefold()
    ]
