"""Accuracy on real coverage: quotation findings pinned, implausible swaps judged by a language model.

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
from variantview.core.detect.quotations import quotes_by_unit, quotes_in
from variantview.core.report.html import render_html
from variantview.core.review.annotations import Annotations


@pytest.fixture(scope="module")
def altman() -> Comparison:
    return compared_event("openai-altman-ousted-2023")


@pytest.fixture(scope="module")
def finland() -> Comparison:
    return compared_event("finland-joins-nato-eve-2023")


def test_an_altered_quotation_is_pinned_on_the_outlet_whose_words_no_other_quotes(altman: Comparison) -> None:
    """Altman wrote "transformative for me personally, and hopefully the world a little bit". tag24 quotes it
    so, bgnesnews reorders it ("hopefully, a little bit for the world"), timeskuwait has "and, I hope,
    globally". No two agree word for word, but two quote "hopefully … world … little bit": timeskuwait
    altered it, not tag24."""
    quoted = {(f.witness, f.text) for f in altman.findings if f.kind == "quote"}
    assert ("timeskuwait", "I hope, globally") in quoted
    assert not [text for witness, text in quoted if witness == "tag24"]


def test_a_one_word_quotation_swapped_is_a_quote_finding_and_a_spelling_is_not() -> None:
    """worldtimetodays has the Syrian Civil Defense call the situation “catastrophic” where three outlets quote
    “disastrous”; the Titan event's outlets quote “mobilising” and “mobilizing”, one word spelled two ways;
    a machine translation quotes Musk's "The bird is freed" as "The bird is free"."""
    quake = {(f.witness, f.text) for f in compared_event("turkey-syria-earthquake-2023").findings if f.kind == "quote"}
    assert ("worldtimetodays", "catastrophic") in quake
    titan = [f.text for f in compared_event("titan-submersible-2023").findings if f.kind == "quote"]
    assert not [t for t in titan if t.lower().startswith("mobili")]
    musk = {(f.witness, f.text) for f in compared_event("musk-twitter-deal-2022").findings if f.kind == "quote"}
    assert ("kevinkinge", "free") in musk  # "The bird is free" for Musk's "freed": a changed word, not a spelling


def test_a_function_word_added_to_a_quotation_is_a_quote_finding_pinned_on_it() -> None:
    """A quotation is verbatim or altered: Global Trend Feeds quotes Ardern's "I am a human." where Agubey quotes
    "I am human.", and RealHacker quotes Rice's "could not be predicted, even with the radar" where Perth Now has
    "even with radar". The finding is the added word itself."""
    for event, witness, other, word in (
        ("ardern-resigns-2023", "globaltrendfeeds", "agubey", "a"),
        ("texas-hill-country-floods-2025", "realhacker", "perthnow", "the"),
    ):
        comparison = compared_event(event)
        added = [f for f in comparison.findings if f.kind == "quote" and f.witness == witness and f.counterpart and f.counterpart.witness == other]
        assert [comparison.witness(witness).text[f.start : f.end] for f in added if f.counterpart.text == "(nothing)"] == [word], event


def test_a_common_word_changed_for_another_in_a_quotation_is_a_quote_finding() -> None:
    """Washington Newsday's machine rewording quotes Surfside's mayor as "The building has literally pancaked."
    where four AP versions quote "The building is literally pancaked": "has" for "is" stands one for one between
    matching words, so it is a changed word, not the word diff sliding between two wordings."""
    comparison = compared_event("surfside-condo-collapse-2021")
    changed = {(f.text, f.counterpart.text) for f in comparison.findings if f.kind == "quote" and f.witness == "washingtonnewsday" and f.counterpart}
    assert ("has", "is") in changed


def test_a_quotation_in_typewriter_marks_is_read_as_one() -> None:
    """Afrinewz carries AFP's copy with the typewriter's marks, "the penalty was ``totally disproportionate and
    unjust''", where Cayman Mama quotes "“wholly disproportionate and unjust”": the changed word is a quote finding
    pinned on it, and the marks' own characters are no part of the quotation."""
    comparison = compared_event("everton-10-point-deduction-2023")
    changed = {(f.text, f.counterpart.text) for f in comparison.findings if f.kind == "quote" and f.witness == "afrinewz" and f.counterpart}
    assert ("totally", "wholly") in changed
    assert [q.text for q in quotes_in("was ``totally disproportionate and unjust''.")] == ["totally disproportionate and unjust"]


def test_a_quotation_whose_opening_mark_was_lost_runs_from_the_sentence_s_start() -> None:
    """The Morning News carries the Warne family's statement without its opening mark ("Shane was found
    unresponsive … medical personnel tried their best to revive him, but it was unsuccessful,” a statement says."),
    reworded against everyone's "despite the best efforts of medical staff, he could not be revived": the
    reworded words are a quote finding. A spinner's turned mark after a word still opens the quotation."""
    warne = compared_event("shane-warne-death-2022")
    changed = {(f.text, f.counterpart.text) for f in warne.findings if f.kind == "quote" and f.witness == "themorningnews" and f.counterpart}
    assert ("medical personnel tried their best to revive him, but it was unsuccessful", "despite the best efforts of medical staff, he could not be revived") in changed
    assert [q.text for q in quotes_in("It was unsuccessful,” a statement says.")] == ["It was unsuccessful,"]
    assert [q.text for q in quotes_in('We can grow no further together in this phase of our lives."')] == ["We can grow no further together in this phase of our lives."]
    assert [q.text for q in quotes_in("Kim said the deal was the” strongest always agreement between them.")] == ["strongest always agreement between them."]


def test_a_statement_in_single_marks_that_lost_its_opening_starts_after_its_colon() -> None:
    """Reporter AM's spun copy of the Daily Mail's Karachi crash report drops the opening mark ("Abdul Sattar
    Khokhar mentioned: We are attempting to verify the quantity of passengers however initially it’s 99 passengers
    and eight crew members.’"): the quotation starts after the colon, and its swapped words are quote findings
    against the Daily Mail's. A colon inside a statement, a lower-case word after it, does not start it."""
    karachi = compared_event("karachi-pia-crash-2020")
    changed = {(f.text, f.counterpart.text) for f in karachi.findings if f.kind == "quote" and f.witness == "reporteram" and f.counterpart}
    assert {("attempting", "trying"), ("quantity", "number"), ("however", "but")} <= changed
    assert not [t for t, _ in changed if "mentioned" in t]
    assert [q.text for q in quotes_in("We are focused on two things: vaccinations and testing.”")] == ["We are focused on two things: vaccinations and testing."]


def test_a_quotation_s_last_word_changed_is_pinned_on_the_outlet_alone_in_its_wording() -> None:
    """Two AP copies quote Rabuka's oath as "obey, observe, uphold and maintain"; What's New 2 Day's machine
    rewording as "obey, observe, uphold and uphold". The changed word ends the quotation, so only its left
    neighbour tells the wordings apart: "and uphold" is in one outlet's quotation, "and maintain" in two. Counting
    the word alone, "uphold" stood in all three, and the two copies were marked."""
    comparison = compared_event("fiji-rabuka-elected-pm-2022")
    marked = {(f.witness, f.text) for f in comparison.findings if f.kind == "quote"}
    assert ("whatsnew2day", "uphold") in marked
    assert not marked & {("kesq", "maintain"), ("usarmyveteran", "maintain")}


def test_a_word_changed_next_to_a_quotation_s_first_word_is_an_alteration() -> None:
    """BusinessLIVE quotes Amnesty on "credible and disturbing evidence of excessive use of force", where TimesLIVE
    and CNBC Africa quote "credible but disturbing evidence": the quotation opens on "credible", so one word matches
    before the change and six after it; the diff has nowhere to slide, and "and" is the altered word."""
    comparison = compared_event("lagos-lekki-tollgate-shooting-2020")
    changed = {(f.text, f.counterpart.text) for f in comparison.findings if f.kind == "quote" and f.witness == "businesslive" and f.counterpart}
    assert ("and", "but") in changed


def test_a_quotation_two_outlets_alone_give_two_ways_is_marked_on_both() -> None:
    """Only insider and wsbtv quote Chief Justice Roberts on Ginsburg: "a jurist of historic stature" against
    "a justice", "a tireless and resolute champion" against "a tired". No third outlet settles which is his
    wording, and neither outlet is a spinner: both are marked, saying so. Where a third outlet quotes in the
    row (Kiptum on his record, in two statements that share words), nothing is undecided."""
    ginsburg = [f for f in compared_event("ginsburg-death-2020").findings if f.kind == "quote"]
    marked = {(f.witness, f.text, f.counterpart.text if f.counterpart else "") for f in ginsburg}
    assert {("wsbtv", "justice", "jurist"), ("insider", "jurist", "justice"), ("wsbtv", "tired", "tireless"), ("insider", "tireless", "tired")} <= marked
    assert all("No third outlet" in f.explanation for f in ginsburg if f.text in ("justice", "jurist"))
    kiptum = [f.text for f in compared_event("kiptum-marathon-record-2023").findings if f.kind == "quote" and "No third outlet" in f.explanation]
    assert not kiptum


def test_one_statement_two_outlets_alone_word_apart_is_marked_on_both_and_an_excerpt_is_not() -> None:
    """Powell's statement after the Fed's largest rise since 1994: Novinite quotes "the determination to restore the
    price stability of American families", Vesti Kavkaza "the resolve it will take to restore price stability on
    behalf of American families": one statement of about one length, four words against one, marked on both.
    Kane's "felt this was the time to leave" in CKN Nigeria is an excerpt of the statement Vanguard quotes whole
    ("So I felt like this was the time to leave, I didn't want to go into the season …"): no alteration."""
    fed = {(f.witness, f.text) for f in compared_event("fed-largest-hike-since-1994-2022").findings if f.kind == "quote"}
    assert {("novinite", "determination"), ("vestikavkaza", "resolve it will take")} <= fed
    kane = [f.text for f in compared_event("kane-joins-bayern-2023").findings if f.kind == "quote" and f.witness in ("cknnigeria", "vanguard")]
    assert not [t for t in kane if "felt" in t]


def test_a_quotation_s_first_word_changed_is_an_alteration() -> None:
    """A witness of Hanoi's apartment fire said "I thought there was a fight, or something hitting the window", as
    three other outlets quote it; ENA quotes "She thought there was a fight or something banging on the window": the
    speaker changed, at the quotation's first word, where the word diff has nothing before it."""
    hanoi = {(f.witness, f.text) for f in compared_event("hanoi-alley-apartment-fire-2024").findings if f.kind == "quote"}
    assert ("ena", "She") in hanoi


def test_a_quotation_two_outlets_alone_give_two_ways_is_marked_on_both_beside_another_outlet_s_quotation() -> None:
    """Massa's concession in two translations: AOL quotes "Starting tomorrow ... is the responsibility of the new
    president", NewsTrack "Commencing tomorrow, the responsibility ... lies with the new president". The BBC's copy
    in the same row quotes him in words of its own ("From tomorrow the responsibility of providing certainty
    belongs to Milei"), a third quotation but not of this statement: no outlet settles "Starting" against
    "Commencing", and both are marked."""
    milei = {(f.witness, f.text) for f in compared_event("milei-wins-argentina-2023").findings if f.kind == "quote" and "No third outlet" in f.explanation}
    assert {("aol", "Starting"), ("newstracklive", "Commencing")} <= milei


def test_a_quotation_left_open_runs_into_the_next_line_only_where_the_page_split_its_statement() -> None:
    """Soul Survivors's obituary of Bob Saget opens "“I’m addicted to this again." and never closes it; the next
    line, "On “Full House”, Mr. Saget played a widowed father …", is the writer's own, its one quotation the
    show's name. The British Museum's director "said: “I have been carefully studying …" on one line of a
    tdpelmedia page and goes on "It is clear that the British Museum did not respond …" on the next: one
    statement the page split, still quoted."""
    saget = [u for u in compared_event("bob-saget-death-2022").units["soulsurvivors"] if not u.boilerplate]
    played = next(u for u in saget if u.text.startswith("On “Full House”, Mr. Saget played"))
    assert [q.text for q in quotes_by_unit(saget)[played.ref]] == ["Full House"]
    museum = [u for u in compared_event("british-museum-fischer-resigns-2023").units["tdpelmedia"] if not u.boilerplate]
    clear = next(u for u in museum if u.text.startswith("It is clear that the British Museum"))
    assert [q.text[:11] for q in quotes_by_unit(museum)[clear.ref]] == ["It is clear"]


def test_a_quotation_two_outlets_give_two_ways_is_settled_by_the_outlets_that_write_it_unquoted() -> None:
    """An FDA official said "When used as directed, daily oral contraception is safe …". Asianet News quotes that,
    WFXB quotes "When used directly, …"; GPB and a spinner write "When used as directed, she added, …" before
    opening their quotation. In the quotations alone it is one outlet against one; the row's sentences settle
    it: WFXB changed the words."""
    opill = {(f.witness, f.text) for f in compared_event("opill-otc-approval-2023").findings if f.kind == "quote"}
    assert ("wfxb", "directly") in opill
    assert ("asianetnews", "as directed") not in opill


def test_a_short_quotation_between_the_same_words_is_one_quotation_however_worded() -> None:
    """A paraphrase has Holmes feel "great sadness" for the victims where the BBC and City AM quote her "deep
    pain": no word in common, but both stand between "felt" and "for"."""
    holmes = {(f.witness, f.text) for f in compared_event("holmes-sentenced-2022").findings if f.kind == "quote"}
    assert ("almayadeen", "great sadness") in holmes


def test_a_spinner_s_swap_inside_a_title_is_flagged() -> None:
    """A spinner swaps the English words of an agency's name as it swaps any others: cryptoworldheadline has
    "the California Division of Monetary Safety and Innovation" for the Department of Financial Protection."""
    garbled = {f.text for f in compared_event("svb-collapse-2023").findings if f.kind == "garble" and f.witness == "cryptoworldheadline"}
    assert "Division" in garbled
    assert any("Monetary" in t for t in garbled)


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


def test_a_quotation_finding_spans_exactly_the_altered_words(sample: Comparison) -> None:
    quotes = [f for f in sample.findings if f.kind == "quote" and f.witness == "agencies-reprint"]
    texts = {sample.witness(f.witness).text[f.start : f.end]: f.counterpart.text for f in quotes if f.counterpart}
    assert texts.get("fear") == "doubt"
    assert texts.get("earth") == "world"
    assert "“fear" not in "".join(texts)  # never the whole quotation


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


def test_a_quotation_reopened_by_its_next_paragraph_is_read_from_its_own_mark() -> None:
    """New Idea and the Times of Malta give the queen's speech in paragraphs that each open a quotation and never
    close it ("“One cannot undertake as much as one managed in the past..." over "“On 14th January, 2024 — 52
    years after I succeeded my beloved father — …"). Read as one running quotation, the second paragraph's mark
    closed it and their words dropped out of the comparison, and Pledge Times's "52 years after succeeding my
    beloved father" went unflagged."""
    margrethe = compared_event("margrethe-abdication-announced-2023")
    assert any(f.kind == "quote" and f.witness == "pledgetimes" and "succeeding" in f.text for f in margrethe.findings)


def test_a_date_in_another_house_style_inside_a_quotation_is_no_altered_quotation() -> None:
    """LBC quotes the queen "On 14 January 2024", the Times of Malta "On 14th January, 2024", Pledge Times "On January
    14, 2024": one date in three styles, while "succeeding" against "I succeeded" in the same quotation is the words."""
    margrethe = compared_event("margrethe-abdication-announced-2023")
    quoted = [f.text for f in margrethe.findings if f.kind == "quote"]
    assert not [q for q in quoted if "January" in q or q.strip() == "th"]
    assert "succeeding" in quoted


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


def test_synonyms_side_by_side_inside_a_long_replacement_are_each_a_swap() -> None:
    """BVC News spins Reuters's Kyrgyzstan story word after word: "it was unclear how much actual power they
    wielded" becomes "it was unclear how a lot precise energy they wielded", one replacement of four words for
    three, too long for a swap. Inside it, "energy" stands in the place of "power" and is near it in meaning, so it
    is judged as a swap of its own; the outlet rewords throughout, and Reuters's takes get no garble."""
    kyrgyzstan = compared_event("kyrgyzstan-post-election-protests-2020")
    garbled = {(f.witness, f.text, f.counterpart.text) for f in kyrgyzstan.findings if f.kind == "garble" and f.counterpart}
    assert ("bvcnews", "energy", "power") in garbled
    assert not {w for w, _, _ in garbled} & {"news24", "channelnewsasia", "nationalpost", "upnewsinfo"}


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


def test_a_quotation_in_straight_single_marks_is_read_as_one() -> None:
    """Ynetnews's copy of the AP story has Yoon declaring an 'emergency marital law' in straight single marks, as
    the Daily Mail quotes; the other outlets quote 'emergency martial law' (curly or straight): the misspelt
    word inside the quotation is a quote finding, and the apostrophes of "country's" and "Korea's" open none."""
    korea = compared_event("south-korea-martial-law-2024")
    quoted = {(f.witness, f.text) for f in korea.findings if f.kind == "quote"}
    assert ("ynetnews", "marital") in quoted
    assert not [t for _, t in quoted if "'s" in t]


def test_a_statement_in_single_marks_closed_in_no_sentence_is_read_to_the_sentence_s_end() -> None:
    """usmail24's rewrite of the Heathrow statement opens each of its sentences with a single mark and closes none
    ("'While fire staff responds to the incident, we have no clarity ..."), where the others quote "fire crews are
    responding": the altered words are a quote finding."""
    heathrow = compared_event("heathrow-substation-fire-2025")
    quoted = {(f.witness, f.text) for f in heathrow.findings if f.kind == "quote"}
    assert ("usmail24", "staff responds") in quoted


def test_a_statement_reworded_whole_is_an_altered_quotation_and_another_part_of_the_speech_is_not() -> None:
    """Cronulla News's rewrite of AFP's Bangladesh blackout quotes the spokesman “The matter is currently being looked
    into,” he added, where every other outlet quotes “It is still under investigation,” he said: one statement,
    reworded whole. Tasnim's “A coup has been carried out,” against Panarmenian's “We will resist …” in Paraguay's
    row are two parts of one speech, however alike the sentences around them."""
    blackout = compared_event("bangladesh-grid-failure-blackout-2022")
    assert ("cronullanews", "The matter is currently being looked into") in {(f.witness, f.text) for f in blackout.findings if f.kind == "quote"}
    paraguay = compared_event("paraguay-congress-set-on-fire-2017")
    assert not [f for f in paraguay.findings if f.kind == "quote" and f.text.startswith("A coup has been carried out")]


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
