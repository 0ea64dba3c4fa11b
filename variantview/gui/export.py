"""Writing the comparison out: the HTML report, a PDF of it through Qt's printing, CSV and JSON.

The report's HTML comes from the core; the PDF is that same report laid out
by Qt's rich-text engine, so the two never disagree.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from variantview.core.annotations import Annotations
from variantview.core.comparison import Comparison
from variantview.core.report.csv import render_csv
from variantview.core.report.html import render_html

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
    _write_atomically(path, text.encode("utf-8"))


def _pdf(html: str, path: Path) -> None:
    document = QTextDocument()
    document.setHtml(html)

    def write(temp: str) -> None:
        writer = QPdfWriter(temp)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12)))
        writer.setTitle(path.stem)
        document.print_(writer)
        del writer  # the PDF is finished when the writer is destroyed

    _replace(path, write)


def _write_atomically(path: Path, data: bytes) -> None:
    _replace(path, lambda temp: Path(temp).write_bytes(data))


def _replace(path: Path, write: Callable[[str], object]) -> None:
    """Write into a temporary file beside ``path``, then rename it over: a failed export never leaves half a file.

    The name is reserved and then freed, so the writer creates the file with
    the user's usual permissions: a report is for sharing, and mkstemp's
    owner-only mode would lock colleagues on a shared drive out of it.
    """
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    os.unlink(temp)
    try:
        write(temp)
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


def _annotations_dict(annotations: Annotations) -> dict[str, object]:
    return {
        "notes": [
            {"kind": a.kind, "witness": a.witness, "start": a.start, "end": a.end, "subject": a.subject or None, "verdict": n.verdict, "note": n.text}
            for a, n in annotations.notes.items()
        ],
        "ratings": [{"witness": r.witness, "rating": r.rating, "note": r.note} for r in annotations.ratings.values()],
    }
