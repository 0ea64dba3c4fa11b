"""Properties that must hold for any text an editor might feed in."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from variantview import compare
from variantview.core.read.witness import make_witness
from variantview.core.units.segment import segment

_ALPHABET = st.sampled_from(list("abc XYZ.,;:!?\"“”‘’'\n\t-–0123456789") + ["U.S.", "Mr.", "é", "ß", "שלום", "🙂", "\u200b", "\u0301"])
texts = st.lists(_ALPHABET, max_size=120).map("".join)
sentences = st.lists(
    st.sampled_from(
        [
            "The minister resigned on Monday.",
            "The minister quit on Monday after the vote.",
            "Share this story",
            "Prices rose by 4% in May.",
            "“We will not stop,” she said.",
            "Rain is expected tomorrow",
            "Officials declined to comment.",
        ]
    ),
    max_size=8,
).map(lambda xs: "\n".join(xs))


@given(texts)
@settings(max_examples=300)
def test_units_slice_back_and_tile_without_overlap(text: str) -> None:
    witness = make_witness("w", text)
    units = segment(witness)
    position = 0
    for i, unit in enumerate(units):
        assert unit.index == i
        assert text[unit.start : unit.end] == unit.text
        assert unit.start >= position and unit.text == unit.text.strip() and unit.text
        assert not text[position : unit.start].strip(), "non-blank text fell between units"
        position = unit.end
    assert not text[position:].strip()


@given(sentences, sentences, texts)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_content_unit_is_lost_from_the_rows(a: str, b: str, c: str) -> None:
    texts_by_id = {"a": a or "x", "b": b or "y", "c": c if c.strip() else "z"}
    result = compare(texts_by_id)
    placed = {(w, i) for r in result.rows for w, indices in r.cells.items() for i in indices}
    for witness, units in result.units.items():
        for unit in units:
            assert (witness, unit.index) in placed
    data = result.to_dict()
    for f in data["findings"]:
        if f["start"] is not None:
            assert texts_by_id[f["witness"]][f["start"] : f["end"]] == f["text"]
