"""One fact written two ways: what a changed-fact check must not report.

Outlets spell a name with or without its accents, write "US" or "United
States", "Sept" or "September", "five" or "5", and give a figure again in
other units. A replaced stretch that differs only so is house style, and
reporting it as a changed fact buries the changes an editor must see.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz.distance import Indel

from variantview.core.detect.context import Change
from variantview.core.detect.measures import converted
from variantview.core.text import (
    ORDINAL_SUFFIXES,
    SPELLED_COUNTS,
    SPELLED_RANKS,
    Token,
    counted_measure,
    is_calendar,
    is_number,
    is_quantity,
    unaccented,
    written_short,
)
from variantview.core.units.segment import Unit


def one_fact_written_two_ways(change: Change) -> bool:
    """Spelling, not fact: "Cárdenas"/"Cardenas", "Defence"/"Defense", "US"/"United States",
    "Sept"/"September", "(38)"/", 38,", "five"/"5", or a figure given again in other units ("300km"
    against "186 miles (300 kilometers)", "1,600km" against "1,000 miles"). Reporting these buries
    the changed facts an editor must see.
    """
    if _decimal_point_lost(change):
        return False
    x, y = _spellings(change.x_words), _spellings(change.y_words)
    if x == y or _initials_of(x, y) or _initials_of(y, x) or _abbreviated(change) or _head_of(change) or converted(change.x_text, change.y_text):
        return True
    x_figures, y_figures = (set(_FIGURE.findall(change.x_text)), set(_FIGURE.findall(change.y_text)))
    if x_figures and y_figures and (x_figures <= y_figures or y_figures <= x_figures):
        return True
    counted = _counted(x)
    if counted and counted == _counted(y):
        return True  # "3 kids" against "three children", "five meters" against "5 metres": the count is the same
    x_dates = _dates(x)
    if x_dates and x_dates == _dates(y):
        return True  # "Sunday solemn" against "a Sunday", "90s" against "1990s": the words around one date changed
    return not (x_figures or y_figures or counted or _counted(y)) and Indel.normalized_similarity(" ".join(x), " ".join(y)) >= _SAME_NAME


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _decimal_point_lost(change: Change) -> bool:
    """Whether one side's figure is the other's with its decimal point gone ("$107 bn" against "$10.7bn" in two
    spun copies of one story): a tenfold change, which folding a word's stops away would call one spelling. Not a
    clock's point ("07.40" against "0740", "9.30" against "9:30"), and not where the word after the figure changes
    too ("1.3 million" against "13 lakh": one figure in two systems of counting)."""
    x_figures, y_figures = _FIGURE.findall(change.x_text), _FIGURE.findall(change.y_text)
    if len(x_figures) != 1 or len(y_figures) != 1:
        return False
    sides = [(change.x, change.x_span[0], x_figures[0]), (change.y, change.y_span[0], y_figures[0])]
    if sides[0][2].isdigit():
        sides.reverse()  # the pointed figure first
    pointed, bare = sides
    if not bare[2].isdigit() or not _POINTED.fullmatch(pointed[2]) or _CLOCK.fullmatch(pointed[2]) or pointed[2].replace(".", "") != bare[2]:
        return False
    return _word_after(*pointed) == _word_after(*bare)


def _word_after(unit: Unit, start: int, figure: str) -> str:
    """The word after ``figure``, found from ``start`` in the unit's text ("bn" in "$10.7bn,", "lakh" in "13 lakh")."""
    at = unit.text.find(figure, start)
    after = _NEXT_WORD.match(unit.text, at + len(figure)) if at >= 0 else None
    return after.group(1).lower() if after else ""


_POINTED = re.compile(r"\d+\.\d+")
_CLOCK = re.compile(r"\d{1,2}\.\d\d")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_SAME_NAME = 0.8
"""Names this alike, accents and case aside, are one name spelled two ways ("Colcomán", "Coalcoman", "Centre")."""

_DECADE = re.compile(r"(?:\d\d)?(\d0)")


def _dates(spellings: list[str]) -> list[str]:
    """A side's counts and calendar words, sorted, a decade by its last two digits ("1990s" and "90s" are one)."""
    found = []
    for word, after in zip(spellings, [*spellings[1:], ""]):
        decade = _DECADE.fullmatch(word) if after == "s" else None
        if decade:
            found.append(decade.group(1) + "s")
        elif is_quantity(word):
            found.append(word)
    return sorted(found)


def _spellings(tokens: Sequence[Token]) -> list[str]:
    """Words with accents, hyphens and case folded, counts in figures ("Thirty two" and "Thirty-two" are 32, "an
    eleven-year-old" and "an 11-year-old" one age), and month names cut to their abbreviation."""
    keys = [t.key for t in tokens]
    for i in range(len(keys) - 1):
        if f"{keys[i]}-{keys[i + 1]}" in _SPELLED:
            keys[i : i + 2] = [f"{keys[i]}-{keys[i + 1]}", ""]
        elif keys[i].isdigit() and keys[i + 1] in ORDINAL_SUFFIXES:
            keys[i : i + 2] = [keys[i] + keys[i + 1], ""]  # "8th", which the tokenizer splits, against "eighth"
    keys = [part for k in keys for part in (counted_measure(k) or (k,))]
    folded = (_SPELLED.get(k) or "".join(c for c in unaccented(k) if c.isalnum()) for k in keys if k)
    return [_SPELLED.get(w, w[:3] if is_quantity(w) and not is_number(w) and w[:3] in _MONTH_STEMS else w) for w in folded]


_SPELLED = SPELLED_COUNTS | {"one": "1"} | SPELLED_RANKS
"""Counts and ordinals spelled out, as their figures: "one" against "1" is one count, whatever "one" is elsewhere,
and "fifth" against "5th" one rank."""


def _counted(spellings: list[str]) -> tuple[set[str], set[str]] | None:
    """The counts (as figures) and calendar words of a side, or None without a count."""
    counts = {w for w in spellings if is_number(w)}
    return (counts, {w for w in spellings if is_calendar(w)}) if counts else None


_MONTH_STEMS = frozenset(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])


def _abbreviated(change: Change) -> bool:
    """Whether one side is one word cut short, with its mark, from the other's ("Int'l"/"International",
    "Gov."/"Governor"): its letters stand in order in the other word, the first letter first."""
    if len(change.x_words) != 1 or len(change.y_words) != 1:
        return False
    short, long = sorted((change.x_text.strip(), change.y_text.strip()), key=len)
    return any(mark in short for mark in "'’.") and written_short(short, long)


def _head_of(change: Change) -> bool:
    """Whether one side is an initialism of three or more capitals and the other one name beginning with its last
    letter: a country's long name ends in its head word, which outlets use as its short name ("DRC" against
    "Congo", "PRC" against "China", "UAE" against "Emirates", "USA" against "America"). Two-letter initialisms are
    left out: "UK" against "Kenya" names another country."""
    if len(change.x_words) != 1 or len(change.y_words) != 1:
        return False
    short, name = sorted((change.x_text.strip(), change.y_text.strip()), key=lambda side: not _INITIALISM.fullmatch(side))
    return bool(_INITIALISM.fullmatch(short)) and name[:1] == short[-1] and name[1:].islower()


_INITIALISM = re.compile(r"[A-Z]{3,}")


def _initials_of(short: list[str], long: list[str]) -> bool:
    """Whether ``short`` is ``long`` with a run of its words written as their initials ("US Geologic")."""
    if not short or len(short[0]) < 2 or len(short[0]) > len(long):
        return False
    n = len(short[0])
    if "".join(w[0] for w in long[:n]) != short[0]:
        return False
    rest_short, rest_long = short[1:], long[n:]
    return len(rest_short) == len(rest_long) and all(a.startswith(b) or b.startswith(a) for a, b in zip(rest_short, rest_long))
