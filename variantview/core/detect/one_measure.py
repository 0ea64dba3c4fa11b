"""One measure given two figures in a row: "13.5 billion years" against "13.7 billion years", "18 individuals"
against "19 individuals", where a rewritten sentence moved the figure out of the word diff's reach.

The changed-fact check in ``numbers`` pairs figures the diff lines up; this
one pairs them by what they count (the quantity words and the noun after
them), and so must tell one fact given two figures from two facts that
share a noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.memo import memo_text
from variantview.core.text import SPELLED_COUNTS, Token, is_content_word, is_number, is_quantity, words
from variantview.core.units.segment import Unit


def figures_of_one_measure(context: Context) -> list[Finding]:
    """One measure given two figures in a row ("13.5 billion years back in time" against "back in time 13.7
    billion years", "at least 18 individuals were injured" against "leaving 19 individuals injured"): the
    same words around the numbers and the same word after them, where a rewritten sentence moved the
    figure too far for the word diff to pair it. A row that gives a measure more than two figures holds
    more than one fact about it, and a sentence that gives both figures states both; neither is read as a
    change. The figure fewer outlets write is reported; on a tie, both.

    A bare figure before a noun ("18 individuals") says less than a figure with its quantity words
    ("13.7 billion years"), so it is read more strictly: an outlet that gives the measure two figures
    anywhere in the row ("a low of minus 68 degrees and a high of 37.2 degrees") states two facts, and
    figures more than twice apart ("5 gigawatts" of gas against "3.5" of wind is close; "25 micrograms"
    against "300" is not) are most often two facts, not one changed.
    """
    findings: list[Finding] = []
    for row in context.content_rows:
        every = context.row_units(row)
        figures: dict[tuple[str, ...], dict[frozenset[str], list[tuple[Unit, int, int]]]] = {}
        for unit in every:
            for measure, figure, start, end in _measured_figures(unit.text):
                figures.setdefault(measure, {}).setdefault(figure, []).append((unit, start, end))
        in_row: dict[str, set[str]] = {}
        for measure, told in figures.items():
            bare = len(measure) == 1
            if len(told) != 2 or (bare and not _close(*told)):
                continue
            stated = None
            if bare:
                in_row = in_row or stated_by_outlet(every)  # read once a row, and only where a bare figure needs it
                stated = in_row
            (fewer, rare), (more, common) = sorted(told.items(), key=lambda item: (*_weight(item[0], item[1], stated), sorted(item[0])))
            findings.extend(_figure_differs(rare, fewer, more, common, row.id, stated))
            if _weight(fewer, rare, stated) == _weight(more, common, stated):  # sorted, so never more: on a tie, each side against the other
                findings.extend(_figure_differs(common, more, fewer, rare, row.id, stated))
    return findings


_NO_COUNT_BEFORE = re.compile(r"\([^\s()]{0,4}$|\d\s*(?:[-–—]|to|and|or)\s*$|(?<=\w )[A-Z][\w-]*\s+$")
"""Where a bare figure counts nothing of its own: a conversion in brackets ("$800,000 (£582,000) reward"),
the upper end of a range ("100–200 bears") and a name's number inside a sentence ("United Flight 328",
"a Category 5 storm")."""


def _close(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two figures are at most twice apart; a figure of two numbers ("48, 8", a decimal comma read as a
    list) is close where either number is. Every number is read, never the first a set yields, whose order
    changes with the process's string hashing: the same articles must give the same findings in every run."""
    try:
        sizes = [[abs(float(number)) for number in figure] for figure in (a, b)]
    except ValueError:
        return True  # a figure with letters in it ("2.7m"): its size is not read here
    return any(max(x, y) <= _APART * min(x, y) for x in sizes[0] for y in sizes[1]) or not all(sizes)


_APART = 2


def _weight(figure: frozenset[str], places: list[tuple[Unit, int, int]], stated: dict[str, set[str]] | None) -> tuple[int, int]:
    """How many outlets write a figure for the measure; for a bare figure (given ``stated``), then how many
    state it anywhere in the row: "at least 18 individuals" against "19 individuals" is one outlet each, but
    a third writes "at least 18 passengers", so 19 is the figure that differs."""
    return _outlets(places), (sum(bool(figure & figures) for figures in stated.values()) if stated is not None else 0)


def stated_by_outlet(units: Sequence[Unit]) -> dict[str, set[str]]:
    """Every figure each outlet states in the row's sentences, in figures or spelled out ("nearly five gigawatts")."""
    stated: dict[str, set[str]] = {}
    for unit in units:
        stated.setdefault(unit.witness, set()).update(stated_figures(unit.text))
    return stated


def _figure_differs(
    places: list[tuple[Unit, int, int]],
    mine: frozenset[str],
    theirs: frozenset[str],
    others: list[tuple[Unit, int, int]],
    row: int,
    stated: dict[str, set[str]] | None,
) -> Iterator[Finding]:
    """A finding on each place of one figure (``mine``) against the other figure of the measure (``theirs``,
    given at ``others``); not where the sentence gives both figures. Given ``stated`` (each outlet's figures in
    the row), not where the outlet gives the measure both figures, nor where every outlet giving the other
    figure states this one too ("nearly five gigawatts of gas ... an additional 3.5 gigawatts"): they tell two
    facts. An outlet's other figures count other things: "Two adults and three children" changes the adults'
    count against "three children and three adults". On a tie each side is reported against the other."""
    if stated is not None and all(mine & stated[unit.witness] for unit, _, _ in others):
        return
    other, a, b = others[0]
    given = _given(places + others) if stated is not None else None
    for unit, start, end in places:
        if theirs & (given[unit.witness] if given is not None else figure_of(tuple(t.key for t in words(unit.text)))):
            continue
        yield figure_finding(
            unit,
            (start, end),
            Counterpart(other.witness, other.index, other.text[a:b]),
            f"The figure “{unit.text[start:end]}” is “{other.text[a:b]}” in {other.witness} "
            f"({_outlets(others)} outlet(s) write it so, {_outlets(places)} this way).",
            row,
        )


def _given(places: list[tuple[Unit, int, int]]) -> dict[str, set[str]]:
    """The figures each outlet gives the measure: a sentence's other figures count other things ("three children")."""
    given: dict[str, set[str]] = {}
    for unit, a, b in places:
        given.setdefault(unit.witness, set()).update(stated_figures(unit.text[a:b]))
    return given


def _outlets(places: list[tuple[Unit, int, int]]) -> int:
    """How many outlets write a figure, however many of their sentences give it."""
    return len({unit.witness for unit, _, _ in places})


def figure_of(keys: tuple[str, ...]) -> frozenset[str]:
    """The figures a run of words states, each written one way: thousands grouped by a comma or a space or
    not at all ("19,676", "19 676", "19676"), a clock time with a colon, a stop or nothing ("19:40",
    "4.20 p.m.", "1940"; "2:00" and "2"), "118.40" and "118.4", "5%" and "5 percent", "2 ½" and "2.5" are
    one figure each."""
    figures: list[str] = []
    follows = False  # the word before was a figure
    for key, after in zip(keys, (*keys[1:], "")):
        if is_number(key):
            key = _MERIDIEM.sub("", key.replace(",", "").replace(":00", "").replace(":", "").rstrip("%"))
            key = _HALF.sub(".5", _CLOCK_STOP.sub("", key) if after in _MERIDIEMS else key)
            key = _TRAILING_ZEROS.sub("", key)
            if follows and ((len(key) == 3 and key.isdigit()) or key == ".5") and figures[-1].isdigit():
                figures[-1] += key  # the second group of "19 676", the half of "2 ½"
            else:
                figures.append(key)
        follows = is_number(key)
    return frozenset(figures)


LOOKBACK = 80
"""Characters beside a figure read for what stands next to it (a hedge, a sign, a bracket, a range, a name). Such
words stand just beside it; reading all the text before each figure cost the square of a text's length (a fuzzed
page of 44,000 figures ran for minutes)."""

_HALF = re.compile(r"1[⁄/]2$")
_CLOCK_STOP = re.compile(r"(?<=^\d)\.(?=\d\d$)|(?<=^\d\d)\.(?=\d\d$)")
_MERIDIEMS = frozenset(["am", "pm"])
_MERIDIEM = re.compile(r"(?<=\d)[ap]m$")
_TRAILING_ZEROS = re.compile(r"(?<=\.\d)0+\b|\.0+\b")


@memo_text(maxsize=20_000)
def quantity_runs(text: str) -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """Maximal runs of quantity words holding a digit: (their keys, start, end in the text)."""
    return tuple(run for run in _quantity_runs(text) if any(is_number(key) for key in run[0]))


@memo_text(maxsize=20_000)
def _quantity_runs(text: str) -> tuple[tuple[tuple[str, ...], int, int], ...]:
    """Maximal runs of quantity words: (their keys, start, end in the text)."""
    runs: list[list[Token]] = []
    for token in words(text):
        if is_quantity(token.key):
            if runs and runs[-1] and text[runs[-1][-1].end : token.start].strip(" ,") == "":
                runs[-1].append(token)
            else:
                runs.append([token])
        elif runs and runs[-1]:
            runs.append([])
    return tuple((tuple(t.key for t in run), run[0].start, run[-1].end) for run in runs if run)


@memo_text(maxsize=20_000)
def counted_runs(text: str) -> tuple[tuple[tuple[str, ...], int, int, str], ...]:
    """Each quantity run of a sentence that holds a count, in figures or spelled out, with the content word after
    it, "" where none follows: (its keys, a spelled count written in figures, start, end, the word). The word says
    what the run counts ("13.7 billion years", "12 people"); a count spelled out is its figure, so that "nearly
    three years ago" meets "three years ago" and "3 years ago"."""
    runs = _quantity_runs(text)
    spelled = tuple((tuple(SPELLED_COUNTS.get(k, k) for k in keys), start, end) for keys, start, end in runs if any(is_number(k) or k in SPELLED_COUNTS for k in keys))
    return _counted(text, spelled)


def _counted(text: str, runs: tuple[tuple[tuple[str, ...], int, int], ...]) -> tuple[tuple[tuple[str, ...], int, int, str], ...]:
    tokens = words(text)
    starts = [t.start for t in tokens]
    counted = []
    for keys, start, end in runs:
        at = bisect_left(starts, end)
        counted.append((keys, start, end, tokens[at].key if at < len(tokens) and _counts_something(tokens[at].key) else ""))
    return tuple(counted)


def _counts_something(key: str) -> bool:
    """A word a count can be of: a content word, or "people", too common to be one (Zipf 6.2) and yet what a death
    toll counts ("Eleven people" against "At least 12 people")."""
    return is_content_word(key) or key == "people"


@memo_text(maxsize=20_000)
def _measured_figures(text: str) -> tuple[tuple[tuple[str, ...], frozenset[str], int, int], ...]:
    """Each figure of a sentence that a content word follows: (its measure, the figure, start, end). The
    measure is the run's quantity words and the word after it ("billion", "years"); a bare figure (the word
    after alone) is left out where it counts nothing of its own (``_NO_COUNT_BEFORE``). A count spelled out is
    its figure ("Two adults and three children" against "three children and three adults"): style books spell
    counts below ten, so one outlet's "two" is another's "3"."""
    measured = []
    for keys, start, end, after in counted_runs(text):
        if after:
            measure = (*(k for k in keys if not is_number(k)), after)
            if len(measure) > 1 or not _NO_COUNT_BEFORE.search(text[max(0, start - LOOKBACK) : start]):
                measured.append((measure, figure_of(keys), start, end))
    return tuple(measured)


@memo_text(maxsize=20_000)
def stated_figures(text: str) -> frozenset[str]:
    """Every figure a sentence states, in figures or spelled out ("nearly five gigawatts")."""
    return figure_of(tuple(SPELLED_COUNTS.get(t.key, t.key) for t in words(text)))
