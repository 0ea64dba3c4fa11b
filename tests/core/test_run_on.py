"""Run-together text: a spun copy stripped of every digit and punctuation mark aligns piece by piece.

The fixture ``tests/fixtures/run-on`` is made the way such pages are: the AP's
first take on the 19 September 2022 Mexico earthquake as one site reprinted
it (``wire``), another reprint (``reprint``), and ``spun-stripped``: the wire
text with 13 wrong-sense swaps made by hand ("capital" -> "funding", "walls"
-> "partitions", "local time" -> "native time"), its hospital sentence
dropped, then every digit and punctuation mark removed, leaving one
232-word line.
"""

from __future__ import annotations

import pytest

from tests.conftest import ROOT, compared_event, rows_of, unit_containing
from variantview.core.comparison import Comparison, compare_witnesses
from variantview.core.read.files import read_witnesses
from variantview.core.units.run_on import split_run_on
from variantview.core.units.segment import segment

RUN_ON = ROOT / "tests" / "fixtures" / "run-on"


@pytest.fixture(scope="module")
def stripped() -> Comparison:
    return compare_witnesses(read_witnesses([RUN_ON]))


def test_the_stripped_copy_is_one_unit_before_and_many_pieces_after() -> None:
    witnesses = read_witnesses([RUN_ON])
    units = {w.id: segment(w) for w in witnesses}
    assert len(units["spun-stripped"]) == 1
    pieces = split_run_on(units)["spun-stripped"]
    assert len(pieces) >= 8
    text = next(w for w in witnesses if w.id == "spun-stripped").text
    assert all(p.text == text[p.start : p.end] for p in pieces)
    assert [p.index for p in pieces] == list(range(len(pieces)))


def test_pieces_share_rows_with_the_wire_sentences_they_copy(stripped: Comparison) -> None:
    wire = [u for u in stripped.units["wire"] if not u.boilerplate]
    with_piece = [u for u in wire if any("spun-stripped" in r.cells for r in rows_of(stripped, u))]
    assert len(with_piece) >= len(wire) - 1
    hospital = unit_containing(stripped, "the town’s hospital was seriously damaged")
    assert not any("spun-stripped" in r.cells for r in rows_of(stripped, hospital))


def test_swaps_inside_the_run_on_text_are_garbles(stripped: Comparison) -> None:
    garbles = {f.text for f in stripped.findings if f.kind == "garble"}
    assert {"funding", "partitions", "native", "informed", "sturdy"} <= {w for g in garbles for w in g.split()}
    assert {f.witness for f in stripped.findings if f.kind == "garble"} == {"spun-stripped"}


def test_punctuated_articles_are_left_as_they_are() -> None:
    witnesses = read_witnesses([RUN_ON])
    units = {w.id: segment(w) for w in witnesses}
    assert split_run_on(units)["wire"] == units["wire"]


def test_a_real_spinner_page_stripped_of_its_punctuation_aligns_and_its_swaps_are_found() -> None:
    """nowishreportdaily carries a spun copy of the AP obituary of Pope Francis with every digit and
    punctuation mark gone (bench/corpus, collected after the run-on pieces were built): its pieces meet the
    AP copies, and "atmosphere change", "chronic lung syndrome", "respiratory dilemma" and "Francis ballot"
    are found against "climate change", "disease", "crisis" and "election"."""
    comparison = compared_event("pope-francis-death-2025")
    assert len(comparison.units["nowishreportdaily"]) > 5
    swaps = {(f.text, f.counterpart.text) for f in comparison.findings if f.kind == "garble" and f.witness == "nowishreportdaily" and f.counterpart}
    assert {("atmosphere", "climate"), ("syndrome", "disease"), ("dilemma", "crisis"), ("ballot", "election")} <= swaps
