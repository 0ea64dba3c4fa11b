"""Where the editor's judgements attach in a comparison: a sentence, a row through its base sentence, a finding.

The judgements themselves are plain data (``annotations.py``); this module
is the bridge to the engine's result, used by the window and the reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison
from variantview.core.detect.finding import Finding
from variantview.core.review.annotations import ROW, Anchor, Annotations, Note, digest
from variantview.core.units.segment import Unit


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
