"""One figure given two values by the words before it, in whichever rows the outlets put it: "lowering the
Briton's previous mark of 2:15:23" in one outlet's lead against "bested the previous mark of 2:15:25" in four others.

The other figure checks read a row; an outlet that folds a fact into another sentence (a lead that closes on the
old record) puts its figure in another row than the outlets that give it a sentence of its own. The words just
before a figure say what it is ("mark of", "fine of", "toll to"), wherever the sentence stands.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.detect.one_measure import figure_of, quantity_runs, stated_figures
from variantview.core.memo import memo_text
from variantview.core.text import is_calendar, is_content_word, is_year, words
from variantview.core.units.segment import Unit

_Place = tuple[Unit, int, int, int]  # the unit, the figure's start and end, its row


def figures_in_one_slot(context: Context) -> list[Finding]:
    """A figure whose two words before it other outlets write before another figure of the same form, where no
    outlet gives the slot both figures and no outlet of either side states the other's figure anywhere: the
    figure fewer outlets write is reported. A slot given more than two figures names no one fact, nor does one
    whose words are all as common as "of the"; years and dates are left out (a slot such as "in 2003" names
    the year of many facts), and figures more than ``_APART`` times apart state two facts."""
    slots: defaultdict[tuple[str, str, str], defaultdict[str, list[_Place]]] = defaultdict(lambda: defaultdict(list))
    for row in context.content_rows:
        for unit in context.row_units(row):
            for slot, figure, start, end in _slotted(unit.text):
                slots[slot][figure].append((unit, start, end, row.id))
    rivals = []
    for told in slots.values():
        if len(told) == 2:
            (fewer, rare), (more, common) = sorted(told.items(), key=lambda item: (_outlets(item[1]), item[0]))
            if _outlets(rare) != _outlets(common) and _alike(fewer, more):
                rivals.append((fewer, rare, more, common))
    stated = _stated(context, {u.witness for _, rare, _, common in rivals for u, *_ in (*rare, *common)})
    findings = []
    for fewer, rare, more, common in rivals:
        if any(more in stated[u.witness] for u, *_ in rare) or any(fewer in stated[u.witness] for u, *_ in common):
            continue
        other, a, b, _ = common[0]
        for unit, start, end, row_id in rare:
            findings.append(
                figure_finding(
                    unit,
                    (start, end),
                    Counterpart(other.witness, other.index, other.text[a:b]),
                    f"The figure “{unit.text[start:end]}” is “{other.text[a:b]}” in {other.witness}, after the same words "
                    f"({_outlets(common)} outlet(s) write it so, {_outlets(rare)} this way).",
                    row_id,
                )
            )
    return findings


_APART = 2


@memo_text(maxsize=20_000)
def _slotted(text: str) -> tuple[tuple[tuple[str, str, str], str, int, int], ...]:
    """Each figure of a sentence with the two words before it, a content word among them, and the word after it
    (its slot): (the slot, the figure, its start, its end). The word after says what is counted, and keeps a
    distance in miles from one in kilometres ("about 30 miles" against "about 48 kilometres") and "at least 90
    feet" from "at least 87 vessels". A run of several figures, a date or a year is left out."""
    tokens = words(text)
    starts = [t.start for t in tokens]
    slotted = []
    for keys, start, end in quantity_runs(text):
        figure = figure_of(keys)
        at = bisect_left(starts, start)
        if len(figure) != 1 or at < 2 or any(is_calendar(k) or is_year(k) for k in keys):
            continue
        after = bisect_left(starts, end)
        slot = (
            tokens[at - 2].key,
            tokens[at - 1].key,
            tokens[after].key if after < len(tokens) and text[end : tokens[after].start].strip() == "" else "",
        )
        if any(is_content_word(k) and not k[:1].isdigit() for k in slot[:2]):
            slotted.append((slot, next(iter(figure)), start, end))
    return tuple(slotted)


def _alike(a: str, b: str) -> bool:
    """Two figures of one form (a time against a time, a count against a count) at most ``_APART`` apart, neither
    the other cut to fewer decimals ("58.6" for "58.64", "14.5" for "14.59"), as outlets round."""
    if a.count(":") != b.count(":") or ("." in a) != ("." in b) or a.startswith(b) or b.startswith(a):
        return False
    try:
        x, y = abs(float(a.replace(":", ""))), abs(float(b.replace(":", "")))
    except ValueError:
        return False
    return min(x, y) > 0 and max(x, y) <= _APART * min(x, y) and not _rounded(a, b) and not _rounded(b, a)


def _rounded(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` rounded to ``b``'s decimals ("58.6" for "58.64")."""
    places = len(b.partition(".")[2])
    return "." in a and len(a.partition(".")[2]) > places and round(float(a), places) == float(b)


def _stated(context: Context, outlets: set[str]) -> defaultdict[str, set[str]]:
    """Every figure each of ``outlets`` states anywhere in its content, in figures or spelled out."""
    stated: defaultdict[str, set[str]] = defaultdict(set)
    for row in context.content_rows:
        for unit in context.row_units(row):
            if unit.witness in outlets:
                stated[unit.witness].update(stated_figures(unit.text))
    return stated


def _outlets(places: list[_Place]) -> int:
    return len({unit.witness for unit, *_ in places})
