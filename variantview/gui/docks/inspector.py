"""The inspector: the selected row read closely, and the editor's judgement on it.

Shows the row's sentences one under another with their differences, the
row's findings with their explanations, and editors for the verdicts, notes
and the selected outlet's rating. It only displays and asks: edits leave as
signals, and the document applies them as undoable commands.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison
from variantview.core.detect.finding import Finding
from variantview.core.detect.kinds import GLYPHS, KIND
from variantview.core.report.highlight import runs
from variantview.core.review.anchoring import finding_anchor, finding_judgement, row_note
from variantview.core.review.annotations import RATINGS, VERDICTS, Annotations, Note, Rating
from variantview.gui.style import kind_colour, runs_html

_NONE = "— no verdict —"
_TYPING_PAUSE_MS = 700


class NoteEdit(QPlainTextEdit):
    """A note field that reports its text after a pause in typing and on leaving the field."""

    edited = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self._pause = QTimer(self, singleShot=True, interval=_TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._report)
        self.textChanged.connect(self._typed)
        self._quiet = False

    def set_text_quietly(self, text: str) -> None:
        self._pause.stop()
        if text != self.toPlainText():
            self._quiet = True
            self.setPlainText(text)
            self._quiet = False

    def _typed(self) -> None:
        if not self._quiet:
            self._pause.start()

    def _report(self) -> None:
        self.edited.emit(self.toPlainText())

    def flush(self) -> None:
        """Report now what is still waiting for the typing pause (the selection is about to change)."""
        if self._pause.isActive():
            self._pause.stop()
            self._report()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


class Inspector(QDockWidget):
    noteEdited = Signal(object, bool)
    """(Note, merge): merge is true for typing, so a paragraph is one undo step."""
    ratingEdited = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Inspector", parent)
        self.setObjectName("inspector")
        self._comparison: Comparison | None = None
        self._annotations = Annotations()
        self._row: Row | None = None
        self._witness: str | None = None
        self._findings: list[Finding] = []
        self._shows = 0  # how many times a row was shown: tells a refresh made while committing typed notes
        self._finding_shown: Finding | None = None  # the finding whose judgement the fields hold
        self._build()

    def _build(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel("Select a row in the grid.")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.sentences = QTextBrowser()
        self.sentences.setOpenLinks(False)
        self.sentences.setToolTip("The row's sentences, each outlet's against the row's base")
        self.sentences.setMinimumHeight(160)

        verdict_box = QGroupBox("Row verdict")
        verdict_form = QFormLayout(verdict_box)
        self.row_verdict = self._verdict_combo("The editor's verdict on this row (saved at once; Ctrl+Z undoes)")
        self.row_verdict.currentIndexChanged.connect(lambda _i: self._emit_row_note(merge=False))
        self.row_note = NoteEdit("A note on this row…")
        self.row_note.setToolTip("Free text kept with the row's sentences; saved as you type")
        self.row_note.edited.connect(lambda _t: self._emit_row_note(merge=True))
        verdict_form.addRow("Verdict", self.row_verdict)
        verdict_form.addRow("Note", self.row_note)

        findings_box = QGroupBox("Findings in this row")
        findings_layout = QVBoxLayout(findings_box)
        self.finding_list = QTreeWidget()
        self.finding_list.setHeaderLabels(["Kind", "Outlet", "Text", "Verdict"])
        self.finding_list.setRootIsDecorated(False)
        self.finding_list.setMinimumHeight(110)
        self.finding_list.setMaximumHeight(170)  # spare height goes to the sentences above
        self.finding_list.setToolTip("Select a finding to read its explanation and record a verdict")
        self.finding_list.currentItemChanged.connect(lambda *_: self._show_finding())
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        finding_form = QFormLayout()
        self.finding_verdict = self._verdict_combo("The editor's verdict on the selected finding")
        self.finding_verdict.currentIndexChanged.connect(lambda _i: self._emit_finding_note(merge=False))
        self.finding_note = NoteEdit("A note on this finding…")
        self.finding_note.edited.connect(lambda _t: self._emit_finding_note(merge=True))
        finding_form.addRow("Verdict", self.finding_verdict)
        finding_form.addRow("Note", self.finding_note)
        findings_layout.addWidget(self.finding_list)
        findings_layout.addWidget(self.explanation)
        findings_layout.addLayout(finding_form)

        outlet_box = QGroupBox("Outlet")
        outlet_form = QFormLayout(outlet_box)
        self.outlet_name = QLabel("—")
        self.outlet_rating = QComboBox()
        self.outlet_rating.addItems(RATINGS)
        self.outlet_rating.setToolTip("How far the editor trusts the selected outlet")
        self.outlet_rating.currentIndexChanged.connect(lambda _i: self._emit_rating(merge=False))
        self.outlet_note = QLineEdit()
        self.outlet_note.setPlaceholderText("A note on this outlet…")
        self.outlet_note.setToolTip("Saved when you press Enter or leave the field")
        self.outlet_note.editingFinished.connect(lambda: self._emit_rating(merge=True))
        outlet_form.addRow("Selected", self.outlet_name)
        outlet_form.addRow("Rating", self.outlet_rating)
        outlet_form.addRow("Note", self.outlet_note)

        for widget in (self.title, self.sentences, verdict_box, findings_box, outlet_box):
            layout.addWidget(widget)
        layout.setStretch(1, 4)
        layout.setStretch(3, 2)
        scroll = QScrollArea()  # on a short screen the panel scrolls instead of squeezing its parts over each other
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(scroll)
        self._set_enabled(False)

    def _verdict_combo(self, tip: str) -> QComboBox:
        combo = QComboBox()
        combo.addItems([_NONE, *VERDICTS])
        combo.setToolTip(tip)
        return combo

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.row_verdict, self.row_note, self.outlet_rating, self.outlet_note):
            widget.setEnabled(enabled)
        has_finding = enabled and self.finding_list.currentItem() is not None
        self.finding_verdict.setEnabled(has_finding)
        self.finding_note.setEnabled(has_finding)

    def show_row(self, comparison: Comparison | None, annotations: Annotations, row: Row | None, witness: str | None) -> None:
        """Show a row (None clears). Words typed and still waiting for the typing pause are committed first, to
        the row and finding they were typed on: a judgement elsewhere in the row refreshes the inspector, and
        refilling the note fields would otherwise drop them."""
        if self._committing_showed_again(self.row_note, self.finding_note):
            return
        self._shows += 1
        same_row = row is not None and self._row is not None and row.id == self._row.id and comparison is self._comparison
        self._comparison, self._annotations, self._row, self._witness = comparison, annotations, row, witness
        if comparison is None or row is None:
            self.title.setText("Select a row in the grid.")
            self.sentences.clear()
            self.finding_list.clear()
            self._set_enabled(False)
            self._show_nothing()
            return
        self.title.setText(f"<b>Row {comparison.rows.index(row) + 1}</b> · {row.kind} · {len(row.cells)} of {len(comparison.witnesses)} outlets")
        self.sentences.setHtml(self._sentences_html(comparison, row))
        note = row_note(comparison, annotations, row)
        _set_quietly(self.row_verdict, note.verdict or _NONE)
        self.row_note.set_text_quietly(note.text)
        current = self.finding_list.currentIndex().row() if same_row else 0
        self._findings = [f for f in comparison.findings if f.row == row.id and KIND[f.kind].listed]
        self._fill_findings(max(0, current))
        self._show_outlet()
        self._set_enabled(True)

    def _committing_showed_again(self, *notes: NoteEdit) -> bool:
        """Commit what is still being typed in ``notes``; whether that showed the inspector again (the window refreshes
        it on every change of the editor's data), in which case that showing, made with the words, stands."""
        shows = self._shows
        for note in notes:
            note.flush()
        return self._shows != shows

    def flush(self) -> None:
        """Commit notes still waiting for a pause in typing, before the inspector shows something else."""
        self.row_note.flush()
        self.finding_note.flush()

    def _sentences_html(self, comparison: Comparison, row: Row) -> str:
        parts = []
        for w in comparison.witnesses:
            indices = row.cells.get(w.id, ())
            label = f"<b>{escape(w.name)}</b>{' (base)' if w.id == row.base else ''}"
            if not indices:
                parts.append(f'<p>{label}<br><span style="color:#8a8a8a"><i>— not reported —</i></span></p>')
                continue
            text = "<br>".join(runs_html(runs(comparison, row, comparison.unit(w.id, i))) for i in indices)  # one under another
            count = f' <span style="color:#555">· {len(indices)} sentences</span>' if len(indices) > 1 else ""
            parts.append(f"<p>{label}{count}<br>{text}</p>")
        paraphrases = sum(1 for f in comparison.findings if f.row == row.id and not KIND[f.kind].listed)
        if paraphrases:
            parts.append(f'<p style="color:#555">{GLYPHS["paraphrase"]} {paraphrases} outlet(s) paraphrase the base here.</p>')
        return "".join(parts)

    def _fill_findings(self, current: int) -> None:
        assert self._comparison is not None
        self.finding_list.blockSignals(True)
        self.finding_list.clear()
        for f in self._findings:
            verdict = finding_judgement(self._comparison, self._annotations, f).verdict
            text = f.text + (f" ← {f.counterpart.text}" if f.counterpart else "")
            item = QTreeWidgetItem([f"{GLYPHS[f.kind]} {f.kind}", self._comparison.witness(f.witness).name, text, verdict])
            item.setForeground(0, kind_colour(f.kind))
            item.setToolTip(2, f.explanation)
            self.finding_list.addTopLevelItem(item)
        for column in range(3):
            self.finding_list.resizeColumnToContents(column)
        if self._findings:
            self.finding_list.setCurrentItem(self.finding_list.topLevelItem(min(current, len(self._findings) - 1)))
        self.finding_list.blockSignals(False)
        self._show_finding()

    def _show_finding(self) -> None:
        """Show the selected finding's judgement; a note still being typed goes first to the finding it was typed on
        (F7 to the next finding of the row leaves the focus in the note)."""
        if self._committing_showed_again(self.finding_note):
            return
        finding = self._finding_shown = self.selected_finding()
        self.finding_verdict.setEnabled(finding is not None)
        self.finding_note.setEnabled(finding is not None)
        if finding is None or self._comparison is None:
            self.explanation.setText("No findings in this row." if not self._findings else "")
            return
        self.explanation.setText(finding.explanation)
        note = finding_judgement(self._comparison, self._annotations, finding)
        _set_quietly(self.finding_verdict, note.verdict or _NONE)
        self.finding_note.set_text_quietly(note.text)

    def selected_finding(self) -> Finding | None:
        row = self.finding_list.indexOfTopLevelItem(self.finding_list.currentItem()) if self.finding_list.currentItem() else -1
        return self._findings[row] if 0 <= row < len(self._findings) else None

    def select_finding(self, finding: Finding) -> None:
        if finding in self._findings:
            self.finding_list.setCurrentItem(self.finding_list.topLevelItem(self._findings.index(finding)))

    def _show_nothing(self) -> None:
        """Empty judgement fields: a disabled box still showing another row's (or another project's) verdict misleads."""
        for combo in (self.row_verdict, self.finding_verdict):
            _set_quietly(combo, _NONE)
        for note in (self.row_note, self.finding_note):
            note.set_text_quietly("")
        self._show_outlet()

    def _show_outlet(self) -> None:
        if self._comparison is None or self._witness is None:
            self.outlet_name.setText("—")
            _set_quietly(self.outlet_rating, RATINGS[0])
            self.outlet_note.setText("")
            return
        self.outlet_name.setText(self._comparison.witness(self._witness).name)
        rating = self._annotations.rating(self._witness)
        _set_quietly(self.outlet_rating, rating.rating)
        if not self.outlet_note.hasFocus():
            self.outlet_note.setText(rating.note)

    def _emit_row_note(self, merge: bool) -> None:
        if self._comparison is None or self._row is None:
            return
        anchor = row_note(self._comparison, self._annotations, self._row).anchor
        self.noteEdited.emit(Note(anchor, _verdict(self.row_verdict), self.row_note.toPlainText()), merge)

    def _emit_finding_note(self, merge: bool) -> None:
        finding = self._finding_shown
        if self._comparison is None or finding is None:
            return
        anchor = finding_anchor(self._comparison, finding)
        self.noteEdited.emit(Note(anchor, _verdict(self.finding_verdict), self.finding_note.toPlainText()), merge)

    def _emit_rating(self, merge: bool) -> None:
        if self._witness is None:
            return
        self.ratingEdited.emit(Rating(self._witness, self.outlet_rating.currentText(), self.outlet_note.text()), merge)


def _verdict(combo: QComboBox) -> str:
    return "" if combo.currentText() == _NONE else combo.currentText()


def _set_quietly(combo: QComboBox, text: str) -> None:
    combo.blockSignals(True)
    combo.setCurrentText(text)
    combo.blockSignals(False)
