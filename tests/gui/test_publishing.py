"""From the window: verdicts published as ClaimReview, the collation as TEI, and articles opened from their web addresses."""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog, QPushButton

from tests.gui.conftest import LOAD_TIMEOUT_MS, wait_for_comparison
from tests.gui.test_window import judge_spacecraft_row
from tests.webserver import Site
from variantview.core.read.web import Limits
from variantview.core.report.tei import TEI
from variantview.gui.addresses import AddressDialog
from variantview.gui.main_window import MainWindow

PAGE = "https://factdesk.example/checks/putin-kim"


def test_verdicts_are_published_as_claimreview_from_the_export_menu(sample_window: MainWindow, tmp_path: Path, monkeypatch, qtbot) -> None:
    window = sample_window
    judge_spacecraft_row(window)
    window.inspector.row_note.setPlainText("The spinner made “space forces” into “spacecraft”.")
    out = tmp_path / "checks.jsonld"
    asked: list[str] = []

    def fill_in_preferences() -> None:  # the editor names the organisation once, in Preferences
        asked.append("preferences")
        window.preferences.organisation = "Harbour Fact Desk"
        window.preferences.organisation_url = "https://factdesk.example/"

    monkeypatch.setattr(window, "preferences_dialog", fill_in_preferences)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (PAGE, True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    window.actions.exports["claimreview"].trigger()
    assert asked == ["preferences"]
    assert window.document is not None and window.document.review_page == PAGE, "the page address is kept with the project"
    (review,) = json.loads(out.read_text(encoding="utf-8"))["@graph"]
    assert "spacecraft" in review["claimReviewed"] and review["reviewRating"]["alternateName"] == "Garbled"
    assert review["reviewBody"].startswith("The spinner made") and review["url"] == PAGE
    assert review["author"] == {"@type": "Organization", "name": "Harbour Fact Desk", "url": "https://factdesk.example/"}
    assert review["datePublished"][:4].isdigit(), "the time the verdict was set"
    window.actions.exports["claimreview"].trigger()
    assert asked == ["preferences"], "asked once"
    stack = window.document.undo_stack
    assert "Fact-check page address" in [stack.text(i) for i in range(stack.count())], "the page address is an undoable edit like any other"
    window.preferences.organisation = ""


def test_the_collation_is_exported_as_tei(sample_window: MainWindow, tmp_path: Path) -> None:
    assert sample_window.files.export_to(tmp_path / "summit.xml", "tei")
    root = etree.parse(str(tmp_path / "summit.xml")).getroot()
    names = [w.text for w in root.iterfind(f".//{{{TEI}}}witness")]
    assert names == [w.name for w in sample_window.document.comparison.witnesses]
    assert any("spacecraft" in (r.text or "") for r in root.iterfind(f".//{{{TEI}}}app/*")), "the garbled sentence is a reading"


def test_open_address_downloads_the_pages_and_names_those_that_failed(window: MainWindow, site: Site, qtbot, no_modal_dialogs, monkeypatch) -> None:
    good = [site.url("/qatar-tribune.html"), site.url("/daily-tribune.html")]
    QGuiApplication.clipboard().setText("\n".join([*good, site.url("/photo.png"), site.url("/gone.html")]))
    monkeypatch.setattr(AddressDialog, "exec", lambda self: 1)  # the editor accepts the addresses the clipboard offered
    window.actions.open_address.trigger()
    wait_for_comparison(qtbot, window)
    assert [w.source for w in window.document.data.witnesses] == good
    assert [w.metadata["url"] for w in window.document.data.witnesses] == good
    (message,) = no_modal_dialogs
    assert "photo.png: not a web page (the server sent image/png)" in message and "gone.html: the server answered 404" in message
    no_modal_dialogs.clear()
    assert window.downloads.task is None


def test_cancelling_a_download_adds_nothing(sample_window: MainWindow, site: Site, qtbot) -> None:
    window = sample_window
    before = window.document.data.witnesses
    window.downloads.open_addresses([site.url("/slow.html")], add=True, limits=Limits(seconds=1.0))
    progress = window.findChild(QProgressDialog)
    assert progress is not None and progress.isVisible()
    progress.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: window.downloads.task is None, timeout=LOAD_TIMEOUT_MS)
    assert window.document.data.witnesses == before
    assert "cancelled" in window.statusBar().currentMessage()
