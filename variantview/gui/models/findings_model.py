"""Every finding in one sortable, filterable table, with the editor's verdict beside it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from variantview.core.comparison import Comparison
from variantview.core.detect.finding import Finding
from variantview.core.detect.kinds import GLYPHS
from variantview.core.review.anchoring import finding_judgement
from variantview.core.review.annotations import Annotations
from variantview.gui.models.table import Index, ItemTableModel
from variantview.gui.style import kind_colour

COLUMNS = ("Kind", "Outlet", "Row", "Score", "Verdict", "Text", "Counterpart", "Explanation")
VERDICT_COLUMN = COLUMNS.index("Verdict")
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class FindingsModel(ItemTableModel):
    columns = COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None
        self._annotations = Annotations()
        self._positions: dict[int, int] = {}
        self._names: dict[str, str] = {}
        self._search: dict[Finding, str] = {}
        self._order: tuple[int, Qt.SortOrder] | None = None

    def set_comparison(self, comparison: Comparison | None, annotations: Annotations) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self._annotations = annotations
        self._positions = {r.id: i for i, r in enumerate(comparison.rows)} if comparison else {}
        self._names = {w.id: w.name for w in comparison.witnesses} if comparison else {}
        self._items = self._sorted(comparison.findings) if comparison else ()
        self._search.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, once, with Python's sort: a sorting proxy asks for two sort keys per comparison,
        which took 1-2 s at 25,000 findings each time a filter was cleared (bench/gui_grid.py)."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._items[p.row()] for p in persistent]
        self._items = self._sorted(self._items)
        position = {id(f): i for i, f in enumerate(self._items)}
        self.changePersistentIndexList(persistent, [self.index(position[id(f)], p.column()) for f, p in zip(held, persistent)])
        self.layoutChanged.emit()

    def _sorted(self, findings: Sequence[Finding]) -> tuple[Finding, ...]:
        if self._order is None:
            return tuple(findings)
        column, order = self._order
        return tuple(sorted(findings, key=lambda f: self._sort_key(f, COLUMNS[column]), reverse=order == Qt.SortOrder.DescendingOrder))

    def set_annotations(self, annotations: Annotations) -> None:
        self._annotations = annotations
        self._search.clear()  # verdicts are searchable
        self.refresh_columns(VERDICT_COLUMN, VERDICT_COLUMN)

    def finding(self, row: int) -> Finding:
        return self._items[row]

    def search_text(self, row: int) -> str:
        """Every column of a finding, case-folded, kept until the comparison or a verdict changes: filtering
        25,000 findings built this anew on each keystroke (1-2.7 s in bench/gui_grid.py)."""
        f = self._items[row]
        text = self._search.get(f)
        if text is None:
            text = self._search[f] = " ".join(self._display(f, c) for c in COLUMNS).casefold()
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._comparison is None:
            return None
        f = self._items[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(f, column)
        if role == FINDING_ROLE:
            return f
        if role == Qt.ItemDataRole.ForegroundRole and column == "Kind":
            return kind_colour(f.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f.explanation
        return None

    def _sort_key(self, f: Finding, column: str) -> object:
        """Real values for the columns that hold numbers or severities, not their display."""
        if column == "Row":
            return self._positions.get(f.row, 0)
        if column == "Score":
            return f.score
        if column == "Kind":
            return -f.severity
        return self._display(f, column)

    def _display(self, f: Finding, column: str) -> str:
        assert self._comparison is not None
        if column == "Kind":
            return f"{GLYPHS[f.kind]} {f.kind}"
        if column == "Outlet":
            return self._names.get(f.witness, f.witness)
        if column == "Row":
            return str(self._positions.get(f.row, 0) + 1)
        if column == "Score":
            return f"{f.score:.2f}"
        if column == "Verdict":
            return finding_judgement(self._comparison, self._annotations, f).verdict
        if column == "Text":
            return f.text
        if column == "Counterpart":
            return f.counterpart.text if f.counterpart else ""
        return f.explanation


class FindingsFilter(QSortFilterProxyModel):
    """Filters by kind, by outlet and by words in any column."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._kind: str | None = None
        self._witness: str | None = None
        self._words = ""

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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The source model sorts (see ``FindingsModel.sort``); this proxy only filters, in the source's order."""
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, FindingsModel)
        f = model.finding(source_row)
        if self._kind and f.kind != self._kind:
            return False
        if self._witness and f.witness != self._witness:
            return False
        return not self._words or self._words in model.search_text(source_row)
