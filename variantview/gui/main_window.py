"""The main window: assembles the grid, the docks and the actions, and routes the editor's commands.

It holds no comparison logic: it asks the document for edits (each an
undoable command) and redraws from the document's signals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QFont, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from variantview.core.detect.kinds import LISTED
from variantview.core.read.warnings import as_sentence
from variantview.core.review.annotations import Annotations
from variantview.gui.actions import Actions
from variantview.gui.addresses import PageDownloads
from variantview.gui.docks.findings import FindingsDock
from variantview.gui.docks.inspector import Inspector
from variantview.gui.docks.lineage import LineageDock
from variantview.gui.docks.outlets import OutletsDock
from variantview.gui.document import Document
from variantview.gui.editing import SelectionEdits
from variantview.gui.export import FORMATS
from variantview.gui.files import ProjectFiles
from variantview.gui.grid import AlignmentView
from variantview.gui.libraries import LibraryWindows
from variantview.gui.menus import build_menus, build_toolbar
from variantview.gui.models.alignment_model import AlignmentModel
from variantview.gui.models.findings_model import FindingsModel
from variantview.gui.models.outlets_model import OutletsModel
from variantview.gui.navigation import Navigator
from variantview.gui.overview import OverviewBar
from variantview.gui.preferences import Preferences, PreferencesDialog
from variantview.gui.style import legend_html


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("VariantView")
        self.setAcceptDrops(True)
        self.resize(1400, 900)
        self.preferences = Preferences()
        self.document: Document | None = None
        self._warned: set[str] = set()
        self.undo_group = QUndoGroup(self)
        self.files = ProjectFiles(self, self)
        self.downloads = PageDownloads(self, self)
        self.edits = SelectionEdits(self, self)
        self.alignment_model = AlignmentModel(self)
        self.findings_model = FindingsModel(self)
        self.outlets_model = OutletsModel(self)
        self.actions = self._build_actions()
        self._build_central()
        self.navigator = Navigator(self.grid, self.alignment_model, lambda f: self.inspector.select_finding(f), self.show_status, self._show_hidden_rows)
        self.libraries = LibraryWindows(self, self)
        self._build_docks()
        self.recent_menu = build_menus(self.menuBar(), self.actions, (self.outlets, self.inspector, self.findings, self.lineage))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        toolbar, self.threshold, self.search = build_toolbar(self.actions)
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.search.returnPressed.connect(lambda: self.navigator.find_text(self.search.text(), +1))
        self.addToolBar(toolbar)
        self._build_status()
        self._connect_models()
        self._apply_preferences()
        self._update_actions()
        geometry, state = self.preferences.window()
        if geometry:
            self.restoreGeometry(geometry)
        if state:
            self.restoreState(state)
        else:
            QTimer.singleShot(0, self._default_dock_sizes)

    # Construction.

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text.replace('&', '').rstrip('…')} ({action.shortcut().toString()})" if shortcut else tip or text.replace("&", ""))
        action.setStatusTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> Actions:
        key = QKeySequence.StandardKey
        hide_boilerplate = self._action("&Hide Boilerplate Rows", self._apply_boilerplate_visibility, "Ctrl+H", "Hide rows of site chrome and adverts")
        hide_boilerplate.setCheckable(True)
        return Actions(
            new=self._action("&New", self.files.new_project, key.New, "Start an empty comparison"),
            open=self._action("&Open…", self.files.open_dialog, key.Open, "Open a project or articles"),
            open_address=self._action("Open &Address…", self.downloads.dialog, "Ctrl+L", "Download articles from their web addresses"),
            open_library=self._action("Open &Library…", lambda: self.libraries.dialog(), "Ctrl+Shift+L", "One table of outlets across a folder of projects (read only)"),
            save=self._action("&Save", self.files.save, key.Save, "Save the project to a file (changes are written as you make them)"),
            save_as=self._action("Save &As…", self.files.save_as_dialog, key.SaveAs, "Save the project under a new name"),
            recover=self._action("&Recover Unsaved Work…", self.files.recover_dialog, None, "Open work left unsaved when VariantView last stopped"),
            add=self._action("&Add Outlets…", self.edits.add_outlets_dialog, "Ctrl+Shift+O", "Add article files as outlets"),
            paste=self._action("&Paste Article…", self.edits.paste_dialog, "Ctrl+Shift+V", "Add an outlet from pasted text"),
            remove=self._action("&Remove Outlet", self.edits.remove_outlet, None, "Remove the selected outlet (undoable)"),
            rename=self._action("Re&name Outlet…", self.edits.rename_outlet, "F2", "Rename the selected outlet"),
            base=self._action("Use as &Base Outlet", self.edits.set_base, None, "Order rows by the selected outlet and diff the others against it"),
            quit=self._action("&Quit", self.close, key.Quit, "Close VariantView"),
            undo=self._undo_redo(self.undo_group.createUndoAction(self, "&Undo"), key.Undo, "Undo the last edit (Ctrl+Z)"),
            redo=self._undo_redo(self.undo_group.createRedoAction(self, "&Redo"), key.Redo, "Redo (Ctrl+Shift+Z)"),
            next=self._action("&Next Finding", lambda: self.navigator.jump_finding(+1), "F7", "Go to the next finding in the grid"),
            previous=self._action("&Previous Finding", lambda: self.navigator.jump_finding(-1), "Shift+F7", "Go to the previous finding in the grid"),
            find=self._action("&Find…", self.focus_search, key.Find, "Search all outlets' text"),
            find_next=self._action("Find &Next", lambda: self.navigator.find_text(self.search.text(), +1), key.FindNext, "Next match of the search"),
            find_previous=self._action("Find Pre&vious", lambda: self.navigator.find_text(self.search.text(), -1), key.FindPrevious, "Previous match of the search"),
            hide_boilerplate=hide_boilerplate,
            move=self._action("&Move Sentence to Row…", self.edits.move_dialog, "Ctrl+M", "Put the selected sentence into another row"),
            split=self._action("&Split Sentence Out", self.edits.split_selected, "Ctrl+Shift+K", "Give the selected sentence a row of its own"),
            merge=self._action("Mer&ge Rows", self.edits.merge_selected, "Ctrl+Shift+M", "Merge the two rows of the selected cells"),
            boilerplate=self._action("Toggle &Boilerplate", self.edits.toggle_boilerplate, "Ctrl+B", "Mark the selected sentence as boilerplate, or as article text"),
            preferences=self._action("Pre&ferences…", self.preferences_dialog, key.Preferences, "Font size, threshold and display options"),
            about=self._action("&About VariantView", self.about, None),
            exports={fmt: self._action(f"Export {label.split(' (')[0]}…", lambda f=fmt: self.files.export_dialog(f), None) for fmt, label in FORMATS.items()},
        )

    def _undo_redo(self, action: QAction, shortcut: QKeySequence.StandardKey, tip: str) -> QAction:
        action.setShortcut(shortcut)
        action.setToolTip(tip)
        return action

    def _build_central(self) -> None:
        self.grid = AlignmentView(self.alignment_model)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self.edits.grid_menu)
        self.overview = OverviewBar(self.alignment_model, self.grid)
        self.overview.rowClicked.connect(lambda row: self.grid.go_to(row))
        self.placeholder = QLabel("Open articles (Ctrl+O), paste one (Ctrl+Shift+V) or drop files here: a comparison needs at least two outlets.")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.legend = QLabel(legend_html())
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setToolTip("How the grid marks findings and differences")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.grid, 1)
        row.addWidget(self.overview)
        column = QVBoxLayout()
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.placeholder)
        column.addLayout(row, 1)
        column.addWidget(self.legend)
        central = QWidget()
        central.setLayout(column)
        self.setCentralWidget(central)

    def _build_docks(self) -> None:
        self.outlets = OutletsDock(self.outlets_model, [self.actions.add, self.actions.paste, self.actions.remove, self.actions.base], self)
        self.inspector = Inspector(self)
        self.findings = FindingsDock(self.findings_model, self)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)  # the inspector runs the full height
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.outlets)
        self.splitDockWidget(self.outlets, self.findings, Qt.Orientation.Horizontal)
        self.lineage = LineageDock(self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.lineage)
        self.tabifyDockWidget(self.findings, self.lineage)
        self.findings.raise_()
        self.lineage.view.rowsRequested.connect(self.navigator.select_rows)
        self.inspector.noteEdited.connect(lambda note, merge: self.document and self.document.set_note(note, merge))
        self.inspector.ratingEdited.connect(lambda r, merge: self.document and self.document.rate(r.witness, r.rating, r.note, merge))
        self.findings.findingActivated.connect(self.navigator.go_to_finding)

    def _default_dock_sizes(self) -> None:
        """Dock sizes only take once the window is laid out, so the first start sets them after showing."""
        self.resizeDocks([self.inspector], [440], Qt.Orientation.Horizontal)
        below_grid = self.width() - 440
        self.resizeDocks([self.outlets, self.findings], [below_grid * 2 // 5, below_grid * 3 // 5], Qt.Orientation.Horizontal)
        self.resizeDocks([self.findings], [max(260, self.height() // 3)], Qt.Orientation.Vertical)

    def _build_status(self) -> None:
        self.counts = QLabel()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setFormat("Aligning…")
        self.progress.setTextVisible(True)
        self.progress.setToolTip("Re-aligning in the background; you can keep working")
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.counts)

    def _connect_models(self) -> None:
        self.grid.selectionModel().selectionChanged.connect(self._selection_changed)
        self.grid.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.alignment_model.moveRequested.connect(lambda unit, target: self.document and self.document.move_unit(unit, target))
        self.outlets_model.renameRequested.connect(lambda w, name: self.document and self.document.rename_witness(w, name))
        self.outlets_model.ratingRequested.connect(lambda w, value: self.document and self.document.rate(w, rating=value))
        self.outlets_model.noteRequested.connect(lambda w, value: self.document and self.document.rate(w, note=value))

    def _apply_preferences(self) -> None:
        font = QFont(self.grid.font())
        font.setPointSize(self.preferences.font_size)
        self.grid.setFont(font)
        self.grid.refresh_layouts()
        self.actions.hide_boilerplate.setChecked(self.preferences.hide_boilerplate)
        self._apply_boilerplate_visibility()

    # What the helpers ask of the window (files.FilesHost).

    def settle_edits(self) -> None:
        self.inspector.flush()

    def show_status(self, message: str, milliseconds: int) -> None:
        self.statusBar().showMessage(message, milliseconds)

    # The document.

    def set_document(self, document: Document) -> None:
        """Show ``document``; the previous one is closed (its untitled autosave kept only if it holds work)."""
        if self.document is not None:
            self.settle_edits()
            self.undo_group.removeStack(self.document.undo_stack)
            self.document.close(discard=not self.document.has_work)
            self.document.deleteLater()
        self.document = document
        document.setParent(self)
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        document.comparisonChanged.connect(self._comparison_changed)
        document.annotationsChanged.connect(self._annotations_changed)
        document.witnessesChanged.connect(self._witnesses_changed)
        document.pathChanged.connect(self.update_title)
        document.settingsChanged.connect(self._settings_changed)
        document.busyChanged.connect(self._busy_changed)
        document.problem.connect(self._show_problem)
        document.undo_stack.indexChanged.connect(self.update_title)
        self._quietly_set_threshold(document.threshold)
        self.update_title()
        self._witnesses_changed()
        if not document.untitled:
            self.preferences.remember(document.path)
        document.recompute()

    # Reacting to the document.

    def _comparison_changed(self) -> None:
        document = self.document
        assert document is not None
        keep = self._current_ref()
        comparison = document.comparison
        self.alignment_model.set_comparison(comparison, document.annotations)
        self.findings_model.set_comparison(comparison, document.annotations)
        self.outlets_model.set_state(document.data.witnesses, comparison, document.annotations)
        self.findings.set_outlets(comparison)
        self.lineage.view.show_lineage(comparison)
        self.placeholder.setVisible(comparison is None)
        self._apply_boilerplate_visibility()
        self._restore(keep)
        self._update_counts()
        self._update_actions()
        self._show_warnings(comparison.warnings if comparison else ())

    def _show_warnings(self, warnings: tuple[str, ...]) -> None:
        """Each warning once per window, in a box that does not stop the editor working."""
        new = [w for w in warnings if w not in self._warned]
        if not new:
            return
        self._warned.update(new)
        box = QMessageBox(QMessageBox.Icon.Warning, "Check these articles", "\n\n".join(f"• {as_sentence(w)}" for w in new), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _annotations_changed(self) -> None:
        assert self.document is not None
        annotations = self.document.annotations
        self.alignment_model.set_annotations(annotations)
        self.findings_model.set_annotations(annotations)
        self.outlets_model.set_annotations(annotations)
        self._show_inspector()
        self._update_counts()

    def _witnesses_changed(self) -> None:
        assert self.document is not None
        self.outlets_model.set_state(self.document.data.witnesses, self.document.comparison, self.document.annotations)
        self._update_actions()

    def _busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)

    def _selection_changed(self, *_: QItemSelection) -> None:
        self.settle_edits()
        self._show_inspector()
        self._update_actions()

    def _show_inspector(self) -> None:
        index = self.grid.currentIndex()
        comparison = self.document.comparison if self.document else None
        if comparison is None or not index.isValid():
            self.inspector.show_row(comparison, self.document.annotations if self.document else Annotations(), None, None)
            return
        assert self.document is not None
        row = self.alignment_model.row(index.row())
        self.inspector.show_row(comparison, self.document.annotations, row, self.alignment_model.witness_id(index.column()))

    def _current_ref(self) -> tuple[tuple[str, int] | None, str | None]:
        index = self.grid.currentIndex()
        if not index.isValid():
            return None, None
        refs = self.alignment_model.row(index.row()).refs()
        units = self.alignment_model.units(index)
        ref = units[0].ref if units else (refs[0] if refs else None)
        return ref, self.alignment_model.witness_id(index.column())

    def _restore(self, keep: tuple[tuple[str, int] | None, str | None]) -> None:
        """After re-alignment, select the row that now holds the sentence that was selected."""
        ref, witness = keep
        model = self.alignment_model
        if ref is None or model.comparison is None or witness not in {w.id for w in model.comparison.witnesses}:
            self._show_inspector()
            return
        self.navigator.go_to_sentence(ref, witness)
        self._show_inspector()

    def _show_hidden_rows(self) -> None:
        """A finding the editor asked for sits on a hidden boilerplate row: show those rows."""
        self.actions.hide_boilerplate.setChecked(False)
        self._apply_boilerplate_visibility()

    def _apply_boilerplate_visibility(self) -> None:
        hide = self.actions.hide_boilerplate.isChecked()
        self.preferences.hide_boilerplate = hide
        for row in range(self.alignment_model.rowCount()):
            self.grid.setRowHidden(row, hide and self.alignment_model.row(row).kind == "boilerplate")
        self.overview.update()
        self._update_counts()

    def _show_problem(self, message: str) -> None:
        QMessageBox.warning(self, "VariantView", message)

    def update_title(self, *_: object) -> None:
        document = self.document
        if document is None:
            self.setWindowTitle("VariantView")
            return
        name = "Untitled comparison (unsaved)" if document.untitled else document.path.name
        self.setWindowModified(document.untitled and document.has_work)
        self.setWindowTitle(f"{name}[*] — VariantView")

    def _update_counts(self) -> None:
        comparison = self.document.comparison if self.document else None
        if comparison is None:
            outlets = len(self.document.data.witnesses) if self.document else 0
            self.counts.setText(f"{outlets} outlet(s): add at least two to compare")
            return
        found = Counter(f.kind for f in comparison.findings)
        hidden = sum(self.grid.isRowHidden(r) for r in range(self.alignment_model.rowCount()))
        judged = len(self.document.annotations.notes) if self.document else 0
        kinds = ", ".join(f"{found[k]} {k}" for k in LISTED if found[k])
        self.counts.setText(
            f"{len(comparison.witnesses)} outlets · {len(comparison.rows)} rows" + (f" ({hidden} boilerplate hidden)" if hidden else "") + f" · {kinds} · {judged} verdict(s)/note(s)"
        )

    def _update_actions(self) -> None:
        has_comparison = bool(self.document and self.document.comparison)
        has_outlet = self.edits.selected_witness() is not None
        units = self.alignment_model.units(self.grid.currentIndex()) if has_comparison else []
        for action in self.actions.exports.values():
            action.setEnabled(has_comparison)
        for action in (self.actions.next, self.actions.previous, self.actions.find_next, self.actions.find_previous):
            action.setEnabled(has_comparison)
        for action in (self.actions.remove, self.actions.rename, self.actions.base):
            action.setEnabled(has_outlet)
        for action in (self.actions.move, self.actions.split, self.actions.boilerplate):
            action.setEnabled(bool(units))
        self.actions.merge.setEnabled(len({i.row() for i in self.grid.selected_cells()}) == 2)

    def _threshold_changed(self, value: float) -> None:
        if self.document and abs(value - self.document.threshold) > 1e-9:
            self.document.set_threshold(value)

    def _settings_changed(self) -> None:
        if self.document is not None:
            self._quietly_set_threshold(self.document.threshold)

    def _quietly_set_threshold(self, value: float) -> None:
        self.threshold.blockSignals(True)
        self.threshold.setValue(value)
        self.threshold.blockSignals(False)

    # Search.

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # Dialogs and window events.

    def preferences_dialog(self) -> None:
        if PreferencesDialog(self.preferences, self).exec():
            self._apply_preferences()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About VariantView",
            "<b>VariantView</b><br>Compare several outlets' articles about one event: aligned sentences, "
            "paraphrase, omissions, additions, spinner garbling, altered quotes, changed numbers, and the editor's verdicts.",
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.files.open_paths(paths, add=True))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.keep_or_discard():
            event.ignore()
            return
        self.downloads.cancel()
        self.preferences.save_window(bytes(self.saveGeometry().data()), bytes(self.saveState().data()))
        self.libraries.close_all()  # ends their reading threads
        if self.document is not None:
            self.document.close(discard=self.document.untitled)
            self.document = None
        event.accept()


