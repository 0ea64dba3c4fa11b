"""The menu bar and the toolbar: where the window's actions are offered, in what order.

Kept apart from the window so that the window reads as what it does, and
this as how it is laid out.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QDoubleSpinBox, QLabel, QLineEdit, QMenu, QMenuBar, QToolBar

from variantview.gui.actions import Actions


def build_menus(bar: QMenuBar, actions: Actions, docks: Sequence[QDockWidget]) -> QMenu:
    """Fill the menu bar; returns the Open Recent menu, which is filled when shown."""
    file_menu = bar.addMenu("&File")
    fill(file_menu, (actions.new, actions.open, actions.open_address, actions.open_library))
    recent = file_menu.addMenu("Open &Recent")
    fill(file_menu, (actions.recover, None, actions.save, actions.save_as, None))
    fill(file_menu.addMenu("&Export"), tuple(actions.exports.values()))
    fill(file_menu, (None, actions.quit))
    edit = (actions.undo, actions.redo, None, actions.find, actions.find_next, actions.find_previous, None, actions.preferences)
    fill(bar.addMenu("&Edit"), edit)
    fill(bar.addMenu("&Outlets"), (actions.add, actions.paste, actions.rename, actions.remove, actions.base))
    alignment = (actions.next, actions.previous, None, actions.move, actions.split, actions.merge, actions.boilerplate)
    fill(bar.addMenu("&Alignment"), alignment)
    fill(bar.addMenu("&View"), (actions.hide_boilerplate, None, *(dock.toggleViewAction() for dock in docks)))
    fill(bar.addMenu("&Help"), (actions.about,))
    return recent


def build_toolbar(actions: Actions) -> tuple[QToolBar, QDoubleSpinBox, QLineEdit]:
    """The main toolbar, with the threshold box and the search field it holds."""
    tools = QToolBar("Main")
    tools.setObjectName("main-toolbar")
    tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    fill(tools, (actions.open, actions.save, actions.add, actions.paste, None, actions.undo, actions.redo, None))
    fill(tools, (actions.exports["html"], None))
    tools.addWidget(QLabel(" Threshold "))
    threshold = QDoubleSpinBox()
    threshold.setRange(0.10, 0.90)
    threshold.setSingleStep(0.05)
    threshold.setDecimals(2)
    threshold.setKeyboardTracking(False)
    threshold.setToolTip("Similarity two sentences need to share a row; changing it re-aligns in the background (undoable)")
    tools.addWidget(threshold)
    fill(tools, (None, actions.previous, actions.next, actions.hide_boilerplate, None))
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
