"""One figure hedged differently: "nearly $965 million" against "$965 million", "more than 116" against
"at least 116", "about 100 films" against "over 100 films".

The figure is the same on both sides, so no figure check sees a change; but
the word before it is part of the fact. A reprint that writes "nearly" where
the verdict was exactly $965 million, or "at least 13" where the wire counted
13, tells the reader something the source did not say.
"""

from __future__ import annotations

import re

from variantview.core.align.rows import Row
from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding, less_stated
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.detect.one_measure import LOOKBACK, counted_runs, figure_of
from variantview.core.memo import memo_text
from variantview.core.text import is_number
from variantview.core.units.segment import Unit

_HEDGES = {
    "below": ("nearly", "almost", "close to", "just under", "under", "fewer than", "less than", "just shy of", "short of"),
    "about": ("about", "around", "some", "approximately", "roughly", "an estimated", "estimated", "circa", "approx."),
    "above": ("more than", "over", "just over", "upwards of", "in excess of", "above"),
    "at least": ("at least", "a minimum of", "no fewer than", "no less than", "not less than"),
    "up to": ("up to", "within", "as many as", "as much as", "as high as", "at most", "no more than", "not more than"),
}
"""The hedges a figure takes, by what they say of the true figure: below it, near it, above it, at or above
it, at or below it. Words of one kind are one hedge ("about", "around", "some"); the kinds differ."""

_HEDGE_BEFORE = re.compile(
    r"\b(" + "|".join(re.escape(word) for words in _HEDGES.values() for word in sorted(words, key=len, reverse=True)) + r")\s*[$€£¥]?\s*$",
    re.IGNORECASE,
)
_NOT_A_HEDGE = re.compile(r"\b(?:talk|think|thought|know|knew|worr|concern|care|ask|hear|learn|spok|speak|wr[io]t|question)\w*\s+about\s*$", re.IGNORECASE)
""""About" after a verb of talk or thought is a preposition ("talking about 24 Slams"), not a hedge."""

_TIME_SPANS = frozenset(["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"])
_SPAN_PREPOSITIONS = frozenset(["over", "within"])
"""Before a span of time "over" most often means "during" and "within" "in" ("over 24 hours", "within 24 hours"):
prepositions, not hedges."""

_SIGN_BEFORE = re.compile(r"[$€£¥]\s*$")
_IN_BRACKETS = re.compile(r"\([^()]{0,12}$")
_RANGE_END = re.compile(r"\d[\w.,]*(?:\s+\w+)?\s*(?:[-–—]|to|and|or)\s*$")
_RANGE_START = re.compile(r"^(?:\s+\w+)?\s*(?:[-–—]|to|and|or)\s*\d")
"""A figure at either end of a range ("0.3 meters to 1 meter", "between 25 and 30") is no amount of its own."""
_KIND = {word: kind for kind, words in _HEDGES.items() for word in words}
_EXACT = "exact"

_NOT_AN_AMOUNT = re.compile(r"^(?:1[89]|20)\d\d$|[:]|[ap]m$")
"""Figures no hedge qualifies as an amount: a year ("in 2018"), a clock time ("at 4:15 a.m.")."""

Place = tuple[Unit, int, int]


def figures_hedged_differently(context: Context) -> list[Finding]:
    """A figure that outlets of one row hedge in different ways ("nearly", "at least", none): the hedge
    fewer outlets write is reported, on the hedge and the figure; on a tie, both, except in the outlet the
    row is read against (as every figure check decides). An outlet that hedges the figure two ways in the
    row (a headline's "18 killed", its lead's "at least 18") tells both and is left out."""
    findings: list[Finding] = []
    for row in context.content_rows:
        told: dict[str, dict[str, dict[str, list[Place]]]] = {}  # figure -> outlet -> hedge -> places
        for unit in context.row_units(row):
            for figure, hedge, start, end in _hedged_figures(unit.text):
                told.setdefault(figure, {}).setdefault(unit.witness, {}).setdefault(hedge, []).append((unit, start, end))
        for by_outlet in told.values():
            findings.extend(_hedges_differ(by_outlet, row))
    return findings


def _hedges_differ(by_outlet: dict[str, dict[str, list[Place]]], row: Row) -> list[Finding]:
    """Findings for one figure of a row, given each outlet's hedges of it."""
    single = {outlet: next(iter(hedges.items())) for outlet, hedges in by_outlet.items() if len(hedges) == 1}
    writers: dict[str, int] = {}
    for hedge, _ in single.values():
        writers[hedge] = writers.get(hedge, 0) + 1
    if len(writers) < 2:
        return []
    findings = []
    for hedge, places in single.values():
        rival = max((h for h in writers if h != hedge), key=lambda h: (writers[h], h))
        other, a, b = next(places for h, places in single.values() if h == rival)[0]
        for unit, start, end in places:
            if less_stated((writers[hedge],), (writers[rival],)):
                findings.append(
                    figure_finding(
                        unit,
                        (start, end),
                        Counterpart(other.witness, other.index, other.text[a:b]),
                        f"“{unit.text[start:end]}” is hedged otherwise in {other.witness}: “{other.text[a:b]}” "
                        f"({writers[rival]} outlet(s) write it so, {writers[hedge]} this way).",
                        row.id,
                    )
                )
    return findings


@memo_text(maxsize=20_000)
def _hedged_figures(text: str) -> tuple[tuple[str, str, int, int], ...]:
    """Each amount a sentence gives, with its hedge ("exact" where none): (the amount, the hedge, start, end
    of the hedge and figure in the text). The amount is the figure, its quantity words and the word after
    it ("965 million", "12 people", "2,000 meters"), so that one figure counting two things is two amounts.

    Left out, as figures whose hedge cannot be read: a converted figure in brackets ("about 50 miles (80
    kilometers)") and a bare figure listed after a hedged one ("at least 6 dead, 30 hurt"), which take the
    hedge before them; either end of a range; a figure after a preposition that looks like a hedge
    ("talking about 24 Slams", "over 24 hours", "within 24 hours")."""
    found = []
    hedged_until = -1  # where the last hedged figure ends: a bare figure listed close after it shares its hedge
    for keys, start, end, after in counted_runs(text):
        figure = figure_of(keys)
        offset = max(0, start - LOOKBACK)
        before = text[offset:start]
        if len(figure) != 1 or any(_NOT_AN_AMOUNT.search(key) for key in keys) or _IN_BRACKETS.search(before):
            continue
        if _RANGE_END.search(before) or _RANGE_START.match(text[end : end + LOOKBACK]):
            continue
        amount = " ".join((*figure, *(key for key in keys if not is_number(key)), after)).strip()
        hedge = _HEDGE_BEFORE.search(before)
        if hedge and (_NOT_A_HEDGE.search(before) or (hedge.group(1).lower() in _SPAN_PREPOSITIONS and after in _TIME_SPANS)):
            continue
        if hedge:
            found.append((amount, _KIND[hedge.group(1).lower()], offset + hedge.start(), end))
            hedged_until = end
        elif hedged_until < 0 or start - hedged_until > _LISTED_WITHIN:
            sign = _SIGN_BEFORE.search(before)
            found.append((amount, _EXACT, offset + sign.start() if sign else start, end))
    return tuple(found)


_LISTED_WITHIN = 40
"""Characters between a hedged figure and a bare one listed after it ("at least 6 people, wounding 30")."""
