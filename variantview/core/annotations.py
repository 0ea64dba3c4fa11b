"""The editor's judgements: verdicts and notes on rows and findings, ratings of outlets.

Row numbers change whenever the alignment is recomputed, so a judgement is
anchored to the sentence it was made on: the witness, the sentence's offsets
into the original text and a digest of that text. Re-aligning moves the
sentence to another row and the judgement follows it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from variantview.core.align import Row
from variantview.core.comparison import Comparison
from variantview.core.detect.finding import Finding
from variantview.core.memo import memo_text
from variantview.core.segment import Unit

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
    anchor: Anchor
    verdict: str = ""
    text: str = ""

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


def unit_anchor(unit: Unit, kind: str = ROW, subject: str = "") -> Anchor:
    return Anchor(kind, unit.witness, unit.start, unit.end, digest(unit.text), subject)


def row_anchor(comparison: Comparison, row: Row) -> Anchor:
    """A row is anchored to its base sentence, the one the others are read against."""
    return unit_anchor(comparison.unit(row.base, row.cells[row.base][0]))


def finding_anchor(comparison: Comparison, finding: Finding) -> Anchor:
    """A finding is anchored to its sentence, its kind and its words' place in the sentence.

    A sentence may hold several findings of one kind (a spinner's four swaps);
    each takes its own verdict. The place is relative to the sentence, so it
    survives the sentence moving in its article.
    """
    if finding.sentence is not None:
        unit = comparison.unit(finding.witness, finding.sentence)
        place = f"@{finding.start - unit.start}:{finding.end - unit.start}" if finding.start is not None and finding.end is not None else ""
        return unit_anchor(unit, finding.kind, subject=place)
    assert finding.counterpart is not None, "a finding without a sentence is an omission, which always has a counterpart"
    counterpart = comparison.unit(finding.counterpart.witness, finding.counterpart.sentence)
    return unit_anchor(counterpart, finding.kind, subject=finding.witness)


def row_note(comparison: Comparison, annotations: Annotations, row: Row) -> Note:
    """The row's judgement: the one anchored to its base sentence, else one anchored to any of its sentences.

    The fallback keeps a verdict visible when re-alignment gave the row another base.
    """
    anchor = row_anchor(comparison, row)
    if anchor in annotations.notes:
        return annotations.notes[anchor]
    for witness, index in row.refs():
        candidate = unit_anchor(comparison.unit(witness, index))
        if candidate in annotations.notes:
            return annotations.notes[candidate]
    return Note(anchor)


def finding_judgement(comparison: Comparison, annotations: Annotations, finding: Finding) -> Note:
    """The finding's judgement; one saved before findings had their own place (anchored to the sentence and kind) still shows."""
    anchor = finding_anchor(comparison, finding)
    if anchor not in annotations.notes and anchor.subject.startswith("@"):
        earlier = replace(anchor, subject="")
        if earlier in annotations.notes:
            return replace(annotations.notes[earlier], anchor=anchor)
    return annotations.note(anchor)


def finding_notes(comparison: Comparison, annotations: Annotations, findings: Iterable[Finding]) -> Mapping[Finding, Note]:
    return {f: finding_judgement(comparison, annotations, f) for f in findings}
