"""Undoable edits. Every edit replaces the project's data with a new frozen value, so one command class serves all.

Undo restores the previous value and redo the next; the document persists
the difference each time, so what is on disk always matches what the editor
sees, including after an undo.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from variantview.core.review.project import ProjectData

if TYPE_CHECKING:
    from variantview.gui.document import Document

_MERGEABLE = 1


class ChangeCommand(QUndoCommand):
    """One edit. Edits with the same ``merge_key`` in a row (typing a note) merge into one undo step."""

    def __init__(self, document: Document, text: str, before: ProjectData, after: ProjectData, merge_key: str | None = None) -> None:
        super().__init__(text)
        self._document = document
        self._before = before
        self._after = after
        self._merge_key = merge_key

    def redo(self) -> None:
        self._document.adopt(self._after)

    def undo(self) -> None:
        self._document.adopt(self._before)

    def id(self) -> int:
        return _MERGEABLE if self._merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other._merge_key != self._merge_key:
            return False
        self._after = other._after
        return True
