"""What the detectors report: one located, explained difference."""

from __future__ import annotations

from dataclasses import dataclass

from variantview.core.detect.kinds import severity
from variantview.core.units.segment import Unit


@dataclass(frozen=True, slots=True)
class Counterpart:
    witness: str
    sentence: int
    text: str


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    witness: str
    sentence: int | None
    start: int | None  # offsets into the witness's original text
    end: int | None
    text: str
    counterpart: Counterpart | None
    score: float
    explanation: str
    row: int

    @property
    def severity(self) -> int:
        return severity(self.kind)


def found_in(unit: Unit, start: int, end: int, *, kind: str, counterpart: Counterpart | None, score: float, explanation: str, row: int) -> Finding:
    """A finding on ``unit.text[start:end]``: detectors work on sentences, findings point into the whole original."""
    start, end = whole_word(unit.text, (start, end))
    return Finding(
        kind=kind,
        witness=unit.witness,
        sentence=unit.index,
        start=unit.start + start,
        end=unit.start + end,
        text=unit.text[start:end],
        counterpart=counterpart,
        score=score,
        explanation=explanation,
        row=row,
    )


def whole_word(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span on a figure, out to the ends of its word: the tokens part "16th" into "16" and "th", and "63-year-old",
    "0-1" or "737-800" at their hyphens, but the editor reads, and a finding marks, "16th dynasty" against "18th
    dynasty" as "16th", and a 63-year-old against a 64-year-old as "63-year-old"."""
    start, end = span
    if start < end and text[end - 1].isdigit():
        while end < len(text) and (text[end].isalnum() or (text[end] in _JOINERS and end + 1 < len(text) and text[end + 1].isalnum())):
            end += 1
    if start < end and text[start].isdigit():
        while start > 1 and text[start - 1] in _JOINERS and text[start - 2].isalnum():
            start -= 1
            while start > 0 and text[start - 1].isalnum():
                start -= 1
    return start, end


_JOINERS = "-–"
"""What joins the parts of one compound figure: "63-year-old", "2022-23", a score's "2–1"."""
