"""Accuracy on real coverage: one fact told two ways, or two facts set side by side, which are no changed figure or
name (a count in words, a measure in other units, an initialism, an age beside a weekday).

The pages are real coverage collected for bench/real_corpus.py (``bench/corpus``,
kept out of the installed package); each assertion names a line a reader can
find in the file. Changed figures found are in ``test_real_figures.py``.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event
from variantview import compare
from variantview.core.comparison import Comparison


def test_a_year_or_a_race_time_set_against_another_sort_of_figure_is_no_changed_figure() -> None:
    """The diff of KSTP's "The 30-year-old bested the record set by … in 2:11:53" against Newser's "The previous
    record was 2:11:53" sets an age beside a race's time; Gulf News's "Chicago in 2021 and 2022" and "at the age
    of 24" a year beside an age. Neither pair is one fact told two ways. A span of years does tell a year's fact:
    "for over 14 years" against "since 2008" (the conservatorship began 13 years before) stays a finding."""
    chicago = {(f.witness, f.text) for f in compared_event("chepngetich-chicago-marathon-world-record-2024").findings if f.kind == "number"}
    assert not {("kstp", "30-year-old"), ("infoquest", "second"), ("gulfnews", "24")} & chicago
    britney = {(f.witness, f.text) for f in compared_event("britney-conservatorship-ended-2021").findings if f.kind == "number"}
    assert ("breakingsoup", "14") in britney


def test_an_age_against_a_weekday_is_two_facts_not_one_changed() -> None:
    """"has died at the age of 99" and "died on Friday" fill one slot of two obituary leads with two facts."""
    philip = compared_event("prince-philip-death-2021")
    assert not [f for f in philip.findings if f.kind == "number" and {f.text, f.counterpart and f.counterpart.text} == {"99", "Friday"}]


def test_one_fact_spelled_two_ways_is_not_a_changed_fact(mexico: Comparison) -> None:
    """Accents ("Cárdenas"), British spelling ("Centre"), "US" for "United States", "(38)" for ", 38," and
    "300km" beside "186 miles (300 kilometers)" are how outlets write, not changed facts."""
    numbers = {mexico.witness(f.witness).text[f.start : f.end] for f in mexico.findings if f.kind == "number"}
    assert not numbers & {"Andres", "Lopez", "Cardenas", "Michoacán", "Centre", "United States", "300km", "32 inches (82 cm", "Sept"}
    assert "1:05 am" in numbers  # a changed fact still is one


def test_a_country_s_initialism_against_its_head_word_is_not_a_changed_name() -> None:
    """Uganda's school attack: Nybreaking and Techiebowl write "the DRC" where Hurriyet has "Congo", the head word
    of the Democratic Republic of the Congo. A two-letter initialism against another country stays a change."""
    uganda = compared_event("uganda-mpondwe-school-attack-2023")
    assert not [f for f in uganda.findings if f.kind == "number" and f.text == "DRC"]
    lead = "Rebels killed 41 people at a school near the border with {}, officials said on Saturday."
    changed = compare({"wire": lead.format("Kenya"), "reprint": lead.format("Kenya"), "copy": lead.format("UK")})
    assert [(f.witness, f.text) for f in changed.findings if f.kind == "number"] == [("copy", "UK")]


@pytest.mark.parametrize(
    ("event", "witness", "figure"),
    [
        ("nashville-school-shooting-2023", "newsnetdaily", "3"),  # against "three children"
        ("noto-earthquake-2024", "monk", "5"),  # against "five"
        ("navalny-death-2024", "perthnow", "1900km"),  # against "1,900 kilometers (1,200 miles)"
        ("iceland-grindavik-eruption-2023", "midday", "4 km"),  # against "2.4 miles", not against "3 kilometers"
        ("annecy-park-stabbing-2023", "aljazeera", "age three"),  # against "3"
        ("noto-earthquake-2024", "aljazeera", "five metres high"),  # against "5 meters"
    ],
)
def test_a_count_in_words_or_a_measure_in_other_units_is_not_a_changed_fact(event: str, witness: str, figure: str) -> None:
    comparison = compared_event(event)
    against = {f.counterpart.text for f in comparison.findings if f.kind == "number" and f.witness == witness and f.counterpart
               and comparison.witness(witness).text[f.start : f.end] == figure}
    assert not against & {"three", "Three", "five", "2.4 miles", "1,900 kilometers (1,200 miles", "3", "5 meters"}


@pytest.mark.parametrize(
    ("event", "witness", "words"),
    [
        ("meta-layoffs-2022", "omcrecruitment", "I"),  # the pronoun, against "I’m" in Zuckerberg's letter
        ("who-covid-emergency-over-2023", "sputnikglobe", "Int'l"),  # against "International"
        ("hong-kong-tai-po-fire-2025", "bloompath", "Shocked"),  # against "Stunned", both in headlines in title case
    ],
)
def test_the_pronoun_i_an_abbreviated_word_or_a_headline_s_capitals_are_no_changed_name(event: str, witness: str, words: str) -> None:
    comparison = compared_event(event)
    named = {comparison.witness(f.witness).text[f.start : f.end] for f in comparison.findings if f.kind == "number" and f.witness == witness}
    assert words not in named
