"""Accuracy on real coverage: quotations read where they stand, and altered ones pinned on the words that differ.

The pages are real coverage collected for bench/real_corpus.py (``bench/corpus``,
kept out of the installed package); each assertion names a line a reader can
find in the file.
"""

from __future__ import annotations

import pytest

from tests.conftest import compared_event
from variantview.core.comparison import Comparison
from variantview.core.detect.quotations import quotes_by_unit, quotes_in


@pytest.fixture(scope="module")
def altman() -> Comparison:
    return compared_event("openai-altman-ousted-2023")


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


def test_a_quotation_copies_split_over_evenly_is_marked_on_both_sides() -> None:
    """Danske Bank's statement on its chief's resignation, translated: Reuters and two copies of it quote that the
    bank "has failed to live up to its responsibility", ITV and two copies of its wording "has not lived up to":
    three outlets each way, so no count tells which is the statement's wording, and all six are marked as
    undecided, saying so."""
    danske = [f for f in compared_event("danske-bank-ceo-resigns-2018").findings if f.kind == "quote" and "live" in f.text]
    assert {f.witness for f in danske} == {"reuters", "nhst", "seekingalpha", "itv", "newcountry923", "traderplanet"}
    assert all("As many outlets quote it one way as the other" in f.explanation for f in danske)


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


def test_a_quoted_sentence_reworded_between_its_first_and_last_words_is_one_quotation() -> None:
    """ABC Kentucky's spun copy of the Earendel story quotes the astronomer as "We clearly simply were given lucky."
    where Cheddar and RCG quote "We definitely just got lucky.": each quotation is its whole sentence, so no words
    stand around it, and the spinner swapped too much of six words for the wording alone to match them. Opening
    and closing on the same words at about one length, they are one statement, and the altered middle is pinned."""
    hubble = {(f.witness, f.text, f.counterpart.text) for f in compared_event("hubble-earendel-farthest-star-2022").findings if f.kind == "quote" and f.counterpart}
    assert ("abckentucky", "clearly simply were given", "definitely just got") in hubble
    assert not [f for f in hubble if f[0] in {"cheddar", "rcg"} and f[1] in "definitely just got"]


def test_a_quotation_finding_spans_exactly_the_altered_words(sample: Comparison) -> None:
    quotes = [f for f in sample.findings if f.kind == "quote" and f.witness == "agencies-reprint"]
    texts = {sample.witness(f.witness).text[f.start : f.end]: f.counterpart.text for f in quotes if f.counterpart}
    assert texts.get("fear") == "doubt"
    assert texts.get("earth") == "world"
    assert "“fear" not in "".join(texts)  # never the whole quotation


def test_a_quotation_reopened_by_its_next_paragraph_is_read_from_its_own_mark() -> None:
    """New Idea and the Times of Malta give the queen's speech in paragraphs that each open a quotation and never
    close it ("“One cannot undertake as much as one managed in the past..." over "“On 14th January, 2024 — 52
    years after I succeeded my beloved father — …"). Read as one running quotation, the second paragraph's mark
    closed it and their words dropped out of the comparison, and Pledge Times's "52 years after succeeding my
    beloved father" went unflagged."""
    margrethe = compared_event("margrethe-abdication-announced-2023")
    assert any(f.kind == "quote" and f.witness == "pledgetimes" and "succeeding" in f.text for f in margrethe.findings)


def test_a_sentence_opening_on_a_mark_inside_a_running_quotation_opens_its_own() -> None:
    """The India Print lost the mark that closes Nichols's first words on its line ("Nichols remarks, "You guys are
    really working hard right now. "I simply want to go home," you say."). Read as one running quotation, the
    second sentence's opening mark closed it and "you say." became the quotation; read from its own mark, "I simply
    want" stands against the wire's "I'm just trying"."""
    nichols = compared_event("tyre-nichols-video-2023")
    quoted = {f.text for f in nichols.findings if f.kind == "quote" and f.witness == "theindiaprint"}
    assert "I simply want" in quoted
    units = [u for us in nichols.units.values() for u in us if not u.boilerplate]
    line = next(u for u in nichols.units["theindiaprint"] if u.text.startswith('"I simply want'))
    assert [q.text for q in quotes_by_unit(units)[line.ref]] == ["I simply want to go home,"]


def test_a_date_in_another_house_style_inside_a_quotation_is_no_altered_quotation() -> None:
    """LBC quotes the queen "On 14 January 2024", the Times of Malta "On 14th January, 2024", Pledge Times "On January
    14, 2024": one date in three styles, while "succeeding" against "I succeeded" in the same quotation is the words."""
    margrethe = compared_event("margrethe-abdication-announced-2023")
    quoted = [f.text for f in margrethe.findings if f.kind == "quote"]
    assert not [q for q in quoted if "January" in q or q.strip() == "th"]
    assert "succeeding" in quoted


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


def test_a_statement_whose_opening_mark_was_lost_opens_with_its_paragraph() -> None:
    """Energy FM's paraphrase of the Sierra Leone minister's words lost the opening mark: "They're not protesters,
    I'm sorry. There is a distinction to be made between a demonstration, a riot, and terrorist acts. … acting
    outside the law,” he stated." The closing mark after the paragraph's third sentence closes a statement that
    opened with the paragraph, so the reworded second sentence is an altered quotation, against every other outlet's
    "There's a difference between protest and riot and acts of terrorism"."""
    sierra_leone = compared_event("sierra-leone-cost-of-living-protests-2022")
    quoted = {f.text for f in sierra_leone.findings if f.kind == "quote" and f.witness == "energyfmonline"}
    assert "terrorist acts" in quoted


def test_a_quoted_sentence_reworded_through_is_one_statement_if_it_opens_on_the_same_word() -> None:
    """Daily Newser's spun copy of Celsius's statement: "Celsius has precious belongings and we're running diligently
    to fulfill our responsibilities." against Spam Chronicles' "Celsius has valuable assets and we are working
    diligently to meet our commitments.": too few shared words to match the quotations, but one statement, opening
    on its subject; its swapped words are quote findings. Lisa Marie Presley's family's two sentences "Thank you for
    the love and prayers." and "Please keep her and our family in your prayers." close on one word and are two."""
    celsius = compared_event("celsius-pauses-withdrawals-2022")
    quoted = {f.text for f in celsius.findings if f.kind == "quote" and f.witness == "dailynewser"}
    assert {"fulfill", "responsibilities"} <= quoted
    presley = compared_event("lisa-marie-presley-death-2023")
    assert not [f for f in presley.findings if f.kind == "quote" and f.text.startswith(("Thank you for the love", "Please keep her"))]


def test_a_quotation_whose_statement_is_quoted_in_another_row_is_compared_there() -> None:
    """RC Plane Chat's "I have no idea how to fly the plane." shares its row with no other quotation of the
    passenger's words; ABC News quotes "I have no idea how to fly the airplane." in a sentence of another row. The
    Times Nation's "He was giving a speech, a man came from behind," is Jowhar's "… a speech and a person got here
    from behind," two rows away. A short quotation is not set against a long one that holds its words ("Welcome to
    Threads" against "More than 10 million people have signed up to Threads …")."""
    cessna = compared_event("palm-beach-passenger-lands-cessna-2022")
    quoted = {(f.text, f.counterpart.text) for f in cessna.findings if f.kind == "quote" and f.witness == "rcplanechat" and f.counterpart}
    assert ("plane", "airplane") in quoted
    abe = compared_event("abe-shot-2022")
    assert [f for f in abe.findings if f.kind == "quote" and f.witness == "thetimesnation" and "speech" in f.text]
    threads = compared_event("meta-threads-launch-2023")
    assert not [f for f in threads.findings if f.kind == "quote" and f.text.startswith("More than 10 million")]


def test_words_put_into_a_quotation_for_a_function_word_are_an_alteration() -> None:
    """Break N Links' spun copy quotes Meat Loaf's family as "Our hearts are broken to announce the untimely passing
    of the incomparable Meat Loaf" where four outlets quote "to announce that the incomparable Meat Loaf passed away
    tonight": "the untimely passing of" for "that" is words the statement never had, not the word diff sliding
    between two wordings, as "in" for "accelerating" is beside "accelerated" (``test_sample``)."""
    meat_loaf = compared_event("meat-loaf-death-2022")
    quoted = {(f.witness, f.text) for f in meat_loaf.findings if f.kind == "quote"}
    assert ("breaknlinks", "the untimely passing of") in quoted
