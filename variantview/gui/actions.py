"""Every command the window offers, in one object: menus, the toolbar and context menus lay them out.

The window creates them (each bound to what it does); the helpers that
arrange or enable them take this object, not the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QAction


@dataclass
class Actions:
    new: QAction
    open: QAction
    open_address: QAction
    open_library: QAction
    save: QAction
    save_as: QAction
    recover: QAction
    add: QAction
    paste: QAction
    remove: QAction
    rename: QAction
    base: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    next: QAction
    previous: QAction
    find: QAction
    find_next: QAction
    find_previous: QAction
    hide_boilerplate: QAction
    move: QAction
    split: QAction
    merge: QAction
    boilerplate: QAction
    preferences: QAction
    about: QAction
    exports: dict[str, QAction] = field(default_factory=dict)
