"""Setting site chrome, page metadata and unrelated advertising apart from reporting.

Chrome stays in the output (an editor may want to see it) but takes no part
in alignment or omission counts. Three signals, each general to news sites
rather than to any one outlet: the stock phrases of publishing platforms,
lines that are only a date, a byline or a reading time, and units that share
almost no vocabulary with the other outlets' articles (an advert for an IT
firm under a story about a summit).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from variantview.core.segment import Unit
from variantview.core.text import is_content_word, word_weight, words

_CHROME = re.compile(
    r"""^(?:
        (?:share|tweet|email|print|save)\b.{0,30}$
      | \d*\s*(?:shares?|comments?|views?|likes?)$
      | read\s+(?:more|also|next)\b
      | (?:related|similar|recommended|more|latest|popular|trending|top)\s*(?:posts?|stories|articles?|news|videos?|reads?)?\s*:?$
      | see\s+(?:more|also|all)\b.{0,30}$
      | leave\s+a\s+(?:reply|comment)
      | your\s+email\s+address\s+will\s+not\s+be\s+published
      | required\s+fields\s+are\s+marked
      | (?:watch|click|tap|scroll)\b.{0,40}\b(?:below|here|now)\W*$
      | explore\s+now
      | (?:subscribe|sign\s+up|log\s+in|follow\s+us|download\s+(?:the|our)\s+app)\b
      | advertisement$
      | (?:source|courtesy|credit|photo|image)\s*:
      | \(?\s*with\s+inputs?\s+from\b
      | this\s+(?:post|article|story)\s+was\s+(?:originally\s+)?(?:first\s+)?published
      | get\s+(?:current|latest|the\s+latest|live|all)\s+updates?\b
      | (?:copyright|all\s+rights\s+reserved)\b | ©
      | (?:we\s+use\s+cookies|accept\s+(?:all\s+)?cookies)
    )""",
    re.IGNORECASE | re.VERBOSE,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?"
_META = re.compile(
    rf"""^\W*(?:
        (?i:(?:{_DAY},?\s*)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*\d{{4}}|\d{{4}}-\d\d-\d\d)
        (?:\s*,?\s*\d{{1,2}}:\d\d\s*(?:am|pm)?)?)
      | (?i:\d+\s*(?:min|minutes?)(?:\s*,\s*\d+\s*seconds?)?\s*read)
      | (?i:(?:updated|published|posted)\b.{{0,40}}\d{{4}}.*)
      | (?i:by)\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){{0,3}}
      | [A-Z][\w]{{1,10}}\s*\|.{{0,40}}
      | .{{0,40}}\b(?:www\.|https?://)\S+
      | [A-Z][\w&]*(?:\s+[A-Z][\w&]*)?
    )\W*$""",
    re.VERBOSE,
)

OFF_TOPIC = 0.2
"""Share of a unit's word weight found in other outlets below which it is off-topic.
Measured on the sample: its adverts score 0.0-0.16, its on-topic sentences
mostly over 0.25 but as low as 0.09 (a typo-laden spun sentence), which is
why off-topic alone never makes a unit chrome: it must also touch chrome."""


def mark_boilerplate(
    units: Mapping[str, Sequence[Unit]],
    overrides: Mapping[tuple[str, int], bool] | None = None,
) -> dict[str, list[Unit]]:
    """Give each unit its role; an editor's override decides over every heuristic."""
    overrides = overrides or {}
    vocabulary = {w: _vocabulary(ws) for w, ws in units.items()}
    outlets_using = Counter(k for v in vocabulary.values() for k in v)
    marked: dict[str, list[Unit]] = {}
    for witness_id, witness_units in units.items():
        own = vocabulary[witness_id]
        others = {k for k, n in outlets_using.items() if n > (k in own)} if len(vocabulary) > 1 else set()
        roles = _roles(witness_units, others)
        marked[witness_id] = []
        for unit, role in zip(witness_units, roles):
            if unit.ref in overrides:
                boilerplate = overrides[unit.ref]
                role = ("chrome" if role in ("body", "headline") else role) if boilerplate else ("body" if role in ("chrome", "meta") else role)
            marked[witness_id].append(replace(unit, role=role, boilerplate=role in ("chrome", "meta")))
    return marked


def _vocabulary(units: Sequence[Unit]) -> set[str]:
    return {t.key for u in units for t in words(u.text) if is_content_word(t.key)}


def _roles(units: Sequence[Unit], others: set[str]) -> list[str]:
    roles: list[str] = []
    first_sentence_seen = False
    for unit in units:
        text = unit.text.strip()
        if _CHROME.search(text):
            role = "chrome"
        elif _META.match(text):
            role = "meta"
        elif not first_sentence_seen and not _ends_sentence(text):
            role = "headline"
        else:
            role = "body"
        first_sentence_seen = first_sentence_seen or (role == "body" and _ends_sentence(text))
        roles.append(role)
    if others:
        _spread_off_topic(units, roles, others)
    return roles


def _spread_off_topic(units: Sequence[Unit], roles: list[str], others: set[str]) -> None:
    """Off-topic units next to chrome are chrome too: adverts come in blocks.

    An off-topic sentence between two reported ones is left alone: a typo or
    an unusual turn of phrase can make a real sentence look unrelated.
    """
    off_topic = [roles[i] in ("body", "headline") and _relevance(u.text, others) < OFF_TOPIC for i, u in enumerate(units)]
    changed = True
    while changed:
        changed = False
        for i, candidate in enumerate(off_topic):
            if candidate and roles[i] != "chrome":
                neighbours = [roles[j] for j in (i - 1, i + 1) if 0 <= j < len(roles)]
                if any(r in ("chrome", "meta") for r in neighbours):
                    roles[i] = "chrome"
                    changed = True


def _ends_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…][\"'”’)\]]*$", text))


def _relevance(text: str, others: set[str]) -> float:
    """Share of the unit's content-word weight that other outlets' articles also use."""
    keys = {t.key for t in words(text) if is_content_word(t.key)}
    if len(keys) < 3:
        return 1.0
    total = sum(word_weight(k) for k in keys)
    shared = sum(word_weight(k) for k in keys if k in others)
    return shared / total if total else 1.0
