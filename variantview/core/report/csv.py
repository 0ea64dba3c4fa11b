"""The findings as a spreadsheet, one line each."""

from __future__ import annotations

import csv
import io

from variantview.core.comparison import Comparison
from variantview.core.review.anchoring import finding_notes
from variantview.core.review.annotations import Annotations

COLUMNS = [
    "row", "kind", "witness", "outlet", "sentence", "start", "end", "text",
    "counterpart_witness", "counterpart_text", "score", "explanation", "verdict", "note", "outlet_rating",
]  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render_csv(comparison: Comparison, annotations: Annotations | None = None) -> str:
    """One line per finding, with the editor's verdict and the outlet's rating beside it.

    Outlet text that a spreadsheet would run as a formula is prefixed with a quote mark.
    """
    annotations = annotations or Annotations()
    notes = finding_notes(comparison, annotations, comparison.findings)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    names = {w.id: w.name for w in comparison.witnesses}
    for f in comparison.findings:
        writer.writerow(
            [
                f.row,
                f.kind,
                f.witness,
                _cell(names.get(f.witness, f.witness)),
                "" if f.sentence is None else f.sentence,
                "" if f.start is None else f.start,
                "" if f.end is None else f.end,
                _cell(f.text),
                f.counterpart.witness if f.counterpart else "",
                _cell(f.counterpart.text) if f.counterpart else "",
                f.score,
                f.explanation,
                notes[f].verdict,
                _cell(notes[f].text),
                annotations.rating(f.witness).rating,
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text
