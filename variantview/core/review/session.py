"""Editing a project without a window: each edit an editor makes, as a function from one ProjectData to the next.

The window's document (``gui/document.py``) is a thin Qt adapter over these:
it pushes each new value on its undo stack, persists it with ``persist`` and
recomputes the comparison when ``pipeline_inputs`` changed. Everything here is
plain data, testable without a QApplication.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from variantview.core.align.inputs import DEFAULT_THRESHOLD, Correction, Ref
from variantview.core.read.witness import Witness, unique_id
from variantview.core.review.annotations import Note, Rating
from variantview.core.review.project import Project, ProjectData


def threshold(data: ProjectData) -> float:
    return float(data.settings.get("threshold", DEFAULT_THRESHOLD))


def pipeline_inputs(data: ProjectData) -> tuple[Any, ...]:
    """What the comparison is computed from: when it changes, the comparison must be recomputed."""
    return (data.witnesses, threshold(data), data.settings.get("base"), dict(data.boilerplate), tuple(data.corrections))


def witness_name(data: ProjectData, witness_id: str) -> str:
    return next((w.name for w in data.witnesses if w.id == witness_id), witness_id)


def with_note(data: ProjectData, note: Note, now: str) -> ProjectData:
    """The note as edited; a changed verdict is stamped ``now``, an unchanged one keeps its time."""
    before = data.annotations.note(note.anchor)
    if note.verdict != before.verdict:
        note = replace(note, verdict_at=now if note.verdict else "")
    else:
        note = replace(note, verdict_at=before.verdict_at)
    return replace(data, annotations=data.annotations.with_note(note))


def rerated(data: ProjectData, witness_id: str, rating: str | None = None, note: str | None = None) -> ProjectData:
    """An outlet's rating or its note changed, the other kept."""
    current = data.annotations.rating(witness_id)
    changed = Rating(witness_id, current.rating if rating is None else rating, current.note if note is None else note)
    return replace(data, annotations=data.annotations.with_rating(changed))


def with_setting(data: ProjectData, key: str, value: Any) -> ProjectData:
    return replace(data, settings={**data.settings, key: value})


def with_witnesses(data: ProjectData, witnesses: Sequence[Witness]) -> tuple[ProjectData, list[Witness]]:
    """The outlets added, each under an id no outlet of the project already has (``witness.unique_id``'s rule)."""
    taken = {w.id for w in data.witnesses}
    added = []
    for w in witnesses:
        fresh = replace(w, id=unique_id(w.id, taken))
        taken.add(fresh.id)
        added.append(fresh)
    return replace(data, witnesses=data.witnesses + tuple(added)), added


def without_witness(data: ProjectData, witness_id: str) -> ProjectData:
    """Its judgements stay in the project: undo brings the outlet back with them."""
    kept = tuple(w for w in data.witnesses if w.id != witness_id)
    settings = {k: v for k, v in data.settings.items() if not (k == "base" and v == witness_id)}
    return replace(data, witnesses=kept, settings=settings)


def renamed(data: ProjectData, witness_id: str, name: str) -> ProjectData:
    name = name.strip()
    if not name:
        return data
    return replace(data, witnesses=tuple(replace(w, name=name) if w.id == witness_id else w for w in data.witnesses))


def corrected(data: ProjectData, correction: Correction) -> ProjectData:
    return replace(data, corrections=(*data.corrections, correction))


def with_boilerplate(data: ProjectData, unit: Ref, boilerplate: bool) -> ProjectData:
    return replace(data, boilerplate={**data.boilerplate, unit: boilerplate})


def persist(project: Project, before: ProjectData, after: ProjectData) -> None:
    """Write to the project file what differs between two values, and nothing else."""
    if before.witnesses != after.witnesses:
        project.put_witnesses(after.witnesses)
    for key in set(before.settings) | set(after.settings):
        if before.settings.get(key) != after.settings.get(key):
            project.put_setting(key, after.settings.get(key))
    if before.boilerplate != after.boilerplate:
        project.put_boilerplate(after.boilerplate)
    if before.corrections != after.corrections:
        project.put_corrections(after.corrections)
    old, new = before.annotations, after.annotations
    for anchor in set(old.notes) | set(new.notes):
        if old.notes.get(anchor) != new.notes.get(anchor):
            project.put_note(new.note(anchor))
    for witness in set(old.ratings) | set(new.ratings):
        if old.ratings.get(witness) != new.ratings.get(witness):
            project.put_rating(new.rating(witness))
