"""The outlets list: name, source, colour, sentence count, and the editor's rating and note.

Edits made in the list (rename, rating, note) are not applied here: the
model asks, and the document applies them as undoable commands.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont

from variantview.core.comparison import Comparison
from variantview.core.read.witness import Witness, provenance
from variantview.core.review.annotations import Annotations
from variantview.gui.models.table import Index, ItemTableModel
from variantview.gui.style import outlet_colour

COLUMNS = ("Outlet", "Rating", "Sentences", "Note", "Source")
"""The editor's rating sits beside the name, and the provenance, the longest, last: it takes the width left and is elided."""
RATING_COLUMN = COLUMNS.index("Rating")
_EDITABLE = {"Outlet", "Rating", "Note"}


class OutletsModel(ItemTableModel):
    columns = COLUMNS

    renameRequested = Signal(str, str)
    ratingRequested = Signal(str, str)
    noteRequested = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._annotations = Annotations()

    def set_state(self, witnesses: tuple[Witness, ...], comparison: Comparison | None, annotations: Annotations) -> None:
        self.beginResetModel()
        self._items = witnesses
        self._comparison = comparison
        self._annotations = annotations
        self.endResetModel()

    def set_annotations(self, annotations: Annotations) -> None:
        self._annotations = annotations
        self.refresh_columns(RATING_COLUMN, len(COLUMNS) - 1)

    def witness(self, row: int) -> Witness:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        w = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(w, column)
        if role == Qt.ItemDataRole.DecorationRole and column == "Outlet":
            return outlet_colour(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(w)
        if role == Qt.ItemDataRole.FontRole and column == "Outlet" and self._comparison and self._comparison.base == w.id:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, w: Witness, column: str) -> str:
        if column == "Outlet":
            return w.name
        if column == "Source":
            return provenance(w)
        if column == "Sentences":
            if not self._comparison or w.id not in self._comparison.units:
                return "…"
            return str(sum(not u.boilerplate for u in self._comparison.units[w.id]))
        if column == "Rating":
            return self._annotations.rating(w.id).rating
        return self._annotations.rating(w.id).note

    def _tooltip(self, w: Witness) -> str:
        details = [w.name, f"id: {w.id}", f"source: {w.source or 'pasted text'}"]
        if self._comparison and w.id in self._comparison.units:
            units = self._comparison.units[w.id]
            details.append(f"{sum(not u.boilerplate for u in units)} sentences of article text, {sum(u.boilerplate for u in units)} of boilerplate")
        details += [f"{k}: {v}" for k, v in w.metadata.items()]
        if self._comparison and self._comparison.base == w.id:
            details.append("Base outlet: rows follow its order and the others are diffed against it")
        return "\n".join(details)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] in _EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        w = self._items[index.row()]
        column = COLUMNS[index.column()]
        text = str(value)
        if column == "Outlet" and text.strip() and text != w.name:
            self.renameRequested.emit(w.id, text)
        elif column == "Rating" and text != self._annotations.rating(w.id).rating:
            self.ratingRequested.emit(w.id, text)
        elif column == "Note" and text != self._annotations.rating(w.id).note:
            self.noteRequested.emit(w.id, text)
        else:
            return False
        return True
