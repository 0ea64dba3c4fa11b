"""The alignment grid: a table view that sizes only the rows on screen.

Sizing every row to its content up front would lay out every cell of a
50 x 1,000 comparison before the first paint. Rows are sized when they come
into view, to the columns in view (and again when those or their widths
change), which keeps opening and scrolling quick whatever the comparison's
size.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from variantview.gui.delegates import SELECTION_TINT, DiffDelegate
from variantview.gui.models.alignment_model import AlignmentModel

_STRETCH_UP_TO = 6
"""With this many outlets or fewer, columns share the width; beyond it they keep a readable width and scroll."""
_COLUMN_WIDTH = 320


class AlignmentView(QTableView):
    def __init__(self, model: AlignmentModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.delegate = DiffDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 8)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setToolTip("")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION_TINT))  # pale, so the diff colours stay readable
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
        self.setPalette(palette)
        self.verticalHeader().setResizeContentsPrecision(0)  # a row is as tall as its cells on screen; Qt would lay out every column
        self._sized: dict[int, tuple[int, ...]] = {}
        self._target: QPersistentModelIndex | None = None
        self._sizer = QTimer(self, singleShot=True, interval=0)
        self._sizer.timeout.connect(self._size_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._schedule)
        self.horizontalScrollBar().valueChanged.connect(self._schedule)  # other columns come into view: size rows to them
        self.horizontalHeader().sectionResized.connect(self._columns_changed)
        model.modelReset.connect(self._reset)

    def _reset(self) -> None:
        self.delegate.clear()
        self._sized.clear()
        model = self.model()
        stretch = model.columnCount() <= _STRETCH_UP_TO
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if stretch else QHeaderView.ResizeMode.Interactive)
        if not stretch:
            for column in range(model.columnCount()):
                self.setColumnWidth(column, _COLUMN_WIDTH)
        self._schedule()

    def refresh_layouts(self) -> None:
        """Re-lay out every cell (the font changed)."""
        self.delegate.clear()
        self._sized.clear()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 3 + 8)
        self._schedule()
        self.viewport().update()

    def _columns_changed(self) -> None:
        self._sized.clear()
        self._schedule()

    def sizing_pending(self) -> bool:
        """Whether rows that came on screen are still waiting to be sized (the next event-loop pass sizes them)."""
        return self._sizer.isActive()

    def _schedule(self) -> None:
        self._sizer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._schedule()

    def _size_visible_rows(self) -> None:
        model = self.model()
        if model.rowCount() == 0:
            return
        left = max(0, self.columnAt(0))
        right = self.columnAt(self.viewport().width() - 1)
        right = model.columnCount() - 1 if right < 0 else right
        widths = (left, *(self.columnWidth(c) for c in range(left, right + 1)))
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height())
        last = model.rowCount() - 1 if last < 0 else min(model.rowCount() - 1, last + 2)
        changed = False
        for row in range(first, last + 1):
            if self.isRowHidden(row) or self._sized.get(row) == widths:
                continue
            self.resizeRowToContents(row)
            self._sized[row] = widths
            changed = True
        target = self._target
        if target is not None and target.isValid():
            self.scrollTo(QModelIndex(target), QAbstractItemView.ScrollHint.PositionAtCenter)
        if changed:
            self._schedule()  # sized rows change what is on screen: size again until nothing moves
        else:
            self._target = None

    def go_to(self, row: int, column: int | None = None) -> None:
        """Select a cell (or the row's first cell) and bring it to the middle of the view."""
        column = self.currentIndex().column() if column is None else column
        index = self.model().index(row, max(0, column))
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._target = QPersistentModelIndex(index)  # sizing rows around it moves it: centre it again once they settle
        self._schedule()

    def visible_rows(self) -> tuple[int, int]:
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        return first, (self.model().rowCount() - 1 if last < 0 else last)

    def selected_cells(self) -> list[QModelIndex]:
        return sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
