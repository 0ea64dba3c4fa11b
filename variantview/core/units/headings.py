"""What a line that heads a block looks like: a section's crosshead, an explainer's question, the heading of a
box of teasers or of a summary's points. ``boilerplate.py`` decides with these what the lines under a heading are
(reporting, links to other stories, the story's own summary); the line's own chrome forms are in ``line_forms.py``.
"""

from __future__ import annotations

import re

from variantview.core.units.line_ends import ends_sentence

TEASER_HEADING = re.compile(r"^\W*(?:also\s+read|read\s+also|read\s+more|see\s+also|also\s+see(?=\s*:)|the\s+backstory(?=\s*:)|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|(?:see|read|watch)\s+now(?=\s*:)|read\s+related|must\s+read|don'?t\s+miss|view\s+all|most\s+read|(?:related|trending|latest)(?=\s*(?:[:|»›>\-–—]|$|(?:stor(?:y|ies)|articles?|news|posts?|coverage|videos?|content|updates?|reads?|links?|now|topics?|from|on)\b)|[^.!?]*$)|top\s+stories|more\s+from|for\s+more\s+on\s+this\s+(?:story|topic)|more\s+to\s+read|similar\s+(?:posts|stories|articles|news))\b", re.IGNORECASE)

SUMMARY_HEADING = re.compile(r"^(?:tl\s*;?\s*dr(?:\s+summary)?|in\s+short|key\s+points|(?:story\s+)?highlights|at\s+a\s+glance|key\s+takeaways|in\s+brief|fast\s+facts|what\s+(?:you\s+need\s+)?to\s+know|what\s+we\s+know(?:\s+so\s+far)?)\W*$", re.IGNORECASE)
"""A summary box's heading ("In Short", "TL;DR Summary"): the points under it, listed without full stops, restate the story and
are no links trailing chrome."""


_CROSSHEAD_WORDS = 6


def unfinished(text: str) -> bool:
    """A line that ends no sentence and introduces nothing: a heading or a link's title. A line ending in a
    colon or a comma introduces what follows it ("He said:", "See under for scenes from the typhoon:") and
    is reporting; a line that opens a quotation it never closes is someone's words, cut off where the
    stored page ends ("“Thank God we are safe")."""
    return not ends_sentence(text) and text[-1:] not in ":,;" and not _open_quotation(text)


def crosshead(text: str) -> bool:
    """A short ``unfinished`` line after the lead ("Stellar career", "What happened", "Multiple
    aftershocks"), a live report's "Here's the latest:", or an explainer's question ("What happened?", "Who is
    Elizabeth Holmes?", "Where was the meat sold?"), or a title-cased line ending in a colon (a rewrite's
    "Uncertainty Surrounding Casualties:"): a section heading, which names what follows and reports nothing of
    its own."""
    return (
        (unfinished(text) and len(text.split()) <= _CROSSHEAD_WORDS and any(c.isalpha() for c in text))
        or bool(_LEAD_IN.match(text) or _TITLED_LEAD_IN.match(text))
        or question_heading(text)
    )


def question_heading(text: str) -> bool:
    """A question of a dozen words or fewer, no one's words in it: a question a section answers; a reporter's
    question in the body is asked by someone and quoted."""
    return text.endswith("?") and bool(_QUESTION_HEADING.match(text))


_QUESTION_HEADING = re.compile(
    r"^[•\-–\s]*(?:what|who|where|when|why|how|which|is|are|was|were|will|can|could|should|does|do|did)\b[^\"“”.!?:;]{3,70}\?$", re.IGNORECASE
)


_TITLED_LEAD_IN = re.compile(r"^(?:[A-Z\d][\w'’-]*\s+(?:(?:of|the|a|an|and|in|on|for|to|at|with|by|from|or)\s+)*){2,8}[A-Z\d][\w'’-]*\s*:$")
"""Three to nine words, each capitalised but the small ones, then a colon: no one's words are introduced so
("He said:" has a lower-case verb), and a dateline ("Mexico City:") has two."""

_LEAD_IN = re.compile(r"^here(?:['’]s|\s+is)\s+(?:the\s+latest|what\s+(?:to|we)\s+know)\s*:\s*$", re.IGNORECASE)


def _open_quotation(text: str) -> bool:
    """A line that opens a quotation and never closes it; a heading may be set in quotation marks ("'ON THE
    RAMPAGE'") but closes them."""
    return text[:1] in "\"“‘'" and text[-1:] not in "\"”’'"
