"""Accuracy on real coverage: implausible swaps judged by a language model, honest edits let be, omissions named.

The pages are real coverage collected for bench/real_corpus.py (``bench/corpus``,
kept out of the installed package); each assertion names a line a reader can
find in the file.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import compared_event, rows_of, unit_containing
from variantview import compare
from variantview.core.comparison import Comparison
from variantview.core.detect.kinds import KIND, tint
from variantview.core.detect.language_model import stretch_logprob
from variantview.core.report.html import render_html
from variantview.core.review.annotations import Annotations


@pytest.fixture(scope="module")
def finland() -> Comparison:
    return compared_event("finland-joins-nato-eve-2023")


def test_a_spinner_s_swap_inside_a_title_is_flagged() -> None:
    """A spinner swaps the English words of an agency's name as it swaps any others: cryptoworldheadline has
    "the California Division of Monetary Safety and Innovation" for the Department of Financial Protection."""
    garbled = {f.text for f in compared_event("svb-collapse-2023").findings if f.kind == "garble" and f.witness == "cryptoworldheadline"}
    assert "Division" in garbled
    assert any("Monetary" in t for t in garbled)


def test_a_spinner_whose_source_is_not_among_the_outlets_is_known_by_its_english() -> None:
    """A spinner's copy of the BBC's first Wieambilla report ("a distant spot successful Queensland", "270km
    westbound of Brisbane", "the largest nonaccomplishment of beingness suffered successful 1 incidental") beside
    reports that copy neither it nor the BBC: no diff shows its habit, but its sentences read far worse English
    than the others' (``fluency.py``), so its odd words are judged, and the outlets people wrote get no garble."""
    comparison = compared_event("wieambilla-police-shooting-2022")
    garbles = [(f.witness, f.text) for f in comparison.findings if f.kind == "garble"]
    assert {("spun-copy", "westbound"), ("spun-copy", "incidental")} <= set(garbles)
    assert {w for w, _ in garbles} == {"spun-copy"}


def test_a_spinner_is_known_by_its_words_out_of_place_where_its_english_reads_only_somewhat_worse() -> None:
    """A spinner's copy of AP's debt-ceiling story ("handed by each events", "refused to barter", "gained't be
    capable to pay payments") beside reports that copy neither it nor AP's exact text: its sentences read worse,
    but not by the 1.5 nats a word of the first sign; what marks it is its share of words that the words before
    them make less likely than they are alone (``fluency.py``). Its odd words are judged; the six outlets people
    wrote get no garble."""
    comparison = compared_event("debt-ceiling-bill-passes-house-2023")
    garbles = {(f.witness, f.text) for f in comparison.findings if f.kind == "garble"}
    assert {("wealthzonehub", "barter"), ("wealthzonehub", "events"), ("wealthzonehub", "handed")} <= garbles
    assert {w for w, _ in garbles} == {"wealthzonehub"}


def test_two_spinners_of_one_source_leave_the_source_clean() -> None:
    """Two spinners each reword CBS's explainer their own way, so in most sentences no wording has a majority;
    the faithful reprint must not look like a third spinner, which would shield both from their habit. Ties
    are settled by the language model, and the spinners' swaps are flagged on them, none on the reprint."""
    trump = compared_event("trump-indicted-2023")
    garbled = {(f.witness, f.text) for f in trump.findings if f.kind == "garble"}
    assert not [t for w, t in garbled if w == "thedailycheck"]
    assert ("centralpointnews", "ligament") in garbled  # "cord transfer" in the other spinner, "wire transfer" in CBS
    assert ("centralpointnews", "tin") in garbled  # "can move forward"
    assert ("centralpointnews", "nan") in garbled  # "the", one word for one between matching words


def test_a_swap_whose_copied_words_reach_the_sentence_s_start_is_anchored_there() -> None:
    """The Wall's spun copy of Euronews opens a sentence "The costs all relate to a 2015 wiretapping scandal" where
    Euronews's reprint has "The charges": one copied word before the swap, but it opens the sentence, which
    anchors the swap as firmly as a longer run of copied words."""
    gruevski = compared_event("gruevski-nine-year-sentence-2022")
    swapped = {(f.text, f.counterpart.text) for f in gruevski.findings if f.kind == "garble" and f.witness == "thewall" and f.counterpart}
    assert ("costs", "charges") in swapped


def test_a_grave_accent_typed_for_an_apostrophe_is_one() -> None:
    """Some pages type "doesn`t" (WION's Serena Williams story): the same word as "doesn't", so the two sentences
    are one wording, with no finding at all; read as three words, it was a paraphrase, and in an outlet with a
    rewording habit a garble."""
    result = compare({"a": "She doesn`t know where the keys are kept at night.", "b": "She doesn't know where the keys are kept at night."})
    assert not result.findings


def test_the_language_model_prefers_the_wire_wording_to_the_spinners() -> None:
    assert stretch_logprob(["russian", "state"], ["media"], []) > stretch_logprob(["russian", "state"], ["advertising"], []) + 2
    assert stretch_logprob(["a", "new", "multipolar"], ["world"], []) > stretch_logprob(["a", "new", "multipolar"], ["earth"], []) + 2


def _garbles(wire: str, third: str) -> list[tuple[str, str]]:
    """(outlet, words) of every garble finding when two outlets carry ``wire`` and a third carries ``third``."""
    result = compare({"wire": wire, "reprint": wire, "third": third})
    return [(f.witness, f.text) for f in result.findings if f.kind == "garble"]


def test_a_spinners_word_that_reads_worse_is_flagged(mexico: Comparison) -> None:
    """newstracklive (spun) has "no immediate casualties" where the AP has "no immediate reports of injuries": the
    language model finds its sentence markedly worse, in an outlet with a spinner's habit. (Navalny's AP update
    has "collapsed" for the first take's "lost consciousness", as much worse by the model, but the AP shows
    no such habit: see the next test.)"""
    assert ("newstracklive", "casualties") in {(f.witness, f.text) for f in mexico.findings if f.kind == "garble"}


def test_a_swap_in_the_base_outlet_s_second_sentence_of_a_row_is_flagged() -> None:
    """adiktblog, a reworded copy of AP's Google ruling, is the lead row's base with its headline and its lead in
    the row; its lead's "could upend the Internet and embroil one of the world's best-known companies" is AP's
    "shake up the internet and hobble", and is compared although the headline, not the lead, is the base."""
    google = compared_event("google-search-monopoly-2024")
    swapped = {f.text for f in google.findings if f.kind == "garble" and f.witness == "adiktblog"}
    assert {"embroil", "upend"} <= swapped


def test_a_british_spelling_is_no_synonym_and_a_near_homograph_swap_still_is() -> None:
    """Yahoo UK writes "the Camorra organised crime group" where the LA Times has "organized crime": one word in two
    house styles. A spinner's "three other minors" for the miners of Amasra is spelled nearly alike too, and is one."""
    vangogh = compared_event("vangogh-paintings-recovered-naples-2016")
    assert not [f for f in vangogh.findings if f.kind == "garble" and f.text == "organised"]
    amasra = compared_event("amasra-mine-explosion-2022")
    minors = unit_containing(amasra, "three other minors")
    assert any(f.kind == "garble" and f.witness == minors.witness and f.sentence == minors.index and "minors" in f.text for f in amasra.findings)


def test_a_compound_written_open_or_hyphenated_is_no_swap() -> None:
    """Premium Times writes "vice president" where the BBC copies have "vice-president": one word, no garble. (A
    spinner that strips apostrophes, "Peter s" for "Peter's", still counts as changing the text.)"""
    malawi = compared_event("malawi-vp-plane-crash-2024")
    assert ("premiumtimesng", "vice president") not in {(f.witness, f.text) for f in malawi.findings if f.kind == "garble"}


def test_an_initialism_spelled_out_is_no_swap() -> None:
    """The i's AP copy has "only identity cards" where The Business Post's has "only ID cards": an editor's
    abbreviation, whose letters stand in order in the word it shortens; a spinner swaps whole words."""
    lion_air = compared_event("lion-air-jt610-crash-2018")
    assert not [f.text for f in lion_air.findings if f.kind == "garble" and f.witness == "inews" and "identity" in f.text]


def test_neighbouring_swaps_in_a_replacement_of_one_length_are_judged_together() -> None:
    """NewsTrends spins CNBC's "employees as the energy giant continues" into "staff because the vitality big
    continues": one replacement of five words a side, too long for a swap. Word for word between the shared "the",
    "vitality big" stands for "energy giant"; judged a word at a time, each reads as badly beside its swapped
    neighbour either way ("vitality giant", "energy big") and neither was flagged."""
    exxon = compared_event("exxon-1900-us-job-cuts-2020")
    assert {"vitality", "big"} <= {f.text for f in exxon.findings if f.kind == "garble" and f.witness == "newstrends"}


def test_a_name_and_its_possessive_in_another_order_is_no_swap() -> None:
    """Varthabharati's later AFP copy writes "Peru's former president" where the first version has "Former Peru
    president": the same two words, the name's possessive moved before the title. Read as a swap, it also gave the
    outlet enough of a habit to flag its honest "sprawling corruption case" for "graft investigation"."""
    garcia = compared_event("alan-garcia-suicide-arrest-2019")
    assert not [f.text for f in garcia.findings if f.kind == "garble" and f.witness == "varthabharati"]


def test_a_name_for_a_pronoun_is_no_swap() -> None:
    """Stuff's rewrite of AP's Couzens story writes "Couzens" where AP has "He" and "Everard's" where AP has "Her":
    an editor saying who is meant, which a spinner cannot know to do. Counted as swaps, they made Stuff odd one out
    often enough to read as a rewording outlet, and its honest words ("abduction", "capital") were flagged."""
    couzens = compared_event("couzens-everard-whole-life-2021")
    assert not [f.text for f in couzens.findings if f.kind == "garble" and f.witness == "stuff"]


def test_a_pronoun_turned_to_the_other_sex_in_a_copied_sentence_is_a_garble() -> None:
    """Cmio's round-trip translation of Reuters's Dugina story: "the vehicle belonged to his father" where three copies
    have "her father", in a sentence otherwise copied; and Kejriwal's arrest, where exbulletin's rewording has "her"
    for Al Jazeera's "his". A pronoun is a function word, which the swap check never read."""
    dugina = compared_event("dugina-car-bomb-2022")
    assert [(f.text, f.counterpart.text if f.counterpart else None) for f in dugina.findings if f.kind == "garble" and f.witness == "cmio" and f.text == "his"] == [("his", "her")]
    kejriwal = compared_event("kejriwal-arrested-2024")
    assert "her" in [f.text for f in kejriwal.findings if f.kind == "garble" and f.witness == "exbulletin"]


def test_a_pronoun_of_the_same_sex_in_another_case_is_no_garble() -> None:
    """Two honest outlets: "her" for "she" is grammar, not a changed person; "his" for "her" in a sentence copied
    around it is, and its explanation names the outlet to check it against."""
    base = "Police said the woman had left her car near the bridge before the storm arrived on Sunday."
    comparison = compare({"wire": base, "reprint": base, "other": base.replace("her car", "his car"), "grammar": base.replace("had left her car", "said she left the car")})
    swapped = [f for f in comparison.findings if f.kind == "garble"]
    assert [(f.witness, f.text) for f in swapped] == [("other", "his")]
    assert swapped[0].counterpart is not None and f"where {swapped[0].counterpart.witness} has “her”" in swapped[0].explanation


def test_a_swap_does_not_reach_into_a_dateline() -> None:
    """Bvcnews's spun Reuters lead drops the dateline that Channel News Asia's copy keeps ("ALMATY: People
    protesting …" against "Individuals protesting …"): a stretch holding a dateline's colon joins two phrases, and
    its counterpart is not the word the spinner swapped."""
    kyrgyzstan = compared_event("kyrgyzstan-post-election-protests-2020")
    assert not [f for f in kyrgyzstan.findings if f.kind == "garble" and f.counterpart and "ALMATY" in f.counterpart.text]


def test_a_name_with_its_particle_is_no_swap() -> None:
    """CGTN's copy of AP's Haiti cholera story writes the slum "Cite de Soleil" where Caribbean National Weekly's
    has "Cité Soleil": one name spelled two ways, its lower-case particle part of it."""
    haiti = compared_event("haiti-cholera-returns-2022")
    assert not [f for f in haiti.findings if f.kind == "garble" and f.witness == "caribbeannationalweekly"]


def test_a_unit_written_as_its_symbol_is_no_swap() -> None:
    """Inview's rewrite of AP's Yinchuan explosion gives a distance in "m" where Arab News's AP copy writes "meters":
    one unit in two spellings, an outlet's style, whatever else the rewrite swaps."""
    yinchuan = compared_event("yinchuan-barbecue-restaurant-explosion-2023")
    assert not [f for f in yinchuan.findings if f.kind == "garble" and f.text == "m"]


def test_per_cent_written_pc_is_no_swap() -> None:
    """Dawn's copy of AFP's Bangladesh blackout writes "80pc of the country" where India.com writes "80 percent":
    one unit in Dawn's house style, not a spinner's word."""
    blackout = compared_event("bangladesh-grid-failure-blackout-2022")
    assert not [f for f in blackout.findings if f.kind == "garble" and f.text.lower() == "pc"]


def test_the_last_of_many_spinners_is_judged_against_the_rows_it_still_shares() -> None:
    """Six spinners' copies of one story on Tai Po's fire: once five are taken as rewording outlets, Mintpit is odd
    one out only in rows it shares with an outlet not taken, and is judged by those rows ("has dwelled", "four
    decades annums"), not by every row it shares with the five."""
    tai_po = compared_event("hong-kong-tai-po-fire-2025")
    flagged = {f.text for f in tai_po.findings if f.kind == "garble" and f.witness == "mintpit"}
    assert {"dwelled", "annums"} <= flagged


def test_rewordings_that_share_a_thesaurus_do_not_outvote_the_copy_people_wrote() -> None:
    """Two spun copies of AP's story of Boluarte's ouster both write "arrange a debate" where the Dayton Daily News
    reprint has "set up a debate": counting the spun copies, the reprint is the odd one out and the swap went
    unjudged. A rewording outlet's wording now counts for itself only, and The Boston Courier's "arrange" is flagged;
    the reprint gets no garble."""
    boluarte = compared_event("boluarte-ousted-peru-2025")
    garbled = {(f.witness, f.text, f.counterpart.text) for f in boluarte.findings if f.kind == "garble" and f.counterpart}
    assert ("thebostoncourier", "arrange", "set up") in garbled
    assert not [f for f in garbled if f[0] == "daytondailynews"]


def test_a_spinner_s_synonyms_run_together_are_a_swap_and_a_lost_space_is_not() -> None:
    """The Australian Info's spun copy of the Fukushima decision drops spaces as it swaps words ("launching dealtwith
    water" where Euronews has "releasing treated water"): neither half of "dealtwith" is the other's word, so it is a
    swap. Greater Kashmir's Nova Scotia story only lost a space ("townalready on lockdown"), and that is no garble."""
    fukushima = compared_event("fukushima-water-release-decision-2023")
    assert "dealtwith" in {f.text for f in fukushima.findings if f.kind == "garble" and f.witness == "theaustralianinfo"}
    nova_scotia = compared_event("nova-scotia-shooting-2020")
    assert not [f for f in nova_scotia.findings if f.kind == "garble" and "townalready" in f.text]


def test_a_rank_swapped_for_an_adjective_is_a_garble_and_an_adverb_for_it_is_not() -> None:
    """Nairagator's spun copy of the ECB's first rate rise says "for the primary time in additional than 11 years":
    "primary" stands for AP's "first", a rank, which no number check reports, since no figure stands beside it. In
    Hamburg's shooting, POLITICO's "Authorities initially sent a warning" (jnews's copy) against a spun copy's "first"
    is an adverb for the rank, no garble."""
    ecb = compared_event("ecb-first-hike-in-11-years-2022")
    assert ("primary", "first") in {(f.text, f.counterpart.text) for f in ecb.findings if f.kind == "garble" and f.witness == "nairagator" and f.counterpart}
    hamburg = compared_event("hamburg-jehovahs-witness-shooting-2023")
    assert not [f for f in hamburg.findings if f.kind == "garble" and f.witness == "jnews" and f.text == "initially"]


def test_synonyms_side_by_side_inside_a_long_replacement_are_each_a_swap() -> None:
    """BVC News spins Reuters's Kyrgyzstan story word after word: "it was unclear how much actual power they
    wielded" becomes "it was unclear how a lot precise energy they wielded", one replacement of four words for
    three, too long for a swap. Inside it, "energy" stands in the place of "power" and is near it in meaning, so it
    is judged as a swap of its own; the outlet rewords throughout, and Reuters's takes get no garble."""
    kyrgyzstan = compared_event("kyrgyzstan-post-election-protests-2020")
    garbled = {(f.witness, f.text, f.counterpart.text) for f in kyrgyzstan.findings if f.kind == "garble" and f.counterpart}
    assert ("bvcnews", "energy", "power") in garbled
    assert not {w for w, _, _ in garbled} & {"news24", "channelnewsasia", "nationalpost", "upnewsinfo"}


def test_a_spinner_s_swaps_of_one_word_for_two_inside_a_long_replacement_are_each_a_swap() -> None:
    """Black Chronicle spins "gave no specific casualty count beyond saying several people were dead" into "gave no
    particular casualty depend past saying a number of people have been lifeless": one replacement of nine words
    for seven, whose sides are of two lengths, so no run stands word for word. The words it kept ("saying",
    "people") anchor the runs between them, and "have been lifeless" against "were dead" is a swap of its own."""
    copenhagen = compared_event("copenhagen-fields-mall-shooting-2022")
    garbled = {(f.witness, f.text, f.counterpart.text) for f in copenhagen.findings if f.kind == "garble" and f.counterpart}
    assert {("blackchronicle", "depend", "count"), ("blackchronicle", "have been lifeless", "were dead")} <= garbled


def test_a_rewording_outlet_s_swaps_are_flagged_and_the_outlet_it_copied_is_not(finland: Comparison) -> None:
    """enterprise2dayng spins Gatmash's AFP sentence ("held up Helsinki's bid for months") into "held up
    Helsinki's offered for a really long time"; it is odd one out of swaps in most rows it shares, so its
    swaps are judged by that habit. Gatmash, the source, gets no garble."""
    garbled = {(f.witness, f.text) for f in finland.findings if f.kind == "garble"}
    assert ("enterprise2dayng", "offered") in garbled
    assert not {w for w, _ in garbled} & {"gatmash", "reuters", "alarabiya", "thejournal", "wionews", "bm-ge"}


def test_an_honest_edit_in_a_fixture_of_real_sentences_is_not_a_garble() -> None:
    """Three swaps in one sentence are one edited sentence, not a spinner's habit across an article."""
    wire = "Officials said it was not immediately clear whether anyone had been hurt when the quake struck the coastal state."
    edited = "Officials said it was not yet clear whether anyone had been injured when the earthquake struck the coastal state."
    assert _garbles(wire, edited) == []


def test_a_fact_two_outlets_report_is_an_omission_only_for_outlets_that_ran_past_it(finland: Comparison) -> None:
    """Sweden's stuck application: two of eight outlets report it. bm-ge reports facts before and after it and
    leaves it out; Reuters' first take ends before the story reaches it, so it is not said to omit it."""

    (row,) = rows_of(finland, unit_containing(finland, "application remains stuck"))
    omitted = {f.witness for f in finland.findings if f.kind == "omission" and f.row == row.id}
    assert "bm-ge" in omitted
    assert "reuters" not in omitted and not omitted & set(row.cells)


def test_the_report_colours_are_solid_so_qt_reads_them_as_browsers_do(sample: Comparison) -> None:
    """Qt's rich text (the PDF report) reads #rrggbbaa as #aarrggbb: a garble's pink tint came out green."""
    html = render_html(sample, Annotations(), "report")
    assert not re.search(r"#[0-9a-fA-F]{8}\b", html)
    garble = tint(KIND["garble"].colour)
    red, green = int(garble[1:3], 16), int(garble[3:5], 16)
    assert red > green and f".k-garble{{border-bottom:3px solid {KIND['garble'].colour};background:{garble}}}" in html


def test_a_name_for_a_common_noun_is_no_spinner_swap() -> None:
    """Extra's PA-based Endurance story has "the Trust said Endurance was found at a depth of 3,008 metres" where The
    National has "said the ship was found": an editor naming the ship, in otherwise matching wording, is no garble."""
    endurance = compared_event("endurance-wreck-found-2022")
    assert not [f for f in endurance.findings if f.kind == "garble" and f.witness == "extra"]


def test_a_word_typed_with_the_shift_key_held_too_long_is_a_typo(finland: Comparison) -> None:
    """bm-ge wrote "TUrkey"; the diff compares words case aside, so only the typo check can see it."""
    typos = {(f.witness, f.text) for f in finland.findings if f.kind == "typo"}
    assert ("bm-ge", "TUrkey") in typos
    assert not any(text[:2].isupper() and text[2:].islower() for w, text in typos if w != "bm-ge")  # "NATO", "US" are words


def test_a_fact_half_the_outlets_report_is_an_omission_in_the_others() -> None:
    """Four of eight outlets on King Abdullah's death say he had been in hospital with pneumonia: four of the seven
    others for each outlet that does not. Reuters, Inquisitr and Egypt Independent leave it out and are named; no
    outlet whose article mentions the pneumonia is."""
    saudi = compared_event("saudi-king-abdullah-death-2015")
    (row,) = rows_of(saudi, unit_containing(saudi, "He had been in the hospital suffering from pneumonia"))
    named = {f.witness for f in saudi.findings if f.kind == "omission" and f.row == row.id}
    assert {"reuters", "inquisitr", "egyptindependent"} <= named
    mention = {w for w, units in saudi.units.items() if any("pneumonia" in u.text.lower() for u in units)}
    assert len(row.cells) == 4 and not named & mention


def test_a_spinner_s_template_left_in_its_text_makes_it_a_spinner() -> None:
    """Accurate News Info's spun copy of the Wellington hostel fire keeps its spinner's braces ("52 other folks had
    been accounted for, however {that a} quantity nonetheless remained unaccounted for"), but few of its sentences
    are copied closely enough for the diff-based checks to count its swaps. The braces make it a spinner, so its
    odd words are judged ("quantity" where another outlet says "count"); The Hill's ad tag at a line's start
    ("{mosads}“There are no survivors …") makes no one a spinner."""
    wellington = compared_event("wellington-loafers-lodge-fire-2023")
    assert "quantity" in {f.text for f in wellington.findings if f.kind == "garble" and f.witness == "accuratenewsinfo"}
    ethiopian = compared_event("ethiopian-airlines-crash-2019")
    assert not [f for f in ethiopian.findings if f.kind == "garble" and f.witness == "thehill"]


def test_two_spinners_sharing_a_thesaurus_do_not_make_the_reprint_of_their_story_the_spinner() -> None:
    """Three copies of CBS's report on the House and the Senate's bill: US Inquirer's reprint, and two spun copies
    with the same thesaurus ("laws forward of", "a whole bunch of amendments") whose braces give them away
    ("{dollars}"). Two against one, the reprint was the odd one out in every row and took the spinners' habit: eleven
    garble flags on "legislation", "hundreds", "before". The spun copies are taken first."""
    megabill = compared_event("house-takes-up-senate-megabill-2025")
    garbles = [f for f in megabill.findings if f.kind == "garble"]
    assert not [f for f in garbles if f.witness == "usinquirer"]
    assert {"invoice", "laws", "forward"} <= {f.text for f in garbles if f.witness == "allthingsnewyork"}  # "laws forward of": a word each


def test_a_name_other_outlets_write_is_no_spinner_synonym() -> None:
    """EconoTimes's own rewrite of the White House's Supreme Court pick story has "Biden" where another rewrite has
    "the President": a name that other outlets write and no dictionary lists is a way of reporting, not a
    thesaurus's word. Up News Info's spun Hpakant report has "Fb article" where others have "Facebook": a name no
    other outlet writes stays a swap."""
    scotus = compared_event("biden-scotus-pick-no-gaming-system-2022")
    assert "Biden" not in {f.text for f in scotus.findings if f.kind == "garble" and f.witness == "econotimes"}
    hpakant = compared_event("hpakant-jade-mine-landslide-2020")
    assert ("Fb", "Facebook") in {(f.text, f.counterpart.text) for f in hpakant.findings if f.kind == "garble" and f.witness == "upnewsinfo" and f.counterpart}


def test_a_month_read_as_a_verb_is_a_garble() -> None:
    """Recently Heard's spun copy of the Boar's Head recall has "reported between late Might and mid-July", and
    Jhb News's of the RBI's rate rise "since Could": a spinner reads "May" as the verb and keeps its capital. The
    figure checks leave a month to the date rules, and neither word is one an editor would count as content."""
    boars_head = compared_event("boars-head-recall-expands-2024")
    assert "Might" in {f.text for f in boars_head.findings if f.kind == "garble" and f.witness == "recentlyheard"}
    rbi = compared_event("rbi-repo-rate-5-90-2022")
    assert "Could" in {f.text for f in rbi.findings if f.kind == "garble" and f.witness == "jhbnews"}


def test_words_swapped_one_for_one_side_by_side_are_a_garble_each() -> None:
    """Harpia News's spun Precision Air report: "the aircraft principally submerged" where the Daily Herald has "the
    plane mostly submerged". The diff gives one stretch, but a spinner swapped two words, and each is its own finding
    against its own word; a phrase for a phrase of another length stays whole."""
    crash = compared_event("precision-air-lake-victoria-crash-2022")
    garbles = {(f.text, f.counterpart.text) for f in crash.findings if f.kind == "garble" and f.witness == "harpianews" and f.counterpart}
    assert {("aircraft", "plane"), ("principally", "mostly")} <= garbles
    assert ("aircraft principally", "plane mostly") not in garbles
    assert ("aircraft crashes", "plane has crashed") in garbles


def test_function_words_beside_a_swap_are_left_out_of_its_finding() -> None:
    """Black Chronicle's spun panda report: "already at a sophisticated age" where the wire has "an advanced age";
    The Wall's spun Kyrgyz border report: "Tajik residents had" where the wire has "citizens have". The swap is
    the content word; the function words beside it follow the grammar, and are no swap of their own. A content
    word against a function word ("gadgets withinside" for "objects in") is no such grammar, and stays whole."""
    panda = compared_event("lin-hui-panda-dies-chiang-mai-2023")
    garbles = {(f.text, f.counterpart.text) for f in panda.findings if f.kind == "garble" and f.witness == "blackchronicle" and f.counterpart}
    assert ("sophisticated", "advanced") in garbles
    assert ("a sophisticated", "an advanced") not in garbles
    border = compared_event("kyrgyz-tajik-border-clash-2022")
    garbles = {(f.text, f.counterpart.text) for f in border.findings if f.kind == "garble" and f.witness == "thewall" and f.counterpart}
    assert ("residents", "citizens") in garbles
    assert ("residents had", "citizens have") not in garbles


def test_a_swap_beside_another_swapped_word_is_a_garble() -> None:
    """News Parliament's spun copy of the SXSW cancellation: "the county's best elected authentic, mentioned" where
    Cheddar has "top elected official, said". No matching word follows "authentic" (a comma is no word), so it is
    no swap between matching words; in an outlet that rewords copied sentences throughout it is still one of its own."""
    sxsw = compared_event("sxsw-cancelled-coronavirus-2020")
    garbles = {(f.text, f.counterpart.text) for f in sxsw.findings if f.kind == "garble" and f.witness == "newsparliament" and f.counterpart}
    assert ("authentic", "official") in garbles
