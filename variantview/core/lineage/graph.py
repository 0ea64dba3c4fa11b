"""The lineage as a drawing: where each node goes, and which outlets share one absent source.

The window's Lineage view and the HTML report draw the same graph, so they
share its layout: the outlets on an ellipse in the outlets' order, then one
"common source" node per group of outlets that copy one absent text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from variantview.core.lineage import Derivation

NODE_WIDTH, NODE_HEIGHT = 160.0, 44.0
_RADIUS = 230.0


def common_groups(lineage: Sequence[Derivation]) -> list[frozenset[str]]:
    """Outlets said to copy one absent source, joined through their fellows: one dashed node each."""
    groups: list[set[str]] = []
    for d in lineage:
        if not d.common_with:
            continue
        members = {d.outlet, *d.common_with}
        for touching in [g for g in groups if g & members]:
            members |= touching
            groups.remove(touching)
        groups.append(members)
    return [frozenset(g) for g in groups]


def ellipse(n: int) -> list[tuple[float, float]]:
    """Centres of ``n`` nodes on an ellipse wider than tall (nodes are wide), the first at the top."""
    return [(_RADIUS * 1.6 * math.cos(2 * math.pi * i / n - math.pi / 2), _RADIUS * math.sin(2 * math.pi * i / n - math.pi / 2)) for i in range(n)]


def edge(a: tuple[float, float], b: tuple[float, float]) -> tuple[tuple[float, float], tuple[float, float]]:
    """The arrow from the border of node ``a`` to the border of node ``b``, not centre to centre."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    reach = min(NODE_WIDTH / 2 / max(abs(ux), 1e-6), NODE_HEIGHT / 2 / max(abs(uy), 1e-6)) + 4
    return (a[0] + ux * reach, a[1] + uy * reach), (b[0] - ux * reach, b[1] - uy * reach)


def layout(outlets: Sequence[str], lineage: Sequence[Derivation]) -> tuple[dict[str, tuple[float, float]], list[tuple[frozenset[str], tuple[float, float]]]]:
    """Each outlet's centre, and each common-source group with its node's centre."""
    groups = common_groups(lineage)
    places = ellipse(len(outlets) + len(groups))
    return {w: places[i] for i, w in enumerate(outlets)}, [(g, places[len(outlets) + k]) for k, g in enumerate(groups)]


def origin(d: Derivation, centres: dict[str, tuple[float, float]], groups: list[tuple[frozenset[str], tuple[float, float]]]) -> tuple[float, float] | None:
    """Where an outlet's arrow starts: its source, its group's common-source node, or nowhere."""
    if d.source:
        return centres[d.source]
    return next((at for members, at in groups if d.outlet in members), None)
