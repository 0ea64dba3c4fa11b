"""The library table (an outlet's record across stories) as CSV, JSON and terminal text: one set of columns for all."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from typing import Any

from variantview.core.detect.kinds import GLYPHS, LISTED, PALETTE
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


def render_record_html(library: Library, records: Sequence[OutletRecord]) -> str:
    """The library table as a self-contained page: every string escaped, nothing loaded, no script (as the comparison report)."""
    head = "".join(
        [
            *(f"<th>{h}</th>" for h in ("Outlet", "Also spelt / site", "Stories", "Derived")),
            *(f'<th class="k-{k}">{GLYPHS[k]} {k}</th>' for k in LISTED),
            *(f"<th>{v}</th>" for v in (*VERDICTS, "Rating", "Rating history")),
        ]
    )
    body = []
    for record in records:
        row = record_row(record)
        cells = [
            escape(record.name),
            escape(", ".join(record.also_known_as)),
            str(record.stories),
            f"{record.derived:.0%}",
            *(str(n) for n in row["findings"].values()),
            *(str(n) for n in row["verdicts"].values()),
            escape(record.rating),
            escape(history_text(record)),
        ]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    skipped = "".join(f"<li>{escape(s.path.name)}: {escape(s.reason)}</li>" for s in library.skipped) or "<li>none</li>"
    kinds = "".join(f"th.k-{k}{{border-bottom:3px solid {PALETTE[k]}}}" for k in LISTED)
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            f"<title>Outlets across {escape(library.folder.name)}</title>",
            "<style>body{font-family:\"DejaVu Sans\",Arial,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
            f"th,td{{border:1px solid #ddd;padding:.3em .5em;font-size:.9em}}th{{background:#f3f3f3}}{kinds}</style></head><body>",
            f"<h1>Outlets across {len(library.stories)} stories</h1>",
            f"<p>{escape(str(library.folder))}; generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Stories: "
            f"{escape(', '.join(s.title for s in library.stories))}. Derived: mean share of an outlet's content words in "
            "verbatim runs shared with the outlet it was derived from. Current rating: the most recently saved story's.</p>",
            f"<table><tr>{head}</tr>{''.join(body)}</table>",
            f"<h2>Projects skipped</h2><ul>{skipped}</ul>",
            "</body></html>",
        ]
    )
