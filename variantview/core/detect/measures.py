"""Measures: figures with a unit ("66%", "66 per cent", "a 530-foot asteroid", "1,600km"), read apart from the words
around them, compared within a row, and recognised as one measure when an outlet converts it for its readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from variantview.core.detect.context import Context
from variantview.core.detect.figures import figure_finding, less_stated
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.memo import memo_text
from variantview.core.text import Token, is_content_word, is_quantity, words

_UNITS = {
    "%": ("%", "per cent", "percent", "pc"),  # "60pc": Dawn's and the Telegraph's style
    "ft": ("feet", "foot", "ft"),
    "mi": ("mile", "miles"),
    "mph": ("mph",),
    "km/h": ("km/h",),
    "km": ("km", "kilometer", "kilometre", "kilometers", "kilometres"),
    "m": ("meter", "metre", "meters", "metres"),
    "kg": ("kg", "kilogram", "kilograms"),
    "t": ("tonne", "tonnes", "ton", "tons"),
    "lb": ("pound", "pounds", "lb", "lbs"),
    "deg": ("degree", "degrees"),
}
"""Each unit a figure is compared in, with the ways outlets write it: "66%" and "66 per cent" are one figure."""
_UNIT_OF = {spelling: unit for unit, spellings in _UNITS.items() for spelling in spellings}
UNIT_WORDS = frozenset({word for spelling in _UNIT_OF for word in spelling.split()} | {"m"})  # "30m": a unit glued on
_MEASURE = re.compile(
    r"(?<![\d.,])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:million|billion|thousand))?)\s*-?\s*("
    + "|".join(re.escape(s).replace(r"\ ", r"\s*") + (r"\b" if s[-1].isalnum() else "") for s in sorted(_UNIT_OF, key=len, reverse=True))
    + ")",
    re.IGNORECASE,
)

_UNIT_NAMED = _UNIT_OF | {unit: unit for unit in _UNITS}
"""Each spelling and each symbol of a unit: "m" names metres, though the figure pattern leaves a glued "m" out
(it is also "million")."""


def one_unit(a: str, b: str) -> bool:
    """Two spellings of one unit ("m" and "meters", "km" and "kilometres"): an outlet's style, not a word swapped."""
    unit = _UNIT_NAMED.get(a.strip().lower())
    return unit is not None and unit == _UNIT_NAMED.get(b.strip().lower())


@memo_text(maxsize=65536)
def _measures(text: str) -> dict[str, list[tuple[str, re.Match[str]]]]:
    """The text's figures with a unit, by unit ("66%" and "66 per cent" one figure, "530-foot" a figure in feet).
    Memoised (outlets reprint sentences); the result is shared, never changed by a caller."""
    found: dict[str, list[tuple[str, re.Match[str]]]] = {}
    for m in _MEASURE.finditer(text):
        found.setdefault(_UNIT_OF[" ".join(m.group(2).lower().split())], []).append((_value(m.group(1)), m))
    return found


_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _value(figure: str) -> str:
    """One spelling for one figure: "7,000,000" and "7 million" are 7000000."""
    digits, *scale = figure.lower().split()
    return f"{float(digits.replace(',', '')) * (_SCALE[scale[0]] if scale else 1):g}"


def _beside(text: str, match: re.Match[str]) -> set[tuple[str, str]]:
    """The content word just before a figure and the one just after it (what it measures: "a 530-foot
    asteroid", "a depth of 21 miles"), other figures and units passed over."""
    def plain(tokens: Sequence[Token]) -> list[str]:
        return [t.key for t in tokens if is_content_word(t.key) and not is_quantity(t.key) and t.key not in UNIT_WORDS]

    before, after = plain(words(text[: match.start()]))[-1:], plain(words(text[match.end() :]))[:1]
    return {*(("before", k) for k in before), *(("after", k) for k in after)}


def detect_changed_measures(context: Context) -> list[Finding]:
    """A measure stated differently in sentences rewritten too far to diff: "shares plunged 63% in pre-market
    trading" against "tumbling as much as 66% in premarket trading", "a 530-foot asteroid" against "a 525-foot
    asteroid", five metres "(16.5 feet)" against "(16.4 feet)".

    Where two of a row's sentences state one figure each in one unit, and
    different ones, the figure fewer outlets state anywhere in the coverage is
    reported (a wire's update reaches some outlets in other sentences, so the
    row alone may hold the outdated figure's copies); when as many state each,
    both are, except in the outlet the row is read against.
    """
    stating: dict[tuple[str, str], set[str]] = {}
    for unit in context.all_units:
        for name, found in _measures(unit.text).items():
            for figure, _ in found:
                stating.setdefault((name, figure), set()).add(unit.witness)
    findings = []
    for row in context.content_rows:
        units = list({u.text: u for u in context.row_units(row)}.values())
        by_text = {u.text: _measures(u.text) for u in units}
        for unit in units:
            for name, found in by_text[unit.text].items():
                if len(found) != 1:
                    continue
                mine, match = found[0]
                rival = next(
                    (
                        o
                        for o in units
                        if o.witness != unit.witness
                        and len(by_text[o.text].get(name, ())) == 1
                        and by_text[o.text][name][0][0] != mine
                        and _beside(unit.text, match) & _beside(o.text, by_text[o.text][name][0][1])
                    ),
                    None,
                )  # one figure each in the unit, said of the same thing: a word beside it in common
                if rival is None:
                    continue
                theirs, their_match = by_text[rival.text][name][0]
                fewer, more = len(stating[(name, mine)]), len(stating[(name, theirs)])
                if not less_stated((fewer,), (more,)):
                    continue
                findings.append(
                    figure_finding(
                        unit,
                        (match.start(), match.end()),
                        Counterpart(rival.witness, rival.index, their_match.group(0)),
                        f"The figure “{match.group(0)}” is “{their_match.group(0)}” in {rival.witness} "
                        f"({more} outlet(s) state {theirs} {name}, {fewer} state {mine} {name}).",
                        row.id,
                    )
                )
    return findings


def converted(x: str, y: str) -> bool:
    """Whether the two stretches give one measure in two systems ("37 kilometres" / "23 miles", "120-metre" /
    "400 foot"): every figure with a unit on one side matches one on the other, within rounding."""
    xs, ys = (_in_base_units(text) for text in (x, y))
    if not xs or not ys:
        return False
    return all(any(_close(a, b) for b in ys) for a in xs) and all(any(_close(a, b) for a in xs) for b in ys)


def _close(a: tuple[str, float], b: tuple[str, float]) -> bool:
    return a[0] == b[0] and abs(a[1] - b[1]) <= _ROUNDING * max(a[1], b[1])


def _in_base_units(text: str) -> list[tuple[str, float]]:
    return [(_BASE[unit][0], float(value) * _BASE[unit][1]) for unit, found in _measures(text).items() if unit in _BASE for value, _ in found]


_BASE = {
    "km": ("m", 1000.0), "m": ("m", 1.0), "mi": ("m", 1609.344), "ft": ("m", 0.3048),
    "kg": ("kg", 1.0), "t": ("kg", 1000.0), "lb": ("kg", 0.45359237),
    "km/h": ("km/h", 1.0), "mph": ("km/h", 1.609344),
}
"""Each unit's dimension and size in it, so that a measure converted for readers is one measure."""
_ROUNDING = 0.06
"""Outlets round a converted measure ("nearly 1,600km", "nearly 1,000 miles": 1,609 km)."""
