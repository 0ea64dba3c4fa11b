"""The page's own name and its headline printed again: a masthead above the story, a title in the browser's tab, a
sidebar's link under its time, the headline as an item of the site's list of stories. Each is the page about
itself, never reporting; read from a line's place among the page's lines, after the roles of ``boilerplate.py``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import zip_longest

from variantview.core.units.credits import MONTH_NAME
from variantview.core.units.line_ends import ends_sentence
from variantview.core.units.segment import Unit


def own_name(text: str, witness: str) -> bool:
    """The outlet's own name alone on its line ("Daily Management Review" on the page saved as
    dailymanagementreview), or the name its file's name abbreviates ("Caribbean Broadcasting Corporation" on cbcbb,
    "YEMEN Press Agency" on ypagency): the site's masthead, which a scraper keeps above the headline. The outlet is
    known by its file's name, which an editor gives it after the site."""
    if _folds_to(text, _folded(witness)):
        return True
    names = text.split()
    if not _NAME_WORDS[0] <= len(names) <= _NAME_WORDS[1] or not all(word[0].isupper() or word in _NAME_JOINERS for word in names):
        return False
    initials = "".join(word[0] for word in names if word[0].isupper()).lower()
    return len(initials) >= _INITIALS and _folded(witness).startswith(initials)


_NAME_WORDS = (2, 6)
_INITIALS = 3
"""Words in a masthead that a file's name abbreviates, and the fewest initials it takes: two letters start many
names by chance."""
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "in", "&"})


def _folded(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def _folds_to(text: str, folded: str) -> bool:
    """``_folded(text) == folded``, given up at the first letter that differs: every line alone on its line is
    asked, and folding whole sentences was a sixth of setting chrome apart on the 30 x 1,000 bench."""
    letters = (c for c in text.lower() if c.isalnum())
    return all(a == b for a, b in zip_longest(letters, folded))


_POSTED_AGO = re.compile(r"^\W*\d{1,3}\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\W*$", re.IGNORECASE)
_POSTED_ON = re.compile(rf"^\W*(?:{MONTH_NAME}\s+\d{{1,2}},?|\d{{1,2}}\s+{MONTH_NAME},?)\s+\d{{4}}\W*$")
"""A day alone on its line ("June 19, 2024", "19 June 2024")."""


def titles_over_times(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """A line without a stop over a line that only says how long ago or on what day it was posted ("10 dead, 87
    injured as protests erupt in Nepal over corruption, social media ban" / "- 10 hours ago"; "Nvidia dethrones
    Microsoft as the world’s most valuable company" / "June 19, 2024" / "by Anthea Cachia"): a sidebar's link to
    another story. Only after the story's first sentence: above it, the time is when the page's own headline was
    posted."""
    first_body = next((i for i, role in enumerate(roles) if role == "body"), len(roles))
    for members, following in zip(paragraphs, paragraphs[1:]):
        title, posted = units[members[0]].text.strip(), units[following[0]].text
        if len(members) == 1 and members[0] > first_body and not ends_sentence(title) and (_POSTED_AGO.match(posted) or _POSTED_ON.match(posted)):
            roles[members[0]] = "chrome"


_SITE_AFTER_TITLE = re.compile(r"^(.{20,}?)\s+[-–—|]\s+[A-Z][\w.'’&-]*(?:\s+[A-Z0-9][\w.'’&-]*){0,3}$")
"""A title, a dash or a bar, and up to four capitalised words or numbers: a page's title in the browser's tab
("Novice politician Jakov Milatovic wins Montenegro presidency – Metro US", "… on Dec. 22, 2032 | FOX 7 Austin")."""


def titles_with_site_names(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """The headline printed again with the site's name after it: the page's title, which a scraper keeps beside its
    headline. Chrome only where the headline stands bare on a line of its own, so a headline that names its source
    ("Floods kill 12 - Reuters") is kept when it is the page's only one."""
    bare = {units[members[0]].text.strip() for members in paragraphs if len(members) == 1}
    for members in paragraphs:
        found = _SITE_AFTER_TITLE.match(units[members[0]].text.strip()) if len(members) == 1 else None
        if found and found.group(1) in bare:
            roles[members[0]] = "chrome"


def bulleted_headlines(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """The headline printed again as a bulleted line ("• Pandemic takes a bite, Chuck E. Cheese files for
    bankruptcy" beside the page's headline): an item of the site's list of stories or its breadcrumb, not a
    summary's point, which says something the headline does not."""
    headlines = {units[members[0]].text.strip() for members in paragraphs if len(members) == 1 and roles[members[0]] == "headline"}
    for members in paragraphs:
        text = units[members[0]].text.strip()
        if len(members) == 1 and text[:1] == "•" and text.lstrip("• ") in headlines:
            roles[members[0]] = "chrome"
