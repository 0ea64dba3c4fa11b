"""The library windows the main window opens, and the way back from one of them to a project's row."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from variantview.gui.document import Document
from variantview.gui.files import ProjectFiles
from variantview.gui.library import LibraryWindow
from variantview.gui.navigation import Navigator


class LibrariesHost(Protocol):
    """What the library windows need of the main window, and no more."""

    document: Document | None
    files: ProjectFiles
    navigator: Navigator

    def raise_(self) -> None: ...

    def activateWindow(self) -> None: ...


class LibraryWindows:
    """File ▸ Open Library…: each library in a window of its own, closed with the main window."""

    def __init__(self, host: LibrariesHost, parent: QWidget) -> None:
        self._host = host
        self._parent = parent
        self.windows: list[LibraryWindow] = []

    def dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._parent, "Open a library: a folder of projects", str(Path.home()))
        if folder:
            self.open(Path(folder))

    def open(self, folder: Path) -> LibraryWindow:
        """A library window on ``folder``; the project open here is read from its document (the window locks its file)."""
        document = self._host.document
        open_here = {document.path: document.data} if document is not None and not document.untitled else {}
        library = LibraryWindow(folder, self._parent, open_here)
        library.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        library.openRequested.connect(self.open_at)
        library.destroyed.connect(lambda *_: self.windows.remove(library))
        library.show()
        self.windows.append(library)
        return library

    def open_at(self, path: Path, ref: tuple[str, int] | None) -> None:
        """Open a project (from a library) and show the row holding the sentence ``ref`` once it is compared."""
        host = self._host
        if (host.document is None or host.document.path != path) and not host.files.open_project(path):
            return
        document = host.document
        assert document is not None

        def arrive() -> None:
            document.comparisonChanged.disconnect(arrive)
            if ref is not None:
                host.navigator.go_to_sentence(ref)

        if document.comparison is None or document.busy:
            document.comparisonChanged.connect(arrive)
        elif ref is not None:
            host.navigator.go_to_sentence(ref)
        host.raise_()
        host.activateWindow()

    def close_all(self) -> None:
        for library in list(self.windows):
            library.close()
