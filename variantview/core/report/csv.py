"""The findings as a spreadsheet, one line each."""

from __future__ import annotations

import csv
import io

from variantview.core.comparison import Comparison

COLUMNS = ["row", "kind", "witness", "outlet", "sentence", "start", "end", "text", "counterpart_witness", "counterpart_text", "score", "explanation"]


def render_csv(comparison: Comparison) -> str:
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
                names.get(f.witness, f.witness),
                "" if f.sentence is None else f.sentence,
                "" if f.start is None else f.start,
                "" if f.end is None else f.end,
                f.text,
                f.counterpart.witness if f.counterpart else "",
                f.counterpart.text if f.counterpart else "",
                f.score,
                f.explanation,
            ]
        )
    return out.getvalue()
