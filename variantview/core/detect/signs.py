"""A figure's sign dropped or added: "from minus 0.1%" against "from 0.1%", "-0.1%" against "0.1%".

A rate that was negative reported as positive is a changed fact, but the word
diff sees only a word ("minus") or a mark ("-") dropped before a figure both
sentences share, and the changed-fact check reads replaced figures, not
dropped words. This check reads those drops.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from variantview.core.align.rows import Row
from variantview.core.detect.context import COPIED_ENOUGH, Context, shared_share
from variantview.core.detect.figures import figure_finding, less_stated
from variantview.core.detect.finding import Counterpart, Finding
from variantview.core.diffing import diff_words
from variantview.core.memo import memo_text
from variantview.core.text import is_number, tokenize
from variantview.core.units.segment import Unit

_SIGN_WORDS = ("minus", "negative")
_SIGN_MARKS = "-−–"
"""What makes a figure negative where it stands: the word or the mark right before it."""

_MAYBE_SIGNED = re.compile(r"[-−–]\d|inus\s+\d|egative\s+\d")


@memo_text(maxsize=65536)
def _may_sign(text: str) -> bool:
    """Whether a sentence may sign a figure ("-0.1%", "minus 0.1", "Negative 2"): only rows with one are diffed for
    a dropped sign. A coarse test ("COVID-19" passes), cheap because it runs on every sentence of the comparison."""
    return (any(mark in text for mark in _SIGN_MARKS) or "inus" in text or "egative" in text) and _MAYBE_SIGNED.search(text) is not None


@dataclass(frozen=True)
class _Drop:
    """One figure two wordings of a row share, signed in one and not in the other; spans are the signed
    figure's (sign included) and the bare figure's."""

    signed: Unit
    signed_span: tuple[int, int]
    bare: Unit
    bare_span: tuple[int, int]

    def text(self, signed: bool) -> str:
        unit, (start, end) = (self.signed, self.signed_span) if signed else (self.bare, self.bare_span)
        return unit.text[start:end]


def detect_changed_signs(context: Context) -> list[Finding]:
    """Per row, a figure one outlet signs and another does not, reported on the side fewer of the row's outlets
    write so (both, on a tie, but in the outlet the row is read against)."""
    findings = []
    for row in context.content_rows:
        if not any(_may_sign(u.text) for u in context.row_units(row)):
            continue  # no outlet signs a figure here: nearly every row
        for drop in _drops(context, row):
            figure = drop.text(signed=False)
            signed_by, bare_by = (_writers(context, row, drop, signed) for signed in (True, False))
            if less_stated((bare_by,), (signed_by,)):
                explanation = f"The figure “{figure}” stands without the sign that {drop.signed.witness} gives it (“{drop.text(signed=True)}”)."
                findings.append(_finding(drop.bare, drop.bare_span, drop.signed, drop.text(signed=True), explanation, row))
            if less_stated((signed_by,), (bare_by,)):
                explanation = f"The figure “{drop.text(signed=True)}” is negative here, where {drop.bare.witness} writes “{figure}”."
                findings.append(_finding(drop.signed, drop.signed_span, drop.bare, figure, explanation, row))
    return findings


def _drops(context: Context, row: Row) -> Iterator[_Drop]:
    """Each figure that the diff of two wordings of the row finds with only a sign dropped before it."""
    for x, y in context.all_pairs(row):
        if shared_share(x.text, y.text) < COPIED_ENOUGH:
            continue
        edits = diff_words(x.text, y.text).edits
        for edit, following in zip(edits, edits[1:]):
            if following.tag != "equal" or edit.tag not in ("delete", "insert"):
                continue
            if edit.tag == "delete":
                signed, sign_start, figure_at, bare, bare_at = x, edit.a_start, following.a_start, y, following.b_start
            else:
                signed, sign_start, figure_at, bare, bare_at = y, edit.b_start, following.b_start, x, following.a_start
            length = _figure_length(bare.text, bare_at)
            glued = signed.text[sign_start - 1 : sign_start].isalnum()  # "COVID-19": a hyphen, not a sign
            if length and not glued and _is_sign(signed.text[sign_start:figure_at]):
                yield _Drop(signed, (sign_start, figure_at + length), bare, (bare_at, bare_at + length))


def _is_sign(text: str) -> bool:
    sign = text.strip().lower()
    return sign in _SIGN_WORDS or (len(sign) == 1 and sign in _SIGN_MARKS)


def _figure_length(text: str, start: int) -> int:
    """The length of the figure that opens ``text[start:]``, or 0."""
    token = next((t for t in tokenize(text[start:]) if t.is_word), None)
    return len(token.text) if token is not None and token.start == 0 and is_number(token.key) else 0


def _writers(context: Context, row: Row, drop: _Drop, signed: bool) -> int:
    """How many of the row's outlets write the figure after the same word as the drop's, with a sign between
    (or without one): "0 to 0.1% from minus 0.1%" writes "0.1%" bare too, but not after "from"."""
    figure, anchor = drop.text(signed=False), _word_before(drop.bare.text, drop.bare_span[0])
    return len({u.witness for u in context.row_units(row) if any(_slot(u.text, at) == (anchor, signed) for at in _places(u.text, figure))})


def _places(text: str, figure: str) -> Iterator[int]:
    """Where the figure stands in the text as a word of its own ("0.1%" is not in "10.1%")."""
    at = text.find(figure)
    while at != -1:
        if not text[at - 1 : at].isalnum() and text[at - 1 : at] != "." and not text[at + len(figure) : at + len(figure) + 1].isalnum():
            yield at
        at = text.find(figure, at + 1)


def _slot(text: str, at: int) -> tuple[str, bool]:
    """The word before a figure, a sign between them aside, and whether there is one."""
    before = text[:at].rstrip()
    if before[-1:] and before[-1] in _SIGN_MARKS:
        return _word_before(text, len(before) - 1), True
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    if last in _SIGN_WORDS:
        return _word_before(text, len(before) - len(last)), True
    return _last_word(before), False


def _word_before(text: str, at: int) -> str:
    """The word before ``at``, a sign mark right before it aside."""
    return _last_word(text[:at].rstrip().rstrip(_SIGN_MARKS).rstrip())


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1].lower().strip(".,;:!?\"'“”‘’()") if text else ""


def _finding(unit: Unit, span: tuple[int, int], other: Unit, other_text: str, explanation: str, row: Row) -> Finding:
    return figure_finding(unit, span, Counterpart(other.witness, other.index, other_text), explanation, row.id)
