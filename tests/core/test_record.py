"""An outlet's record across stories (issue 13, part 2): a library of projects saved by the project code, read only."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
from contextlib import closing, redirect_stderr, redirect_stdout
from dataclasses import replace
from pathlib import Path

import pytest

from variantview.cli import main
from variantview.core.comparison import compare_witnesses
from variantview.core.read.files import read_witnesses
from variantview.core.record.library import options_for, read_library
from variantview.core.record.outlets import OutletRecord, outlet_records
from variantview.core.review.annotations import Anchor, Annotations, Note, Rating, digest
from variantview.core.review.project import Project, ProjectData

ROOT = Path(__file__).resolve().parents[2]
NATO = ROOT / "bench" / "corpus" / "finland-joins-nato-eve-2023"
STORIES = {
    "wire": [NATO / f"{outlet}.txt" for outlet in ("reuters", "alarabiya", "pledgetimes", "bm-ge")],
    "rewrites": [NATO / f"{outlet}.txt" for outlet in ("gatmash", "thejournal", "wionews", "pledgetimes")],
    "harbour": [ROOT / "tests" / "fixtures" / "harbour-bridge"],
}
"""Two stories that one outlet (pledgetimes) carries, from the event's wire copies and its rewrites, and an invented one."""


def _save(folder: Path, name: str, sources: list[Path], rating: str = "Unrated", rename: dict[str, str] | None = None, verdicts: int = 0) -> Path:
    """A project as the window saves it, with ``verdicts`` Confirmed verdicts on pledgetimes' findings."""
    witnesses = tuple(replace(w, name=(rename or {}).get(w.id, w.name)) for w in read_witnesses(sources))
    data = ProjectData(witnesses=witnesses, settings={"threshold": 0.3})
    comparison = compare_witnesses(witnesses, options_for(data))
    notes = {}
    for f in [f for f in comparison.findings if f.witness == "pledgetimes" and f.sentence is not None][:verdicts]:
        unit = comparison.unit(f.witness, f.sentence)
        anchor = Anchor(f.kind, f.witness, unit.start, unit.end, digest(unit.text))
        notes[anchor] = Note(anchor, "Confirmed", "checked")
    ratings = {"pledgetimes": Rating("pledgetimes", rating)} if rating != "Unrated" else {}
    path = folder / f"{name}.vvproj"
    Project.create(path, replace(data, annotations=Annotations(notes, ratings))).close()
    return path


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("library")
    _save(folder, "wire", STORIES["wire"], rating="Mixed", verdicts=2)
    _save(folder, "rewrites", STORIES["rewrites"], rating="Unreliable", verdicts=1)
    _save(folder, "harbour", STORIES["harbour"])
    os.utime(folder / "wire.vvproj", (1_700_000_000, 1_700_000_000))  # rated Mixed first,
    os.utime(folder / "rewrites.vvproj", (1_700_100_000, 1_700_100_000))  # then Unreliable
    (folder / "damaged.vvproj").write_bytes((folder / "harbour.vvproj").read_bytes()[:3000])
    newer = folder / "newer.vvproj"
    newer.write_bytes((folder / "harbour.vvproj").read_bytes())
    with closing(sqlite3.connect(newer)) as db, db:
        db.execute("UPDATE schema_version SET version = 7")
    return folder


def _record(records: tuple[OutletRecord, ...], name: str) -> OutletRecord:
    return next(r for r in records if name in r.spellings)


def _fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_reading_a_library_writes_nothing_and_skips_what_it_cannot_read(library: Path) -> None:
    held = Project.open(library / "harbour.vvproj")  # open in a window elsewhere
    try:
        before = _fingerprint(library)
        read = read_library(library)
        assert _fingerprint(library) == before  # same bytes, same times, no journal left behind
    finally:
        held.close()
    reasons = {s.path.name: s.reason for s in read.skipped}
    assert "open in another VariantView window" in reasons["harbour.vvproj"]
    assert "newer VariantView" in reasons["newer.vvproj"]
    assert "damaged" in reasons["damaged.vvproj"] or "not a VariantView project" in reasons["damaged.vvproj"]
    assert [s.title for s in read.stories] == ["wire", "rewrites"]


def test_an_outlet_in_two_stories_is_one_row_with_its_record(library: Path) -> None:
    read = read_library(library)
    pledgetimes = _record(outlet_records(read), "Pledgetimes")
    assert pledgetimes.stories == 2
    lineage = [d for s in read.stories for d in s.comparison.lineage if d.outlet == "pledgetimes"]
    assert pledgetimes.derived == pytest.approx(sum(d.reused for d in lineage) / 2)
    found = sum(1 for s in read.stories for f in s.comparison.findings if f.witness == "pledgetimes" and f.kind != "paraphrase")
    assert sum(pledgetimes.findings.values()) == found > 0
    assert pledgetimes.verdicts == {"Confirmed": 3}
    assert pledgetimes.history == (("wire", "Mixed"), ("rewrites", "Unreliable")) and pledgetimes.rating == "Unreliable"


def test_two_spellings_are_two_rows_until_the_editor_merges_them(tmp_path: Path) -> None:
    _save(tmp_path, "wire", STORIES["wire"], rename={"pledgetimes": "Pledge Times Online"})
    _save(tmp_path, "rewrites", STORIES["rewrites"])
    read = read_library(tmp_path)
    apart = outlet_records(read)
    assert _record(apart, "Pledgetimes") is not _record(apart, "Pledge Times Online")
    merged = outlet_records(read, [("Pledge Times Online", "Pledgetimes")])
    one = _record(merged, "Pledgetimes")
    assert one.stories == 2 and set(one.spellings) == {"Pledgetimes", "Pledge Times Online"}
    assert len(merged) == len(apart) - 1


def test_one_site_under_two_names_is_one_outlet(tmp_path: Path) -> None:
    site = {"url": "https://pledgetimes.com/some-story/"}
    for name, event, spelt in (("wire", STORIES["wire"], "Pledge Times"), ("rewrites", STORIES["rewrites"], "PT")):
        witnesses = tuple(replace(w, name=spelt, metadata={**w.metadata, **site}) if w.id == "pledgetimes" else w for w in read_witnesses(event))
        Project.create(tmp_path / f"{name}.vvproj", ProjectData(witnesses=witnesses, settings={"threshold": 0.3})).close()
    record = _record(outlet_records(read_library(tmp_path)), "PT")
    assert record.stories == 2 and record.sites == ("pledgetimes.com",)


def test_the_record_command_writes_the_table(library: Path, tmp_path: Path) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["record", str(library), "--json", str(tmp_path / "r.json"), "--csv", str(tmp_path / "r.csv")]) == 0
    table = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    row = next(o for o in table["outlets"] if o["outlet"] == "Pledgetimes")
    assert row["stories"] == 2 and row["rating"] == "Unreliable" and row["verdicts"]["Confirmed"] == 3
    assert {s["project"] for s in table["skipped"]} == {"damaged.vvproj", "newer.vvproj"}
    assert "Pledgetimes" in (tmp_path / "r.csv").read_text(encoding="utf-8")
    assert "skipped" in err.getvalue() and "newer.vvproj" in err.getvalue()
    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(io.StringIO()):
        assert main(["record", str(library)]) == 0
    assert "Pledgetimes" in out.getvalue() and "Mixed (wire) → Unreliable (rewrites)" in out.getvalue()


def test_the_html_table_escapes_what_projects_hold(tmp_path: Path) -> None:
    hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">'
    _save(tmp_path, "wire", STORIES["wire"], rating="Mixed", rename={"pledgetimes": hostile})
    assert main(["record", str(tmp_path), "--html", str(tmp_path / "outlets.html")]) == 0
    page = (tmp_path / "outlets.html").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Content-Security-Policy" in page and "Alarabiya" in page


def test_the_record_command_refuses_a_missing_folder(tmp_path: Path) -> None:
    err = io.StringIO()
    with redirect_stderr(err):
        assert main(["record", str(tmp_path / "nowhere")]) == 2
    assert "no such folder" in err.getvalue()


def test_a_project_in_an_older_format_is_read_without_being_updated(tmp_path: Path) -> None:
    """A library of last year's projects is read as they are: brought up to date in memory, the files untouched."""
    path = _save(tmp_path, "wire", STORIES["wire"], rating="Mixed", verdicts=1)
    with closing(sqlite3.connect(path)) as db, db:
        db.execute("ALTER TABLE notes DROP COLUMN verdict_at")  # as format 1 wrote it
        db.execute("UPDATE schema_version SET version = 1")
    before = _fingerprint(tmp_path)
    read = read_library(tmp_path)
    assert _fingerprint(tmp_path) == before
    assert not read.skipped and [s.title for s in read.stories] == ["wire"]
    assert _record(outlet_records(read), "Pledgetimes").verdicts == {"Confirmed": 1}


def test_the_project_open_in_this_window_is_read_from_the_window_not_skipped(tmp_path: Path) -> None:
    """Its file is locked by the window that opened the library; the window hands over its data instead."""
    path = _save(tmp_path, "wire", STORIES["wire"], rating="Mixed", verdicts=1)
    held = Project.open(path)
    try:
        assert [s.path.name for s in read_library(tmp_path).skipped] == ["wire.vvproj"]
        read = read_library(tmp_path, open_here={path: held.load()})
    finally:
        held.close()
    assert not read.skipped and _record(outlet_records(read), "Pledgetimes").verdicts == {"Confirmed": 1}
