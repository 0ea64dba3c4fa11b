"""The real main window, offscreen, with settings and autosaves in a throwaway home."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="variantview-gui-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from variantview.gui.main_window import MainWindow

LOAD_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A modal message box offscreen waits for a click that never comes: the suite would hang.

    Unexpected warnings and errors fail the test instead (tests that expect
    one patch it themselves); the close-time question is answered Discard.
    """
    shown: list[str] = []

    def record(kind: str, answer: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object) -> QMessageBox.StandardButton:
            shown.append(f"{kind} {title!r}: {text}")
            return answer

        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)
    yield shown
    assert not shown, f"unexpected dialog: {shown}"


@pytest.fixture(autouse=True)
def nothing_left_running(qapp: QApplication) -> Iterator[None]:
    """A test that leaves a worker thread or a timer running fails: a closed window must not keep working."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(t.is_alive() for t in set(threading.enumerate()) - before):
        time.sleep(0.05)
    left = [t.name for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not left, f"threads still running after the test: {left}"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    timers = [f"{type(w).__name__}/{t.objectName() or 'timer'}" for w in QApplication.allWidgets() for t in w.findChildren(QTimer) if t.isActive()]
    assert not timers, f"timers still running after the test: {timers}"


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["variantview-tests"]


@pytest.fixture
def window(qapp: QApplication, qtbot) -> Iterator[MainWindow]:
    qapp.setOrganizationName("VariantView-tests")
    qapp.setApplicationName("VariantView-tests")
    win = MainWindow()
    win.resize(1400, 900)
    win.show()
    yield win
    if win.document is not None:  # an editor would be asked whether to keep the work; a test throws it away
        win.document.close(discard=True)
        win.document = None
    win.close()
    win.deleteLater()


def wait_for_comparison(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.document is not None and window.document.comparison is not None and not window.document.busy, timeout=LOAD_TIMEOUT_MS)


@pytest.fixture
def sample_window(window: MainWindow, qtbot) -> MainWindow:
    window.files.open_sample()
    wait_for_comparison(qtbot, window)
    return window
