"""The one table of finding kinds: name, severity, colour, glyph, and how each front end shows it.

The grid, the overview bar, the findings list, the inspector, the legend,
the report and the command line all read this table, so a kind is coloured,
ordered and shown or left out the same way everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    colour: str  # Okabe-Ito: distinguishable with the common colour-blindness types
    glyph: str
    marks_words: bool  # points at words inside a sentence, underlined in the text (the legend lists these)
    listed: bool  # a finding an editor steps through and judges; paraphrase is only counted and tinted


TABLE = (
    Kind("quote", "#D55E00", "❝", marks_words=True, listed=True),
    Kind("garble", "#CC79A7", "⚠", marks_words=True, listed=True),
    Kind("number", "#E69F00", "#", marks_words=True, listed=True),
    Kind("omission", "#0072B2", "∅", marks_words=False, listed=True),
    Kind("addition", "#009E73", "+", marks_words=False, listed=True),
    Kind("typo", "#B8A500", "✎", marks_words=True, listed=True),
    Kind("paraphrase", "#56B4E9", "≈", marks_words=False, listed=False),
)
"""Most severe first: the order of the heat map, the findings list and the report."""

KIND = {k.name: k for k in TABLE}
KINDS = tuple(k.name for k in TABLE)
LISTED = tuple(k.name for k in TABLE if k.listed)
MARKS_WORDS = tuple(k.name for k in TABLE if k.marks_words)
PALETTE = {k.name: k.colour for k in TABLE}
GLYPHS = {k.name: k.glyph for k in TABLE}


def tint(colour: str, share: float = 0.35) -> str:
    """``colour`` (#rrggbb) mixed with white, as a solid colour: a background that keeps black text legible.

    Solid rather than translucent, because Qt's rich text (the window, the
    PDF report) reads an eight-digit #rrggbbaa as #aarrggbb: the garble's
    pink turned green, the colour of added words.
    """
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(255 - (255 - v) * share) for v in channels))


def severity(kind: str) -> int:
    """Higher for more severe kinds."""
    return len(TABLE) - KINDS.index(kind)


OUTLET_COLOURS = ("#332288", "#117733", "#882255", "#44AA99", "#999933", "#AA4499", "#6699CC", "#DDCC77", "#CC6677", "#888888")
"""Paul Tol's muted qualitative scheme: outlet swatches stay apart from each other and from the finding colours
(the outlets list, the Lineage view and the report's lineage use them by the outlet's position)."""
