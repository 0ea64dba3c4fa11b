"""The alignment grid's model: one row per aligned row, one column per outlet.

Cells hand the delegate their diff runs (computed on first request and
cached: a 50 x 1,000 grid must not diff 50,000 cells before painting the
twenty on screen). Dragging a sentence onto another row of its own column
asks for a "move" correction; the model never edits the alignment itself.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison
from variantview.core.detect.finding import Finding
from variantview.core.detect.kinds import GLYPHS, KIND
from variantview.core.report.highlight import Run, runs
from variantview.core.review.anchoring import row_note
from variantview.core.review.annotations import Annotations
from variantview.core.units.segment import Unit
from variantview.gui.style import kind_colour, outlet_colour

RUNS_ROLE = Qt.ItemDataRole.UserRole + 1
"""tuple of run tuples, one per sentence in the cell; empty when the outlet does not report the row."""
ROW_KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MIME = "application/x-variantview-units"

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


class AlignmentModel(QAbstractTableModel):
    moveRequested = Signal(object, object)
    """(unit ref, target ref): a sentence dropped onto another row of its outlet's column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._annotations = Annotations()
        self._rows: tuple[Row, ...] = ()
        self._findings: dict[int, list[Finding]] = {}
        self._worst: dict[int, Finding] = {}
        self._runs: dict[tuple[int, int], tuple[tuple[Run, ...], ...]] = {}

    def set_comparison(self, comparison: Comparison | None, annotations: Annotations) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._annotations = annotations
        self._rows = comparison.rows if comparison else ()
        self._findings = defaultdict(list)
        for f in comparison.findings if comparison else ():
            self._findings[f.row].append(f)
        self._worst = {row: max(found, key=lambda f: f.severity) for row, found in self._findings.items()}
        self._runs = {}
        self.endResetModel()

    def set_annotations(self, annotations: Annotations) -> None:
        self._annotations = annotations
        if self._rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._rows) - 1)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() or not self.comparison else len(self.comparison.witnesses)

    def row(self, position: int) -> Row:
        return self._rows[position]

    def position_of(self, row_id: int) -> int:
        return next(i for i, r in enumerate(self._rows) if r.id == row_id)

    def witness_id(self, column: int) -> str:
        assert self.comparison is not None
        return self.comparison.witnesses[column].id

    def column_of(self, witness_id: str) -> int:
        assert self.comparison is not None
        return next(i for i, w in enumerate(self.comparison.witnesses) if w.id == witness_id)

    def units(self, index: Index) -> list[Unit]:
        if not self.comparison or not index.isValid():
            return []
        witness = self.witness_id(index.column())
        return [self.comparison.unit(witness, i) for i in self._rows[index.row()].cells.get(witness, ())]

    def findings(self, position: int) -> list[Finding]:
        return self._findings.get(self._rows[position].id, [])

    def worst(self, position: int) -> Finding | None:
        """The row's most severe finding, which colours its stripe in the overview (repainted on every scroll)."""
        return self._worst.get(self._rows[position].id)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not self.comparison:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(u.text for u in self.units(index))
        if role == RUNS_ROLE:
            return self._cell_runs(index)
        if role == ROW_KIND_ROLE:
            return self._rows[index.row()].kind
        return None

    def _cell_runs(self, index: Index) -> tuple[tuple[Run, ...], ...]:
        key = (index.row(), index.column())
        if key not in self._runs:
            assert self.comparison is not None
            row = self._rows[index.row()]
            self._runs[key] = tuple(tuple(runs(self.comparison, row, u)) for u in self.units(index))
        return self._runs[key]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.comparison:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        return self._row_header(section, role)

    def _column_header(self, section: int, role: int) -> Any:
        assert self.comparison is not None
        witness = self.comparison.witnesses[section]
        base = witness.id == self.comparison.base
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{witness.name}{'  (base)' if base else ''}"
        if role == Qt.ItemDataRole.DecorationRole:
            return outlet_colour(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            rating = self._annotations.rating(witness.id).rating
            return f"{witness.name}\n{witness.source or 'pasted text'}\nRating: {rating}" + ("\nBase outlet: the others are diffed against it" if base else "")
        return None

    def _row_header(self, section: int, role: int) -> Any:
        assert self.comparison is not None
        row = self._rows[section]
        worst = self.worst(section)
        if role == Qt.ItemDataRole.DisplayRole:
            verdict = row_note(self.comparison, self._annotations, row).verdict if row.kind != "boilerplate" else ""
            glyph = f" {GLYPHS[worst.kind]}" if worst and KIND[worst.kind].listed else ""
            return f"{section + 1}{glyph}\n{row.kind}" + (f"\n{verdict}" if verdict else "")
        if role == Qt.ItemDataRole.ForegroundRole and worst and KIND[worst.kind].listed:
            return kind_colour(worst.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            kinds = sorted({f.kind for f in self.findings(section)})
            return f"Row {section + 1}: {row.kind}, {len(row.cells)} outlet(s)" + (f"\nFindings: {', '.join(kinds)}" if kinds else "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.units(index):
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        refs = [[u.witness, u.index] for index in indexes for u in self.units(index)]
        data = QMimeData()
        data.setData(MIME, json.dumps(refs).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        refs = _refs(data)
        return bool(refs) and parent.isValid() and all(w == self.witness_id(parent.column()) for w, _ in refs) and self._target(parent) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        """Ask for the move and report "not dropped": the view must not remove anything itself; the re-alignment will."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self._target(parent)
        for ref in _refs(data):
            if ref != target:
                self.moveRequested.emit(ref, target)
        return False

    def _target(self, parent: Index) -> tuple[str, int] | None:
        """Any sentence of the target row stands for the row."""
        refs = self._rows[parent.row()].refs()
        return refs[0] if refs else None


def _refs(data: QMimeData) -> list[tuple[str, int]]:
    if not data.hasFormat(MIME):
        return []
    try:
        return [(str(w), int(i)) for w, i in json.loads(bytes(data.data(MIME).data()).decode())]
    except (ValueError, TypeError):
        return []
