"""Render the Lineage view and the library table from the real window and save the README's screenshots.

The Lineage view is shown on the Mexico earthquake event (``bench/corpus/``: reprints, rewrites, a spun copy and
a machine translation of one AP story); the library on projects saved from the sample, an invented fixture and
three real events (``build_library``). Run under Xvfb (``DISPLAY=:95 QT_QPA_PLATFORM=xcb python screenshots/render_lineage.py``) or offscreen.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="variantview-shots-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")

from PySide6.QtCore import QByteArray, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from variantview.core.comparison import Options, compare_witnesses  # noqa: E402
from variantview.core.read.files import read_witnesses  # noqa: E402
from variantview.core.report.html import render_html  # noqa: E402
from variantview.core.review.annotations import Anchor, Annotations, Note, Rating, digest  # noqa: E402
from variantview.core.review.project import Project, ProjectData  # noqa: E402
from variantview.sample import SAMPLE  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render import settle, start_window, wait_compared  # noqa: E402

OUT = Path(__file__).resolve().parent
ROOT = OUT.parent
EVENT = ROOT / "bench" / "corpus" / "mexico-earthquake-2022"


def save_report_graph(report: str, target: Path) -> None:
    """The report's inline SVG lineage graph, drawn by Qt's SVG renderer (a browser draws the same markup)."""
    svg = report[report.index("<svg") : report.index("</svg>") + len("</svg>")].replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(renderer.defaultSize(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    image.save(str(target))


def build_library(folder: Path) -> Path:
    """Projects saved by the project code from the sample, an invented fixture and three real events, with
    a few verdicts and ratings, and one project that cannot be read (a newer format) to show it skipped."""
    folder.mkdir(parents=True)
    events = {
        "putin-kim-summit": SAMPLE,
        "harbour-bridge": ROOT / "tests" / "fixtures" / "harbour-bridge",
        "biden-exits-race": ROOT.parent / "shared" / "corpus" / "real" / "biden-exits-race-2024",
        "trump-rally-shooting": ROOT.parent / "shared" / "corpus" / "real" / "trump-rally-shooting-2024",
        "finland-joins-nato": ROOT / "bench" / "corpus" / "finland-joins-nato-eve-2023",
    }
    for name, source in events.items():
        witnesses = tuple(read_witnesses([source]))
        comparison = compare_witnesses(witnesses, Options())
        notes = {}
        for f in comparison.findings[:6]:
            if f.sentence is not None:
                unit = comparison.unit(f.witness, f.sentence)
                anchor = Anchor(f.kind, f.witness, unit.start, unit.end, digest(unit.text))
                notes[anchor] = Note(anchor, "Confirmed" if f.kind != "typo" else "Disputed")
        ratings = {w.id: Rating(w.id, "Unreliable" if "pledgetimes" in w.id and name.startswith("trump") else "Mixed") for w in witnesses if "pledgetimes" in w.id}
        Project.create(folder / f"{name}.vvproj", ProjectData(witnesses=witnesses, settings={"threshold": 0.3}, annotations=Annotations(notes, ratings))).close()
    newer = folder / "from-a-newer-version.vvproj"
    shutil.copy(folder / "harbour-bridge.vvproj", newer)
    with contextlib.closing(sqlite3.connect(newer)) as db, db:
        db.execute("UPDATE schema_version SET version = 99")
    return folder


def main() -> int:
    app, window = start_window()
    window.files.open_paths([EVENT])
    wait_compared(app, window)
    window.lineage.raise_()
    window.resizeDocks([window.lineage], [480], Qt.Orientation.Vertical)
    settle(app)
    derived = next(d for d in window.document.comparison.lineage if d.source and d.rows)
    window.navigator.select_rows(derived.rows)
    settle(app)
    window.grab().save(str(OUT / "lineage-window.png"))
    window.lineage.grab().save(str(OUT / "lineage-view.png"))
    save_report_graph(render_html(window.document.comparison), OUT / "report-lineage.png")
    library = window.libraries.open(build_library(Path(_HOME) / "library"))
    while library.library is None:
        app.processEvents()
    library.resize(1560, 600)
    library.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    settle(app)
    library.grab().save(str(OUT / "library-table.png"))
    pledgetimes = next(r for r in range(library.proxy.rowCount()) if library.proxy.index(r, 0).data() == "Pledgetimes")
    library.table.doubleClicked.emit(library.proxy.index(pledgetimes, 0))
    settle(app)
    library.findings_dialog.grab().save(str(OUT / "library-findings.png"))
    library.close()
    window.document.close(discard=True)
    window.document = None
    window.close()
    print("wrote lineage-window.png, lineage-view.png, report-lineage.png, library-table.png, library-findings.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
