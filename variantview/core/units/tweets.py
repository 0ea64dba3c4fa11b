"""An embedded tweet on a news page: its text, its link and its attribution ("— Name (@handle) June 6, 2023"),
chrome however it is laid out, since it is what someone posted, not what the outlet reports; read from the lines'
places after the roles of ``boilerplate.py``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from variantview.core.units.line_ends import TWEET_END, TWEET_LINK_END
from variantview.core.units.segment import Unit

_TWEET_LENGTH = 280


def whole_tweets(units: Sequence[Unit], paragraphs: list[list[int]], roles: list[str]) -> None:
    """An embedded tweet is chrome through to its attribution ("… pic.twitter.com/… — Name (@handle) June 6,
    2023", or only the tweet's own link when the page dropped the attribution): the sentences before it on its
    line are the tweet's text; when the line starts with the link or the dash, the text is on the lines just
    above, as many as fit a tweet's 280 characters, each one sentence, but for the line just above, which may
    hold several when a hashtag or handle closes them ("… taking 3 minutes to face up #cricketworldcup"); a line
    just above that opens on a hashtag ("#WATCH | Several people feared …") is the tweet's text too."""
    for at, members in enumerate(paragraphs):
        last = units[members[-1]].text.strip()
        if not (("(@" in last and TWEET_END.search(last)) or (("pic.twitter" in last or "t.co/" in last) and TWEET_LINK_END.search(last))):
            continue
        for i in members:
            roles[i] = "chrome"
        if len(members) == 1 and TWEET_END.match(last) and at > 0:  # "June 24, 2021 — Name (@handle)": the tweet is the line above
            above = paragraphs[at - 1]
            if len(above) == 1 and "pic.twitter.com" in units[above[0]].text:
                roles[above[0]] = "chrome"
            continue
        text_above = len(members) == 1 and last.lower().startswith(("pic.twitter", "—", "–"))
        room = _TWEET_LENGTH
        for step, earlier in enumerate(reversed(paragraphs[:at])):
            room -= sum(len(units[i].text) for i in earlier)
            several = len(earlier) > 1 and not (text_above and step == 0 and _TWEET_MARK.search(units[earlier[-1]].text))
            # without a hashtag or handle, several sentences above an attribution may be the page's own reporting
            # (Inquisitr's two sentences on the Note 7 recall over a tweet's sign-off)
            if several or room < 0 or not (text_above or units[earlier[0]].text.startswith("#")) or roles[earlier[0]] == "chrome" or any(_tells_of_tweet(units[i].text) for i in earlier):
                break  # a line already chrome above the tweet's text ("READ MORE: …") ends it: above it is the page's own
            for i in earlier:
                roles[i] = "chrome"


_TWEET_MARK = re.compile(r"(?<!\w)[#@]\w")
_TELLS_OF_TWEET = re.compile(r"\b(?:twitter|tweet(?:ed|s)?)\b|:\s*$", re.IGNORECASE)


def _tells_of_tweet(text: str) -> bool:
    """A line that tells of the tweet under it, rather than being its text: "President Donald Trump thanked the FDA …
    in a video posted to his Twitter account." over an attribution whose tweet the page dropped, or "He wrote:"."""
    return bool(_TELLS_OF_TWEET.search(text))
