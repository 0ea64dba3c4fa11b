"""How a line ends: with a sentence's stop, cut off mid-word, or on an embedded tweet's link or attribution.

Every reader of a page's lines asks this (``boilerplate.py``, ``headings.py``, ``pictures.py``): reporting ends its
sentences, where headlines, links and labels do not.
"""

from __future__ import annotations

import re

from variantview.core.units.credits import MONTH_NAME

TWEET_LINK_END = re.compile(rf"(?:^|\s)(?:pic\.twitter\.com|https?://t\.co)/\w+(?:\s+[—–-]\s+[^()@]{{1,40}})?(?:\s+{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}})?\W*$")
"""A tweet's own link closing its text ("… at least seven people in the water. pic.twitter.com/fJ5WzunizV",
"… since the last outbreak ended in 2016. https://t.co/XpNQZ0ss7Z"), or the link and the tweet's date ("… has
collapsed. pic.twitter.com/wOntlXUvUh October 8, 2022"), or the link and an attribution the page cut off ("…
https://t.co/XpNQZ0ss7Z — WHO African Region (@"): reporting never ends on it, an embedded tweet whose
attribution the page dropped does."""

TWEET_END = re.compile(
    rf"\(@\s?\w{{1,15}}\)\s+(?:{MONTH_NAME}\s+\d{{1,2}},|\d{{1,2}}\s+{MONTH_NAME})\s+\d{{4}}\s*$|^{MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}\s+[—–-]\s+[^()]{{1,40}}\(@\w{{1,15}}\)\s*$"
    rf"|pic\.twitter\.com/\w+\s+[—–-]\s+[^()]{{1,40}}\(@\w{{1,15}}\)\s*$"
)


def ends_sentence(text: str) -> bool:
    """A stop, then only closing quotes or brackets (string operations: this runs on every unit, often twice); a
    guillemet closes a quotation too, in a translation's English as in French or German ("… twists and turns.»")."""
    return text.rstrip("\"'”’»«)]")[-1:] in (".", "!", "?", "…") and text[-1:] in ".!?…\"'”’»«)]"


def truncated(text: str) -> bool:
    """A teaser cut off mid-word ("and many peo..."): the opening of another story that the page links to."""
    end = text.rstrip()
    before = end[-4:-3] if end.endswith("...") else end[-2:-1] if end.endswith("…") else ""
    return before.isalnum() or before == "_"


