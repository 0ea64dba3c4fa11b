"""The window's file work: opening, recent projects, recovery, saving, exporting, and the question before closing.

Every failure becomes a dialog that names the file and the reason; the work
open in the window is never dropped because a file could not be written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from variantview.core.errors import InputError
from variantview.core.read.files import read_witnesses
from variantview.core.read.witness import Witness
from variantview.core.report.claimreview import Reviewer, claimreview_document
from variantview.core.review.project import SUFFIX, ProjectError
from variantview.gui.document import Document
from variantview.gui.export import FORMATS, SUFFIXES, export
from variantview.sample import SAMPLE

if TYPE_CHECKING:
    from variantview.gui.preferences import Preferences

PROJECT_FILTER = f"VariantView projects (*{SUFFIX})"
ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.text *.html *.htm *.xhtml *.docx *.pdf);;All files (*)"


def autosave_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "autosave"


class FilesHost(Protocol):
    """What the file work needs of the window, and no more."""

    document: Document | None
    preferences: Preferences

    def set_document(self, document: Document) -> None: ...

    def settle_edits(self) -> None:
        """Commit a note the editor is still typing: it must be in what is saved, exported or kept."""

    def show_status(self, message: str, milliseconds: int) -> None: ...

    def update_title(self) -> None: ...

    def preferences_dialog(self) -> None: ...


R = TypeVar("R")


def settled(method: Callable[..., R]) -> Callable[..., R]:
    """The one rule before writing or closing: the editor's pending edits are settled first."""

    @wraps(method)
    def run(self: ProjectFiles, *args: object, **kwargs: object) -> R:
        self._host.settle_edits()
        return method(self, *args, **kwargs)

    return run


class ProjectFiles:
    def __init__(self, parent: QWidget, host: FilesHost) -> None:
        self._parent = parent  # dialogs are centred on it
        self._host = host

    def open_paths(self, paths: Sequence[Path], add: bool = False) -> None:
        """What the command line, the Open dialog and dropped files share.

        A project file opens that project; articles start a new comparison, or
        with ``add`` join the open one.
        """
        projects = [p for p in paths if p.suffix == SUFFIX]
        if projects:
            self.open_project(projects[0])
            return
        self.open_witnesses(self._read(paths), add)

    def open_witnesses(self, witnesses: Sequence[Witness], add: bool = False) -> None:
        """Outlets read from files or fetched from the web: a new comparison, or with ``add`` joining the open one."""
        if not witnesses:
            return
        if add and self._host.document is not None:
            self._host.document.add_witnesses(witnesses)
        else:
            self._new_document(witnesses)

    def open_sample(self) -> None:
        if SAMPLE.is_dir():
            self.open_paths([SAMPLE])
        else:
            self.new_project()
            self._host.show_status(f"The bundled sample is not installed at {SAMPLE}", 8000)

    def open_project(self, path: Path) -> bool:
        try:
            document = Document.open(path)
        except ProjectError as error:
            QMessageBox.critical(self._parent, "Cannot open the project", f"{error.path}\n\n{error.reason[:1].upper()}{error.reason[1:]}.\n\nThe file was not changed.")
            if "no project file" in error.reason:
                self._host.preferences.forget(Path(path))
            return False
        self._host.set_document(document)
        return True

    def new_project(self) -> None:
        self._new_document([])

    def _new_document(self, witnesses: Sequence[Witness]) -> None:
        try:
            document = Document.new(witnesses, autosave_folder(), threshold=self._host.preferences.default_threshold)
        except ProjectError as error:
            QMessageBox.critical(self._parent, "Cannot start a project", f"{error.path}\n\n{error.reason}")
            return
        self._host.set_document(document)

    def _read(self, paths: Sequence[Path]) -> list[Witness]:
        """Read what can be read; every file that cannot is named, with its reason, in one message."""
        witnesses: list[Witness] = []
        problems: list[InputError] = []
        for path in paths:
            try:
                witnesses.extend(read_witnesses([path]))
            except InputError as error:
                problems.append(error)
        self.report_problems(problems, "files")
        return witnesses

    def report_problems(self, problems: Sequence[InputError], what: str) -> None:
        """Every file or page that could not be used, each with its reason, in one message."""
        if problems:
            details = "\n".join(f"• {p.source}: {p.reason}" for p in problems)
            QMessageBox.warning(self._parent, f"Some {what} were not added", f"These {what} could not be used:\n\n{details}")

    def open_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self._parent, "Open a project or articles", str(Path.home()), f"{PROJECT_FILTER};;{ARTICLE_FILTER}")
        if names:
            self.open_paths([Path(n) for n in names])

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        for path in self._host.preferences.recent:
            action = menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        if not menu.actions():
            menu.addAction("No recent projects").setEnabled(False)

    def recover_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self._parent, "Recover unsaved work", str(autosave_folder()), PROJECT_FILTER)
        if name:
            self.open_project(Path(name))

    @settled
    def save(self) -> bool:
        if self._host.document is None:
            return False
        if self._host.document.untitled:
            return self.save_as_dialog()
        self._host.show_status(f"All changes are saved in {self._host.document.path}", 4000)
        return True

    def save_as_dialog(self) -> bool:
        if self._host.document is None:
            return False
        suggested = str(Path.home() / f"comparison{SUFFIX}") if self._host.document.untitled else str(self._host.document.path)
        name, _ = QFileDialog.getSaveFileName(self._parent, "Save project as", suggested, PROJECT_FILTER)
        if not name:
            return False
        return self.save_to(Path(name) if name.endswith(SUFFIX) else Path(name + SUFFIX))

    @settled
    def save_to(self, path: Path) -> bool:
        assert self._host.document is not None
        try:
            self._host.document.save_as(path)
        except ProjectError as error:
            QMessageBox.critical(self._parent, "Cannot save", f"{error.path}\n\n{error.reason}\n\nYour work is still open here; try another place.")
            return False
        self._host.preferences.remember(self._host.document.path)
        self._host.show_status(f"Saved to {self._host.document.path}", 4000)
        self._host.update_title()
        return True

    def export_dialog(self, fmt: str) -> None:
        document = self._host.document
        if document is None or document.comparison is None:
            return
        if fmt == "claimreview" and not self._ready_to_publish(document):
            return
        stem = "comparison" if document.untitled else document.path.stem
        name, _ = QFileDialog.getSaveFileName(self._parent, "Export", str(Path.home() / f"{stem}.{SUFFIXES.get(fmt, fmt)}"), FORMATS[fmt])
        if name:
            self.export_to(Path(name), fmt)

    def _ready_to_publish(self, document: Document) -> bool:
        """Before verdicts are published: who publishes them (Preferences, asked once) and on which page (this story's, optional)."""
        if not self._host.preferences.organisation:
            self._host.preferences_dialog()
            if not self._host.preferences.organisation:
                self._host.show_status("ClaimReview names the reviewing organisation as author: set it in Preferences to export verdicts", 8000)
                return False
        page, ok = QInputDialog.getText(
            self._parent,
            "Publish verdicts as ClaimReview",
            "Address of the page that will publish these fact checks (optional):",
            text=document.review_page,
        )
        if not ok:
            return False
        if page.strip() != document.review_page:
            document.set_review_page(page)
        return True

    @settled
    def export_to(self, path: Path, fmt: str) -> bool:
        document = self._host.document
        assert document is not None and document.comparison is not None
        title = "VariantView report" + ("" if document.untitled else f": {document.path.stem}")
        reviewer = Reviewer(self._host.preferences.organisation, self._host.preferences.organisation_url)
        if fmt == "claimreview" and not claimreview_document(document.data.witnesses, document.annotations, reviewer)["@graph"]:
            QMessageBox.warning(
                self._parent,
                "No verdicts to publish",
                "ClaimReview publishes the verdicts Confirmed, Disputed and Garbled; this comparison has none yet (“Needs check” is not published).",
            )
            return False
        try:
            export(document.comparison, document.annotations, path, fmt, title, reviewer, document.review_page)
        except OSError as error:
            QMessageBox.critical(self._parent, "Cannot export", f"{path}\n\n{error.strerror or error}")
            return False
        self._host.show_status(f"Exported {path}", 5000)
        return True

    @settled
    def keep_or_discard(self) -> bool:
        """Before closing: an untitled comparison holding the editor's work is offered for saving."""
        document = self._host.document
        if document is None:
            return True
        if not (document.untitled and document.has_work):
            return True
        answer = QMessageBox.question(
            self._parent,
            "Keep your work?",
            "This comparison holds your verdicts, notes or corrections but has not been saved to a file.",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save_as_dialog()
        return answer == QMessageBox.StandardButton.Discard
