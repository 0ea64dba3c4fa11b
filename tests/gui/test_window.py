"""The main window driven as an editor would: review, judge, undo, save, reopen, export."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.conftest import HARBOUR
from tests.gui.conftest import wait_for_comparison
from variantview.core.review.anchoring import finding_judgement, row_note
from variantview.core.review.annotations import ROW
from variantview.gui.main_window import MainWindow
from variantview.gui.models.findings_model import COLUMNS, FINDING_ROLE


def cell_with(window: MainWindow, phrase: str) -> tuple[int, int]:
    model = window.alignment_model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            if phrase in str(model.index(row, column).data() or ""):
                return row, column
    raise AssertionError(f"no cell holds {phrase!r}")


def judge_spacecraft_row(window: MainWindow) -> None:
    row, column = cell_with(window, "spacecraft")
    window.grid.go_to(row, column)
    assert "spacecraft" in window.inspector.sentences.toPlainText()
    window.inspector.row_verdict.setCurrentText("Garbled")
    window.inspector.outlet_rating.setCurrentText("Unreliable")


def test_verdict_and_rating_survive_undo_save_and_reopen(sample_window: MainWindow, qtbot, tmp_path: Path) -> None:
    window = sample_window
    judge_spacecraft_row(window)
    document = window.document
    assert document is not None and document.comparison is not None
    spun = window.alignment_model.witness_id(cell_with(window, "spacecraft")[1])
    row = window.alignment_model.row(cell_with(window, "spacecraft")[0])
    assert row_note(document.comparison, document.annotations, row).verdict == "Garbled"
    assert document.annotations.rating(spun).rating == "Unreliable"

    window.actions.undo.trigger()
    assert document.annotations.rating(spun).rating == "Unrated"
    window.actions.undo.trigger()
    assert row_note(document.comparison, document.annotations, row).verdict == ""
    assert window.inspector.row_verdict.currentText() == "— no verdict —"
    window.actions.redo.trigger()
    window.actions.redo.trigger()
    assert document.annotations.rating(spun).rating == "Unreliable"
    assert window.inspector.row_verdict.currentText() == "Garbled"

    target = tmp_path / "putin-kim.vvproj"
    assert window.files.save_to(target)
    window.close()
    assert target.exists()

    reopened = MainWindow()
    qtbot.addWidget(reopened)
    reopened.show()
    assert reopened.files.open_project(target)
    wait_for_comparison(qtbot, reopened)
    again = reopened.document
    assert again is not None and again.comparison is not None
    assert again.annotations.rating(spun).rating == "Unreliable"
    row_position, column = cell_with(reopened, "spacecraft")
    reopened.grid.go_to(row_position, column)
    assert reopened.inspector.row_verdict.currentText() == "Garbled"
    assert reopened.inspector.outlet_rating.currentText() == "Unreliable"
    reopened.close()


def test_a_row_note_still_being_typed_survives_another_judgement_in_the_row(sample_window: MainWindow) -> None:
    """The editor types a note on the row and, before the typing pause, judges one of its findings (a shortcut
    or a script leaves the focus in the note): the judgement refreshes the inspector, which must not refill
    the note field over the words not yet committed."""
    window = sample_window
    judge_spacecraft_row(window)
    document = window.document
    assert document is not None and document.comparison is not None
    row = window.alignment_model.row(cell_with(window, "spacecraft")[0])
    window.inspector.row_note.setPlainText("Spun copy: satellites became spacecraft inside a quotation.")
    window.inspector.finding_list.setCurrentItem(window.inspector.finding_list.topLevelItem(0))
    window.inspector.finding_verdict.setCurrentText("Garbled")
    window.inspector.flush()
    assert row_note(document.comparison, document.annotations, row).text == "Spun copy: satellites became spacecraft inside a quotation."
    assert window.inspector.row_note.toPlainText() == "Spun copy: satellites became spacecraft inside a quotation."


def test_a_finding_note_still_being_typed_stays_with_its_finding_when_the_next_is_selected(sample_window: MainWindow) -> None:
    window = sample_window
    window.grid.go_to(*cell_with(window, "spacecraft"))
    document = window.document
    assert document is not None and document.comparison is not None
    inspector = window.inspector
    inspector.finding_list.setCurrentItem(inspector.finding_list.topLevelItem(0))
    first = inspector.selected_finding()
    inspector.finding_note.setPlainText("The spinner's word for the quotation's.")
    inspector.finding_list.setCurrentItem(inspector.finding_list.topLevelItem(1))  # F7 within the row: the focus stays
    inspector.flush()
    second = inspector.selected_finding()
    assert first is not None and second is not None and first != second
    assert finding_judgement(document.comparison, document.annotations, first).text == "The spinner's word for the quotation's."
    assert finding_judgement(document.comparison, document.annotations, second).text == ""
    assert inspector.finding_note.toPlainText() == ""


def test_f7_walks_the_findings_in_grid_order(sample_window: MainWindow, qtbot) -> None:
    window = sample_window
    window.grid.setFocus()
    visited = []
    for _ in range(3):
        qtbot.keyClick(window.grid, Qt.Key.Key_F7)
        index = window.grid.currentIndex()
        visited.append((index.row(), index.column()))
        witness = window.alignment_model.witness_id(index.column())
        row_id = window.alignment_model.row(index.row()).id
        assert any(f.row == row_id and f.witness == witness and f.kind != "paraphrase" for f in window.document.comparison.findings)
    assert visited == sorted(visited) and len(set(visited)) == 3
    qtbot.keyClick(window.grid, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    index = window.grid.currentIndex()
    assert (index.row(), index.column()) == visited[1]


def test_findings_filtered_to_garbles_show_only_garbles(sample_window: MainWindow) -> None:
    dock = sample_window.findings
    dock.set_kind("garble")
    assert dock.proxy.rowCount() > 0
    assert dock.visible_kinds() == {"garble"}
    dock.set_kind(None)
    assert len(dock.visible_kinds()) > 1


def test_activating_a_finding_selects_its_cell(sample_window: MainWindow) -> None:
    dock = sample_window.findings
    dock.set_kind("garble")
    dock.table.doubleClicked.emit(dock.proxy.index(0, 0))
    finding = dock.proxy.index(0, 0).data(FINDING_ROLE)
    index = sample_window.grid.currentIndex()
    assert sample_window.alignment_model.row(index.row()).id == finding.row
    assert sample_window.alignment_model.witness_id(index.column()) == finding.witness
    assert sample_window.inspector.selected_finding() == finding


def test_typing_in_the_findings_filter_narrows_the_list_once_the_editor_pauses(sample_window: MainWindow, qtbot) -> None:
    dock = sample_window.findings
    everything = dock.proxy.rowCount()
    qtbot.keyClicks(dock.words, "advertising")
    assert dock.proxy.rowCount() == everything, "filtered on every key instead of after the pause"
    qtbot.waitUntil(lambda: dock.proxy.rowCount() < everything, timeout=2000)
    shown = [dock.proxy.index(r, 0).data(FINDING_ROLE) for r in range(dock.proxy.rowCount())]
    assert any(f.kind == "garble" and f.text == "advertising" for f in shown)
    assert all("advertising" in " ".join((f.text, f.explanation, f.counterpart.text if f.counterpart else "")).casefold() for f in shown)

    garble = next(f for f in shown if f.kind == "garble")
    sample_window.navigator.go_to_finding(garble)
    sample_window.inspector.finding_verdict.setCurrentText("Disputed")
    dock.words.setText("disputed")
    qtbot.waitUntil(lambda: dock.proxy.rowCount() == 1, timeout=2000)
    assert dock.proxy.index(0, 0).data(FINDING_ROLE) == garble, "a verdict just recorded must be searchable"


def test_sorting_the_findings_list_by_a_column_keeps_the_selected_finding(sample_window: MainWindow) -> None:
    dock = sample_window.findings
    dock.table.selectRow(5)
    chosen = dock.table.currentIndex().data(FINDING_ROLE)
    dock.table.sortByColumn(COLUMNS.index("Score"), Qt.SortOrder.DescendingOrder)
    scores = [dock.proxy.index(r, 0).data(FINDING_ROLE).score for r in range(dock.proxy.rowCount())]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
    assert dock.table.currentIndex().data(FINDING_ROLE) == chosen
    dock.table.sortByColumn(COLUMNS.index("Row"), Qt.SortOrder.AscendingOrder)
    rows = [int(dock.proxy.index(r, COLUMNS.index("Row")).data()) for r in range(dock.proxy.rowCount())]
    assert rows == sorted(rows)


def test_with_many_outlets_a_row_grows_to_fit_the_columns_scrolled_into_view(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """Rows are sized to the columns on screen only; the far columns must get room once they are shown."""
    lead = "The harbour bridge in Kelvar was closed on Tuesday after a cargo ship struck one of its pylons in a storm."
    details = ", and engineers said that the pylon had shifted, that the deck had cracked, that the cables had slackened" * 4
    for n in range(9):
        sentence = lead[:-1] + details + "." if n == 8 else lead
        (tmp_path / f"outlet-{n}.txt").write_text(sentence + "\nFerries ran extra crossings for commuters.\n", encoding="utf-8")
    window.files.open_paths([tmp_path])
    wait_for_comparison(qtbot, window)
    grid = window.grid
    row = next(r for r in range(window.alignment_model.rowCount()) if "pylons in a storm" in str(window.alignment_model.index(r, 0).data()))
    far = window.alignment_model.columnCount() - 1
    grid.horizontalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: not grid.sizing_pending(), timeout=2000)
    assert grid.columnAt(grid.viewport().width() - 1) < far, "the far column must start off screen"
    needed = grid.itemDelegate().sizeHint(QStyleOptionViewItem(), window.alignment_model.index(row, far)).height()
    assert grid.rowHeight(row) < needed
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())
    qtbot.waitUntil(lambda: grid.rowHeight(row) >= needed, timeout=2000)


def test_exports_carry_the_editors_judgements(sample_window: MainWindow, tmp_path: Path) -> None:
    window = sample_window
    judge_spacecraft_row(window)
    window.inspector.row_note.setPlainText("Spun copy of the Hindustan Times story")
    window.inspector.flush()
    for fmt in ("html", "pdf", "csv", "json"):
        assert window.files.export_to(tmp_path / f"report.{fmt}", fmt)
        mask = os.umask(0)
        os.umask(mask)
        assert (tmp_path / f"report.{fmt}").stat().st_mode & 0o777 == 0o666 & ~mask, "a report others cannot read"
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Garbled" in html and "Unreliable" in html and "Spun copy of the Hindustan Times story" in html
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "Unreliable" in (tmp_path / "report.csv").read_text(encoding="utf-8")
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert any(n["verdict"] == "Garbled" and n["kind"] == ROW for n in data["annotations"]["notes"])


def test_dropping_a_file_adds_an_outlet(sample_window: MainWindow, qtbot) -> None:
    window = sample_window
    before = len(window.document.data.witnesses)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(HARBOUR / "wire-original.txt"))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: len(window.document.data.witnesses) == before + 1, timeout=5000)
    wait_for_comparison(qtbot, window)
    assert "wire-original" in {w.id for w in window.document.comparison.witnesses}
    assert window.outlets_model.rowCount() == before + 1


def test_threshold_change_realigns_in_the_background_and_undoes(sample_window: MainWindow, qtbot) -> None:
    window = sample_window
    document = window.document
    rows_before = len(document.comparison.rows)
    window.threshold.setValue(0.6)
    assert document.threshold == 0.6
    wait_for_comparison(qtbot, window)
    assert document.comparison.options.threshold == 0.6
    assert len(document.comparison.rows) > rows_before  # a stricter threshold joins fewer sentences
    window.actions.undo.trigger()
    wait_for_comparison(qtbot, window)
    assert window.threshold.value() == 0.3 and len(document.comparison.rows) == rows_before


def test_split_correction_survives_reopening(sample_window: MainWindow, qtbot, tmp_path: Path) -> None:
    window = sample_window
    row, column = cell_with(window, "fiery camaraderie")
    unit = window.alignment_model.units(window.alignment_model.index(row, column))[0]
    window.grid.go_to(row, column)
    window.edits.split_selected()
    wait_for_comparison(qtbot, window)

    def alone(win: MainWindow) -> bool:
        rows = [r for r in win.document.comparison.rows if unit.ref in r.refs()]
        return len(rows) == 1 and rows[0].refs() == [unit.ref]

    assert alone(window)
    target = tmp_path / "split.vvproj"
    assert window.files.save_to(target)
    window.close()
    reopened = MainWindow()
    qtbot.addWidget(reopened)
    assert reopened.files.open_project(target)
    wait_for_comparison(qtbot, reopened)
    assert alone(reopened)
    reopened.close()


def test_every_model_passes_the_model_tester(sample_window: MainWindow, qtmodeltester) -> None:
    for model in (sample_window.alignment_model, sample_window.findings_model, sample_window.findings.proxy, sample_window.outlets_model):
        qtmodeltester.check(model)


def test_a_project_open_in_one_window_is_refused_by_another(sample_window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    target = tmp_path / "shared.vvproj"
    assert sample_window.files.save_to(target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    other = MainWindow()
    qtbot.addWidget(other)
    assert not other.files.open_project(target)
    assert shown and "open in another VariantView window" in shown[0]
    assert other.document is None


def test_merging_two_rows_puts_their_sentences_together_and_undoes(sample_window: MainWindow, qtbot) -> None:
    window = sample_window
    model = window.alignment_model
    first_row, first_column = cell_with(window, "fiery camaraderie")
    second_row, second_column = cell_with(window, "limousine")
    first = model.units(model.index(first_row, first_column))[0].ref
    second = model.units(model.index(second_row, second_column))[0].ref
    window.document.merge_rows(first, second)
    wait_for_comparison(qtbot, window)
    assert any(first in r.refs() and second in r.refs() for r in window.document.comparison.rows)
    window.actions.undo.trigger()
    wait_for_comparison(qtbot, window)
    assert not any(first in r.refs() and second in r.refs() for r in window.document.comparison.rows)


def test_dragging_a_sentence_onto_another_row_moves_it_there_and_undoes(sample_window: MainWindow, qtbot) -> None:
    window = sample_window
    model = window.alignment_model
    row, column = cell_with(window, "Thousands trooped to welcome Putin")
    target_row, target_column = cell_with(window, "welcomed by a cheering crowd")
    assert row != target_row
    moved = model.units(model.index(row, column))[0]
    target_cell = model.index(target_row, column)  # the same outlet's column, on the row to join
    data = model.mimeData([model.index(row, column)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target_cell)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(target_row, target_column))  # another outlet's column
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target_cell) is False  # the view removes nothing itself
    wait_for_comparison(qtbot, window)
    row_now = cell_with(window, "Thousands trooped to welcome Putin")[0]
    assert row_now == cell_with(window, "welcomed by a cheering crowd")[0]
    assert moved.ref in {u.ref for u in model.units(model.index(row_now, column))}
    window.actions.undo.trigger()
    wait_for_comparison(qtbot, window)
    assert cell_with(window, "Thousands trooped to welcome Putin")[0] != cell_with(window, "welcomed by a cheering crowd")[0]


def test_preferences_persist_and_apply_to_the_grid(window: MainWindow) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from variantview.gui.preferences import Preferences, PreferencesDialog

    def answer() -> None:  # what the editor does in the dialog the menu opened
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible())
        dialog.font_size.setValue(14)
        dialog.hide_boilerplate.setChecked(False)
        dialog.threshold.setValue(0.45)
        dialog.accept()

    QTimer.singleShot(0, answer)
    window.preferences_dialog()
    reread = Preferences()  # a fresh reader of the stored settings, as the next launch would be
    assert (reread.font_size, reread.hide_boilerplate, reread.default_threshold) == (14, False, 0.45)
    assert window.grid.font().pointSize() == 14
    assert not window.actions.hide_boilerplate.isChecked()
    reread.font_size, reread.hide_boilerplate, reread.default_threshold = 10, True, 0.3  # the other tests expect the defaults
