"""Spinner swaps in sentences no other outlet copied, found by the coverage's set phrases."""

from __future__ import annotations

from tests.conftest import ROOT, unit_containing
from variantview import compare
from variantview.core.comparison import Comparison, compare_witnesses
from variantview.core.read.files import read_witnesses

RAIL_STRIKE = ROOT / "tests" / "fixtures" / "rail-strike"


def garbles_in(comparison: Comparison, sentence: str) -> list[tuple[str, str | None]]:
    unit = unit_containing(comparison, sentence)
    return [
        (f.text, f.counterpart.text if f.counterpart else None)
        for f in comparison.findings
        if f.kind == "garble" and f.witness == unit.witness and f.sentence == unit.index
    ]


def test_the_samples_state_advertising_is_flagged_against_state_media(sample: Comparison) -> None:
    """No other outlet carries this sentence; three carry "Russian state media", the spinner's own copy among them."""
    assert ("advertising", "media") in garbles_in(sample, "according to Russian state advertising")


def test_a_spun_set_phrase_in_an_unshared_sentence_is_flagged() -> None:
    comparison = compare_witnesses(read_witnesses([RAIL_STRIKE]))
    assert ("administrator", "operator") in garbles_in(comparison, "check the national rail administrator website")
    assert garbles_in(comparison, "The national rail company apologised") == []


WIRE = (
    "The national rail operator said only one train in ten would run.\nUnion leaders said the strike would go on until Friday.\n"
    "Transport minister Anna Brandt called the walkout irresponsible."
)
REPRINT = WIRE + "\nFreight trains were stopped too, the national rail operator added."


def test_an_outlet_that_words_a_phrase_its_own_way_throughout_is_not_flagged() -> None:
    own_way = "The national rail company apologised to travellers.\nCommuters crowded onto buses."
    result = compare({"wire": WIRE, "reprint": REPRINT, "city": own_way})
    assert not [f for f in result.findings if f.kind == "garble" and f.witness == "city"]


def test_an_outlet_contradicting_its_own_set_phrase_is_flagged_when_it_spins() -> None:
    """The same unshared sentence is a swap in an outlet that spins the sentences it copied, and a writer's
    own wording in one that copies them faithfully: a set phrase continued otherwise is no evidence alone."""
    unshared = "\nTravellers should check the national rail administrator website."
    spun = (
        "The national rail operator said only one locomotive in ten would run.\nUnion leaders said the walkout would go on until Friday.\n"
        "Transport minister Anna Brandt called the walkout reckless."
    )
    spinning = compare({"wire": WIRE, "reprint": REPRINT, "portal": spun + unshared})
    assert ("administrator", "operator") in [(f.text, f.counterpart.text if f.counterpart else None) for f in spinning.findings if f.kind == "garble" and f.witness == "portal"]
    faithful = compare({"wire": WIRE, "reprint": REPRINT, "portal": WIRE + unshared})
    assert not [f for f in faithful.findings if f.kind == "garble" and f.witness == "portal"]


def test_words_the_outlets_continue_in_many_ways_are_no_set_phrase() -> None:
    texts = {
        "a": "The national rail operator said trains would stop.\nSignal staff joined the national rail union on Tuesday.",
        "b": "Members of the national rail network were told to stay home.\nThe national rail operator said trains would stop.",
        "c": "Ministers pledged to rebuild the national rail timetable by spring.\nThe national rail operator said trains would stop.",
        "d": "The national rail operator said trains would stop.\nOfficials urged calm at national rail stations across the north.",
    }
    result = compare(texts)
    assert not [f for f in result.findings if f.kind == "garble"]
    stations = unit_containing(result, "national rail stations")
    assert all(stations.ref not in row.refs() or row.kind == "unique" for row in result.rows), "the sentence must share no wording, or the test proves nothing"
