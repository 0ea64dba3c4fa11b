"""Bad and foreign input in the window: every bad file named with its reason, the rest opened, nothing fetched."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from tests.conftest import HARBOUR, ROOT
from tests.gui.conftest import wait_for_comparison
from tests.gui.test_window import judge_spacecraft_row
from tests.netprobe import page_loading_everything_from
from variantview.core.read.witness import make_witness
from variantview.core.review.project import Project, ProjectData
from variantview.gui.dialogs import PasteDialog
from variantview.gui.main_window import MainWindow
from variantview.gui.models.outlets_model import COLUMNS

FORMATS = ROOT / "tests" / "fixtures" / "formats"


def test_bad_files_are_named_and_the_good_ones_open(window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    paths = [HARBOUR / "wire-original.txt", tmp_path / "empty.txt", FORMATS / "scanned-notice.pdf", tmp_path / "photo.txt", FORMATS / "lakeside-gazette.html", FORMATS / "ferry-weekly.docx"]
    window.files.open_paths(paths)
    wait_for_comparison(qtbot, window)
    [message] = shown
    for name, reason in (("empty.txt", "empty"), ("scanned-notice.pdf", "no text layer"), ("photo.txt", "PNG image")):
        assert any(name in line and reason in line for line in message.splitlines()), (name, message)
    assert {w.id for w in window.document.comparison.witnesses} == {"wire-original", "lakeside-gazette", "ferry-weekly"}
    column = [window.outlets_model.index(r, COLUMNS.index("Source")).data() for r in range(window.outlets_model.rowCount())]
    assert any("published 2025-03-04" in c and "lakeside-gazette.example" in c for c in column)


def test_identical_outlets_get_a_warning_that_does_not_block(window: MainWindow, qtbot, tmp_path: Path) -> None:
    wire = (HARBOUR / "wire-original.txt").read_bytes()
    (tmp_path / "a.txt").write_bytes(wire)
    (tmp_path / "b.txt").write_bytes(wire)
    window.files.open_paths([tmp_path / "a.txt", tmp_path / "b.txt", HARBOUR / "spun-portal.txt"])
    wait_for_comparison(qtbot, window)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "same text" in boxes[0].text() and "a.txt" in boxes[0].text() and "b.txt" in boxes[0].text()
    boxes[0].accept()


def test_showing_a_saved_page_fetches_nothing(window: MainWindow, qtbot, tmp_path: Path, listener: tuple[int, list[bytes]]) -> None:
    port, hits = listener
    page = tmp_path / "gazette.html"
    page.write_text(page_loading_everything_from(port), encoding="utf-8")
    window.files.open_paths([HARBOUR / "wire-original.txt", page])
    wait_for_comparison(qtbot, window)
    column = [w.id for w in window.document.comparison.witnesses].index("gazette")
    for row in range(window.alignment_model.rowCount()):
        window.grid.go_to(row, column)
    window.grab()
    window.inspector.grab()
    threading.Event().wait(0.5)
    assert hits == []


def test_a_project_changed_on_disk_keeps_the_edit_for_save_as(sample_window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = sample_window
    mine, theirs, rescue = tmp_path / "mine.vvproj", tmp_path / "theirs.vvproj", tmp_path / "rescue.vvproj"
    assert window.files.save_to(mine)
    Project.create(theirs, ProjectData(witnesses=(make_witness("x", "Another program's project."),))).close()
    os.replace(theirs, mine)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    judge_spacecraft_row(window)
    assert shown and "changed on disk" in shown[0] and "Save As" in shown[0]
    assert [w.id for w in Project.open(mine).load().witnesses] == ["x"]  # their file, untouched
    assert window.files.save_to(rescue)
    window.close()
    data = Project.open(rescue).load()
    assert any(n.verdict == "Garbled" for n in data.annotations.notes.values())
    assert "Unreliable" in {r.rating for r in data.annotations.ratings.values()}


def test_pasting_a_page_from_the_clipboard_adds_its_article(sample_window: MainWindow, qtbot) -> None:
    window = sample_window
    QGuiApplication.clipboard().setText((FORMATS / "lakeside-gazette.html").read_text(encoding="utf-8"))
    enabled: list[bool] = []

    def fill() -> None:
        """Runs inside the dialog's own event loop; it must always end the dialog, or exec() never returns."""
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, PasteDialog) and w.isVisible()), None)
        if dialog is None:  # the timer can fire before the dialog is shown (reading the clipboard runs events)
            QTimer.singleShot(20, fill)
            return
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            enabled.append(ok.isEnabled())  # no outlet name yet
            qtbot.keyClicks(dialog.name, "Lakeside Gazette (pasted)")
            enabled.append(ok.isEnabled())
        finally:
            if ok.isEnabled():
                ok.click()
            else:
                dialog.reject()

    QTimer.singleShot(0, fill)
    window.edits.paste_dialog()
    assert enabled == [False, True]
    qtbot.waitUntil(lambda: any(w.name == "Lakeside Gazette (pasted)" for w in window.document.data.witnesses), timeout=5000)
    wait_for_comparison(qtbot, window)
    pasted = next(w for w in window.document.comparison.witnesses if w.name == "Lakeside Gazette (pasted)")
    assert pasted.id == "lakeside-gazette-pasted" and pasted.source == "pasted text"
    assert pasted.text.startswith("Storm closes Kelvar harbour bridge") and "cookies" not in pasted.text
