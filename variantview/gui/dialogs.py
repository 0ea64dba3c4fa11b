"""Small dialogs: pasting an article as a new outlet."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget


class PasteDialog(QDialog):
    """An outlet from text copied out of a browser or an e-mail: a name and the article."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste an article")
        self.resize(640, 480)
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText("Outlet name, e.g. Daily Tribune")
        self.name.setToolTip("How the outlet is named in the grid and the report")
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the article's text here")
        self.text.setPlainText(text)
        form.addRow("Outlet", self.name)
        form.addRow("Article", self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name.textChanged.connect(self._check)
        self.text.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        ok = bool(self.name.text().strip()) and bool(self.text.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
