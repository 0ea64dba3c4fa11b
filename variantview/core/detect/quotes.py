"""Quote tampering: words inside quotation marks that differ from the same quotation elsewhere.

A direct quotation is the one thing a reprint must not reword. Quotes are
found by pairing quotation marks in order (spinners mangle their direction,
as in ``the” strongest always agreement”``), matched across aligned
sentences by shared words, and word-diffed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from variantview.core.detect.context import Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.diffing import diff_words
from variantview.core.segment import Unit
from variantview.core.text import words

_DOUBLE = re.compile(r"[“”\"„«»]")
_SINGLE_OPEN = re.compile(r"(?<![\w])‘")
_SINGLE_CLOSE = re.compile(r"’(?![\w])")
SAME_QUOTE = 60.0
"""Two quotations sharing this much wording (rapidfuzz token_set_ratio) are taken as the same one."""


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # offsets into the unit's text, inside the marks
    end: int
    text: str


def quotes_in(text: str) -> list[Quote]:
    marks = [m.start() for m in _DOUBLE.finditer(text)]
    spans = list(zip(marks[0::2], marks[1::2]))
    opens = [m.start() for m in _SINGLE_OPEN.finditer(text)]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(text)]
    for o in opens:
        c = next((c for c in closes if c > o), None)
        if c is not None and not any(a <= o < b for a, b in spans):
            spans.append((o, c))
    found = []
    for a, b in sorted(spans):
        inner = text[a + 1 : b]
        lead = len(inner) - len(inner.lstrip())
        stripped = inner.strip()
        if len(stripped.split()) >= 2:
            found.append(Quote(a + 1 + lead, a + 1 + lead + len(stripped), stripped))
    return found


def detect_quotes(context: Context) -> list[Finding]:
    findings = []
    for row in context.content_rows:
        units = context.row_units(row)
        wordings = [_wording(q.text) for u in units for q in quotes_in(u.text)]
        bases = [u for u in units if u.witness == row.base]
        for unit in units:
            if unit.witness != row.base:
                for base in bases:
                    findings.extend(_altered(unit, base, row.id, wordings))
    return findings


def _altered_stretches(mine: str, theirs: str) -> list[tuple[int, int, str]]:
    """Each run of differing words in ``mine`` (offsets into it) with the words ``theirs`` has there.

    An editor must see which words of a quotation changed, not the whole
    quotation; a word the other outlet has and this one dropped is pinned to
    the word just before the gap.
    """
    stretches = []
    for e in diff_words(mine, theirs).edits:
        if e.tag == "equal":
            continue
        ours, other = mine[e.a_start : e.a_end].strip(" ,.;:"), theirs[e.b_start : e.b_end].strip(" ,.;:")
        if not (ours + other).strip():
            continue
        if ours:
            lead = mine[e.a_start : e.a_end].find(ours)
            stretches.append((e.a_start + lead, e.a_start + lead + len(ours), other or "(nothing)"))
        else:
            before = mine[: e.a_start].rstrip(" ,.;:")
            start = before.rfind(" ") + 1
            if before:
                stretches.append((start, len(before), f"{before[start:]} {other}"))
    return stretches


def _wording(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in words(text))


def _altered(unit: Unit, other: Unit, row: int, wordings: list[tuple[str, ...]]) -> list[Finding]:
    """Quotes of ``unit`` that differ from their match in the row's base sentence ``other``.

    A quote whose exact wording more outlets in the row share than the base's
    is taken as right, and the base's is not reported either: the grid shows
    the difference, and the editor judges.
    """
    findings = []
    theirs = quotes_in(other.text)
    for quote in quotes_in(unit.text):
        match = max(theirs, key=lambda q: fuzz.token_set_ratio(quote.text, q.text), default=None)
        if match is None or fuzz.token_set_ratio(quote.text, match.text) < SAME_QUOTE:
            continue
        mine, their = wordings.count(_wording(quote.text)), wordings.count(_wording(match.text))
        if mine > their:
            continue
        similarity = fuzz.ratio(quote.text, match.text) / 100
        for start, end, theirs_text in _altered_stretches(quote.text, match.text):
            findings.append(
                found_in(
                    unit,
                    quote.start + start,
                    quote.start + end,
                    kind="quote",
                    counterpart=Counterpart(other.witness, other.index, theirs_text),
                    score=round(0.4 + 0.6 * similarity, 3),
                    explanation=f"“{quote.text[start:end]}” where {other.witness} quotes “{theirs_text}”: the quotation reads "
                    f"“{quote.text}” here but “{match.text}” in {other.witness}.",
                    row=row,
                )
            )
    return findings
