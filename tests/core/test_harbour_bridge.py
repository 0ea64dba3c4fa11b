"""The invented case: a wire story, a reprint with a changed number and a trimmed quote,
a spun copy, and an independent rewrite that omits and adds."""

from __future__ import annotations

from tests.conftest import rows_of, unit_containing
from variantview.core.comparison import Comparison


def _findings(c: Comparison, kind: str, witness: str) -> list:
    return [f for f in c.findings if f.kind == kind and f.witness == witness]


def test_changed_number_is_reported_on_the_reprint(harbour: Comparison) -> None:
    numbers = _findings(harbour, "number", "coastal-reprint")
    assert [f.text for f in numbers] == ["Fifteen"]
    assert numbers[0].counterpart is not None and numbers[0].counterpart.text == "Twelve"


def test_altered_quote_is_reported_on_the_reprint(harbour: Comparison) -> None:
    quotes = _findings(harbour, "quote", "coastal-reprint")
    assert quotes and "drop anchor" in quotes[0].counterpart.text


def test_spinner_swaps_are_garbles_on_the_spun_copy(harbour: Comparison) -> None:
    garbled = {f.text for f in _findings(harbour, "garble", "spun-portal")}
    assert {"motors", "accidents", "region", "broken"} <= garbled
    counterpart = {f.text: f.counterpart.text for f in _findings(harbour, "garble", "spun-portal") if f.counterpart}
    assert counterpart["motors"] == "engines"


def test_no_garble_on_copied_or_independent_outlets(harbour: Comparison) -> None:
    assert {f.witness for f in harbour.findings if f.kind == "garble"} == {"spun-portal"}


def test_independent_rewrite_omits_and_adds(harbour: Comparison) -> None:
    omitted = _findings(harbour, "omission", "independent-rewrite")
    assert any("Brandvik" in f.counterpart.text for f in omitted if f.counterpart)
    businesses = unit_containing(harbour, "Local businesses")
    assert rows_of(harbour, businesses)[0].kind == "unique"
    assert any(f.kind == "addition" and f.witness == "independent-rewrite" for f in harbour.findings)


def test_rewritten_sentences_align_with_the_original(harbour: Comparison) -> None:
    rewrite = unit_containing(harbour, "nobody on the bridge was hurt")
    original = unit_containing(harbour, "Twelve crew members were rescued")
    assert {r.id for r in rows_of(harbour, rewrite)} & {r.id for r in rows_of(harbour, original)}


def test_chrome_is_boilerplate(harbour: Comparison) -> None:
    assert unit_containing(harbour, "Subscribe to our newsletter").boilerplate
    assert unit_containing(harbour, "garden furniture").boilerplate
