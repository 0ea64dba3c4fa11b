"""A site's menu run into one line: the links to its sections, with their spaces or without them.

``line_forms.chrome_line`` reads these with the rest of a line's own forms. A menu has no sentence in it, only
capitalised names of sections one after another, which is what tells it from a headline in title case.
"""

from __future__ import annotations

import re


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
