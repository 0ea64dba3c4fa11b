"""Render the real main window offscreen on the bundled sample and save the README's screenshots.

Run: python screenshots/render.py   (writes PNGs beside this script)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="variantview-shots-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

from variantview.core.report.html import for_print  # noqa: E402
from variantview.gui.main_window import MainWindow  # noqa: E402

OUT = Path(__file__).resolve().parent


def settle(app: QApplication, seconds: float = 0.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()


def start_window() -> tuple[QApplication, MainWindow]:
    """The application and its main window at screenshot size, with throwaway settings."""
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("VariantView-screenshots")
    app.setApplicationName("VariantView-screenshots")
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    return app, window


def wait_compared(app: QApplication, window: MainWindow) -> None:
    while window.document is None or window.document.comparison is None or window.document.busy:
        app.processEvents()
    settle(app)


def main() -> int:
    app, window = start_window()
    window.files.open_sample()
    wait_compared(app, window)

    model = window.alignment_model
    row, column = next(
        (r, c) for r in range(model.rowCount()) for c in range(model.columnCount()) if "spacecraft" in str(model.index(r, c).data() or "")
    )
    window.grid.go_to(row, column)
    window.inspector.row_verdict.setCurrentText("Garbled")
    window.inspector.row_note.setPlainText("Spun copy: “satellites” became “spacecraft” inside a direct quotation.")
    window.inspector.flush()
    window.inspector.outlet_rating.setCurrentText("Unreliable")
    finding_list = window.inspector.finding_list
    garble = next(i for i in range(finding_list.topLevelItemCount()) if "spacecraft" in finding_list.topLevelItem(i).text(2))
    window.inspector.finding_list.setCurrentItem(window.inspector.finding_list.topLevelItem(garble))
    window.inspector.finding_verdict.setCurrentText("Garbled")
    settle(app)
    window.grab().save(str(OUT / "main-window.png"))
    window.inspector.grab().save(str(OUT / "inspector-garble.png"))

    window.findings.set_kind("garble")
    settle(app)
    window.findings.grab().save(str(OUT / "findings-garbles.png"))

    report = Path(_HOME) / "report.html"
    window.files.export_to(report, "html")
    browser = QTextBrowser()
    browser.resize(1400, 1000)
    browser.setHtml(for_print(report.read_text(encoding="utf-8")))  # as Qt lays it out for the PDF
    browser.show()
    settle(app)
    browser.grab().save(str(OUT / "report.png"))

    window.document.close(discard=True)
    window.document = None
    window.close()
    print("wrote", ", ".join(sorted(p.name for p in OUT.glob("*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
