"""The heat map beside the grid: one stripe per row, coloured by the row's most severe finding.

Like Meld's and Juxta's overview bars, it shows at a glance where an outlet
strays; a click jumps the grid there, and a frame marks what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from variantview.core.detect.kinds import KIND
from variantview.gui.grid import AlignmentView
from variantview.gui.models.alignment_model import AlignmentModel
from variantview.gui.style import kind_colour

_QUIET = QColor("#e6e6e6")
_CHROME = QColor("#f6f6f6")


class OverviewBar(QWidget):
    rowClicked = Signal(int)

    def __init__(self, model: AlignmentModel, view: AlignmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._view = view
        self.setMinimumWidth(22)
        self.setMaximumWidth(22)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip("Overview: one stripe per row, coloured by its most severe finding. Click to jump there.")
        self.setAccessibleName("Overview of findings")
        model.modelReset.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(22, 200)

    def _rows(self) -> list[int]:
        return [r for r in range(self._model.rowCount()) if not self._view.isRowHidden(r)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#fafafa"))
        rows = self._rows()
        if not rows:
            return
        step = self.height() / len(rows)
        for i, row in enumerate(rows):
            worst = self._model.worst(row)
            if self._model.row(row).kind == "boilerplate":
                colour = _CHROME
            elif worst is None:
                colour = _QUIET
            else:
                colour = kind_colour(worst.kind)
                if not KIND[worst.kind].listed:
                    colour = colour.lighter(140)
            painter.fillRect(QRectF(3, i * step, self.width() - 6, max(step, 1.5)), colour)
        first, last = self._view.visible_rows()
        top = next((i for i, r in enumerate(rows) if r >= first), 0)
        bottom = next((i for i, r in reversed(list(enumerate(rows))) if r <= last), len(rows) - 1)
        painter.setPen(QPen(QColor("#333333"), 1.5))
        painter.drawRect(QRectF(1, top * step, self.width() - 2, max((bottom - top + 1) * step, 3)))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        rows = self._rows()
        if rows:
            i = min(len(rows) - 1, max(0, int(y / self.height() * len(rows))))
            self.rowClicked.emit(rows[i])
