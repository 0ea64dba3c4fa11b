"""The report as Qt lays it out for the PDF: Qt's rich text sizes table columns by their longest line."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from variantview.core.comparison import Comparison
from variantview.core.report.html import for_print, render_html
from variantview.core.review.anchoring import row_anchor
from variantview.core.review.annotations import Annotations, Note

PAGE = 1200.0


def test_a_long_row_note_does_not_widen_the_row_column(qapp: QApplication, sample: Comparison) -> None:
    """The editor's row note once sat in the row-number cell, on one line: the column took a third of the page."""
    row = next(r for r in sample.rows if r.kind == "shared")
    note = "Spun copy: “satellites” became “spacecraft” inside a direct quotation, and the outlet credits no source."
    annotations = Annotations().with_note(Note(row_anchor(sample, row), "Garbled", note))
    document = QTextDocument()
    document.setHtml(render_html(sample, annotations, "report"))
    document.setTextWidth(PAGE)
    alignment = next(t for t in _tables(document) if t.columns() == len(sample.witnesses) + 1 and _text(t, 0, 0) == "Row")
    layout = document.documentLayout()
    row_column = layout.blockBoundingRect(alignment.cellAt(0, 1).firstCursorPosition().block()).left() - layout.blockBoundingRect(
        alignment.cellAt(0, 0).firstCursorPosition().block()
    ).left()
    assert 0 < row_column < PAGE / 10
    assert note in document.toPlainText()


def _tables(document: QTextDocument) -> list[QTextTable]:
    return [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]


def _text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    return cursor.selectedText().strip()


def test_the_printed_report_keeps_the_lineage_table_without_the_graphs_text(qapp: QApplication, sample: Comparison) -> None:
    """Qt ignores SVG but printed the text inside it: one run-on line of outlet names and categories."""
    html = render_html(sample, Annotations(), "report")
    assert "<svg" in html  # a browser draws the graph
    document = QTextDocument()
    document.setHtml(for_print(html))
    text = document.toPlainText()
    names = [w.name for w in sample.witnesses]
    assert not any(f"{category}{name}" in text for category in ("derived", "non-derived") for name in names)
    assert "Lineage" in text and all(name in text for name in names)
