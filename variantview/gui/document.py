"""The open project as the window sees it: a thin Qt adapter over ``core/review/session.py``.

The project's data is a frozen value. An edit (a function of ``session``)
makes a new value and pushes a command; adopting a value writes the
difference to the project file at once (nothing waits for "Save") and, when
the edit changes what the comparison depends on, recomputes it on a worker
thread. What this class adds to the session is only Qt's: signals, the undo
stack and the worker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from variantview.core.align.inputs import DEFAULT_THRESHOLD, Correction
from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.read.witness import Witness
from variantview.core.record.library import options_for
from variantview.core.review import session
from variantview.core.review.annotations import Annotations, Note
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
        return session.threshold(self.data)

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def options(self) -> Options:
        return options_for(self.data)

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
            session.persist(self.project, before, data)
        except ProjectError as error:
            self.problem.emit(f"The change is kept in this window but could not be written to {error.path}: {error.reason}. Use Save As to keep your work.")
        if before.annotations != data.annotations:
            self.annotationsChanged.emit()
        if before.witnesses != data.witnesses:
            self.witnessesChanged.emit()
        if before.settings != data.settings:
            self.settingsChanged.emit()
        if session.pipeline_inputs(before) != session.pipeline_inputs(data):
            self.recompute()

    def _on_compared(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.comparisonChanged.emit()
        if self._refine:
            self._refine = False
            self._compare(self.options())

    # The edits an editor makes, each one undoable.

    def set_note(self, note: Note, merge: bool = False) -> None:
        what = "verdict" if note.verdict != self.annotations.note(note.anchor).verdict else "note"
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.edit(f"Set {what}", session.with_note(self.data, note, now), f"note:{note.anchor}" if merge else None)

    def rate(self, witness_id: str, rating: str | None = None, note: str | None = None, merge: bool = False) -> None:
        """Change an outlet's rating or its note, keeping the other."""
        self.edit(f"Rate {self.witness_name(witness_id)}", session.rerated(self.data, witness_id, rating, note), f"rating:{witness_id}" if merge else None)

    def set_threshold(self, threshold: float) -> None:
        self.edit(f"Threshold {threshold:.2f}", session.with_setting(self.data, "threshold", round(threshold, 3)), "threshold")

    def set_review_page(self, address: str) -> None:
        """Where this story's fact checks are published: the ClaimReview ``url``, kept with the project."""
        self.edit("Fact-check page address", session.with_setting(self.data, "review_page", address.strip()))

    @property
    def review_page(self) -> str:
        return str(self.data.settings.get("review_page", ""))

    def set_base(self, witness_id: str | None) -> None:
        name = self.witness_name(witness_id) if witness_id else "the most complete outlet"
        self.edit(f"Base outlet: {name}", session.with_setting(self.data, "base", witness_id))

    def add_witnesses(self, witnesses: Sequence[Witness]) -> None:
        after, added = session.with_witnesses(self.data, witnesses)
        if added:
            self.edit(f"Add {added[0].name if len(added) == 1 else f'{len(added)} outlets'}", after)

    def remove_witness(self, witness_id: str) -> None:
        self.edit(f"Remove {self.witness_name(witness_id)}", session.without_witness(self.data, witness_id))

    def rename_witness(self, witness_id: str, name: str) -> None:
        self.edit(f"Rename to {name.strip()}", session.renamed(self.data, witness_id, name))

    def move_unit(self, unit: Ref, target: Ref | None) -> None:
        """Move a sentence into the row holding ``target``, or into a row of its own (a split) when None."""
        text = "Split sentence into its own row" if target is None else "Move sentence to another row"
        self.edit(text, session.corrected(self.data, Correction("move", unit, target)))

    def merge_rows(self, a: Ref, b: Ref) -> None:
        self.edit("Merge rows", session.corrected(self.data, Correction("merge", a, b)))

    def set_boilerplate(self, unit: Ref, boilerplate: bool) -> None:
        self.edit("Mark as boilerplate" if boilerplate else "Mark as article text", session.with_boilerplate(self.data, unit, boilerplate))

    def witness_name(self, witness_id: str) -> str:
        return session.witness_name(self.data, witness_id)

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
