"""Changed facts: numbers, amounts, dates and names that differ between aligned sentences.

A reprint that copies a sentence but changes "12" to "21" or one name for
another is the costliest error an editor can miss, and it is invisible to a
similarity score; so any replaced stretch with a quantity or a proper name on
both sides is reported, however little context surrounds it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from variantview.core.align.rows import Row
from variantview.core.detect.context import COPIED_ENOUGH, Change, Context, changes_between, shared_share
from variantview.core.detect.figures import figure_finding, figure_span
from variantview.core.detect.finding import Counterpart, Finding, found_in, whole_word
from variantview.core.detect.hedges import figures_hedged_differently
from variantview.core.detect.measures import detect_changed_measures
from variantview.core.detect.one_measure import figure_of, figures_of_one_measure, quantity_runs, stated_by_outlet
from variantview.core.detect.slots import figures_in_one_slot
from variantview.core.detect.spellings import one_fact_written_two_ways
from variantview.core.diffing import WordDiff, diff_words, fine_diff_words
from variantview.core.memo import memo_text
from variantview.core.text import (
    SPELLED_COUNTS,
    Token,
    counted_measure,
    is_calendar,
    is_count,
    is_number,
    is_proper_name,
    is_quantity,
    is_title_case,
    is_year,
    joined,
    joined_words,
    vague_magnitudes,
    words,
)

MAX_WORDS = 5


def detect_numbers(context: Context) -> list[Finding]:
    findings = []
    for row in context.content_rows:
        for change, hub in _fact_changes(context, row):
            kind = _fact_kind(change)
            if kind is None or change.left + change.right < 1 or (one_fact_written_two_ways(change) and not _unit_changed(change)):
                continue
            if kind == "name" and not hub:
                continue  # between two outlets' own rewrites, a changed name is most often a fact told another way
            minority = context.minority(change)[0]
            if kind == "number or date":
                minority = _figure_minority(context, change, minority)
            sides = []  # on a tie both figures are marked: which one is wrong is the editor's call, not the base's privilege
            if minority in ("x", None):
                sides.append((change.x, change.x_span, change.y, change.y_span))
            if minority in ("y", None):
                sides.append((change.y, change.y_span, change.x, change.x_span))
            for unit, figure, other, other_figure in sides:
                span, other_span = _pinned(unit.text, figure, kind), _pinned(other.text, other_figure, kind)
                text, other_text = unit.text[span[0] : span[1]], other.text[other_span[0] : other_span[1]]
                findings.append(
                    found_in(
                        unit,
                        *span,
                        kind="number",
                        counterpart=Counterpart(other.witness, other.index, other_text),
                        score=round(0.6 + 0.1 * min(change.left + change.right, 4), 3),
                        explanation=f"The {kind} “{text}” differs from “{other_text}” in {other.witness}.",
                        row=row.id,
                    )
                )
    return findings + _changed_expressions(context) + figures_of_one_measure(context) + figures_hedged_differently(context) + _figures_made_ranges(context) + detect_changed_measures(context) + _mistyped_figures(context) + figures_in_one_slot(context)


def _fact_changes(context: Context, row: Row) -> Iterator[tuple[Change, bool]]:
    """The row's changes, each with whether it is between the row's hubs (``Context.pairs``) or another two
    wordings; a long replacement with figures on both sides is read word by word inside.

    A rewritten clause hides a changed figure in a replacement too long to
    call a changed fact; the uncleaned diff of the same pair finds the figure
    between words the two sentences still share.
    """
    for hub, changes in ((True, context.changes(row)), (False, context.other_changes(row))):
        for change in changes:
            if _too_long(change) and _has_number(change.x_words) and _has_number(change.y_words):
                finer = changes_between(row, change.x, change.y, fine_diff_words(change.x.text, change.y.text))
                yield from ((c, hub) for c in finer if change.x_span[0] <= c.x_span[0] and c.x_span[1] <= change.x_span[1])
            else:
                yield change, hub


def _pinned(text: str, span: tuple[int, int], kind: str) -> tuple[int, int]:
    """Where a changed fact's finding sits: a figure without the words rewritten around it, a name as changed."""
    return whole_word(text, figure_span(text, span) if kind == "number or date" else span)


def _figure_minority(context: Context, change: Change, wording: str | None) -> str | None:
    """Which side of a changed figure is the odd one, given which side fewer outlets word so in its slot.

    The slot and the row's figures can disagree: two reprints say "Eleven
    others were seriously injured" where one copy says "Thirteen others were
    injured" and three more write "Thirteen of the injured were treated", so
    eleven is the majority's wording and the minority's figure. Then both
    sides are marked, as on a tie; which is wrong is the editor's call.
    """
    if wording is None:
        return _less_stated(context, change)
    stated = _less_stated_in_row(context, change)
    return None if stated and stated != wording else wording


def _less_stated_in_row(context: Context, change: Change) -> str | None:
    """The side whose figure fewer of the row's outlets state, in any of their sentences there, in figures or
    spelled out."""
    x, y = (figure_of(tuple(SPELLED_COUNTS.get(t.key, t.key) for t in side)) for side in (change.x_words, change.y_words))
    if not x or not y or x == y:
        return None
    stated = stated_by_outlet(context.row_units(change.row)).values()
    x_count, y_count = (sum(bool(side & figures) for figures in stated) for side in (x, y))
    return None if x_count == y_count else ("x" if x_count < y_count else "y")


def _less_stated(context: Context, change: Change) -> str | None:
    """On a tie within the row, the side whose figure fewer outlets state anywhere in the coverage.

    Two reprints of an early take say "about 400" where two updated copies
    say "379"; three more outlets report 379 in other sentences, so the early
    figure is the one that differs.
    """
    x, y = (len(frozenset().union(*(context.outlets_using(t.key) for t in side if is_number(t.key)))) for side in (change.x_words, change.y_words))
    return None if x == y else ("x" if x < y else "y")


def _too_long(change: Change) -> bool:
    return len(change.x_words) > MAX_WORDS or len(change.y_words) > MAX_WORDS


def _has_number(tokens: Sequence[Token]) -> bool:
    return any(is_number(t.key) for t in tokens)


def _changed_expressions(context: Context) -> list[Finding]:
    """A figure's expression changed inside a sentence rewritten too far to diff ("1:05 am" against "1:05 p.m.").

    Runs of quantity words are compared across a row's outlets: two runs
    that share a number but differ in another quantity word state one fact
    differently, and the run fewer outlets write is reported.
    """
    findings = []
    for row in context.content_rows:
        every = context.row_units(row)
        units = list({u.text: u for u in every}.values())
        runs = {u.text: [run for run in quantity_runs(u.text) if len(run[0]) > 1] for u in units}  # reprints share their runs
        outlets_writing: dict[tuple[str, ...], set[str]] = {}
        for u in every:
            for keys, _, _ in runs[u.text]:
                outlets_writing.setdefault(keys, set()).add(u.witness)
        for unit in units:
            for keys, start, end in runs[unit.text]:
                rival = next(
                    (
                        (other, other_keys, other.text[a:b])
                        for other in units
                        if other.witness != unit.witness
                        for other_keys, a, b in runs[other.text]
                        if set(other_keys) & _numbers(keys) and not (set(keys) <= set(other_keys) or set(other_keys) <= set(keys))
                    ),
                    None,
                )  # sharing a number, each with a word the other lacks: not one written more precisely than the other
                if rival is None or len(outlets_writing.get(keys, ())) >= len(outlets_writing.get(rival[1], ())):
                    continue
                other, other_keys, other_text = rival
                findings.append(
                    figure_finding(
                        unit,
                        (start, end),
                        Counterpart(other.witness, other.index, other_text),
                        f"The figure “{unit.text[start:end]}” is “{other_text}” in {other.witness} "
                        f"({len(outlets_writing[other_keys])} outlet(s) write it so, {len(outlets_writing[keys])} this way).",
                        row.id,
                    )
                )
    return findings


_RANGE_WORDS = frozenset(["to", "and", "or"])


def _figures_made_ranges(context: Context) -> list[Finding]:
    """A figure that one outlet turns into a range: "at least seven people" against "between seven to 20 people".

    The diff sees the second figure as words added, not replaced, so the
    changed-fact check above does not; a figure added right after one both
    sentences state, joined to it by "to", "and" or "or", changes the fact.
    Reported on the outlet that adds it when fewer outlets of the row state
    the added figure than state the shared one.
    """
    findings = []
    for row in context.content_rows:
        every = context.row_units(row)
        figures = {u.text: _quantities(u.text) for u in every}
        if len(set(figures.values())) < 2:
            continue  # every outlet states the same figures: nearly every row
        for x, y in context.all_pairs(row):
            if figures[x.text] == figures[y.text] or shared_share(x.text, y.text) < COPIED_ENOUGH:
                continue
            diff = diff_words(x.text, y.text)
            for unit, other, side in ((x, y, "a"), (y, x, "b")):
                for shared, added in _ranges_added(diff, side):
                    stating = [sum(joined([t.key]) in joined_words(u.text) for u in every) for t in (shared, added)]
                    if stating[1] >= stating[0]:
                        continue
                    theirs = next(t for t in words(other.text) if t.key == shared.key)
                    findings.append(
                        figure_finding(
                            unit,
                            (shared.start, added.end),
                            Counterpart(other.witness, other.index, other.text[max(0, theirs.start - 10) : theirs.end].lstrip()),
                            f"The figure “{unit.text[shared.start : added.end]}” is a range here; {other.witness} states "
                            f"“{shared.text}” alone ({stating[1]} of the row's sentences state “{added.text}”, {stating[0]} “{shared.text}”).",
                            row.id,
                        )
                    )
    return findings


@memo_text(maxsize=20_000)
def _quantities(text: str) -> frozenset[str]:
    return frozenset(t.key for t in words(text) if is_quantity(t.key))


def _ranges_added(diff: WordDiff, side: str) -> Iterator[tuple[Token, Token]]:
    """(shared figure, added figure) where ``side`` ('a' or 'b') adds a figure joined to one both sides state."""
    mine = [t for t in (diff.a_tokens if side == "a" else diff.b_tokens) if t.is_word]
    theirs = {t.key for t in (diff.b_tokens if side == "a" else diff.a_tokens) if t.is_word}
    if all(t.key in theirs or not is_quantity(t.key) for t in mine):
        return  # no figure of its own: nearly every pair
    their_figures = {k.rstrip("%") for k in theirs}  # "0 to 0.1%" against "0 per cent to 0.1 per cent" adds nothing
    spans = [(e.a_start, e.a_end) if side == "a" else (e.b_start, e.b_end) for e in diff.edits if e.tag != "equal"]
    for i in range(2, len(mine)):
        shared, joiner, token = mine[i - 2], mine[i - 1], mine[i]
        if not is_quantity(token.key) or token.key.rstrip("%") in their_figures or not any(a <= token.start < b for a, b in spans):
            continue
        if is_quantity(shared.key) and shared.key in theirs and joiner.key in _RANGE_WORDS:
            yield shared, token


_MISTYPED_DIGITS = 3
"""Digits a figure needs before one changed digit reads as a slip, not as another figure ("1886" for "1986")."""


def _mistyped_figures(context: Context) -> list[Finding]:
    """A figure one digit off, or with two digits swapped, from one the row's other outlets state, in a
    sentence rewritten too far to diff: "helped Argentina to a world cup win back in 1886" against "led
    Argentina to a 1986 World Cup win".

    Reported when no other outlet states the figure anywhere and at least two
    state the one it resembles: a slip of the keys, not an update or another
    figure of the story.
    """
    findings = []
    for row in context.content_rows:
        units = list({u.text: u for u in context.row_units(row)}.values())
        for unit in units:
            for token in words(unit.text):
                if not token.key.isdigit() or len(token.key) < _MISTYPED_DIGITS or context.outlets_using(token.key) != {unit.witness}:
                    continue
                rival = next(
                    (
                        (o, t)
                        for o in units
                        if o.witness != unit.witness
                        for t in words(o.text)
                        if t.key.isdigit() and _one_slip(token.key, t.key) and len(context.outlets_using(t.key)) >= 2
                    ),
                    None,
                )
                if rival is None:
                    continue
                other, theirs = rival
                findings.append(
                    figure_finding(
                        unit,
                        (token.start, token.end),
                        Counterpart(other.witness, other.index, theirs.text),
                        f"The figure “{token.text}” is “{theirs.text}” in {other.witness}: one digit apart, and "
                        f"{len(context.outlets_using(theirs.key))} outlets state {theirs.text}, none but this one {token.text}.",
                        row.id,
                    )
                )
    return findings


def _one_slip(a: str, b: str) -> bool:
    """Same length, and one digit changed or two neighbouring digits swapped, the last digit kept: years a
    story states a year apart ("in 1993 ... the 1999 World Cup", "July 2020 and March 2021") and tolls a
    count apart differ in their last digit."""
    if len(a) != len(b) or a == b or a[-1] != b[-1]:
        return False
    apart = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]])


def _numbers(keys: tuple[str, ...]) -> set[str]:
    return {k for k in keys if is_number(k)}


def _fact_kind(change: Change) -> str | None:
    """What kind of fact changed, or None: both sides short and carrying a count, a date or a name. A headline in title
    case capitalises every word, so its words are no names ("Massive" against "Large-Scale", "Shocked" against
    "Stunned" in two headlines of the Hong Kong fire)."""
    if _too_long(change):
        return None
    if vague_magnitudes(change.x_words) and vague_magnitudes(change.y_words):
        return "number or date"  # "hundreds of people" against "thousands of people"
    if _recounted(change) or _unit_changed(change):
        return "number or date"
    if _other_measures(change):
        return None
    if any(any(sort(t.key) for t in change.x_words) and any(sort(t.key) for t in change.y_words) for sort in (is_count, is_calendar)):
        return "number or date"
    if any(is_quantity(t.key) for t in (*change.x_words, *change.y_words)):
        return None  # an age where the other outlet gives the weekday ("at 95" against "Saturday"): two facts, not one changed
    if len(change.x_words) <= 3 and len(change.y_words) <= 3 and not (is_title_case(change.x.text) or is_title_case(change.y.text)):
        x_names = all(_name(change.x.text, t) for t in change.x_words)
        y_names = all(_name(change.y.text, t) for t in change.y_words)
        if x_names and y_names:
            return "name"
    return None


def _recounted(change: Change) -> bool:
    """One measure counted differently inside compounds: "a nearly two-month trial" against "a nearly three-month
    trial", "a two-year contract" against "a 2.5-year contract". The same count of another measure ("an eight-block
    estate" against "an eight-building estate") is a wording, and any count against a compound ("three" against
    "three-minute") stays for the checks below."""
    x, y = ({counted for t in side if (counted := counted_measure(t.key))} for side in (change.x_words, change.y_words))
    return any(a[1] == b[1] and a[0] != b[0] for a in x for b in y)


def _unit_changed(change: Change) -> bool:
    """One count in two units of one measure (``_DIMENSIONS``): "a six-metre burial shaft" against a spun "six-yard
    burial shaft", "a two-week trial" against "a two-month trial". The count alone is the same, which would make it
    one fact written two ways. A side that names the other's unit as well gives the measure in both ("a six-meter
    (yard) shaft", as AP printed it)."""
    x, y = ({counted for t in side if (counted := counted_measure(t.key))} for side in (change.x_words, change.y_words))
    x_units, y_units = _units_named(change.x_words), _units_named(change.y_words)
    return any(a[0] == b[0] and _one_dimension(a[1], b[1]) and _unit(b[1]) not in x_units and _unit(a[1]) not in y_units for a in x for b in y)


def _units_named(tokens: Sequence[Token]) -> set[str]:
    """Every unit the words name, counted or bare: "six-meter (yard)" names the metre and the yard."""
    named = set()
    for token in tokens:
        named.add(_unit(token.key.removesuffix("s")))
        if counted := counted_measure(token.key):
            named.add(_unit(counted[1]))
    return named


_DIMENSIONS = {
    "length": ("metre", "kilometre", "centimetre", "millimetre", "foot", "inch", "yard", "mile"),
    "mass": ("kilogram", "gram", "tonne", "pound", "ounce"),
    "time": ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century"),
    "area": ("acre", "hectare"),
}
"""Units a count is joined to, by what they measure: the same count in another unit of one measure is another
figure, where the same count of another thing is a wording ("an eight-block estate", "an eight-building estate")."""
_SPELLED = {"meter": "metre", "kilometer": "kilometre", "centimeter": "centimetre", "millimeter": "millimetre", "feet": "foot", "ton": "tonne"}
"""American spellings and irregular plurals of a unit: the same unit."""
_DIMENSION_OF = {unit: dimension for dimension, units in _DIMENSIONS.items() for unit in units}


def _unit(word: str) -> str:
    return _SPELLED.get(word, word)


def _one_dimension(a: str, b: str) -> bool:
    """Two units of one measure, not one unit spelled two ways ("metre" and "meter")."""
    a, b = _unit(a), _unit(b)
    return a != b and _DIMENSION_OF.get(a) is not None and _DIMENSION_OF.get(a) == _DIMENSION_OF.get(b)


def _other_measures(change: Change) -> bool:
    """Figures of two sorts that never state one fact: a year against no year ("at the age of 24" against "in
    2022"), a race's time against no time ("The 30-year-old bested the record" against "The previous record was
    2:11:53"; "came in second" against "second in 2:17:32"). The diff set them side by side; they are two facts.
    A span of years does state a year's fact ("for over 14 years" against "since 2008")."""
    for sort in (is_year, _race_time):
        x, y = ({sort(t.key) for t in words_ if is_count(t.key)} for words_ in (change.x_words, change.y_words))
        if x and y and (x == {True}) != (y == {True}) and True not in x & y:
            spans = sort is is_year and any(_YEARS_AFTER.match(u.text, t.end) for u, ws in ((change.x, change.x_words), (change.y, change.y_words)) for t in ws)
            return not spans
    return False


_YEARS_AFTER = re.compile(r"[\s-]*(?:years?|decades?)\b", re.IGNORECASE)
"""A span of years after a count ("nearly eight years", "a 14-year conservatorship")."""


def _race_time(key: str) -> bool:
    """A time in hours, minutes and seconds ("2:09:56"), as races and records are timed."""
    return key.count(":") == 2 and key.replace(":", "").isdigit()


def _name(text: str, token: Token) -> bool:
    """A capitalised word inside a sentence, other than the pronoun "I" ("I'm", "I've"), which is capitalised
    everywhere and names nothing: "I" against "I'm" is an edited quotation, not a changed name."""
    return is_proper_name(text, token.start) and not (token.text[:1] == "I" and not token.text[1:2].isalpha())
