"""Where F7 and the search go next: stops in grid order (row, then column), wrapping at the ends."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QItemSelectionModel

from variantview.core.detect.finding import Finding
from variantview.core.detect.kinds import LISTED
from variantview.gui.grid import AlignmentView
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


class Navigator:
    """F7 / Shift+F7 and the search field: they move the grid's current cell, and the inspector follows.

    It holds the grid and its model, and is told how to select a finding in
    the inspector, how to tell the editor something, and how to show hidden
    boilerplate rows when a finding asked for sits on one.
    """

    def __init__(
        self,
        grid: AlignmentView,
        model: AlignmentModel,
        select_finding: Callable[[Finding], None],
        show_status: Callable[[str, int], None],
        show_hidden_rows: Callable[[], None],
    ) -> None:
        self._grid = grid
        self._model = model
        self._select_finding = select_finding
        self._show_status = show_status
        self._show_hidden_rows = show_hidden_rows

    def jump_finding(self, step: int) -> None:
        """The next finding after the current cell in grid order, wrapping at the ends."""
        stops = finding_stops(self._model, self._grid.isRowHidden)
        if not stops:
            self._show_status("No findings to visit", 4000)
            return
        (row, column), wrapped = next_stop(sorted(stops), self._here(), step)
        if wrapped:
            self._show_status("Wrapped around to the " + ("first" if step > 0 else "last") + " finding", 3000)
        self._grid.go_to(row, column)
        self._select_finding(stops[(row, column)])

    def go_to_finding(self, finding: Finding) -> None:
        if self._model.comparison is None:
            return
        row = self._model.position_of(finding.row)
        if self._grid.isRowHidden(row):
            self._show_hidden_rows()
        self._grid.go_to(row, self._model.column_of(finding.witness))
        self._select_finding(finding)

    def go_to_sentence(self, ref: tuple[str, int], witness: str | None = None) -> None:
        """The row holding the sentence ``ref`` (after re-alignment, or from the library), in ``witness``'s column."""
        row = next((i for i in range(self._model.rowCount()) if ref in self._model.row(i).refs()), None)
        if row is not None:
            self._grid.go_to(row, self._model.column_of(witness or ref[0]))

    def select_rows(self, row_ids: tuple[int, ...]) -> None:
        """Select whole rows of the grid (the rows a derivation's copied text sits in) and show the first."""
        positions = sorted(self._model.position_of(r) for r in row_ids)
        if not positions:
            self._show_status("No rows carry text copied along this arrow", 4000)
            return
        selection = QItemSelection()
        for position in positions:
            selection.select(self._model.index(position, 0), self._model.index(position, self._model.columnCount() - 1))
        self._grid.go_to(positions[0])
        self._grid.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_status(f"{len(positions)} row(s) carry the copied text", 4000)

    def find_text(self, text: str, step: int) -> None:
        if not text.strip():
            return
        matches = text_matches(self._model, text, self._grid.isRowHidden)
        if not matches:
            self._show_status(f"No outlet's text contains “{text}”", 5000)
            return
        target, _wrapped = next_stop(matches, self._here(), step)
        self._grid.go_to(*target)
        self._show_status(f"Match {matches.index(target) + 1} of {len(matches)}", 5000)

    def _here(self) -> Cell:
        index = self._grid.currentIndex()
        return (index.row(), index.column()) if index.isValid() else (-1, -1)
