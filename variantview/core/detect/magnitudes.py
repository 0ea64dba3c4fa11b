"""Changed facts stated without figures: "hundreds of protesters" against "thousands of protesters".

Early takes and rewrites give a crowd, a toll or a cost in round words. An
outlet that says hundreds where the others say thousands changes the fact as
surely as one that changes a figure, and a figure check sees no digit in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding, less_stated
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.memo import memo_text
from variantview.core.text import is_content_word, stem, words

_ORDERS = {"dozens": 1, "scores": 1, "hundreds": 2, "thousands": 3, "millions": 6, "billions": 9}
"""Powers of ten a round word states; "tens of" and "hundreds of" before one add one and two."""
_ROUND = re.compile(r"\b(?:(tens|hundreds)\s+of\s+)?(dozens|scores|hundreds|thousands|millions|billions)\s+of\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.IGNORECASE)
_NOT_COUNTED = frozenset(["the", "their", "his", "her", "its", "our", "your", "these", "those", "them", "us", "you", "other", "more", "new"])
"""Words after "of" that do not say what is counted; the first word that is not one of them does, however
common ("hundreds of people", "thousands of their supporters")."""
_SAME_THING = 0.8
"""Stems this alike name one thing spelled two ways ("protesters", "protestors")."""


@dataclass(frozen=True, slots=True)
class _Round:
    """A round amount in a sentence: its round word, its power of ten, the stems of the content words it counts,
    and where."""

    word: str
    order: int
    things: frozenset[str]
    start: int
    end: int

    def counts_what(self, other: _Round) -> bool:
        """Whether the two count the same thing: a content word in common, spelled alike."""
        return any(a == b or Indel.normalized_similarity(a, b) >= _SAME_THING for a in self.things for b in other.things)


def detect_round_amounts(context: Context) -> list[Finding]:
    """Round amounts of one thing stated at different orders in one row: the one fewer outlets state anywhere
    in the coverage is reported (as many for each: both, except in the outlet the row is read against)."""
    stated = [(unit.witness, r) for unit in context.all_units for r in _rounds(unit.text)]

    def stating(amount: _Round) -> int:
        return len({w for w, r in stated if r.order == amount.order and r.counts_what(amount)})

    findings = []
    for row in context.content_rows:
        units = list({u.text: u for u in context.row_units(row)}.values())
        for unit in units:
            for mine in _rounds(unit.text):
                rival = next(
                    ((o, r) for o in units if o.witness != unit.witness for r in _rounds(o.text) if _contradicts(unit.text, mine, o.text, r)),
                    None,
                )
                if rival is None:
                    continue
                other, theirs = rival
                fewer, more = stating(mine), stating(theirs)
                if not less_stated((fewer,), (more,)):
                    continue
                text, their_text = unit.text[mine.start : mine.end], other.text[theirs.start : theirs.end]
                findings.append(
                    figure_finding(
                        unit,
                        (mine.start, mine.end),
                        Counterpart(other.witness, other.index, their_text),
                        f"“{text}” is “{their_text}” in {other.witness} ({more} outlet(s) state it so, {fewer} this way).",
                        row.id,
                    )
                )
    return findings


def _contradicts(text: str, mine: _Round, other_text: str, theirs: _Round) -> bool:
    """Two round amounts of one thing that cannot both hold: different round words ("hundreds" against
    "thousands"; not "dozens" against "scores"), not one made finer ("tens of millions" against "millions"), and neither sentence stating
    the other's amount too ("evacuated hundreds of passengers ... that injured dozens" against "dozens of
    passengers injured": two facts, each in both)."""
    if mine.word == theirs.word or mine.order == theirs.order or not mine.counts_what(theirs):
        return False
    return not (re.search(rf"\b{theirs.word}\b", text, re.IGNORECASE) or re.search(rf"\b{mine.word}\b", other_text, re.IGNORECASE))


@memo_text(maxsize=20_000)
def _rounds(text: str) -> tuple[_Round, ...]:
    """The round amounts of a sentence; memoised, as reprints share sentences."""
    found = []
    for m in _ROUND.finditer(text):
        order = _ORDERS[m.group(2).lower()] + (0 if m.group(1) is None else 1 if m.group(1).lower() == "tens" else 2)
        counted = words(m.group(3))
        head = next((t.key for t in counted if t.key not in _NOT_COUNTED), "")
        things = frozenset(stem(t.key) for t in counted if is_content_word(t.key) or t.key == head)
        if things:
            found.append(_Round(m.group(2).lower(), order, things, m.start(), m.end(2)))
    return tuple(found)
