"""What the detectors report: one located, explained difference."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("quote", "garble", "number", "omission", "addition", "typo", "paraphrase")
"""Every finding kind, most severe first: the order the heat map and the findings list use."""


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
        return len(KINDS) - KINDS.index(self.kind)
