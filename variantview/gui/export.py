"""Writing the comparison out: the HTML report, a PDF of it through Qt's printing, CSV and JSON.

The report's HTML comes from the core; the PDF is that same report laid out
by Qt's rich-text engine, so the two never disagree.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from variantview.core.atomic import replacing, write_atomically
from variantview.core.comparison import Comparison
from variantview.core.report.csv import render_csv
from variantview.core.report.html import render_html
from variantview.core.review.annotations import Annotations

FORMATS = {"html": "HTML report (*.html)", "pdf": "PDF report (*.pdf)", "csv": "Findings as CSV (*.csv)", "json": "Full result as JSON (*.json)"}


def export(comparison: Comparison, annotations: Annotations, path: Path, fmt: str, title: str) -> None:
    """Write ``path`` in ``fmt``; raises OSError with the reason when the file cannot be written."""
    if fmt == "pdf":
        _pdf(render_html(comparison, annotations, title), path)
        return
    if fmt == "html":
        text = render_html(comparison, annotations, title)
    elif fmt == "csv":
        text = render_csv(comparison, annotations)
    else:
        text = json.dumps({**comparison.to_dict(), "annotations": _annotations_dict(annotations)}, ensure_ascii=False, indent=1)
    write_atomically(path, text.encode("utf-8"))


def _pdf(html: str, path: Path) -> None:
    document = QTextDocument()
    document.setHtml(html)

    with replacing(path) as temp:
        writer = QPdfWriter(str(temp))
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12)))
        writer.setTitle(path.stem)
        document.print_(writer)
        del writer  # the PDF is finished when the writer is destroyed


def _annotations_dict(annotations: Annotations) -> dict[str, object]:
    return {
        "notes": [
            {"kind": a.kind, "witness": a.witness, "start": a.start, "end": a.end, "subject": a.subject or None, "verdict": n.verdict, "note": n.text}
            for a, n in annotations.notes.items()
        ],
        "ratings": [{"witness": r.witness, "rating": r.rating, "note": r.note} for r in annotations.ratings.values()],
    }
