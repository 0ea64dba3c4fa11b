"""The report's lineage section: each outlet, the outlet it was derived from, how much and why.

Drawn as a table Qt's rich text can lay out for the PDF (no SVG, no script):
each outlet's swatch, an arrow from its source labelled with the reused share,
the METER category, additions, cuts and the evidence in words.
"""

from __future__ import annotations

from html import escape

from variantview.core.comparison import Comparison
from variantview.core.detect.kinds import OUTLET_COLOURS


def lineage_section(comparison: Comparison) -> str:
    colour = {w.id: OUTLET_COLOURS[i % len(OUTLET_COLOURS)] for i, w in enumerate(comparison.witnesses)}
    names = {w.id: w.name for w in comparison.witnesses}

    def outlet(witness: str) -> str:
        return f'<span class="swatch" style="background:{colour[witness]}"></span>{escape(names[witness])}'

    rows = []
    for d in comparison.lineage:
        if d.source:
            origin = f"{outlet(d.source)} ━━ {d.reused:.0%} ━━▶"
        elif d.common_with:
            origin = f"<i>common source not among these outlets</i> (with {', '.join(escape(names[w]) for w in d.common_with)}) ━━ {d.reused:.0%} ━━▶"
        else:
            origin = ""
        rows.append(
            f"<tr><td>{origin}</td><td>{outlet(d.outlet)}</td><td><b>{escape(d.category)}</b></td>"
            f"<td>{d.added:.0%}</td><td>{d.cut:.0%}</td><td>{', '.join(str(r + 1) for r in d.rows)}</td><td>{escape(d.evidence)}</td></tr>"
        )
    return (
        "<h2>Lineage</h2><p>Which outlet each outlet was derived from: the share of its content words in verbatim runs "
        "shared with its source (METER categories: wholly derived, partially derived, non-derived).</p>"
        "<table><tr><th>Derived from (reused share)</th><th>Outlet</th><th>Category</th><th>Its own</th><th>Cut</th>"
        f"<th>Rows with copied text</th><th>Evidence</th></tr>{''.join(rows)}</table>"
    )
