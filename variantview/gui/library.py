"""File ▸ Open Library…: one table of outlets across a folder of projects, read without writing to them.

The projects are read and compared on a worker thread; the table is sortable
(every column sorts by its value, not its text); two selected rows can be
merged when they are one outlet spelt two ways (an undoable edit, kept with
QSettings per folder: the projects themselves are never written). Double-
clicking an outlet lists its findings across the projects; double-clicking
a finding opens its project at the row.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QCloseEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from variantview.core.atomic import write_atomically
from variantview.core.detect.kinds import GLYPHS, LISTED
from variantview.core.record.library import Library, read_library
from variantview.core.record.outlets import OutletRecord, outlet_records
from variantview.core.report.record import history_text, render_record_csv, render_record_html, render_record_json
from variantview.core.review.annotations import VERDICTS
from variantview.core.review.project import ProjectData
from variantview.gui.models.table import NO_INDEX, Index, ItemTableModel
from variantview.gui.tasks import LatestOnly

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
EXPORTS = ("HTML report (*.html)", "CSV (*.csv)", "JSON (*.json)")
Ref = tuple[str, int]


class LibraryModel(ItemTableModel):
    columns = ("Outlet", "Also spelt / site", "Stories", "Derived", *(f"{GLYPHS[k]} {k}" for k in LISTED), *VERDICTS, "Rating", "Rating history")

    def set_records(self, records: tuple[OutletRecord, ...]) -> None:
        self.beginResetModel()
        self._items = records
        self.endResetModel()

    def record(self, row: int) -> OutletRecord:
        record: OutletRecord = self._items[row]
        return record

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._value(self.record(index.row()), index.column())
        if role == SORT_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:.0%}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return "Mean over its stories of the share of its content words in verbatim runs shared with the outlet it was derived from"
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, record: OutletRecord, column: int) -> str | int | float:
        name = self.columns[column]
        kinds = {f"{GLYPHS[k]} {k}": k for k in LISTED}
        if name in kinds:
            return record.findings.get(kinds[name], 0)
        if name in VERDICTS:
            return record.verdicts.get(name, 0)
        values: dict[str, Callable[[], str | int | float]] = {
            "Outlet": lambda: record.name,
            "Also spelt / site": lambda: ", ".join(record.also_known_as),
            "Stories": lambda: record.stories,
            "Derived": lambda: record.derived,
            "Rating": lambda: record.rating,
            "Rating history": lambda: history_text(record),
        }
        return values[name]()


class _Merge(QUndoCommand):
    """Count two spellings as one outlet, or undo that: the editor's say over the matching."""

    def __init__(self, window: LibraryWindow, before: tuple[tuple[str, str], ...], after: tuple[tuple[str, str], ...], text: str) -> None:
        super().__init__(text)
        self._window, self._before, self._after = window, before, after

    def redo(self) -> None:
        self._window.set_merges(self._after)

    def undo(self) -> None:
        self._window.set_merges(self._before)


class OutletFindings(QDialog):
    """An outlet's findings in every story; double-click one to open its project at the row."""

    openRequested = Signal(object, object)  # project path, the sentence (witness, index) to show

    def __init__(self, record: OutletRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{record.name}: findings across {record.stories} stories")
        self.resize(900, 500)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Story / kind", "Text", "Counterpart", "Explanation"])
        for appearance in record.appearances:
            story = QTreeWidgetItem([f"{appearance.story} ({appearance.name}, {appearance.category}, rated {appearance.rating})", "", "", ""])
            story.setData(0, Qt.ItemDataRole.UserRole, (appearance.path, None))
            for f in appearance.findings:
                ref = (f.witness, f.sentence) if f.sentence is not None else ((f.counterpart.witness, f.counterpart.sentence) if f.counterpart else None)
                item = QTreeWidgetItem([f"{GLYPHS[f.kind]} {f.kind} (row {f.row + 1})", f.text, f.counterpart.text if f.counterpart else "", f.explanation])
                item.setData(0, Qt.ItemDataRole.UserRole, (appearance.path, ref))
                item.setToolTip(3, f.explanation)
                story.addChild(item)
            self.tree.addTopLevelItem(story)
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Double-click a finding to open its project at the row (the project opens in the main window; the library does not change it)."))
        layout.addWidget(self.tree)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        path, ref = item.data(0, Qt.ItemDataRole.UserRole)
        self.openRequested.emit(path, ref)


class LibraryWindow(QWidget):
    """A window of its own (the main window keeps its project): the library table and the projects skipped."""

    openRequested = Signal(object, object)

    def __init__(self, folder: Path, parent: QWidget | None = None, open_here: Mapping[Path, ProjectData] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.folder = folder
        self.setWindowTitle(f"Library: {folder} — VariantView")
        self.resize(1300, 700)
        self.library: Library | None = None
        self.undo_stack = QUndoStack(self)
        self._settings = QSettings()
        self._merges = tuple(tuple(m.split("\t", 1)) for m in self._stored_merges() if "\t" in m)
        self.model = LibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._show_findings)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.status = QLabel("Reading the projects…")
        self.skipped = QListWidget()
        self.skipped.setMaximumHeight(80)
        self.merge_button = QPushButton("Merge Selected Outlets")
        self.merge_button.setToolTip("The two selected rows are one outlet spelt two ways (undoable; the projects are not changed)")
        self.merge_button.clicked.connect(self.merge_selected)
        undo, redo = QPushButton("Undo"), QPushButton("Redo")
        undo.clicked.connect(self.undo_stack.undo)
        redo.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(undo.setEnabled)
        self.undo_stack.canRedoChanged.connect(redo.setEnabled)
        undo.setEnabled(False)
        redo.setEnabled(False)
        self.export_button = QPushButton("Export…")
        self.export_button.setToolTip("Write the table as an HTML report, CSV or JSON")
        self.export_button.clicked.connect(self.export_dialog)
        buttons = QHBoxLayout()
        for button in (self.merge_button, undo, redo, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("Projects skipped (the library only reads projects; these could not be read):"))
        layout.addWidget(self.skipped)
        self._worker = LatestOnly(self)
        self._worker.finished.connect(self._read)
        self._worker.failed.connect(lambda error: self.status.setText(f"The library could not be read: {error}"))
        held = dict(open_here or {})  # the window's own project: its file is locked, its data is here
        self._worker.start(lambda: read_library(folder, open_here=held))
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self._worker.busy

    def _read(self, library: Library) -> None:
        self.library = library
        self.skipped.clear()
        self.skipped.addItems([f"{s.path.name}: {s.reason}" for s in library.skipped] or ["(none)"])
        self._show_records()

    def _show_records(self) -> None:
        if self.library is None:
            return
        records = outlet_records(self.library, self._merges)
        self.model.set_records(records)
        self.status.setText(
            f"{_count(len(self.library.stories), 'story', 'stories')}, {_count(len(records), 'outlet', 'outlets')}, "
            f"{_count(len(self.library.skipped), 'project', 'projects')} skipped. "
            "Click a heading to sort; double-click an outlet for its findings across the stories."
        )
        self._update_buttons()

    def selected_records(self) -> list[OutletRecord]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.record(r) for r in sorted(rows)]

    def merge_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) != 2:
            return
        a, b = chosen
        after = (*self._merges, (a.spellings[0], b.spellings[0]))
        self.undo_stack.push(_Merge(self, self._merges, after, f"Merge {a.name} and {b.name}"))

    def set_merges(self, merges: tuple[tuple[str, str], ...]) -> None:
        self._merges = merges
        self._settings.setValue(self._merges_key(), [f"{a}\t{b}" for a, b in merges])
        self._show_records()

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export the library table", str(self.folder / "outlets.html"), ";;".join(EXPORTS))
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        """The format follows the name's suffix (.csv, .json, else HTML); the projects are not touched."""
        library = self.library
        if library is None:
            return
        records = outlet_records(library, self._merges)
        renderers = {".csv": lambda: render_record_csv(records), ".json": lambda: render_record_json(library, records)}
        text = renderers.get(target.suffix.lower(), lambda: render_record_html(library, records))()
        try:
            write_atomically(target, text.encode("utf-8"))
        except OSError as error:
            QMessageBox.warning(self, "Export failed", f"{target}\n\n{error.strerror or error}")

    def _stored_merges(self) -> list[str]:
        value = self._settings.value(self._merges_key(), [])
        return [value] if isinstance(value, str) else list(value or [])

    def _merges_key(self) -> str:
        return "library/merges/" + str(self.folder.resolve()).replace("/", "|")

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(len(self.selected_records()) == 2)

    def _show_findings(self, index: QModelIndex = NO_INDEX) -> None:
        record = self.model.record(self.proxy.mapToSource(index).row())
        dialog = OutletFindings(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.openRequested.connect(self.openRequested)
        dialog.show()
        self.findings_dialog = dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self._worker.shutdown()
        super().closeEvent(event)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
