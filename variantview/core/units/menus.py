"""A site's menu: the links to its sections run into one line, with their spaces or without them, or a line each.

``line_forms.chrome_line`` reads a menu on one line with the rest of a line's own forms. A menu has no sentence in
it, only capitalised names of sections one after another, which is what tells it from a headline in title case.
A menu that gives each link a line of its own is read by the lines around it (``menu_items``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from variantview.core.text import is_content_word, words
from variantview.core.units.line_ends import ends_sentence
from variantview.core.units.segment import Unit


def menu_line(text: str) -> bool:
    """A line that is a site's menu, its links spaced (``_spaced_menu``) or run together (``_glued_menu``)."""
    return _spaced_menu(text) or _glued_menu(text)


_MENU_WORDS = 10
_JOINING_WORDS = frozenset(["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "over", "the", "to", "with", "after", "is", "are", "was", "were"])


def _spaced_menu(text: str) -> bool:
    """A site's list of sections run into one line ("All Trending Travel Music Sports Fashion … World ANI BBC
    Others"): ten or more capitalised words, no punctuation, and none of the small words that join a headline's
    (a headline in title case has "With", "In", "After")."""
    tokens = text.split()
    return (
        len(tokens) >= _MENU_WORDS
        and all(t[:1].isupper() and t.isalpha() for t in tokens)
        and not any(t.lower() in _JOINING_WORDS for t in tokens)
    )


_GLUED_WORD = re.compile(r"^[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*$")
_GLUED_ITEMS = 3
_MENU_SEPARATORS = frozenset(["&", "|", "@", "•"])


def _glued_menu(text: str) -> bool:
    """A site's menu whose links lost the spaces between them ("BreakingKZRG NewsLatest NewsLocal InterestsNews
    Joplin MONewstalk KZRGTrending"): capitalised words only, three or more of them two words run together at a
    capital, and no closing stop. A sentence has small words; a name written in camel case ("YouTube",
    "McDonald") stands alone, not three to a line."""
    tokens = text.split()
    return (
        not text.rstrip().endswith(".")
        and all(t[:1].isupper() or t in _MENU_SEPARATORS for t in tokens)
        and sum(bool(_GLUED_WORD.match(t)) for t in tokens) >= _GLUED_ITEMS
    )


_ITEM_WORDS = 5
_ITEMS_BETWEEN = 2
_SET_APART = ("chrome", "meta")


def menu_items(units: Sequence[Unit], roles: list[str], lines: set[int]) -> None:
    """Short lines above the story between two lines of chrome or metadata that share no word with the outlet's
    reporting: the sections of a menu a line each, among those the line forms know ("Login", "Breakingviews"):
    "Directory of sites", "Imprisoned In Myanmar", "Charged: The Future of Autos" on Reuters's page. One or two
    such lines together; a headline shares its story's words, and a longer run is a list of headlines. The
    outlet's own reporting is read, not the other outlets' articles: two copies of one site's page share its menu."""
    lead = next((i for i, role in enumerate(roles) if role == "body" and ends_sentence(units[i].text.strip())), len(units))
    reported = {t.key for unit, role in zip(units[lead:], roles[lead:]) if role == "body" for t in words(unit.text) if is_content_word(t.key)}
    i = 0
    while i < lead:
        run = i
        while run < lead and run in lines and _item(units[run].text.strip(), roles[run], reported):
            run += 1
        if i < run <= i + _ITEMS_BETWEEN and i > 0 and roles[i - 1] in _SET_APART and run < len(roles) and roles[run] in _SET_APART:
            roles[i:run] = ["chrome"] * (run - i)
        i = max(run, i + 1)


def _item(text: str, role: str, reported: set[str]) -> bool:
    """A line that could be a menu's link: reporting by its role, a few words, no sentence, nothing of the story."""
    return (
        role in ("body", "headline")
        and len(text.split()) <= _ITEM_WORDS
        and not ends_sentence(text)
        and not text.endswith(":")  # a line that opens what follows ("This is deeply insidious:" over a quoted report)
        and not any(is_content_word(t.key) and t.key in reported for t in words(text))
    )
