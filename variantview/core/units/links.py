"""Lines that point the reader to another story or picture rather than report: a link's label, a gallery's link,
another story's opening cut short, a line after the lead that points at a picture or shouts as a link does.

``line_forms.py`` knows a line's own stock phrases; these forms need one fact of the page besides the line (whether
the story has begun), which ``boilerplate.py`` gives them.
"""

from __future__ import annotations

import re

from variantview.core.units.credits import CAPTION_POSITION

_LABEL = re.compile(r"^(?:take\s+action|live\s+updates?|follow\s+(?:latest|live)|more(?:\s+news)?|watch|listen|look|read|related\s+coverage|the\s+latest|(?:dramatic\s+|exclusive\s+|news\s+)?(?:footage|video))\s*:\s*(.*)$", re.IGNORECASE)
"""A link's label ("TAKE ACTION: …", "Live updates: …", "WATCH: …", "Dramatic footage: …"): chrome, except above the page's headline and lead,
where "Live Updates: 7.4 Magnitude Quake Hits Taiwan, Strongest in 25 Years" is a live page's headline and "Video: Large
blast in port area shakes Beirut" a video page's, below a line of the site's chrome."""

_HEADLINE_WORDS = 5

_PICTURED = re.compile(r"\((?:pictured|seen\s|left|right|cent(?:er|re)|top|bottom|inset|[\w\s]{0,40}\b(?:shown|pictured)\s+(?:above|below))\b[^()]*\)|,\s+pictured\b", re.IGNORECASE)
_MOOD_LABEL = re.compile(r"^[A-Z][a-z]{2,15}\s+[-–]\s+[A-Za-z]")
"""A picture's one-word label before its caption, as Newsquest's papers print them ("Scene - police are guarding the
area", "Sadness - Emergency services arrived but …")."""
TEASER_WORDS = 6
"""Words from which a line without a full stop can be a link's title rather than a label or a crosshead."""


def caption_or_teaser(text: str) -> bool:
    """A line after the lead without a full stop that points at a picture ("Khan had posted a video (pictured) to
    his social media channels", "Imran Khan (seen in blue and white …) has been arrested", "… (the fire is shown above)",
    "Boeing has fired its CEO Dennis Muilenburg, pictured, it was reported Monday",
    "Zimbabwean President Robert Mugabe, right, shakes hands with …", "Scene - police are guarding the area") or shouts as a link to
    another story does ("NASA POSTPONES DECISION ON ROLLING ARTEMIS I …"); a headline is the first line, and
    reporting ends its sentences."""
    return bool(_PICTURED.search(text) or CAPTION_POSITION.search(text) or _MOOD_LABEL.match(text)) or (text.isupper() and len(text.split()) >= TEASER_WORDS)


_SECTION_AFTER_CUT = re.compile(r"\s(?:\.\.\.|…)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$")


_POST_CUT = re.compile(r"(?<![\w&])#[A-Za-z]\w+\b.*\w(?:\.\.\.|…)\s*$")
"""A social post with a hashtag, cut mid-word by its embed: "Good Tuesday morning! A gorgeous summer day on the way
#Toronto GTA. Lots of ☀️ just a touch more humidity today. H…", a station's weather tweet beside a story."""


def cut_teaser(line: str) -> bool:
    """A whole line that is another story's opening cut short and labelled with its section ("- Fuel tank ablaze
    at bridge in Crimea: … Ukraine's media reported an ... World News"): a list of links under the article; or another
    page's opening so labelled with its source ("António Manuel de Oliveira Guterres is a Portuguese politician …
    A member of the Portuguese Socialist Party, (wikipedia)"), a sidebar's. Read on the line, since the cut and the
    label fall in units of their own. A social post cut short the same way (``_POST_CUT``) is a sidebar's too."""
    cut = "..." in line or "…" in line
    return (cut and bool(_SECTION_AFTER_CUT.search(line) or _POST_CUT.search(line))) or line.rstrip().lower().endswith("(wikipedia)")


_GALLERY_LINK = re.compile(r"^(?:photos|gallery|in\s+pictures)\s*:\s*\S", re.IGNORECASE)


def gallery_link(text: str) -> bool:
    """A link to a picture gallery ("Photos: The scene outside the Supreme Court as Roe v. Wade is overturned"):
    chrome once the article has begun; above it the same label opens a gallery page's own headline ("PHOTOS:
    Beachfront apartment building collapses outside Miami")."""
    return bool(_GALLERY_LINK.match(text))


def is_label(text: str, above_story: bool) -> bool:
    """``_LABEL``; ``above_story`` when neither the page's headline nor its first sentence has been read yet."""
    label = _LABEL.match(text)
    if label is None:
        return False
    return not (above_story and len(label.group(1).split()) >= _HEADLINE_WORDS)
