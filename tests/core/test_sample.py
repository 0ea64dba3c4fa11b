"""The bundled sample: five real outlets, one of them spun."""

from __future__ import annotations

from tests.conftest import rows_of, unit_containing
from variantview.core.comparison import Comparison


def test_fiery_friendship_and_fiery_camaraderie_share_a_row(sample: Comparison) -> None:
    friendship = unit_containing(sample, "fiery friendship")
    camaraderie = unit_containing(sample, "fiery camaraderie")
    assert {r.id for r in rows_of(sample, friendship)} & {r.id for r in rows_of(sample, camaraderie)}


def test_limousine_gift_is_unique_to_its_outlet(sample: Comparison) -> None:
    limousine = unit_containing(sample, "limousine")
    assert not limousine.boilerplate
    (row,) = rows_of(sample, limousine)
    assert row.kind == "unique" and set(row.cells) == {"ndokwa-vanguard"}
    assert any(f.kind == "addition" and f.row == row.id for f in sample.findings)


def test_spacecraft_is_flagged_against_satellites(sample: Comparison) -> None:
    """The swap sits inside Putin's quotation, so it is reported as an altered quotation, pinned to the word."""
    garbles = [f for f in sample.findings if f.kind in ("garble", "quote") and f.text == "spacecraft"]
    assert len(garbles) == 1
    finding = garbles[0]
    assert finding.witness == "agencies-reprint"
    assert finding.counterpart is not None and finding.counterpart.text == "satellites"
    witness = sample.witness(finding.witness)
    assert witness.text[finding.start : finding.end] == "spacecraft"


def test_garbles_fall_on_the_spun_outlet_only(sample: Comparison) -> None:
    assert {f.witness for f in sample.findings if f.kind == "garble"} == {"agencies-reprint"}


def test_share_this_story_is_boilerplate(sample: Comparison) -> None:
    share = unit_containing(sample, "Share this story to friends")
    assert share.boilerplate
    assert all(r.kind == "boilerplate" for r in rows_of(sample, share))


def test_unrelated_advert_is_boilerplate_but_on_topic_sentences_are_not(sample: Comparison) -> None:
    assert unit_containing(sample, "Scholars Merit, a dynamic IT consultancy").boilerplate
    assert not unit_containing(sample, "breakthough report").boilerplate


def test_typos_found_with_their_corrections(sample: Comparison) -> None:
    typos = {f.text: f.counterpart.text for f in sample.findings if f.kind == "typo" and f.counterpart}
    assert typos.get("mlilitary") == "military"
    assert typos.get("breakthough") == "breakthrough"


def test_mutual_aid_paraphrases_meet(sample: Comparison) -> None:
    vowed = unit_containing(sample, "have vowed to aid each other")
    promise = unit_containing(sample, "a promise of mutual aid")
    rows = {r.id for r in rows_of(sample, vowed)} | {r.id for r in rows_of(sample, promise)}
    kinds = {r.id: r for r in sample.rows}
    assert any(len(kinds[r].cells) >= 3 for r in rows)


def test_every_offset_slices_back(sample: Comparison) -> None:
    data = sample.to_dict()
    texts = {w.id: w.text for w in sample.witnesses}
    for s in data["sentences"]:
        assert texts[s["witness"]][s["start"] : s["end"]] == s["text"]
    for f in data["findings"]:
        if f["start"] is not None:
            assert texts[f["witness"]][f["start"] : f["end"]] == f["text"]
        else:
            assert f["kind"] == "omission" and f["sentence"] is None


def test_the_restated_pact_shares_one_row_with_all_five_outlets_and_no_omission(sample: Comparison) -> None:
    """Hindustan Times states the pact twice; both statements, every outlet's lead and the headlines share a row."""
    clause = unit_containing(sample, "have signed a mutual defence clause")
    promise = unit_containing(sample, "a promise of mutual aid")
    vowed = unit_containing(sample, "have vowed to aid each other")
    rows = {r.id: r for r in sample.rows}
    shared = {r.id for r in rows_of(sample, clause)} & {r.id for r in rows_of(sample, promise)} & {r.id for r in rows_of(sample, vowed)}
    assert len(shared) == 1
    row = rows[shared.pop()]
    assert set(row.cells) == {w.id for w in sample.witnesses}
    assert {clause.index, promise.index} <= set(row.cells["hindustan-times"])
    assert not [f for f in sample.findings if f.kind == "omission" and f.row == row.id]


def test_a_phrase_reworded_in_a_quotation_is_pinned_on_the_outlet_that_reworded_it(sample: Comparison) -> None:
    """Qatar Tribune quotes Kim's "driving force in the accelerated development" where two outlets quote
    "accelerating the": the word diff matches "the" and splits the phrase into "in" for "accelerating" and
    "accelerated" added; read as one stretch it falls on Qatar Tribune, not on the spun copy's "the development"."""
    quoted = {(f.witness, f.text) for f in sample.findings if f.kind == "quote"}
    assert ("qatar-tribune", "in the accelerated") in quoted
    assert ("agencies-reprint", "the development") not in quoted
