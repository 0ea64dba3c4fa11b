"""Every finding in one sortable, filterable table, with the editor's verdict beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from variantview.core.annotations import Annotations, finding_anchor
from variantview.core.comparison import Comparison
from variantview.core.detect.finding import Finding
from variantview.core.highlight import GLYPHS
from variantview.gui.models.table import Index, ItemTableModel
from variantview.gui.style import kind_colour

COLUMNS = ("Kind", "Outlet", "Row", "Score", "Verdict", "Text", "Counterpart", "Explanation")
VERDICT_COLUMN = COLUMNS.index("Verdict")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2



class FindingsModel(ItemTableModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._annotations = Annotations()
        self._positions: dict[int, int] = {}

    def set_comparison(self, comparison: Comparison | None, annotations: Annotations) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._annotations = annotations
        self._items = comparison.findings if comparison else ()
        self._positions = {r.id: i for i, r in enumerate(comparison.rows)} if comparison else {}
        self.endResetModel()

    def set_annotations(self, annotations: Annotations) -> None:
        self._annotations = annotations
        self.refresh_columns(VERDICT_COLUMN, VERDICT_COLUMN)

    def finding(self, row: int) -> Finding:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._comparison is None:
            return None
        f = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, column)
        if role == SORT_ROLE:
            return {"Row": self._positions.get(f.row, 0), "Score": f.score, "Kind": -f.severity}.get(column, self._display(f, column))
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.ForegroundRole and column == "Kind":
            return kind_colour(f.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.explanation
        return None

    def _display(self, f: Finding, column: str) -> str:
        assert self._comparison is not None
        if column == "Kind":
            return f"{GLYPHS[f.kind]} {f.kind}"
        if column == "Outlet":
            return self._comparison.witness(f.witness).name
        if column == "Row":
            return str(self._positions.get(f.row, 0) + 1)
        if column == "Score":
            return f"{f.score:.2f}"
        if column == "Verdict":
            return self._annotations.note(finding_anchor(self._comparison, f)).verdict
        if column == "Text":
            return f.text
        if column == "Counterpart":
            return f.counterpart.text if f.counterpart else ""
        return f.explanation


class FindingsFilter(QSortFilterProxyModel):
    """Filters by kind, by outlet and by words in any column; sorts by real values, not their display."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._witness: str | None = None
        self._words = ""
        self.setSortRole(SORT_ROLE)

    def set_kind(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._kind = kind
        self.endFilterChange()

    def set_witness(self, witness: str | None) -> None:
        self.beginFilterChange()
        self._witness = witness
        self.endFilterChange()

    def set_words(self, words: str) -> None:
        self.beginFilterChange()
        self._words = words.casefold().strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        f = model.finding(source_row)
        if self._kind and f.kind != self._kind:
            return False
        if self._witness and f.witness != self._witness:
            return False
        if self._words:
            text = " ".join(str(model.data(model.index(source_row, c)) or "") for c in range(len(COLUMNS)))
            return self._words in text.casefold()
        return True
