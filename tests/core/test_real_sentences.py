"""Real pages cut into sentences where the page's own sentences end: not at a title before a name, a time of day's
"p.m." or an exclaimed quotation's mark, but where a scraper glued two sentences or a credit between them.

The pages are real coverage collected for bench/real_corpus.py (``bench/corpus``, kept out of the installed
package); each assertion names a line a reader can find in the file.
"""

from __future__ import annotations

import pytest
import syntok.segmenter as syntok

from tests.conftest import CORPUS, compared_event, rows_of, unit_containing
from variantview import compare
from variantview.core.units.segment import _one_sentence, _sentence_starts
from variantview.sample import SAMPLE


def test_a_photo_credit_glued_between_two_sentences_is_cut_off_and_the_sentence_after_it_kept() -> None:
    """As a scraped AFP page runs its caption credit into the text, with no full stop after the credit."""
    glued = (
        "The candidate was taken from the stage at a rally on Saturday in Pennsylvania. "
        "© Anna Moneymaker / GETTY IMAGES NORTH AMERICA / Getty Images via AFP "
        "The former president was seen with blood on his right ear as agents surrounded him."
    )
    wire = "The candidate was rushed from the stage at a rally in Pennsylvania on Saturday. He was seen with blood on his right ear."
    result = compare({"scraped": glued, "wire": wire})
    units = {u.text: u.boilerplate for u in result.units["scraped"]}
    assert units == {
        "The candidate was taken from the stage at a rally on Saturday in Pennsylvania.": False,
        "© Anna Moneymaker / GETTY IMAGES NORTH AMERICA / Getty Images via AFP": True,
        "The former president was seen with blood on his right ear as agents surrounded him.": False,
    }


def test_a_dateline_keeps_its_wire_credit_and_the_lead_starts_after_it() -> None:
    """syntok ends a sentence at "Calif." in "HUNTINGTON BEACH, Calif. (AP) — A major oil spill …"; the place and
    its credit are one dateline, and the lead is the AP's sentence as other outlets print it."""
    kwqc = compared_event("huntington-beach-oil-spill-2021").units["kwqc"]
    assert any(u.text.startswith("A major oil spill off the coast") and not u.boilerplate for u in kwqc)
    assert not any(u.text.startswith("(AP)") for u in kwqc)



@pytest.mark.parametrize(
    ("event", "lead"),
    [
        ("jigawa-tanker-explosion-2024", "Abuja (Nigeria) | More than 90 people have been killed"),
        ("hurricane-beryl-carriacou-2024", "Bridgetown (Barbados) | Hurricane Beryl has strengthened"),
    ],
)
def test_a_dateline_set_off_by_a_bar_stays_with_its_lead(event: str, lead: str) -> None:
    """Metro Vaartha sets its dateline off with a bar ("Abuja (Nigeria) | More than 90 people have been killed …"),
    and syntok starts a sentence at the bar: the place alone, and a lead opening on "|" that no other outlet's
    lead shares a row with."""
    units = compared_event(event).units["metrovaartha"]
    assert any(u.text.startswith(lead) for u in units)
    assert not any(u.text.startswith("|") for u in units)


@pytest.mark.parametrize(
    ("event", "sentence"),
    [
        ("mccarthy-ousted-speaker-2023", "McCarthy’s chief rival, Rep. Matt Gaetz of Florida, brought forward"),
        ("turkey-syria-earthquake-2023", "At least 130 buildings tumbled down in Malatya province, Gov. Hulusi Sahin said."),
        ("surfside-condo-collapse-2021", "Gov. Ron DeSantis, who toured the scene, said"),
    ],
)
def test_a_title_before_a_name_ends_no_sentence(event: str, sentence: str) -> None:
    """syntok knows "Sen." and "Gen." but not "Rep." or "Gov.", and cut the name from its sentence."""
    assert unit_containing(compared_event(event), sentence)


def test_a_sentence_after_a_time_of_day_is_its_own_unit() -> None:
    """The AP's "… when it hit at 11:11 p.m. Morocco's National Seismic … measured it at 7 on the Richter scale."
    is two sentences (syntok reads "p.m." as an abbreviation); "at 3 p.m. Friday" is one."""
    wire = [u.text for u in compared_event("morocco-earthquake-2023").units["springfieldnewssun"]]
    assert any(t.endswith("when it hit at 11:11 p.m.") for t in wire)
    assert any(t.startswith("Morocco's National Seismic Monitoring and Alert Network measured it at 7") for t in wire)
    one = compare({"a": "The talks began at 3 p.m. Friday in the city.", "b": "The talks began on Friday."})
    assert [u.text for u in one.units["a"]] == ["The talks began at 3 p.m. Friday in the city."]


def test_an_exclaimed_quotation_stays_with_its_attribution() -> None:
    """'"Best day ever!" Bezos said upon landing.' is one sentence: syntok starts one at "Bezos", and the
    quotation's row would lose who said it."""
    kmov = [u.text for u in compared_event("blue-origin-bezos-flight-2021").units["kmov"]]
    assert '"Best day ever!" Bezos said upon landing.' in kmov


def test_a_sentence_glued_to_the_last_full_stop_is_its_own_unit() -> None:
    """A scraper that drops a paragraph break glues "… on October 23, 2020.Shares of SVB were halted …"; the
    two facts belong in two rows, each with the other outlets' copies. Initials and web addresses stay whole."""
    svb = compared_event("svb-collapse-2023")
    page = [u.text for u in svb.units["quantann"]]
    assert any(t.endswith("Almena, Kansas, on October 23, 2020.") for t in page)
    shares = next(u for u in svb.units["quantann"] if u.text.startswith("Shares of SVB were halted"))
    assert "thenationalnews" in rows_of(svb, shares)[0].cells
    one = compare({"a": "The U.S.Treasury and news.com both said so.", "b": "The Treasury said so."})
    assert [u.text for u in one.units["a"]] == ["The U.S.Treasury and news.com both said so."]


def test_a_quotation_closed_by_a_guillemet_is_prose() -> None:
    """A machine translation of AP's story of McCarthy's election quotes in guillemets: "«There are so many twists
    and turns.»" ends its sentence as a curly quote would, so neither it nor McHenry's quotation before it (whose
    line also ends on "»") is taken for a link trailing a heading."""
    units = compared_event("mccarthy-elected-speaker-15th-ballot-2023").units["urbanheromagazine"]
    for opening in ("«There are so many twists and turns.»", "«There was great hope"):
        assert any(u.text.startswith(opening) and not u.boilerplate for u in units), opening


def test_a_line_read_as_one_sentence_without_syntok_starts_where_syntok_starts_it() -> None:
    """Lines with no stop, colon or bracket before their end skip syntok (``segment._one_sentence``), which
    would leave them whole: on every line of the sample and of every tenth event of bench/corpus, the starts are
    syntok's."""
    events = [SAMPLE, *sorted(p for p in CORPUS.iterdir() if p.is_dir())[::10]]
    texts = [f.read_text(encoding="utf-8") for event in events for f in sorted(event.iterdir()) if f.suffix in (".txt", ".md")]
    lines = {line for text in texts for line in text.splitlines()}
    skipped = [line for line in lines if _one_sentence(line)]
    assert len(skipped) > 100
    for line in skipped:
        by_syntok = tuple(s[0].offset for paragraph in syntok.analyze(line) for s in paragraph if s)
        assert _sentence_starts(line) == by_syntok, line
    assert not _one_sentence("LONDON (AP) — Britain has become the first country to authorize the vaccine")
    assert not _one_sentence("It was referred to a more distant hospital in Wuppertal. ”")
