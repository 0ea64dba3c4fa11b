"""``variantview [FILE... | PROJECT.vvproj]``: the desktop application.

With no arguments it opens the bundled sample, so a new editor sees a real
comparison at once.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from variantview import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from variantview.gui.main_window import MainWindow


def main(argv: Sequence[str] = ()) -> int:
    if sys.platform.startswith("linux") and not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        print("variantview: no screen to open a window on (no DISPLAY); run it in a desktop session or under xvfb-run", file=sys.stderr)
        return 2
    app, _window = launch(argv)
    return app.exec()


def launch(argv: Sequence[str] = ()) -> tuple[QApplication, MainWindow]:
    """The application and its window, opening ``argv`` (or the sample); bench/gui_startup.py times exactly this."""
    from PySide6.QtWidgets import QApplication

    from variantview.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setOrganizationName("VariantView")
    app.setApplicationName("VariantView")
    app.setApplicationVersion(__version__)
    window = MainWindow()
    window.show()
    paths = [Path(a) for a in argv]
    if paths:
        window.files.open_paths(paths)
    else:
        window.files.open_sample()
    return app, window
