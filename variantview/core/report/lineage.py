"""The report's lineage section: each outlet, the outlet it was derived from, how much and why.

Drawn twice: as inline SVG (the graph the window's Lineage view shows: nodes in
the outlets' colours, arrows labelled with the reused share; a browser draws it,
and inline SVG loads nothing, so the Content-Security-Policy stays as it is),
and as a table with text arrows, which is what Qt's rich text lays out for the
PDF (it ignores SVG).
"""

from __future__ import annotations

from html import escape

from variantview.core.comparison import Comparison
from variantview.core.detect.kinds import OUTLET_COLOURS
from variantview.core.lineage import WHOLLY
from variantview.core.lineage.graph import NODE_HEIGHT, NODE_WIDTH, edge, layout, origin


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
        f"{_diagram(comparison, colour, names)}"
        "<table><tr><th>Derived from (reused share)</th><th>Outlet</th><th>Category</th><th>Its own</th><th>Cut</th>"
        f"<th>Rows with copied text</th><th>Evidence</th></tr>{''.join(rows)}</table>"
    )


def _diagram(comparison: Comparison, colour: dict[str, str], names: dict[str, str]) -> str:
    centres, groups = layout([w.id for w in comparison.witnesses], comparison.lineage)
    points = [*centres.values(), *(at for _, at in groups)]
    left = min(x for x, _ in points) - NODE_WIDTH / 2 - 10
    top = min(y for _, y in points) - NODE_HEIGHT / 2 - 10
    width = max(x for x, _ in points) + NODE_WIDTH / 2 + 10 - left
    height = max(y for _, y in points) + NODE_HEIGHT / 2 + 10 - top
    parts = [
        f'<svg role="img" aria-label="Lineage graph" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="{left:.0f} {top:.0f} {width:.0f} {height:.0f}" style="font-family:sans-serif;font-size:12px">',
        '<defs><marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#444"/></marker></defs>',
    ]
    for _members, (x, y) in groups:
        parts.append(_box(x, y, "#ffffff", "#777777", "common source", "(not among these outlets)", dashed=True))
    for d in comparison.lineage:
        x, y = centres[d.outlet]
        parts.append(_box(x, y, colour[d.outlet], "#333333", names[d.outlet], d.category))
    for d in comparison.lineage:
        start = origin(d, centres, groups)
        if start is None:
            continue
        (x1, y1), (x2, y2) = edge(start, centres[d.outlet])
        dash = ' stroke-dasharray="6,4"' if not d.source else ""
        parts.append(
            f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#444" stroke-width="{3 if d.category == WHOLLY else 1.6}"'
            f'{dash} marker-end="url(#head)"><title>{escape(d.evidence)}</title></line>'
            f'<text x="{(x1 + x2) / 2:.0f}" y="{(y1 + y2) / 2 - 4:.0f}" text-anchor="middle">{d.reused:.0%}</text>'
        )
    return "".join(parts) + "</svg>"


def _box(x: float, y: float, fill: str, stroke: str, name: str, line: str, dashed: bool = False) -> str:
    text = "#333333" if dashed or _light(fill) else "#ffffff"
    dash = ' stroke-dasharray="5,3"' if dashed else ""
    return (
        f'<rect x="{x - NODE_WIDTH / 2:.0f}" y="{y - NODE_HEIGHT / 2:.0f}" width="{NODE_WIDTH:.0f}" height="{NODE_HEIGHT:.0f}" rx="10" '
        f'fill="{fill}" stroke="{stroke}"{dash}/>'
        f'<text x="{x:.0f}" y="{y - 4:.0f}" text-anchor="middle" fill="{text}">{escape(name)}</text>'
        f'<text x="{x:.0f}" y="{y + 12:.0f}" text-anchor="middle" fill="{text}">{escape(line)}</text>'
    )


def _light(colour: str) -> bool:
    """Dark text on light swatches (Tol's sand and olive), white on the rest: as in the window."""
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return (max(r, g, b) + min(r, g, b)) / 2 > 150
