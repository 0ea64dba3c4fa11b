"""Edits aimed at what the editor selected: the outlet in the list or grid, the sentence in a cell, two rows.

Each asks the document for an undoable edit; nothing here changes the
alignment or the outlet list directly.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from variantview.core.errors import InputError
from variantview.core.read.formats import load_bytes
from variantview.core.read.witness import make_witness
from variantview.gui.dialogs import PasteDialog
from variantview.gui.files import ARTICLE_FILTER
from variantview.gui.menus import fill

if TYPE_CHECKING:
    from variantview.gui.actions import Actions
    from variantview.gui.docks.outlets import OutletsDock
    from variantview.gui.document import Document
    from variantview.gui.files import ProjectFiles
    from variantview.gui.grid import AlignmentView
    from variantview.gui.models.alignment_model import AlignmentModel


class EditingHost(Protocol):
    """What edits aimed at the selection need of the window, and no more."""

    document: Document | None
    grid: AlignmentView
    alignment_model: AlignmentModel
    outlets: OutletsDock
    files: ProjectFiles
    actions: Actions

    def show_status(self, message: str, milliseconds: int) -> None: ...


class SelectionEdits:
    def __init__(self, parent: QWidget, host: EditingHost) -> None:
        self._parent = parent  # dialogs are centred on it
        self._host = host

    def selected_witness(self) -> str | None:
        if self._host.outlets.table.hasFocus() or not self._host.grid.currentIndex().isValid():
            chosen = self._host.outlets.current_witness()
            if chosen:
                return chosen
        index = self._host.grid.currentIndex()
        if index.isValid() and self._host.alignment_model.comparison is not None:
            return self._host.alignment_model.witness_id(index.column())
        return self._host.outlets.current_witness()

    def add_outlets_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self._parent, "Add outlets", str(Path.home()), ARTICLE_FILTER)
        self._host.files.open_paths([Path(n) for n in names], add=True)

    def paste_dialog(self) -> None:
        """A new outlet from the clipboard's text, which the editor can correct before adding.

        The text goes through the same loaders as a file: a whole web page's
        source pasted in is extracted like a saved page, and oversized text is
        refused with the same limit.
        """
        dialog = PasteDialog(QGuiApplication.clipboard().text(), self._parent)
        if not dialog.exec() or self._host.document is None:
            return
        name = dialog.name.text().strip()
        try:
            loaded = load_bytes(dialog.text.toPlainText().encode("utf-8", "replace"), "pasted text", ".txt")
        except InputError as error:
            QMessageBox.warning(self._parent, "Cannot add the pasted article", f"{name}: {error.reason}.")
            return
        slug = "-".join("".join(ch if ch.isalnum() else " " for ch in name.lower()).split()) or "pasted"
        witness = make_witness(slug, loaded.text, source="pasted text", metadata=loaded.metadata)
        self._host.document.add_witnesses([replace(witness, name=name)])

    def remove_outlet(self) -> None:
        witness = self.selected_witness()
        if self._host.document is None or witness is None:
            return
        name = self._host.document.witness_name(witness)
        answer = QMessageBox.question(self._parent, "Remove outlet", f"Remove {name} from the comparison?\n\nIts verdicts and notes stay in the project, and Undo brings it back.")
        if answer == QMessageBox.StandardButton.Yes:
            self._host.document.remove_witness(witness)

    def rename_outlet(self) -> None:
        witness = self.selected_witness()
        if self._host.document is None or witness is None:
            return
        name, ok = QInputDialog.getText(self._parent, "Rename outlet", "Outlet name:", text=self._host.document.witness_name(witness))
        if ok:
            self._host.document.rename_witness(witness, name)

    def set_base(self) -> None:
        witness = self.selected_witness()
        if self._host.document is not None and witness is not None:
            self._host.document.set_base(witness)

    def move_dialog(self) -> None:
        index = self._host.grid.currentIndex()
        units = self._host.alignment_model.units(index)
        if self._host.document is None or not units:
            return
        row, ok = QInputDialog.getInt(self._parent, "Move sentence", "Move the selected sentence into row:", index.row() + 1, 1, self._host.alignment_model.rowCount())
        if ok:
            self.move_to_row(row - 1)

    def move_to_row(self, position: int) -> None:
        units = self._host.alignment_model.units(self._host.grid.currentIndex())
        target = self._host.alignment_model.row(position).refs()
        if self._host.document is not None and units and target:
            for unit in units:
                self._host.document.move_unit(unit.ref, target[0])

    def split_selected(self) -> None:
        for unit in self._host.alignment_model.units(self._host.grid.currentIndex()):
            if self._host.document is not None:
                self._host.document.move_unit(unit.ref, None)

    def merge_selected(self) -> None:
        rows = sorted({i.row() for i in self._host.grid.selected_cells()})
        if self._host.document is None or len(rows) != 2:
            self._host.show_status("Select cells in exactly two rows to merge them", 5000)
            return
        first, second = (self._host.alignment_model.row(r).refs() for r in rows)
        if first and second:
            self._host.document.merge_rows(first[0], second[0])

    def toggle_boilerplate(self) -> None:
        for unit in self._host.alignment_model.units(self._host.grid.currentIndex()):
            if self._host.document is not None:
                self._host.document.set_boilerplate(unit.ref, not unit.boilerplate)

    def grid_menu(self, position: QPoint) -> None:
        menu = QMenu(self._parent)
        fill(menu, (self._host.actions.move, self._host.actions.split, self._host.actions.merge, self._host.actions.boilerplate, None, self._host.actions.base, self._host.actions.rename))
        menu.exec(self._host.grid.viewport().mapToGlobal(position))
