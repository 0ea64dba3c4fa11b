"""The open project as the window sees it: its data, the comparison computed from it, and the undo stack.

The project's data is a frozen value. An edit makes a new value and pushes
a command; adopting a value writes the difference to the project file at
once (nothing waits for "Save") and, when the edit changes what the
comparison depends on, recomputes it on a worker thread.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from variantview.core.align.rows import DEFAULT_THRESHOLD, Correction
from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.read.witness import Witness
from variantview.core.review.annotations import Annotations, Note, Rating
from variantview.core.review.project import SUFFIX, Project, ProjectData, ProjectError
from variantview.core.similarity.embed import ready as model_ready
from variantview.gui.commands import ChangeCommand
from variantview.gui.tasks import LatestOnly

Ref = tuple[str, int]


class Document(QObject):
    comparisonChanged = Signal()
    annotationsChanged = Signal()
    witnessesChanged = Signal()
    settingsChanged = Signal()
    pathChanged = Signal()
    busyChanged = Signal(bool)
    problem = Signal(str)
    """A message for the editor: a comparison or a save that failed. The work in memory is kept."""

    def __init__(self, project: Project, untitled: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.untitled = untitled
        self.data = project.load()
        self.comparison: Comparison | None = None
        self.undo_stack = QUndoStack(self)
        self._worker = LatestOnly(self)
        self._refine = False
        self._worker.finished.connect(self._on_compared)
        self._worker.failed.connect(lambda error: self.problem.emit(f"The comparison failed: {error}"))
        self._worker.busyChanged.connect(self.busyChanged)

    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> Document:
        return cls(Project.open(path), untitled=False, parent=parent)

    @classmethod
    def new(cls, witnesses: Sequence[Witness], folder: Path, threshold: float = DEFAULT_THRESHOLD, parent: QObject | None = None) -> Document:
        """An untitled project, kept in the autosave folder until the editor names it: even unsaved work survives a crash."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"untitled-{datetime.now():%Y%m%d-%H%M%S-%f}{SUFFIX}"
        data = ProjectData(witnesses=tuple(witnesses), settings={"threshold": threshold})
        return cls(Project.create(path, data), untitled=True, parent=parent)

    @property
    def path(self) -> Path:
        return self.project.path

    @property
    def annotations(self) -> Annotations:
        return self.data.annotations

    @property
    def threshold(self) -> float:
        return float(self.data.settings.get("threshold", DEFAULT_THRESHOLD))

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def options(self) -> Options:
        return Options(
            threshold=self.threshold,
            base=self.data.settings.get("base"),
            boilerplate=dict(self.data.boilerplate),
            corrections=tuple(self.data.corrections),
        )

    def recompute(self) -> None:
        """Compare off the GUI thread; while the sentence model is not loaded yet, by wording first.

        The window then shows an alignment at once, and the next job loads the
        model and refines the alignment by meaning (``by_meaning.py``). Loading
        it on a thread of its own at launch was slower: it competed with Qt's
        start-up for the interpreter.
        """
        if len(self.data.witnesses) < 2:
            self.comparison = None
            self.comparisonChanged.emit()
            return
        self._refine = not model_ready()
        self._compare(replace(self.options(), meaning=False) if self._refine else self.options())

    def _compare(self, options: Options) -> None:
        witnesses = self.data.witnesses
        self._worker.start(lambda: compare_witnesses(witnesses, options))

    def wait(self) -> None:
        self._worker.wait()

    def edit(self, text: str, after: ProjectData, merge_key: str | None = None) -> None:
        if after != self.data:
            self.undo_stack.push(ChangeCommand(self, text, self.data, after, merge_key))

    def adopt(self, data: ProjectData) -> None:
        """Make ``data`` current: persist what differs, then tell the views."""
        before, self.data = self.data, data
        try:
            self._persist(before, data)
        except ProjectError as error:
            self.problem.emit(f"The change is kept in this window but could not be written to {error.path}: {error.reason}. Use Save As to keep your work.")
        if before.annotations != data.annotations:
            self.annotationsChanged.emit()
        if before.witnesses != data.witnesses:
            self.witnessesChanged.emit()
        if before.settings != data.settings:
            self.settingsChanged.emit()
        if _pipeline_inputs(before) != _pipeline_inputs(data):
            self.recompute()

    def _persist(self, before: ProjectData, after: ProjectData) -> None:
        project = self.project
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

    def _on_compared(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.comparisonChanged.emit()
        if self._refine:
            self._refine = False
            self._compare(self.options())

    # The edits an editor makes, each one undoable.

    def set_note(self, note: Note, merge: bool = False) -> None:
        what = "verdict" if note.verdict != self.annotations.note(note.anchor).verdict else "note"
        key = f"note:{note.anchor}" if merge else None
        self.edit(f"Set {what}", replace(self.data, annotations=self.annotations.with_note(note)), key)

    def set_rating(self, rating: Rating, merge: bool = False) -> None:
        key = f"rating:{rating.witness}" if merge else None
        name = self.witness_name(rating.witness)
        self.edit(f"Rate {name}", replace(self.data, annotations=self.annotations.with_rating(rating)), key)

    def rate(self, witness_id: str, rating: str | None = None, note: str | None = None) -> None:
        """Change an outlet's rating or its note, keeping the other."""
        current = self.annotations.rating(witness_id)
        self.set_rating(Rating(witness_id, current.rating if rating is None else rating, current.note if note is None else note))

    def set_threshold(self, threshold: float) -> None:
        self.edit(f"Threshold {threshold:.2f}", self._with_setting("threshold", round(threshold, 3)), "threshold")

    def set_base(self, witness_id: str | None) -> None:
        name = self.witness_name(witness_id) if witness_id else "the most complete outlet"
        self.edit(f"Base outlet: {name}", self._with_setting("base", witness_id))

    def add_witnesses(self, witnesses: Sequence[Witness]) -> None:
        taken = {w.id for w in self.data.witnesses}
        added = []
        for w in witnesses:
            fresh = replace(w, id=_unique(w.id, taken))
            taken.add(fresh.id)
            added.append(fresh)
        if added:
            label = added[0].name if len(added) == 1 else f"{len(added)} outlets"
            self.edit(f"Add {label}", replace(self.data, witnesses=self.data.witnesses + tuple(added)))

    def remove_witness(self, witness_id: str) -> None:
        """Its annotations stay in the project (undo brings the outlet back with them)."""
        kept = tuple(w for w in self.data.witnesses if w.id != witness_id)
        settings = {k: v for k, v in self.data.settings.items() if not (k == "base" and v == witness_id)}
        self.edit(f"Remove {self.witness_name(witness_id)}", replace(self.data, witnesses=kept, settings=settings))

    def rename_witness(self, witness_id: str, name: str) -> None:
        name = name.strip()
        if name:
            renamed = tuple(replace(w, name=name) if w.id == witness_id else w for w in self.data.witnesses)
            self.edit(f"Rename to {name}", replace(self.data, witnesses=renamed))

    def move_unit(self, unit: Ref, target: Ref | None) -> None:
        """Move a sentence into the row holding ``target``, or into a row of its own (a split) when None."""
        text = "Split sentence into its own row" if target is None else "Move sentence to another row"
        self._correct(text, Correction("move", unit, target))

    def merge_rows(self, a: Ref, b: Ref) -> None:
        self._correct("Merge rows", Correction("merge", a, b))

    def set_boilerplate(self, unit: Ref, boilerplate: bool) -> None:
        overrides = {**self.data.boilerplate, unit: boilerplate}
        self.edit("Mark as boilerplate" if boilerplate else "Mark as article text", replace(self.data, boilerplate=overrides))

    def _correct(self, text: str, correction: Correction) -> None:
        self.edit(text, replace(self.data, corrections=self.data.corrections + (correction,)))

    def _with_setting(self, key: str, value: Any) -> ProjectData:
        return replace(self.data, settings={**self.data.settings, key: value})

    def witness_name(self, witness_id: str) -> str:
        return next((w.name for w in self.data.witnesses if w.id == witness_id), witness_id)

    # The file.

    def save_as(self, path: Path) -> None:
        """Write everything this window holds to ``path`` and continue there.

        The window's data, not the old file, is written: it holds every edit,
        including one the old file refused (changed on disk, disk full). An
        untitled autosave file is removed once the new file is safe.
        """
        old = self.project.path if self.untitled else None
        new = Project.create(path, self.data)
        self.project.close()
        self.project = new
        self.untitled = False
        if old is not None and old != self.project.path:
            old.unlink(missing_ok=True)
        self.pathChanged.emit()

    def close(self, discard: bool = False) -> None:
        """Release the file and the worker thread; ``discard`` also deletes an untitled autosave (the editor chose not to keep it)."""
        self._worker.shutdown()
        self.project.close()
        if discard and self.untitled:
            self.project.path.unlink(missing_ok=True)

    @property
    def has_work(self) -> bool:
        """Whether closing an untitled project would throw away the editor's own input."""
        return bool(self.annotations.notes or self.annotations.ratings or self.data.corrections or self.data.boilerplate)


def _pipeline_inputs(data: ProjectData) -> tuple[Any, ...]:
    settings = {k: v for k, v in data.settings.items() if k in ("threshold", "base")}
    return (data.witnesses, settings, data.boilerplate, data.corrections)


def _unique(wanted: str, taken: set[str]) -> str:
    base = re.sub(r"-\d+$", "", wanted) or "outlet"
    if wanted not in taken:
        return wanted
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"
