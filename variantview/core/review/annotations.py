"""The editor's judgements: verdicts and notes on rows and findings, ratings of outlets.

Row numbers change whenever the alignment is recomputed, so a judgement is
anchored to the sentence it was made on: the witness, the sentence's offsets
into the original text and a digest of that text. Re-aligning moves the
sentence to another row and the judgement follows it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from variantview.core.memo import memo_text

VERDICTS = ("Confirmed", "Disputed", "Garbled", "Needs check")
RATINGS = ("Unrated", "Reliable", "Mixed", "Unreliable")
ROW = "row"
"""The anchor kind of a judgement on a whole row; finding judgements carry the finding's kind."""


@memo_text(maxsize=50_000)
def digest(text: str) -> str:
    """Cached: the grid's row headers look up every sentence's judgement on each scroll."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a judgement belongs: a sentence (``kind == "row"``) or a finding of ``kind`` in it.

    ``witness``/``start``/``end``/``text_digest`` locate the sentence. An
    omission has no sentence in the outlet that lacks it, so it is anchored
    to the counterpart sentence and names the lacking outlet in ``subject``.
    """

    kind: str
    witness: str
    start: int
    end: int
    text_digest: str
    subject: str = ""


@dataclass(frozen=True, slots=True)
class Note:
    """A verdict and a note on one anchor; ``verdict_at`` is when the verdict was last set (ISO 8601, UTC).

    The time belongs to the verdict, not the note: a fact check is published
    as of the moment its rating was decided (``report/claimreview.py``).
    """

    anchor: Anchor
    verdict: str = ""
    text: str = ""
    verdict_at: str = ""

    @property
    def empty(self) -> bool:
        return not self.verdict and not self.text.strip()


@dataclass(frozen=True, slots=True)
class Rating:
    witness: str
    rating: str = "Unrated"
    note: str = ""


@dataclass(frozen=True)
class Annotations:
    notes: Mapping[Anchor, Note] = field(default_factory=dict)
    ratings: Mapping[str, Rating] = field(default_factory=dict)

    def with_note(self, note: Note) -> Annotations:
        notes = {a: n for a, n in self.notes.items() if a != note.anchor}
        if not note.empty:
            notes[note.anchor] = note
        return replace(self, notes=notes)

    def with_rating(self, rating: Rating) -> Annotations:
        return replace(self, ratings={**self.ratings, rating.witness: rating})

    def rating(self, witness: str) -> Rating:
        return self.ratings.get(witness, Rating(witness))

    def note(self, anchor: Anchor) -> Note:
        return self.notes.get(anchor, Note(anchor))
