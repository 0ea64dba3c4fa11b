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
