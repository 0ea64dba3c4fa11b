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
    """A span that ends on a figure, out to the end of its word: the tokens part "16th" into "16" and "th", but the
    editor reads, and a finding marks, "16th dynasty" against "18th dynasty" as "16th"."""
    start, end = span
    if start < end and text[end - 1].isdigit():
        while end < len(text) and text[end].isalpha():
            end += 1
    return start, end
