"""Painting of highlighted diffs in the grid, and the choice editor used for ratings.

A cell's rich text is laid out once per width and kept in a bounded cache:
painting and row sizing then cost a lookup, which keeps scrolling smooth on
large comparisons where only the visible cells are ever laid out.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from variantview.gui.models.alignment_model import ROW_KIND_ROLE, RUNS_ROLE
from variantview.gui.style import runs_html

Index = QModelIndex | QPersistentModelIndex

_PAD = 6
_CACHE_SIZE = 4000
SELECTION_TINT = "#dbe8f6"
_SELECTION_FRAME = QColor("#2f6fb3")
_EMPTY = '<span style="color:#8a8a8a; font-style:italic">— not reported by this outlet —</span>'


class DiffDelegate(QStyledItemDelegate):
    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._view = parent
        self._layouts: OrderedDict[tuple[int, int, int], QTextDocument] = OrderedDict()

    def clear(self) -> None:
        """Forget every layout (new comparison, new font)."""
        self._layouts.clear()

    def _layout(self, index: Index, width: int) -> QTextDocument:
        key = (index.row(), index.column(), width)
        cached = self._layouts.get(key)
        if cached is not None:
            self._layouts.move_to_end(key)
            return cached
        document = QTextDocument()
        document.setDefaultFont(self._view.font())
        document.setDocumentMargin(0)
        document.setTextWidth(max(20, width - 2 * _PAD))
        cell = index.data(RUNS_ROLE) or ()
        if cell:
            document.setHtml("<br>".join(runs_html(runs) for runs in cell))
        elif index.data(ROW_KIND_ROLE) in ("shared", "partial"):
            document.setHtml(_EMPTY)
        self._layouts[key] = document
        if len(self._layouts) > _CACHE_SIZE:
            self._layouts.popitem(last=False)
        return document

    def _width(self, option: QStyleOptionViewItem, index: Index) -> int:
        width = option.rect.width()  # type: ignore[attr-defined]
        if width <= 0 and hasattr(self._view, "columnWidth"):
            width = self._view.columnWidth(index.column())
        return max(width, 40)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option, index)
        document = self._layout(index, width)
        return QSize(width, int(document.size().height()) + _PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.save()
        if selected:
            painter.fillRect(rect, QColor(SELECTION_TINT))
        document = self._layout(index, rect.width())
        boilerplate = index.data(ROW_KIND_ROLE) == "boilerplate"
        if boilerplate:
            painter.setOpacity(0.45)
        painter.translate(rect.left() + _PAD, rect.top() + _PAD // 2)
        clip = QRectF(0, 0, rect.width() - _PAD, rect.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        document.documentLayout().draw(painter, context)
        painter.restore()
        if selected:
            painter.save()
            painter.setPen(QPen(_SELECTION_FRAME, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.restore()


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor offering a fixed set of values; the choice is committed as soon as it is made."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = tuple(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems(self._choices)
        editor.setToolTip("Choose a value; it is saved at once and can be undone")
        editor.activated.connect(lambda _i: self._commit(editor))
        return editor

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
