"""A self-contained side-by-side report: one file, no scripts, nothing fetched.

Every string that came from an outlet goes through ``html.escape``, and a
Content-Security-Policy forbids scripts and remote loads even if escaping
were ever bypassed: a report is opened by editors on their own machines.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from html import escape

from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison
from variantview.core.detect.kinds import GLYPHS, KIND, KINDS, PALETTE, tint
from variantview.core.read.warnings import as_sentence
from variantview.core.read.witness import provenance
from variantview.core.report.highlight import runs
from variantview.core.report.lineage import lineage_section
from variantview.core.review.anchoring import finding_notes, row_note
from variantview.core.review.annotations import Annotations
from variantview.core.units.segment import Unit

_STYLE = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em;color:#222;line-height:1.4}
h1{font-size:1.6em}h2{margin-top:1.6em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.4em;vertical-align:top;font-size:.9em}
th{background:#f3f3f3;text-align:left}.rowhead{white-space:nowrap;color:#555}
.chg{background:#fff3c4}.ins{background:#dcf3d6}del{color:#a04040;background:#fbe4e4}.empty{color:#999;font-style:italic}.boiler{color:#999}
.legend span{display:inline-block;margin-right:1.2em}.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}
.kind,.verdict{font-weight:bold}.note{font-style:italic;color:#444}
"""


_DRAWINGS = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def for_print(html: str) -> str:
    """The report as Qt's rich text lays it out for the PDF: without its drawings.

    Qt ignores SVG but prints the text inside it, so the lineage graph came
    out as one run-on line of outlet names ("Agencies Reprintpartially
    derivedDaily Tribune…"); the lineage table below it says the same.
    """
    return _DRAWINGS.sub("", html)


def render_html(comparison: Comparison, annotations: Annotations | None = None, title: str = "VariantView report") -> str:
    """The report, with the editor's ratings, verdicts and notes beside the machine's findings."""
    annotations = annotations or Annotations()
    counts = Counter(f.kind for f in comparison.findings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(title)}</title><style>{_STYLE}{_kind_styles()}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        (
            f"<p>Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC. Base outlet: {escape(comparison.witness(comparison.base).name)}. "
            f"{len(comparison.rows)} rows, {len(comparison.findings)} findings.</p>"
        ),
        _warnings(comparison),
        _outlets(comparison, annotations),
        lineage_section(comparison),
        "<h2>Findings by kind</h2><p class=\"legend\">"
        + " &nbsp;·&nbsp; ".join(f'<span><span class="swatch" style="background:{PALETTE[k]}"></span>{GLYPHS[k]} {k}: {counts.get(k, 0)}</span>' for k in KINDS)
        + ' &nbsp;|&nbsp; <span class="chg">substituted words</span> &nbsp;·&nbsp; <span class="ins">added words</span> &nbsp;·&nbsp; '
        + "<span><del>struck through</del>: the base's words this outlet drops</span></p>",
        _alignment(comparison, annotations),
        _findings(comparison, annotations),
        "</body></html>",
    ]
    return "\n".join(parts)


def _kind_styles() -> str:
    return "".join(f".k-{k}{{border-bottom:3px solid {c};background:{tint(c)}}}" for k, c in PALETTE.items())


def _warnings(comparison: Comparison) -> str:
    """What the window warned the editor of when the articles were read (two identical outlets, one in another
    language, a copy disguised with look-alike letters): a reader of the report is owed the same caution."""
    if not comparison.warnings:
        return ""
    items = "".join(f"<li>{escape(as_sentence(w))}</li>" for w in comparison.warnings)
    return f"<h2>Check these articles</h2><ul>{items}</ul>"


def _outlets(comparison: Comparison, annotations: Annotations) -> str:
    rows = "".join(
        f"<tr><td>{escape(w.name)}</td><td>{escape(w.id)}</td><td>{escape(provenance(w))}</td>"
        f"<td>{sum(1 for u in comparison.units[w.id] if not u.boilerplate)}</td>"
        f"<td>{escape(annotations.rating(w.id).rating)}</td><td>{escape(annotations.rating(w.id).note)}</td></tr>"
        for w in comparison.witnesses
    )
    return (
        "<h2>Outlets</h2><table><tr><th>Outlet</th><th>Id</th><th>Source</th><th>Sentences</th>"
        f"<th>Editor's rating</th><th>Note</th></tr>{rows}</table>"
    )


def _alignment(comparison: Comparison, annotations: Annotations) -> str:
    head = "".join(f"<th>{escape(w.name)}</th>" for w in comparison.witnesses)
    body = []
    for row in comparison.rows:
        note = row_note(comparison, annotations, row)
        if row.kind == "boilerplate" and not (note.verdict or note.text.strip()):
            continue  # chrome stays out of the report unless the editor judged its row: a judgement is never dropped
        cells = []
        for w in comparison.witnesses:
            indices = row.cells.get(w.id, ())
            if not indices:
                cells.append('<td class="empty">(not reported)</td>')
                continue
            cells.append("<td>" + "<br>".join(_cell(comparison, row, comparison.unit(w.id, i)) for i in indices) + "</td>")
        verdict = f'<br><span class="verdict">{escape(note.verdict)}</span>' if note.verdict else ""
        body.append(f'<tr><td class="rowhead">{row.id + 1}<br>{escape(row.kind)}{verdict}</td>{"".join(cells)}</tr>')
        if note.text.strip():  # under the row, across it: in the row's first cell Qt's layout (the PDF) widened the column to the note's length
            body.append(f'<tr><td></td><td class="note" colspan="{len(comparison.witnesses)}">Editor\'s note: {escape(note.text)}</td></tr>')
    return f"<h2>Alignment</h2><table><tr><th>Row</th>{head}</tr>{''.join(body)}</table>"


def _cell(comparison: Comparison, row: Row, unit: Unit) -> str:
    out = []
    for run in runs(comparison, row, unit):
        text = escape(run.text)
        if run.change == "delete":
            out.append(f"<del>{text}</del>")
            continue
        classes = " ".join(c for c in (_CHANGE_CLASS.get(run.change, ""), f"k-{run.kind}" if run.kind else "") if c)
        out.append(f'<span class="{classes}">{text}</span>' if classes else text)
    return "".join(out)


_CHANGE_CLASS = {"insert": "ins", "replace": "chg"}


def _findings(comparison: Comparison, annotations: Annotations) -> str:
    names = {w.id: w.name for w in comparison.witnesses}
    listed = [f for f in comparison.findings if KIND[f.kind].listed]
    notes = finding_notes(comparison, annotations, listed)
    rows = "".join(
        f'<tr><td>{f.row + 1}</td><td class="kind" style="color:{PALETTE[f.kind]}">{GLYPHS[f.kind]} {f.kind}</td>'
        f"<td>{escape(names.get(f.witness, f.witness))}</td><td>{escape(f.text)}</td>"
        f"<td>{escape(f.counterpart.text) if f.counterpart else ''}</td><td>{f.score:.2f}</td><td>{escape(f.explanation)}</td>"
        f'<td class="verdict">{escape(notes[f].verdict)}</td><td>{escape(notes[f].text)}</td></tr>'
        for f in listed
    )
    return (
        "<h2>Findings</h2><p>Paraphrases are shown in the alignment, not listed.</p>"
        "<table><tr><th>Row</th><th>Kind</th><th>Outlet</th><th>Text</th><th>Counterpart</th><th>Score</th><th>Explanation</th>"
        f"<th>Verdict</th><th>Editor's note</th></tr>{rows}</table>"
    )
