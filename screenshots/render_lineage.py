"""Render the Lineage view and the library table from the real window and save the README's screenshots.

The Lineage view is shown on the Mexico earthquake event (``bench/corpus/``: reprints, rewrites, a spun copy and
a machine translation of one AP story); the library on projects saved from the sample, the invented fixtures and
that event. Run under Xvfb (``DISPLAY=:95 QT_QPA_PLATFORM=xcb python screenshots/render_lineage.py``) or offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="variantview-shots-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from variantview.gui.main_window import MainWindow  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render import settle  # noqa: E402

OUT = Path(__file__).resolve().parent
ROOT = OUT.parent
EVENT = ROOT / "bench" / "corpus" / "mexico-earthquake-2022"


def wait_compared(app: QApplication, window: MainWindow) -> None:
    while window.document is None or window.document.comparison is None or window.document.busy:
        app.processEvents()
    settle(app)


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("VariantView-screenshots")
    app.setApplicationName("VariantView-screenshots")
    window = MainWindow()
    window.resize(1600, 1000)
    window.show()
    window.files.open_paths([EVENT])
    wait_compared(app, window)
    window.lineage.raise_()
    window.resizeDocks([window.lineage], [480], Qt.Orientation.Vertical)
    settle(app)
    derived = next(d for d in window.document.comparison.lineage if d.source and d.rows)
    window.select_rows(derived.rows)
    settle(app)
    window.grab().save(str(OUT / "lineage-window.png"))
    window.lineage.grab().save(str(OUT / "lineage-view.png"))
    window.document.close(discard=True)
    window.document = None
    window.close()
    print("wrote lineage-window.png, lineage-view.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
