"""A person's age given differently across the coverage: "Kiptum, 23, was driving a Toyota Premio …" where
two other outlets write "Kiptum, 24, and his Rwandan coach …" and "Kiptum, 24, just had the world record …".

An age stands beside a name in whatever sentence first names the person, and outlets name people in sentences
that report different things; so the rows the aligner makes seldom set two ages side by side, and the diff-based
checks never see them. The name ties the two ages together instead, over the whole coverage.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.memo import memo_text
from variantview.core.text import is_calendar
from variantview.core.units.segment import Unit

_NAME = r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
_AGE_AFTER = re.compile(rf"\b({_NAME}),\s+(\d{{1,3}}),")
"""An age set off by commas after a name: "Kiptum, 24, and his coach", "classical pianist Betsy Arakawa, 64, and"."""
_AGE_BEFORE = re.compile(rf"\b(\d{{1,3}})-year-old\s+({_NAME})\b")
"""An age before a name: "the 58-year-old Combs", "The 67-year-old Srettha"."""

_ANY_AGE = re.compile(r"\b(\d{1,3})-years?-old\b|,\s+(\d{1,3}),|\baged\s+(\d{1,3})\b|\bage\s+of\s+(\d{1,3})\b")
"""An age in any form, named or not ("The 53-year-old's dramatic fall")."""

_OLDEST = 120
_COMMA_FIGURE = re.compile(r",\s+\d{1,3},")
"""A figure set off by commas: the sign of an age after a name, which lets most sentences skip the name's search."""


@dataclass(frozen=True)
class _Mention:
    """One outlet's age for one named person, and where the age stands."""

    unit: Unit
    first: str  # the given name or title before the surname, "" when the surname stands alone
    surname: str
    age: int
    start: int
    end: int


def detect_changed_ages(context: Context) -> list[Finding]:
    """Report the age fewer outlets give a person, where at least two outlets agree on another and no outlet gives
    both. A surname alone that could be either of two people named in the coverage ("McMichael, 35" beside "Travis
    McMichael" and "Gregory McMichael") is left out: which one it names is not known."""
    rows = {(w, i): row.id for row in context.content_rows for w, indices in row.cells.items() for i in indices}
    mentions = [m for unit in context.all_units for m in _mentions(unit)]
    given: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.first:
            given[m.surname].add(m.first)
    people: dict[tuple[str, str], list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.first or len(given[m.surname]) <= 1:
            people[(m.surname, m.first or next(iter(given[m.surname]), ""))].append(m)
    aged: dict[int, set[str]] = defaultdict(set)
    for unit in context.all_units:
        for age in _any_ages(unit.text):
            aged[age].add(unit.witness)
    findings: list[Finding] = []
    for told in people.values():
        findings.extend(_odd_ages(told, rows, aged))
    return findings


def _mentions(unit: Unit) -> Iterator[_Mention]:
    for first, surname, age, start, end in _named_ages(unit.text):
        yield _Mention(unit, first, surname, age, start, end)


@memo_text(maxsize=20_000)
def _named_ages(text: str) -> tuple[tuple[str, str, int, int, int], ...]:
    """(given name or "", surname, age, start, end) of each age beside a name; memoised, as reprints repeat
    sentences, and searched only in sentences with a comma before a figure or a "-year-old"."""
    found = []
    if _COMMA_FIGURE.search(text):
        found += [(m.group(1), m.group(2), m.start(2), m.end(2)) for m in _AGE_AFTER.finditer(text)]
    if "-year-old" in text:
        found += [(m.group(2), m.group(1), m.start(1), m.end(1)) for m in _AGE_BEFORE.finditer(text)]
    named = []
    for name, age, start, end in found:
        words = name.split()
        if 0 < int(age) < _OLDEST and not any(is_calendar(w.lower().rstrip(".")) for w in words):
            named.append((words[-2] if len(words) > 1 else "", words[-1], int(age), start, end))
    return tuple(named)


@memo_text(maxsize=20_000)
def _any_ages(text: str) -> tuple[int, ...]:
    if "-year" not in text and "age" not in text and not _COMMA_FIGURE.search(text):
        return ()
    return tuple(int(next(g for g in found.groups() if g)) for found in _ANY_AGE.finditer(text))


def _odd_ages(told: list[_Mention], rows: dict[tuple[str, int], int], aged: dict[int, set[str]]) -> Iterator[Finding]:
    """The mentions of one person whose age fewer outlets give, where more give another; and more outlets give the
    other age in any form, named or not: four outlets write "The 53-year-old's dramatic fall" of Vietnam's president
    without his name where two write "Thuong, 54,", so the one "Thuong, 53," is the majority's age, not an odd one."""
    ages_by_outlet: dict[str, set[int]] = defaultdict(set)
    for m in told:
        ages_by_outlet[m.unit.witness].add(m.age)
    outlets_by_age: dict[int, set[str]] = defaultdict(set)
    for witness, ages in ages_by_outlet.items():
        if len(ages) == 1:
            outlets_by_age[next(iter(ages))].add(witness)
    if len(outlets_by_age) != 2:
        return
    (rare, fewer), (common, more) = sorted(outlets_by_age.items(), key=lambda item: len(item[1]))
    if len(more) < 2 or len(fewer) >= len(more) or len(aged[rare]) >= len(aged[common]):
        return
    theirs = next(m for m in told if m.age == common)
    for m in told:
        if m.age == rare:
            yield figure_finding(
                m.unit,
                (m.start, m.end),
                Counterpart(theirs.unit.witness, theirs.unit.index, theirs.unit.text[theirs.start : theirs.end]),
                f"{m.surname} is {rare} here; {len(more)} outlets give {m.surname}'s age as {common} "
                f"({theirs.unit.witness} among them), {len(fewer)} as {rare}.",
                rows[(m.unit.witness, m.unit.index)],
            )
