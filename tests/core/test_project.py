"""The project file: round trips, refusals with reasons, anchoring, and surviving a killed writer."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import unit_containing
from tests.crash_writer import kill_rounds, note
from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.read.witness import make_witness
from variantview.core.review.anchoring import finding_anchor, finding_judgement, row_note, unit_anchor
from variantview.core.review.annotations import Annotations, Note, Rating
from variantview.core.review.project import Project, ProjectData, ProjectError

TEXTS = {"a": "The mayor opened the bridge on Monday. It cost 40 million.", "b": "On Monday the mayor opened the bridge. The cost was 45 million."}


def new_project(path: Path) -> Project:
    witnesses = tuple(make_witness(k, v) for k, v in TEXTS.items())
    return Project.create(path, ProjectData(witnesses=witnesses, settings={"threshold": 0.3}))


def test_everything_written_is_read_back(tmp_path: Path) -> None:
    project = new_project(tmp_path / "p.vvproj")
    anchor = note(1).anchor
    project.put_note(Note(anchor, "Disputed", "check the figure"))
    project.put_rating(Rating("b", "Mixed", "rounds numbers"))
    project.put_setting("base", "a")
    project.put_boilerplate({("a", 1): True})
    project.close()
    data = Project.open(tmp_path / "p.vvproj").load()
    assert data.annotations.notes[anchor] == Note(anchor, "Disputed", "check the figure")
    assert data.annotations.rating("b") == Rating("b", "Mixed", "rounds numbers")
    assert data.settings == {"threshold": 0.3, "base": "a"}
    assert data.boilerplate == {("a", 1): True}
    assert [w.text for w in data.witnesses] == list(TEXTS.values())


def test_clearing_a_note_removes_it(tmp_path: Path) -> None:
    project = new_project(tmp_path / "p.vvproj")
    project.put_note(Note(note(1).anchor, "Confirmed"))
    project.put_note(Note(note(1).anchor))
    assert project.load().annotations.notes == {}


def test_a_project_saved_before_verdicts_had_times_opens_with_its_verdicts(tmp_path: Path) -> None:
    """Schema 1 had no verdict time; migrating adds the column and keeps every verdict, without a time."""
    path = tmp_path / "p.vvproj"
    project = new_project(path)
    project.put_note(Note(note(1).anchor, "Disputed", "two sources differ", "2026-11-29T20:00:00+00:00"))
    project.close()
    with sqlite3.connect(path) as db:
        db.execute("ALTER TABLE notes DROP COLUMN verdict_at")
        db.execute("UPDATE schema_version SET version = 1")
    db.close()
    project = Project.open(path)
    assert project.load().annotations.note(note(1).anchor) == Note(note(1).anchor, "Disputed", "two sources differ", "")
    project.put_note(Note(note(1).anchor, "Confirmed", "", "2026-11-30T08:00:00+00:00"))
    assert project.load().annotations.note(note(1).anchor).verdict_at == "2026-11-30T08:00:00+00:00"
    project.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_bytes(b"this is not a database" * 50), "not a VariantView project"),
        (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]), "damaged"),
        (lambda p: _set_version(p, 99), "newer VariantView"),
        (lambda p: _drop_version_table(p), "not a VariantView project"),
    ],
    ids=["garbage", "truncated", "newer", "foreign-sqlite"],
)
def test_damaged_files_are_refused_with_a_reason_and_left_alone(tmp_path: Path, damage, reason: str) -> None:
    path = tmp_path / "p.vvproj"
    new_project(path).close()
    damage(path)
    before = path.read_bytes()
    with pytest.raises(ProjectError) as refused:
        Project.open(path).load()
    assert reason in refused.value.reason
    assert path.read_bytes() == before


def _set_version(path: Path, version: int) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE schema_version SET version = ?", (version,))


def _drop_version_table(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE schema_version")


def test_a_second_opener_is_refused_while_the_first_holds_the_file(tmp_path: Path) -> None:
    first = new_project(tmp_path / "p.vvproj")
    with pytest.raises(ProjectError, match="open in another VariantView window"):
        Project.open(tmp_path / "p.vvproj")
    first.close()
    Project.open(tmp_path / "p.vvproj").close()


def test_a_read_only_project_is_refused(tmp_path: Path) -> None:
    """As root (how CI runs), a file's mode does not stop writing; the immutable attribute does."""
    path = tmp_path / "p.vvproj"
    new_project(path).close()
    path.chmod(0o444)
    as_root = os.geteuid() == 0
    if as_root and subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False).returncode:
        pytest.skip("running as root on a file system without the immutable attribute")
    try:
        with pytest.raises(ProjectError, match="read-only"):
            Project.open(path)
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(path)], check=True)


def test_save_as_replaces_the_target_whole(tmp_path: Path) -> None:
    target = tmp_path / "target.vvproj"
    target.write_text("an older file the editor chose to overwrite")
    project = new_project(tmp_path / "p.vvproj")
    project.put_note(note(7))
    saved = Project.create(target, project.load())
    assert note(7).anchor in saved.load().annotations.notes
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("change", ["replaced", "rewritten", "deleted"])
def test_a_project_changed_on_disk_is_not_overwritten(tmp_path: Path, change: str) -> None:
    path = tmp_path / "p.vvproj"
    project = new_project(path)
    project.put_note(note(1))
    theirs = tmp_path / "theirs.vvproj"
    Project.create(theirs, ProjectData(witnesses=(make_witness("x", "Their own article."),))).close()
    if change == "replaced":
        os.replace(theirs, path)
    elif change == "rewritten":
        path.write_bytes(theirs.read_bytes())
    else:
        path.unlink()
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(ProjectError, match="changed on disk|moved or deleted"):
        project.put_note(note(2))
    assert (path.read_bytes() if path.exists() else None) == before
    project.close()


def test_a_verdict_follows_its_sentence_through_realignment(sample: Comparison) -> None:
    unit = unit_containing(sample, "fiery camaraderie")
    annotations = Annotations().with_note(Note(unit_anchor(unit), "Confirmed", "checked against the wire"))
    stricter = compare_witnesses(sample.witnesses, Options(threshold=0.7))
    for comparison in (sample, stricter):
        rows = [r for r in comparison.rows if unit.ref in r.refs()]
        assert rows and row_note(comparison, annotations, rows[0]).verdict == "Confirmed"


def test_a_killed_writer_never_loses_a_committed_annotation(tmp_path: Path) -> None:
    """The short version of bench/kill_project.py: writers killed at random moments, five times."""
    path = tmp_path / "p.vvproj"
    new_project(path).close()
    for result in kill_rounds(path, rounds=5, seed=20240619):
        assert result.opened and result.integrity, result
        assert result.found == result.committed, f"round {result.number}: committed notes lost"


def test_two_findings_of_one_kind_in_one_sentence_take_their_own_verdicts(sample: Comparison, tmp_path: Path) -> None:
    by_sentence: dict[tuple[str, int | None], list] = {}
    for f in sample.findings:
        if f.kind == "garble":
            by_sentence.setdefault((f.witness, f.sentence), []).append(f)
    first, second = next(fs for fs in by_sentence.values() if len(fs) >= 2)[:2]
    annotations = Annotations().with_note(Note(finding_anchor(sample, first), "Garbled"))
    assert finding_judgement(sample, annotations, first).verdict == "Garbled"
    assert finding_judgement(sample, annotations, second).verdict == ""

    project = Project.create(tmp_path / "p.vvproj", ProjectData(witnesses=sample.witnesses))
    project.put_note(annotations.note(finding_anchor(sample, first)))
    project.close()
    saved = Project.open(tmp_path / "p.vvproj").load().annotations
    assert finding_judgement(sample, saved, first).verdict == "Garbled"
    assert finding_judgement(sample, saved, second).verdict == ""

    earlier = Annotations().with_note(Note(replace(finding_anchor(sample, first), subject=""), "Disputed"))
    assert finding_judgement(sample, earlier, second).verdict == "Disputed", "a verdict saved per sentence and kind still shows"


def test_opening_a_project_needs_none_of_the_engine(tmp_path: Path) -> None:
    """Reading the editor's work must not load the aligner, the detectors or the models (nor fail with them)."""
    new_project(tmp_path / "p.vvproj").close()
    code = (
        "import sys\n"
        "from variantview.core.review.project import Project\n"
        f"Project.open({str(tmp_path / 'p.vvproj')!r}).load()\n"
        "heavy = ('scipy', 'syntok', 'rapidfuzz', 'numpy', 'onnxruntime', 'trafilatura', 'variantview.core.comparison', 'variantview.core.align.rows')\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
