"""Colours and rich text shared by every view, so the grid, inspector, overview and legend agree.

Finding kinds keep the core's Okabe-Ito colours and glyphs (the HTML report
uses the same ones); diff changes use pale backgrounds that stay readable
under any kind colour.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from PySide6.QtGui import QColor

from variantview.core.detect.kinds import GLYPHS, MARKS_WORDS, OUTLET_COLOURS, PALETTE, tint
from variantview.core.report.highlight import Run

CHANGE_BACKGROUND = {"insert": "#dcf3d6", "replace": "#fff3c4"}
DELETED_COLOUR = "#a04040"


def outlet_colour(position: int) -> QColor:
    return QColor(OUTLET_COLOURS[position % len(OUTLET_COLOURS)])


def kind_colour(kind: str) -> QColor:
    return QColor(PALETTE[kind])


def runs_html(runs: Iterable[Run]) -> str:
    """Qt rich text for one sentence: substitutions, additions, struck-through drops, and findings with their glyph."""
    out = []
    for run in runs:
        text = escape(run.text)
        if run.change == "delete":
            out.append(f'<span style="color:{DELETED_COLOUR}; text-decoration:line-through">{text}</span>')
            continue
        styles = []
        if run.kind:
            styles += [f"background-color:{tint(PALETTE[run.kind])}", "text-decoration:underline", "font-weight:600"]
            out.append(f'<span style="color:{PALETTE[run.kind]}">{GLYPHS[run.kind]}</span>')
        elif run.change in CHANGE_BACKGROUND:
            styles.append(f"background-color:{CHANGE_BACKGROUND[run.change]}")
        out.append(f'<span style="{"; ".join(styles)}">{text}</span>' if styles else text)
    return "".join(out)


def legend_html() -> str:
    kinds = "".join(
        f'<span style="color:{PALETTE[k]}">{GLYPHS[k]}</span><span style="background-color:{tint(PALETTE[k])}"> {k} </span>&nbsp;&nbsp; '
        for k in MARKS_WORDS
    )
    changes = (
        f'<span style="background-color:{CHANGE_BACKGROUND["replace"]}"> substituted </span>&nbsp; '
        f'<span style="background-color:{CHANGE_BACKGROUND["insert"]}"> added </span>&nbsp; '
        f'<span style="color:{DELETED_COLOUR}; text-decoration:line-through">dropped</span>'
    )
    return f"{kinds}&nbsp;│&nbsp; {changes} <span style='color:#666'>(against the row's base outlet)</span>"
