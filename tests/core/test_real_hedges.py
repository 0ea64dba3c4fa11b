"""Accuracy on real coverage: one figure hedged differently ("nearly $965 million" against "$965 million").

The pages are real coverage collected for bench/real_corpus.py (``bench/corpus``,
kept out of the installed package); each assertion names a line a reader can
find in the file.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event


def _hedge_findings(event: str) -> set[tuple[str, str, str]]:
    """(outlet, its words, the other outlet's words) of every number finding of an event on a hedge."""
    return {(f.witness, f.text, f.counterpart.text) for f in compared_event(event).findings if f.kind == "number" and "hedged" in f.explanation and f.counterpart}


def test_a_hedge_added_to_the_verdict_s_figure_is_a_number_finding_on_the_hedge_and_the_figure() -> None:
    """Kiddaan's "ordered ... to pay nearly $965 million" where six outlets have the jury's exact $965 million."""
    found = {finding for finding in _hedge_findings("alex-jones-sandy-hook-verdict-2022") if "965" in finding[1]}
    assert {(w, text) for w, text, _ in found} == {("kiddaan", "nearly $965 million")}
    assert all(theirs == "$965 million" for _, _, theirs in found)


def test_a_figure_hedged_another_way_is_marked_where_fewer_outlets_hedge_it_so() -> None:
    """Oroville: five outlets evacuate "nearly 200,000" people, The Taipei Times "about 200,000" and Zero Hedge
    "some 200,000" (one kind of hedge, two outlets); Naruhito: Japan Today's typhoon "killed at least 80" against
    Miamk's "more than 80", one outlet each, so both are marked."""
    oroville = _hedge_findings("oroville-dam-spillway-evacuation-2017")
    assert {(w, text) for w, text, _ in oroville} == {("taipeitimes", "about 200,000"), ("zerohedge", "some 200,000")}
    naruhito = {(w, text, theirs) for w, text, theirs in _hedge_findings("naruhito-enthronement-ceremony-2019") if "80" in text}
    assert naruhito == {("japantoday", "at least 80", "more than 80"), ("miamk", "more than 80", "at least 80")}


@pytest.mark.parametrize(
    ("event", "figure"),
    [
        ("djokovic-us-open-24th-2023", "24"),  # "talking about 24 Slams": a preposition, not a hedge
        ("vanuatu-port-vila-earthquake-2024", "1"),  # "0.3 meters to 1 meter": a range's upper end
        ("ecuador-quake-juan-vera-feature-2023", "80"),  # "about 50 miles (80 kilometers)": a conversion takes the hedge before it
        ("israel-iran-ceasefire-announced-2025", "24"),  # "over 24 hours": a span of time
        ("highland-park-parade-shooting-2022", "30"),  # "killing at least 6 people, injuring 24" lists after a hedge
    ],
)
def test_a_figure_whose_hedge_cannot_be_read_is_no_hedge_finding(event: str, figure: str) -> None:
    assert not [text for _, text, _ in _hedge_findings(event) if figure in text.split()[-1]]


def test_a_count_spelled_out_takes_its_hedge_like_a_figure() -> None:
    """Fox Business: Epic "filed a lawsuit against Google nearly three years ago", where four outlets of the row write
    "three years ago": a count spelled out is hedged as a figure is."""
    found = {(w, text) for w, text, _ in _hedge_findings("epic-google-play-verdict-2023") if "three" in text}
    assert found == {("foxbusiness", "nearly three")}
