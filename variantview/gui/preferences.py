"""The editor's preferences, kept with QSettings, and the dialog that changes them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from variantview.core.align.inputs import DEFAULT_THRESHOLD

_RECENT_LIMIT = 10


class _Setting:
    """One typed preference: read back through ``kind`` (QSettings returns strings from INI files), stored as that type."""

    def __init__(self, key: str, default: object, kind: Callable[[Any], Any]) -> None:
        self._key, self._default, self._kind = key, default, kind

    def __get__(self, preferences: Preferences, _owner: type | None = None) -> Any:
        return self._kind(preferences._settings.value(self._key, self._default))

    def __set__(self, preferences: Preferences, value: Any) -> None:
        preferences._settings.setValue(self._key, self._kind(value))


def _bool(value: object) -> bool:
    """QSettings hands back "true"/"false" strings from INI files."""
    return value in (True, "true", "1", 1)


class Preferences:
    """Typed access to QSettings, so a misspelt key cannot silently become a new preference."""

    font_size = _Setting("grid/font_size", 10, int)
    hide_boilerplate = _Setting("grid/hide_boilerplate", True, _bool)
    default_threshold = _Setting("compare/threshold", DEFAULT_THRESHOLD, float)
    organisation = _Setting("review/organisation", "", str)
    organisation_url = _Setting("review/organisation_url", "", str)

    def __init__(self) -> None:
        self._settings = QSettings()

    @property
    def recent(self) -> list[Path]:
        value = self._settings.value("files/recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [Path(p) for p in paths if p]

    def remember(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent if p != path]
        self._settings.setValue("files/recent", paths[:_RECENT_LIMIT])

    def forget(self, path: Path) -> None:
        self._settings.setValue("files/recent", [str(p) for p in self.recent if p != path])

    def save_window(self, geometry: bytes, state: bytes) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    def window(self) -> tuple[bytes | None, bytes | None]:
        return self._settings.value("window/geometry"), self._settings.value("window/state")


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._preferences = preferences
        form = QFormLayout(self)
        self.font_size = QSpinBox()
        self.font_size.setRange(7, 24)
        self.font_size.setValue(preferences.font_size)
        self.font_size.setToolTip("Text size in the alignment grid")
        self.hide_boilerplate = QCheckBox("Hide boilerplate rows in the grid")
        self.hide_boilerplate.setChecked(preferences.hide_boilerplate)
        self.hide_boilerplate.setToolTip("Site chrome, adverts and bylines stay in the project; this only hides their rows")
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.1, 0.9)
        self.threshold.setSingleStep(0.05)
        self.threshold.setValue(preferences.default_threshold)
        self.threshold.setToolTip("Similarity needed to share a row, for new comparisons")
        form.addRow("Grid font size", self.font_size)
        form.addRow("", self.hide_boilerplate)
        form.addRow("Default similarity threshold", self.threshold)
        self.organisation = QLineEdit(preferences.organisation)
        self.organisation.setPlaceholderText("e.g. Harbour Fact Desk")
        self.organisation.setToolTip("Named as the author of the fact checks exported as ClaimReview")
        self.organisation_url = QLineEdit(preferences.organisation_url)
        self.organisation_url.setPlaceholderText("https://…")
        self.organisation_url.setToolTip("The organisation's web address, given with its name in ClaimReview")
        form.addRow("Reviewing organisation", self.organisation)
        form.addRow("Organisation's address", self.organisation_url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self._preferences.font_size = self.font_size.value()
        self._preferences.hide_boilerplate = self.hide_boilerplate.isChecked()
        self._preferences.default_threshold = self.threshold.value()
        self._preferences.organisation = self.organisation.text().strip()
        self._preferences.organisation_url = self.organisation_url.text().strip()
        super().accept()
