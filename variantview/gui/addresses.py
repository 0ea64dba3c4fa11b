"""File ▸ Open Address…: articles from their web addresses, downloaded while a progress dialog offers Cancel.

Editors hold links, not saved pages. The pages are fetched by the core
(``core/read/web.py``: limits on time, size and redirects, only web pages
accepted, nothing but the page itself fetched) on a thread of their own;
the window keeps painting. A page that fails is named with its reason and
the others open. Nothing here runs unless the editor asks: opening files and
projects makes no connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from variantview.core.read.web import Fetched, Limits, addresses_in, fetch_pages, is_address
from variantview.gui.tasks import Cancellable

if TYPE_CHECKING:
    from variantview.gui.document import Document
    from variantview.gui.files import ProjectFiles

LIMITS = Limits()


class AddressesHost(Protocol):
    document: Document | None
    files: ProjectFiles

    def show_status(self, message: str, milliseconds: int) -> None: ...


class AddressDialog(QDialog):
    """One address, or a pasted list of them, one a line."""

    def __init__(self, text: str, can_add: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open web addresses")
        self.resize(640, 320)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Web addresses of the articles, one a line:"))
        self.addresses = QPlainTextEdit()
        self.addresses.setPlaceholderText("https://www.example.com/world/2024/06/19/summit-story")
        self.addresses.setPlainText(text)
        layout.addWidget(self.addresses)
        note = QLabel(
            f"Only these pages are downloaded: nothing they link to, no script, no image. "
            f"Each may take up to {LIMITS.seconds:g} s and {LIMITS.size // (1024 * 1024)} MB."
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.add = QCheckBox("Add to the open comparison")
        self.add.setEnabled(can_add)
        self.add.setChecked(can_add)
        layout.addWidget(self.add)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.addresses.textChanged.connect(self._check)
        self._check()

    def chosen(self) -> list[str]:
        return addresses_in(self.addresses.toPlainText())

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.chosen()))


class PageDownloads:
    def __init__(self, parent: QWidget, host: AddressesHost) -> None:
        self._parent = parent  # dialogs are centred on it
        self._host = host
        self.task: Cancellable | None = None

    def dialog(self) -> None:
        """The clipboard's addresses are offered, as an editor usually has just copied the link."""
        clipboard = QGuiApplication.clipboard().text()
        offered = clipboard if clipboard and all(is_address(a) for a in addresses_in(clipboard)) else ""
        can_add = self._host.document is not None and bool(self._host.document.data.witnesses)
        dialog = AddressDialog(offered, can_add, self._parent)
        if dialog.exec() and dialog.chosen():
            self.open_addresses(dialog.chosen(), add=dialog.add.isChecked())

    def open_addresses(self, addresses: Sequence[str], add: bool = False, limits: Limits = LIMITS) -> None:
        if self.task is not None:
            self._host.show_status("Pages are still downloading; wait for them or cancel first", 5000)
            return
        document = self._host.document
        taken = {w.id for w in document.data.witnesses} if add and document is not None else set()
        wanted = list(addresses)
        self.task = Cancellable(lambda stop, step: fetch_pages(wanted, taken, stop, lambda _address: step(), limits), self._parent)
        progress = QProgressDialog(f"Downloading {len(wanted)} page(s)…", "Cancel", 0, len(wanted), self._parent)
        progress.setWindowTitle("Open web addresses")
        # Not modal: a modal progress dialog runs the event loop inside setValue(), where the
        # download's end could delete the dialog under its own feet. The editor may keep working.
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(0)
        progress.setAutoReset(False)
        progress.canceled.connect(self.cancel)
        self.task.stepped.connect(lambda done: (progress.setLabelText(f"Downloaded {done} of {len(wanted)} page(s)…"), progress.setValue(done)))
        self.task.finished.connect(lambda fetched: self._done(fetched, add, progress))
        self.task.failed.connect(lambda error: self._failed(error, progress))
        self.task.start()
        progress.show()

    def cancel(self) -> None:
        """Stop downloading: pages still arriving are dropped, and nothing is added."""
        if self.task is not None:
            self.task.cancel()

    def _done(self, fetched: Fetched | None, add: bool, progress: QProgressDialog) -> None:
        self._finish(progress)
        if fetched is None:
            self._host.show_status("Download cancelled: no page was added", 5000)
            return
        self._host.files.report_problems(fetched.problems, "pages")
        self._host.files.open_witnesses(fetched.witnesses, add)

    def _failed(self, error: object, progress: QProgressDialog) -> None:
        self._finish(progress)
        QMessageBox.critical(self._parent, "Cannot download the pages", f"The download failed: {error}")

    def _finish(self, progress: QProgressDialog) -> None:
        progress.canceled.disconnect(self.cancel)
        progress.close()
        progress.deleteLater()
        if self.task is not None:
            self.task.deleteLater()
        self.task = None
