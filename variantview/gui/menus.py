"""The menu bar and the toolbar: where the window's actions are offered, in what order.

Kept apart from the window so that the window reads as what it does, and
this as how it is laid out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QLineEdit, QMenu, QToolBar

if TYPE_CHECKING:
    from variantview.gui.main_window import MainWindow


def build_menus(window: MainWindow) -> QMenu:
    """Fill the window's menu bar; returns the Open Recent menu, which is filled when shown."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    fill(file_menu, (window.new_action, window.open_action))
    recent = file_menu.addMenu("Open &Recent")
    fill(file_menu, (window.recover_action, None, window.save_action, window.save_as_action, None))
    fill(file_menu.addMenu("&Export"), tuple(window.exports.values()))
    fill(file_menu, (None, window.quit_action))
    edit = (window.undo_action, window.redo_action, None, window.find_action, window.find_next_action, window.find_previous_action, None, window.preferences_action)
    fill(bar.addMenu("&Edit"), edit)
    fill(bar.addMenu("&Outlets"), (window.add_action, window.paste_action, window.rename_action, window.remove_action, window.base_action))
    alignment = (window.next_action, window.previous_action, None, window.move_action, window.split_action, window.merge_action, window.boilerplate_action)
    fill(bar.addMenu("&Alignment"), alignment)
    docks = tuple(dock.toggleViewAction() for dock in (window.outlets, window.inspector, window.findings))
    fill(bar.addMenu("&View"), (window.hide_boilerplate_action, None, *docks))
    fill(bar.addMenu("&Help"), (window.about_action,))
    return recent


def build_toolbar(window: MainWindow) -> tuple[QToolBar, QDoubleSpinBox, QLineEdit]:
    """The main toolbar, with the threshold box and the search field it holds."""
    tools = QToolBar("Main")
    tools.setObjectName("main-toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    fill(tools, (window.open_action, window.save_action, window.add_action, window.paste_action, None, window.undo_action, window.redo_action, None))
    fill(tools, (window.exports["html"], None))
    tools.addWidget(QLabel(" Threshold "))
    threshold = QDoubleSpinBox()
    threshold.setRange(0.10, 0.90)
    threshold.setSingleStep(0.05)
    threshold.setDecimals(2)
    threshold.setKeyboardTracking(False)
    threshold.setToolTip("Similarity two sentences need to share a row; changing it re-aligns in the background (undoable)")
    tools.addWidget(threshold)
    fill(tools, (None, window.previous_action, window.next_action, window.hide_boilerplate_action, None))
    search = QLineEdit()
    search.setPlaceholderText("Search all outlets (Ctrl+F)")
    search.setClearButtonEnabled(True)
    search.setToolTip("Type words and press Enter for the next sentence that contains them (F3 / Shift+F3)")
    search.setMaximumWidth(280)
    tools.addWidget(search)
    return tools, threshold, search


def fill(target: QMenu | QToolBar, actions: Sequence[QAction | None]) -> None:
    """Add actions in order; None stands for a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)
