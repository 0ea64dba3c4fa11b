"""The library table (an outlet's record across stories) as CSV, JSON and terminal text: one set of columns for all."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from variantview.core.detect.kinds import LISTED
from variantview.core.record.library import Library
from variantview.core.record.outlets import OutletRecord
from variantview.core.review.annotations import VERDICTS


def record_row(record: OutletRecord) -> dict[str, Any]:
    """One outlet's row: the columns of the window's table, the CSV and the JSON."""
    findings, verdicts = record.findings, record.verdicts
    return {
        "outlet": record.name,
        "spellings": list(record.spellings),
        "sites": list(record.sites),
        "stories": record.stories,
        "derived": round(record.derived, 3),
        "findings": {k: findings.get(k, 0) for k in LISTED},
        "verdicts": {v: verdicts.get(v, 0) for v in VERDICTS},
        "rating": record.rating,
        "history": [{"story": story, "rating": rating} for story, rating in record.history],
    }


def render_record_json(library: Library, records: Sequence[OutletRecord]) -> str:
    return json.dumps(
        {
            "folder": str(library.folder),
            "stories": [s.title for s in library.stories],
            "outlets": [record_row(r) for r in records],
            "skipped": [{"project": s.path.name, "reason": s.reason} for s in library.skipped],
        },
        ensure_ascii=False,
        indent=1,
    )


def render_record_csv(records: Sequence[OutletRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["outlet", "spellings", "sites", "stories", "derived", *LISTED, *VERDICTS, "rating", "history"])
    for record in records:
        row = record_row(record)
        writer.writerow(
            [
                row["outlet"],
                "; ".join(row["spellings"]),
                "; ".join(row["sites"]),
                row["stories"],
                row["derived"],
                *row["findings"].values(),
                *row["verdicts"].values(),
                row["rating"],
                history_text(record),
            ]
        )
    return out.getvalue()


def history_text(record: OutletRecord) -> str:
    return " → ".join(f"{rating} ({story})" for story, rating in record.history)


def render_record_text(library: Library, records: Sequence[OutletRecord]) -> str:
    kinds = " ".join(f"{k[:7]:>7}" for k in LISTED)
    lines = [
        f"{len(library.stories)} stories in {library.folder}, {len(records)} outlets",
        f"{'outlet':<28} {'stories':>7} {'derived':>7} {kinds}  verdicts  rating",
    ]
    for record in records:
        findings, verdicts = record.findings, record.verdicts
        judged = ", ".join(f"{n} {v}" for v, n in verdicts.items() if n) or "-"
        counts = " ".join(f"{findings.get(k, 0):>7}" for k in LISTED)
        history = f" ({history_text(record)})" if len(record.history) > 1 else ""
        lines.append(f"{record.name[:28]:<28} {record.stories:>7} {record.derived:>7.0%} {counts}  {judged}  {record.rating}{history}")
    for skipped in library.skipped:
        lines.append(f"skipped {skipped.path.name}: {skipped.reason}")
    return "\n".join(lines)
