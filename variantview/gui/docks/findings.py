"""The findings list: every finding, sortable and filterable; activating one goes to it in the grid."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from variantview.core.comparison import Comparison
from variantview.core.detect.kinds import GLYPHS, KINDS
from variantview.gui.models.findings_model import COLUMNS, FINDING_ROLE, FindingsFilter, FindingsModel

TYPING_PAUSE_MS = 200


class FindingsDock(QDockWidget):
    findingActivated = Signal(object)

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__("Findings", parent)
        self.setObjectName("findings")
        self.model = model
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(model)
        body = QWidget()
        layout = QVBoxLayout(body)
        filters = QHBoxLayout()
        self.kind = QComboBox()
        self.kind.addItem("All kinds", None)
        for kind in KINDS:
            self.kind.addItem(f"{GLYPHS[kind]} {kind}", kind)
        self.kind.setToolTip("Show only findings of one kind")
        self.kind.currentIndexChanged.connect(lambda _i: self.proxy.set_kind(self.kind.currentData()))
        self.outlet = QComboBox()
        self.outlet.setToolTip("Show only one outlet's findings")
        self.outlet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outlet.currentIndexChanged.connect(lambda _i: self.proxy.set_witness(self.outlet.currentData()))
        self.words = QLineEdit()
        self.words.setPlaceholderText("Filter by text…")
        self.words.setClearButtonEnabled(True)
        self.words.setToolTip("Show only findings whose text, outlet, verdict or explanation contains these words")
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)  # filter once the editor pauses, not on every key
        self._typing.timeout.connect(lambda: self.proxy.set_words(self.words.text()))
        self.words.textChanged.connect(lambda _t: self._typing.start())
        filters.addWidget(self.kind)
        filters.addWidget(self.outlet)
        filters.addWidget(self.words, 1)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("Row"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (("Kind", 95), ("Outlet", 125), ("Row", 45), ("Score", 50), ("Verdict", 80), ("Text", 150), ("Counterpart", 150)):
            self.table.setColumnWidth(COLUMNS.index(column), width)
        self.table.setToolTip("Double-click or press Enter to go to the finding in the grid")
        self.table.setMinimumHeight(150)
        self.table.doubleClicked.connect(self._activate)
        self.table.activated.connect(self._activate)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.setWidget(body)

    def set_outlets(self, comparison: Comparison | None) -> None:
        chosen = self.outlet.currentData()
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem("All outlets", None)
        for w in comparison.witnesses if comparison else ():
            self.outlet.addItem(w.name, w.id)
        found = self.outlet.findData(chosen)
        self.outlet.setCurrentIndex(max(0, found))
        self.outlet.blockSignals(False)
        self.proxy.set_witness(self.outlet.currentData())

    def set_kind(self, kind: str | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))

    def visible_kinds(self) -> set[str]:
        return {self.proxy.index(r, 0).data(FINDING_ROLE).kind for r in range(self.proxy.rowCount())}

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.findingActivated.emit(index.data(FINDING_ROLE))
