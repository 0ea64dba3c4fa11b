"""Writing the comparison out: the HTML report, a PDF of it through Qt's printing, CSV, JSON, TEI and the verdicts as ClaimReview.

The report's HTML comes from the core; the PDF is that same report laid out
by Qt's rich-text engine, so the two never disagree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from variantview.core.atomic import replacing, write_atomically
from variantview.core.comparison import Comparison, json_text
from variantview.core.report.claimreview import Reviewer, render_claimreview
from variantview.core.report.csv import render_csv
from variantview.core.report.html import for_print, render_html
from variantview.core.report.tei import render_tei
from variantview.core.review.annotations import Annotations

FORMATS = {
    "html": "HTML report (*.html)",
    "pdf": "PDF report (*.pdf)",
    "csv": "Findings as CSV (*.csv)",
    "json": "Full result as JSON (*.json)",
    "tei": "Collation as TEI (*.xml)",
    "claimreview": "Verdicts as ClaimReview (*.jsonld)",
}
SUFFIXES = {"tei": "xml", "claimreview": "jsonld"}
"""File name endings where they differ from the format's name."""


def export(comparison: Comparison, annotations: Annotations, path: Path, fmt: str, title: str, reviewer: Reviewer | None = None, page: str = "") -> None:
    """Write ``path`` in ``fmt``; raises OSError with the reason when the file cannot be written.

    ClaimReview publishes the verdicts under ``reviewer``'s name, at ``page`` when the editor gave its address.
    """
    if fmt == "pdf":
        _pdf(for_print(render_html(comparison, annotations, title)), path)
        return
    if fmt == "html":
        text = render_html(comparison, annotations, title)
    elif fmt == "csv":
        text = render_csv(comparison, annotations)
    elif fmt == "tei":
        text = render_tei(comparison, title)
    elif fmt == "claimreview":
        assert reviewer is not None, "the window asks for the reviewing organisation before exporting verdicts"
        text = render_claimreview(comparison.witnesses, annotations, reviewer, page)
    else:
        text = json_text({**comparison.to_dict(), "annotations": _annotations_dict(annotations)})
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
            {
                "kind": a.kind,
                "witness": a.witness,
                "start": a.start,
                "end": a.end,
                "subject": a.subject or None,
                "verdict": n.verdict,
                "verdict_set": n.verdict_at or None,
                "note": n.text,
            }
            for a, n in annotations.notes.items()
        ],
        "ratings": [{"witness": r.witness, "rating": r.rating, "note": r.note} for r in annotations.ratings.values()],
    }
