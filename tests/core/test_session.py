"""Editing a project without a window: the session's edits, persisted, and what makes a comparison stale."""

from __future__ import annotations

from pathlib import Path

from variantview.core.align.inputs import Correction
from variantview.core.read.witness import make_witness
from variantview.core.review import session
from variantview.core.review.annotations import Anchor, Note
from variantview.core.review.project import Project, ProjectData

TEXTS = {"wire": "The bridge reopened on Monday. It cost 40 million.", "reprint": "On Monday the bridge reopened. It cost 45 million."}


def _data() -> ProjectData:
    return ProjectData(witnesses=tuple(make_witness(k, v) for k, v in TEXTS.items()), settings={"threshold": 0.3})


def test_added_outlets_get_ids_no_outlet_has() -> None:
    after, added = session.with_witnesses(_data(), [make_witness("wire", "x"), make_witness("wire", "y"), make_witness("wire-2", "z")])
    assert [w.id for w in added] == ["wire-2", "wire-3", "wire-4"]
    assert [w.id for w in after.witnesses] == ["wire", "reprint", "wire-2", "wire-3", "wire-4"]


def test_only_what_the_comparison_reads_makes_it_stale() -> None:
    data = _data()
    note = Note(Anchor("row", "wire", 0, 30, "d"), "Disputed")
    assert session.pipeline_inputs(session.with_note(data, note, "2026-11-29T20:00:00+00:00")) == session.pipeline_inputs(data)
    assert session.pipeline_inputs(session.rerated(data, "wire", rating="Mixed")) == session.pipeline_inputs(data)
    for stale in (
        session.with_setting(data, "threshold", 0.4),
        session.with_setting(data, "base", "reprint"),
        session.corrected(data, Correction("move", ("wire", 1), None)),
        session.with_boilerplate(data, ("wire", 0), True),
        session.without_witness(data, "reprint"),
    ):
        assert session.pipeline_inputs(stale) != session.pipeline_inputs(data)


def test_removing_the_base_outlet_forgets_it_as_base_but_keeps_its_judgements() -> None:
    data = session.with_note(session.with_setting(_data(), "base", "reprint"), Note(Anchor("row", "reprint", 0, 30, "d"), "Garbled"), "2026-11-29T20:00:00+00:00")
    after = session.without_witness(data, "reprint")
    assert "base" not in after.settings
    assert after.annotations == data.annotations


def test_a_rating_change_keeps_the_note_and_the_other_way_round() -> None:
    data = session.rerated(_data(), "wire", rating="Unreliable", note="spins")
    assert session.rerated(data, "wire", note="spins quotes").annotations.rating("wire").rating == "Unreliable"
    assert session.rerated(data, "wire", rating="Mixed").annotations.rating("wire").note == "spins"


def test_persist_writes_exactly_the_difference(tmp_path: Path) -> None:
    before = _data()
    project = Project.create(tmp_path / "p.vvproj", before)
    after = session.renamed(session.rerated(session.with_setting(before, "threshold", 0.45), "reprint", rating="Mixed"), "wire", " The Wire ")
    session.persist(project, before, after)
    project.close()
    loaded = Project.open(tmp_path / "p.vvproj").load()
    assert loaded.settings["threshold"] == 0.45
    assert loaded.annotations.rating("reprint").rating == "Mixed"
    assert [w.name for w in loaded.witnesses][0] == "The Wire"
    assert session.renamed(after, "wire", "   ") == after, "a blank name changes nothing"
