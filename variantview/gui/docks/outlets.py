"""The outlets list: who said what, how far the editor trusts them, and the actions that change the list."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTableView, QToolBar, QVBoxLayout, QWidget

from variantview.core.review.annotations import RATINGS
from variantview.gui.delegates import ChoiceDelegate
from variantview.gui.models.outlets_model import COLUMNS, RATING_COLUMN, OutletsModel


class OutletsDock(QDockWidget):
    def __init__(self, model: OutletsModel, actions: Sequence[QAction], parent: QWidget | None = None) -> None:
        super().__init__("Outlets", parent)
        self.setObjectName("outlets")
        self.model = model
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QToolBar()
        for action in actions:
            bar.addAction(action)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setItemDelegateForColumn(RATING_COLUMN, ChoiceDelegate(RATINGS, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(COLUMNS.index("Source"), QHeaderView.ResizeMode.Stretch)  # elided; the tooltip has it whole
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setToolTip("Double-click a name, rating or note to edit it; every edit can be undone")
        self.table.setMinimumHeight(150)
        layout.addWidget(bar)
        layout.addWidget(self.table)
        self.setWidget(body)

    def current_witness(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.witness(index.row()).id if index.isValid() else None
