"""Adverts among reporting: units that share almost no vocabulary with the other outlets' articles, next to chrome.

An advert for an IT firm under a story about a summit reads as prose, so no
line form finds it; what gives it away is that no other outlet uses its words
and that it stands in a block with the page's chrome. ``boilerplate.py``
judges each line and its place first, then hands its roles here, where
off-topic units beside chrome become chrome in turn.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from variantview.core.text import content_keys, is_title_case, word_weight, words
from variantview.core.units.captions import scene_caption
from variantview.core.units.credits import credit_at_end, credit_only
from variantview.core.units.headings import unfinished
from variantview.core.units.line_ends import ends_sentence
from variantview.core.units.notices import ends_article
from variantview.core.units.pictures import reads_as_caption
from variantview.core.units.segment import Unit

OFF_TOPIC = 0.2
"""Share of a unit's word weight found in other outlets below which it is off-topic.
Measured on the sample: its adverts score 0.0-0.16, its on-topic sentences
mostly over 0.25 but as low as 0.09 (a typo-laden spun sentence), which is
why off-topic alone never makes a unit chrome: it must also touch chrome."""

_QUOTE_OPENERS = "\"“"
"""A sentence opening on a quotation mark is someone's words, whatever it shares with the other outlets: no advert
("\"The Group has always been in compliance with all laws.\"" under a linked headline, closing Moneycontrol's page)."""
_QUOTES_SOMEONE = re.compile(r"\b(?:said|says|tweeted|wrote|posted|added|told\s+\w+)\s*[:,]\s*[\"“]")
"""A sentence that quotes someone after the verb that says so ("Following the announcement, she tweeted: “I’m human.”"
beside a "READ MORE:" teaser): reporting, however few of its words the other outlets use."""


def spread_off_topic(units: Sequence[Unit], roles: list[str], others: set[str], headings: set[int], lines: set[int]) -> None:
    """Off-topic units next to chrome are chrome too: adverts come in blocks.

    An off-topic sentence between two reported ones is left alone: a typo or
    an unusual turn of phrase can make a real sentence look unrelated. So is
    one in a paragraph with an on-topic sentence: "He was repeatedly locked
    up in solitary confinement." closes the AP's paragraph on Navalny, and
    the byline after it makes it no advert. Nor does a notice such as "This
    story will be updated." make the local sentence before it one, nor a
    section heading (``headings``) the commentary after it. An off-topic
    line of its own (``lines``, by unit) that ends no sentence, after the
    lead, is a link to another story and starts such a block ("QB Tua Tagovailoa remains
    runner-up in Sunday's game for the Texans" inside a report on a crowd
    crush).

    Under such a link, its story's opening is read as a whole paragraph (``_under_links``).
    """
    paragraphs = _lines(units)
    off_topic = [
        roles[i] in ("body", "headline") and _relevance(u.text, others) < OFF_TOPIC and u.text.lstrip()[:1] not in _QUOTE_OPENERS and not _QUOTES_SOMEONE.search(u.text)
        for i, u in enumerate(units)
    ]
    for i in lines:  # a link to another story: a line of its own after the lead, ending no sentence
        if off_topic[i] and roles[i] == "body" and unfinished(units[i].text.strip()):
            roles[i] = "chrome"
    for i in _under_links(units, roles, off_topic, paragraphs, others):
        off_topic[i] = True
    reporting = {u.paragraph for u, role, off in zip(units, roles, off_topic) if role == "body" and not off}
    lead = next((i for i, u in enumerate(units) if roles[i] == "body" and ends_sentence(u.text.strip())), len(units))
    changed = True
    while changed:
        changed = False
        for i, candidate in enumerate(off_topic):
            if candidate and roles[i] != "chrome" and units[i].paragraph not in reporting:
                neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(roles)]
                beside_picture = i > lead and not reads_as_caption(units[i].text)  # reporting beside a picture; a caption beside another is chrome
                last_reported = i > 0 and roles[i - 1] == "body" and not off_topic[i - 1] and _plain_statement(units[i].text.strip())
                if any(
                    _spreads_into(i, j, units, roles, lead)
                    and j not in headings
                    and not (last_reported and j > i and unfinished(units[j].text.strip()))
                    and not _closes_or_pictures(units[j].text.strip(), paragraphs[units[j].paragraph] if beside_picture else "")
                    for j in neighbours
                ):
                    roles[i] = "chrome"
                    changed = True


def _under_links(units: Sequence[Unit], roles: list[str], off_topic: list[bool], paragraphs: dict[int, str], others: set[str]) -> list[int]:
    """The units of a paragraph under an off-topic link, off-topic read whole: a scraper site injects another
    story's headline and opening into the report ("White House responds to Comey tape inquiry with Trump tweet"
    over "I am gravely concerned by all of this …" and "Legal experts say whatever connection they do have doesn't
    come close …" inside a report on a landslide), where one sentence's common words ("experts say … come
    close") can lift it over the bar. Where the opening runs over several paragraphs to the next chrome or the
    page's end ("e-rupee to be piloted by 5 more banks" over two one-sentence paragraphs on the Reserve Bank, then
    "Be the first to comment", closing a page on Disney's job cuts), the run is read whole first, as a whole
    paragraph is. Background under a caption or a credit ("Fires are common in densely populated Dhaka.") is under
    no link and is read sentence by sentence."""
    found: list[int] = []
    for i in range(1, len(units)):
        if units[i - 1].paragraph == units[i].paragraph or roles[i - 1] != "chrome" or not off_topic[i - 1]:
            continue
        run = list(itertools.takewhile(lambda j: roles[j] == "body", range(i, len(units))))
        first = [j for j in run if units[j].paragraph == units[i].paragraph]
        for block in (run, first):
            if block and _relevance(" ".join(paragraphs[p] for p in dict.fromkeys(units[j].paragraph for j in block)), others) < OFF_TOPIC:
                found.extend(block)
                break
    return found


_ADDRESSES_READER = frozenset({"you", "your", "we", "our", "us"})


def _plain_statement(text: str) -> bool:
    """A sentence that states something in the third person and closes on a stop, reading as no picture's caption:
    the story's last sentence, above the links to other stories ("Turnout at the polls was estimated at just over
    70 percent." over "Senior Russian General Killed In Bomb Attack Linked To Ukraine"). A page's own lines there
    ask a question, address the reader ("We will update you accordingly …"), trail off ("Developing story, more to
    follow ..."), shout, come in title case or in a headline's single quotes ("‘Mexico is one big cemetery.’")."""
    closed = text.rstrip("\"'”’)")
    if not closed.endswith(".") or closed.endswith("..") or text[:1] in "‘'" or text.isupper() or is_title_case(text) or reads_as_caption(text):
        return False
    return not any(t.key in _ADDRESSES_READER for t in words(text))


_STANDFIRST_WORDS = 8


def _spreads_into(i: int, neighbour: int, units: Sequence[Unit], roles: list[str], lead: int) -> bool:
    """Whether off-topic unit ``i`` is taken by its ``neighbour``'s role. Chrome spreads; so does metadata, except
    into the page's first whole sentence (``lead``), where a byline and date stand over the story's standfirst
    ("By AFP/Chris Foley November 13, 2016 | 06:38 pm PT" over "Officials said they were optimistic the death toll
    would not rise.")."""
    if roles[neighbour] == "chrome":
        return True
    text = units[i].text.strip()
    standfirst = i <= lead and text[:1].isupper() and ends_sentence(text) and len(text.split()) >= _STANDFIRST_WORDS
    return roles[neighbour] == "meta" and not standfirst


def _lines(units: Sequence[Unit]) -> dict[int, str]:
    """Each line's text, by paragraph: a caption's credit is often a unit of its own after the caption's sentence
    ("Nicola Bulley was last seen on the morning of Friday January 27." then "(Photo: PA)"), and only the line
    read whole ends on it."""
    lines: dict[int, list[str]] = {}
    for u in units:
        lines.setdefault(u.paragraph, []).append(u.text.strip())
    return {paragraph: " ".join(texts) for paragraph, texts in lines.items()}


def _closes_or_pictures(text: str, line: str = "") -> bool:
    """Chrome that stands among reporting, not in a block of adverts: a notice or comment form after the last
    sentence, or a picture's caption or credit between two paragraphs (a Weather Underground expert's quotation
    above "A damaged restaurant in Christ Church, Barbados (AFP via Getty Images)" is the story's; so is a Daily
    Mail report between "Ambulances arrive at the scene ready to rush victims to hospital" and the next caption).
    The credit may stand on the caption's ``line`` as a unit of its own ("… on the morning of Friday January 27."
    then "(Photo: PA)", under i's "A white forensic tent was also erected at the scene."); the caller passes the
    line only for a sentence after the lead that reads as no caption itself, since above the story a picture's
    block takes the page's first lines with it ("Newsletter Signup Register / Login" over an AP photo's caption)
    and a caption beside another picture's ("…, Calif., Jan. 25, 2025.") is one of a row of them."""
    return ends_article(text) or credit_at_end(text) or credit_at_end(line) or credit_only(text) or scene_caption(text, whole_line=True)


def _relevance(text: str, others: set[str]) -> float:
    """Share of the unit's content-word weight that other outlets' articles also use."""
    keys = content_keys(text)
    if len(keys) < 3:
        return 1.0
    total = sum(word_weight(k) for k in keys)
    shared = sum(word_weight(k) for k in keys if k in others)
    return shared / total if total else 1.0
