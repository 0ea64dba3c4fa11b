"""No outlet that people wrote is called a spinner, on every real event of ``bench/corpus`` (kept out of the
installed package), and the open defects where one still is, each named with the outlet and the measures that
put it inside the spinners' range (``human_outlet_defects.py``).
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import CORPUS, compared_event
from tests.core.human_outlet_defects import OPEN_DEFECTS


@pytest.mark.parametrize(
    "event",
    [
        pytest.param(p.name, marks=pytest.mark.xfail(strict=True, reason=OPEN_DEFECTS[p.name])) if p.name in OPEN_DEFECTS else p.name
        for p in sorted(CORPUS.iterdir())
        if (p / "gold.json").is_file()
    ],
)
def test_no_outlet_written_by_people_is_called_a_spinner(event: str) -> None:
    """The gold names the outlets that people wrote (no spinner, no AI rewrite, no machine translation): none
    gets a garble finding, unless on words it did alter (a listed quotation, figure or typo)."""
    gold = json.loads((CORPUS / event / "gold.json").read_text(encoding="utf-8"))
    altered = [(w, k.lower()) for key in ("quotes", "numbers", "typos") for w, k in gold.get(key, [])]
    human = set(gold.get("garble_free_witnesses", []))
    called = [
        (f.witness, f.text)
        for f in compared_event(event).findings
        if f.kind == "garble" and f.witness in human and not any(w == f.witness and (f.text.lower() in k or k in f.text.lower()) for w, k in altered)
    ]
    assert called == []


def test_a_name_without_its_accents_is_no_garble() -> None:
    """Rational Review quotes AP's Áñez story from a copy that strips the accents ("Anez's lawyer"), where the
    Independent's AP copy prints "Áñez's": one name spelled two ways, which no spinner chose."""
    garbles = [f.text for f in compared_event("anez-sentenced-coup-case-2022").findings if f.kind == "garble" and f.witness == "rationalreview"]
    assert garbles == []


def test_a_contraction_against_its_spelled_out_words_is_no_garble() -> None:
    """i's report of Dani Alves's sentence has "didn't" where City AM has "did not", and World Athletics' Duplantis
    report "that's" where athleticsnews has "that has". i is taken for a rewording outlet (an open defect above), yet
    a contraction is a desk's style, which no spinner changes, so neither is a garble."""
    for event, witness, mine, theirs in (("alves-sexual-assault-sentence-2024", "inews", "didn’t", "did not"), ("duplantis-torun-world-record-2020", "worldathletics", "that's", "that has")):
        garbles = {(f.text, f.counterpart.text) for f in compared_event(event).findings if f.kind == "garble" and f.witness == witness and f.counterpart}
        assert (mine, theirs) not in garbles, event
