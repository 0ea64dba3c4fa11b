"""Edits aimed at what the editor selected: the outlet in the list or grid, the sentence in a cell, two rows.

Each asks the document for an undoable edit; nothing here changes the
alignment or the outlet list directly.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from variantview.core.errors import InputError
from variantview.core.read.formats import load_bytes
from variantview.core.read.witness import make_witness
from variantview.gui.dialogs import PasteDialog
from variantview.gui.files import ARTICLE_FILTER
from variantview.gui.menus import fill

if TYPE_CHECKING:
    from variantview.gui.main_window import MainWindow


class SelectionEdits:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def selected_witness(self) -> str | None:
        if self._window.outlets.table.hasFocus() or not self._window.grid.currentIndex().isValid():
            chosen = self._window.outlets.current_witness()
            if chosen:
                return chosen
        index = self._window.grid.currentIndex()
        if index.isValid() and self._window.alignment_model.comparison is not None:
            return self._window.alignment_model.witness_id(index.column())
        return self._window.outlets.current_witness()

    def add_outlets_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self._window, "Add outlets", str(Path.home()), ARTICLE_FILTER)
        self._window.files.open_paths([Path(n) for n in names], add=True)

    def paste_dialog(self) -> None:
        """A new outlet from the clipboard's text, which the editor can correct before adding.

        The text goes through the same loaders as a file: a whole web page's
        source pasted in is extracted like a saved page, and oversized text is
        refused with the same limit.
        """
        dialog = PasteDialog(QGuiApplication.clipboard().text(), self._window)
        if not dialog.exec() or self._window.document is None:
            return
        name = dialog.name.text().strip()
        try:
            loaded = load_bytes(dialog.text.toPlainText().encode("utf-8", "replace"), "pasted text", ".txt")
        except InputError as error:
            QMessageBox.warning(self._window, "Cannot add the pasted article", f"{name}: {error.reason}.")
            return
        slug = "-".join("".join(ch if ch.isalnum() else " " for ch in name.lower()).split()) or "pasted"
        witness = make_witness(slug, loaded.text, source="pasted text", metadata=loaded.metadata)
        self._window.document.add_witnesses([replace(witness, name=name)])

    def remove_outlet(self) -> None:
        witness = self.selected_witness()
        if self._window.document is None or witness is None:
            return
        name = self._window.document.witness_name(witness)
        answer = QMessageBox.question(self._window, "Remove outlet", f"Remove {name} from the comparison?\n\nIts verdicts and notes stay in the project, and Undo brings it back.")
        if answer == QMessageBox.StandardButton.Yes:
            self._window.document.remove_witness(witness)

    def rename_outlet(self) -> None:
        witness = self.selected_witness()
        if self._window.document is None or witness is None:
            return
        name, ok = QInputDialog.getText(self._window, "Rename outlet", "Outlet name:", text=self._window.document.witness_name(witness))
        if ok:
            self._window.document.rename_witness(witness, name)

    def set_base(self) -> None:
        witness = self.selected_witness()
        if self._window.document is not None and witness is not None:
            self._window.document.set_base(witness)

    def move_dialog(self) -> None:
        index = self._window.grid.currentIndex()
        units = self._window.alignment_model.units(index)
        if self._window.document is None or not units:
            return
        row, ok = QInputDialog.getInt(self._window, "Move sentence", "Move the selected sentence into row:", index.row() + 1, 1, self._window.alignment_model.rowCount())
        if ok:
            self.move_to_row(row - 1)

    def move_to_row(self, position: int) -> None:
        units = self._window.alignment_model.units(self._window.grid.currentIndex())
        target = self._window.alignment_model.row(position).refs()
        if self._window.document is not None and units and target:
            for unit in units:
                self._window.document.move_unit(unit.ref, target[0])

    def split_selected(self) -> None:
        for unit in self._window.alignment_model.units(self._window.grid.currentIndex()):
            if self._window.document is not None:
                self._window.document.move_unit(unit.ref, None)

    def merge_selected(self) -> None:
        rows = sorted({i.row() for i in self._window.grid.selected_cells()})
        if self._window.document is None or len(rows) != 2:
            self._window.statusBar().showMessage("Select cells in exactly two rows to merge them", 5000)
            return
        first, second = (self._window.alignment_model.row(r).refs() for r in rows)
        if first and second:
            self._window.document.merge_rows(first[0], second[0])

    def toggle_boilerplate(self) -> None:
        for unit in self._window.alignment_model.units(self._window.grid.currentIndex()):
            if self._window.document is not None:
                self._window.document.set_boilerplate(unit.ref, not unit.boilerplate)

    def grid_menu(self, position: QPoint) -> None:
        menu = QMenu(self._window)
        fill(menu, (self._window.move_action, self._window.split_action, self._window.merge_action, self._window.boilerplate_action, None, self._window.base_action, self._window.rename_action))
        menu.exec(self._window.grid.viewport().mapToGlobal(position))
