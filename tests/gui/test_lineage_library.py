"""The Lineage view and the library window, driven through the real window offscreen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.core.test_record import STORIES, _save
from tests.gui.conftest import wait_for_comparison
from variantview.gui.docks.lineage import Arrow
from variantview.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HARBOUR = ROOT / "tests" / "fixtures" / "harbour-bridge"


def test_clicking_an_arrow_selects_the_rows_with_the_copied_text(window: MainWindow, qtbot) -> None:
    window.files.open_paths([HARBOUR])
    wait_for_comparison(qtbot, window)
    window.lineage.raise_()
    view = window.lineage.view
    arrows = [item for item in view.scene().items() if isinstance(item, Arrow)]
    reprint = next(d for d in window.document.comparison.lineage if d.outlet == "coastal-reprint")
    assert len(arrows) == sum(1 for d in window.document.comparison.lineage if d.source or d.common_with)
    arrow = next(a for a in arrows if a.rows == reprint.rows)
    qtbot.waitUntil(lambda: view.isVisible())
    middle = arrow.path().pointAtPercent(0.4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(middle))
    model = window.alignment_model
    selected = {model.row(i.row()).id for i in window.grid.selectionModel().selectedRows()}
    assert selected == set(reprint.rows)


def test_the_library_table_sorts_merges_and_opens_a_project_at_a_finding(window: MainWindow, qtbot, qtmodeltester, tmp_path: Path) -> None:
    _save(tmp_path, "wire", STORIES["wire"], rating="Mixed", rename={"pledgetimes": "Pledge Times Online"})
    _save(tmp_path, "rewrites", STORIES["rewrites"], rating="Unreliable")
    library = window.libraries.open(tmp_path)
    qtbot.waitUntil(lambda: library.library is not None and not library.busy, timeout=60_000)
    qtmodeltester.check(library.model)
    proxy = library.proxy
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert "Pledgetimes" in names and "Pledge Times Online" in names

    library.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # stories
    stories = [proxy.index(r, 2).data(library.table.model().sortRole()) for r in range(proxy.rowCount())]
    assert stories == sorted(stories, reverse=True)

    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() in ("Pledgetimes", "Pledge Times Online")]
    for r in rows:
        library.table.selectionModel().select(proxy.index(r, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert library.merge_button.isEnabled()
    library.merge_button.click()
    merged = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() in ("Pledgetimes", "Pledge Times Online"))
    assert proxy.index(merged, 2).data() == "2" and proxy.rowCount() == len(names) - 1
    library.undo_stack.undo()
    assert proxy.rowCount() == len(names)
    library.undo_stack.redo()

    merged = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() in ("Pledgetimes", "Pledge Times Online"))
    library.table.doubleClicked.emit(proxy.index(merged, 0))
    dialog = library.findings_dialog
    story = dialog.tree.topLevelItem(0)
    finding = next(story.child(i) for i in range(story.childCount()) if story.child(i).data(0, Qt.ItemDataRole.UserRole)[1] is not None)
    path, ref = finding.data(0, Qt.ItemDataRole.UserRole)
    dialog.tree.itemDoubleClicked.emit(finding, 0)
    wait_for_comparison(qtbot, window)
    assert window.document.path == path
    qtbot.waitUntil(lambda: ref in window.alignment_model.row(window.grid.currentIndex().row()).refs())
    dialog.close()
    library.export_to(tmp_path / "outlets.csv")
    library.export_to(tmp_path / "outlets.html")
    assert "Pledge" in (tmp_path / "outlets.csv").read_text(encoding="utf-8")
    assert "<table>" in (tmp_path / "outlets.html").read_text(encoding="utf-8")
    library.close()
    library.undo_stack.clear()
    library.set_merges(())  # the merge is kept with QSettings: leave none behind for other tests


def test_closing_the_window_ends_an_open_librarys_reading(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """The library is left open: closing the main window must close it and end its worker (the fixture checks threads)."""
    _save(tmp_path, "harbour", [HARBOUR])
    library = window.libraries.open(tmp_path)
    qtbot.waitUntil(lambda: library.library is not None and not library.busy, timeout=60_000)
    assert library.proxy.rowCount() == 4
    window.close()
    assert window.libraries.windows == [] or not library.isVisible()
