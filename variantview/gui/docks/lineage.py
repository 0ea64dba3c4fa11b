"""The Lineage view: outlets as nodes, derivations as arrows labelled with the reused share.

Nodes carry the outlets' colours from the outlets list, set on a circle in the
outlets' order; outlets that copy one text absent from the comparison point
from a dashed "common source" node. Clicking an arrow asks the window to
select the rows that carry the copied text.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QGraphicsItem, QGraphicsPathItem, QGraphicsScene, QGraphicsView, QLabel, QVBoxLayout, QWidget

from variantview.core.comparison import Comparison
from variantview.core.lineage import WHOLLY
from variantview.core.lineage.graph import NODE_HEIGHT, NODE_WIDTH, edge, layout, origin
from variantview.gui.style import outlet_colour

_NODE = QRectF(-NODE_WIDTH / 2, -NODE_HEIGHT / 2, NODE_WIDTH, NODE_HEIGHT)


class Arrow(QGraphicsPathItem):
    """One derivation; its shape is widened so a click near the line counts."""

    def __init__(self, start: QPointF, end: QPointF, rows: tuple[int, ...], tip: str, pen: QPen) -> None:
        super().__init__()
        self.rows = rows
        line = QPainterPath(start)
        line.lineTo(end)
        angle = math.atan2(end.y() - start.y(), end.x() - start.x())
        head = QPolygonF([end, *(end - QPointF(math.cos(angle + d) * 14, math.sin(angle + d) * 14) for d in (0.4, -0.4))])
        line.addPolygon(head)
        self.setPath(line)
        self.setPen(pen)
        self.setBrush(QBrush(pen.color()))
        self.setToolTip(tip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self.path())


class LineageView(QGraphicsView):
    rowsRequested = Signal(tuple)
    """Row ids carrying the copied text of the clicked derivation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scene = QGraphicsScene(self)  # owned by the view: a parentless scene would be collected under it
        self.setScene(self._scene)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)

    def show_lineage(self, comparison: Comparison | None) -> None:
        scene = self.scene()
        scene.clear()
        if comparison is None:
            return
        lineage = {d.outlet: d for d in comparison.lineage}
        centres, groups = layout([w.id for w in comparison.witnesses], comparison.lineage)
        for _members, at in groups:
            self._node(QPointF(*at), "common source\n(not among these outlets)", QColor("#777777"), dashed=True)
        for i, w in enumerate(comparison.witnesses):
            self._node(QPointF(*centres[w.id]), f"{w.name}\n{lineage[w.id].category}" if w.id in lineage else w.name, outlet_colour(i))
        for d in comparison.lineage:
            start = origin(d, centres, groups)
            if start is None:
                continue
            pen = QPen(QColor("#444444"), 3.0 if d.category == WHOLLY else 1.8)
            if not d.source:
                pen.setStyle(Qt.PenStyle.DashLine)
            a, b = (QPointF(*p) for p in edge(start, centres[d.outlet]))
            scene.addItem(Arrow(a, b, d.rows, d.evidence, pen))
            label = scene.addText(f"{d.reused:.0%}")
            label.setDefaultTextColor(QColor("#222222"))
            label.setPos((a + b) / 2 - QPointF(label.boundingRect().width() / 2, label.boundingRect().height()))
            label.setToolTip(d.evidence)
        self.fitInView(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)

    def _node(self, at: QPointF, text: str, colour: QColor, dashed: bool = False) -> None:
        pen = QPen(colour.darker(130), 2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
        path = QPainterPath()
        path.addRoundedRect(_NODE.translated(at), 10, 10)
        box = self.scene().addPath(path, pen, QBrush(QColor("#ffffff") if dashed else colour))
        box.setZValue(1)
        label = self.scene().addText(text)
        label.setDefaultTextColor(QColor("#333333") if dashed or colour.lightness() > 150 else QColor("#ffffff"))
        label.setTextWidth(_NODE.width() - 8)
        label.setPos(at - QPointF(label.boundingRect().width() / 2, label.boundingRect().height() / 2))
        label.setZValue(2)
        label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        arrow = next((item for item in self.items(event.position().toPoint()) if isinstance(item, Arrow)), None)
        if arrow is not None and event.button() == Qt.MouseButton.LeftButton:
            self.rowsRequested.emit(arrow.rows)
            return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.scene().items():
            self.fitInView(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)


class LineageDock(QDockWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Lineage", parent)
        self.setObjectName("lineage")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.view = LineageView()
        hint = QLabel("Arrows point from the source to the outlet derived from it, labelled with the share of its content words reused. Click an arrow to select the rows that carry the copied text.")
        hint.setWordWrap(True)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.setWidget(body)
