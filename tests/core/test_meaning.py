"""Meaning-aware similarity in the aligner, and the garble detector on planted and honest rewrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLE, compared_event, rows_of, unit_containing
from variantview import compare, similarity
from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.read.files import read_witnesses

TREATY = ROOT / "tests" / "fixtures" / "treaty-paraphrases"


def share_a_row(comparison: Comparison, a: str, b: str) -> bool:
    return bool({r.id for r in rows_of(comparison, unit_containing(comparison, a))} & {r.id for r in rows_of(comparison, unit_containing(comparison, b))})


@pytest.mark.parametrize(
    ("folder", "a", "b"),
    [
        (SAMPLE, "dearest friend of the Korean people", "fiery friendship"),
        (TREATY, "The mutual defence clause is part of a comprehensive strategic partnership", "The pledge of military cooperation was part of the strategic treaty"),
        (TREATY, "Thirty years ago the neighbours clashed", "fought a brief war over the Kessel valley"),
        (TREATY, "Critics in Ostmark's parliament called the agreement hasty", "Opposition parties in Ostmark criticised the deal"),
    ],
)
def test_paraphrases_sharing_few_words_land_in_one_row_by_meaning(folder: Path, a: str, b: str) -> None:
    witnesses = read_witnesses([folder])
    assert not share_a_row(compare_witnesses(witnesses, Options(meaning=False)), a, b)
    assert share_a_row(compare_witnesses(witnesses, Options(meaning=True)), a, b)


def test_the_meaning_pass_leaves_unrelated_facts_apart(sample: Comparison) -> None:
    assert not share_a_row(sample, "Russian-built limousine", "cheering crowd at Kim Il Sung Square")
    limousine = unit_containing(sample, "Russian-built limousine")
    assert [r.kind for r in rows_of(sample, limousine)] == ["unique"]


def test_the_same_topic_told_again_further_down_stays_out_of_the_main_row() -> None:
    """Four outlets' tenth or so sentence, "Trump has long said that tariffs against auto imports would be a
    defining policy of his presidency", is near the announcement of the tariffs in meaning but another fact;
    it keeps a row of its own, while a rewritten lead still joins the announcement."""
    tariffs = compared_event("trump-auto-tariffs-2025")
    assert not share_a_row(tariffs, "has long said that tariffs against auto imports", "said Wednesday he was placing 25% tariffs")
    assert share_a_row(tariffs, "Trump has said for years that tariffs on auto imports", "has long said that tariffs against auto imports")
    assert share_a_row(tariffs, "announced a 25% tariff on auto imports", "said Wednesday he was placing 25% tariffs")


def test_a_sentence_far_down_stays_out_when_its_row_of_leads_joins_the_main_fact() -> None:
    """Sydney's shark attack: a row of headlines and rewritten leads joins the main fact's, but the BBC's fifteenth
    sentence that the wording pass had put with them ("The last fatal shark attack on a Sydney beach was in 1963
    at Sugarloaf Bay.") and a spun copy's seventh ("the shark dragged the swimmer under the water") stay apart."""
    shark = compared_event("sydney-little-bay-shark-attack-2022")
    lead = "A swimmer has been killed after sustaining catastrophic injuries"
    assert share_a_row(shark, "Great white shark kills Sydney swimmer", lead)
    assert not share_a_row(shark, "The last fatal shark attack on a Sydney beach was in 1963", lead)
    assert not share_a_row(shark, "He said the shark dragged the swimmer under the water", lead)


def test_a_headline_in_its_own_words_joins_the_main_fact_s_row_and_a_feature_s_headline_does_not() -> None:
    """Headlines are compressed; read against the other headlines over the main fact's leads, "Ex-dictator
    convicted of genocide" (the Standard) and "Genocide dictator found guilty" (ITV) join the Guatemalan
    court's verdict; a feature's headline over a lead about another moment stays apart from that lead."""
    verdict = compared_event("rios-montt-genocide-verdict-2013")
    for headline in ("Ex-dictator convicted of genocide", "Genocide dictator found guilty"):
        assert share_a_row(verdict, headline, "A Guatemalan court convicted former dictator Efrain Rios Montt")
    maxwell = compared_event("maxwell-jury-wait-2021")
    assert not share_a_row(maxwell, "Behind the wait for a verdict at Maxwell jury deliberations", "four-week winding road featuring sordid testimony")


def test_similarity_ranks_a_paraphrase_above_a_neighbouring_fact() -> None:
    pledge = "The pledge of military cooperation was part of a strategic treaty."
    assert similarity(pledge, "The mutual defence clause is part of a comprehensive strategic partnership.") > similarity(pledge, "Opposition parties criticised the treaty as rushed and secretive.") + 0.15
    assert similarity(pledge, pledge) > 0.95


ARTICLE = [
    "Researchers at the Kelvar Institute unveiled a system on Monday that reads hospital scans.",
    "The team said its artificial intelligence model found early signs of disease in most of the test images.",
    "Doctors will try the system in two clinics next year before any wider use.",
    "The institute did not say how much the project cost.",
]


SPUN_ARTICLE = [
    ("The hospital said its artificial intelligence model read the scans in seconds.", "artificial intelligence", "counterfeit consciousness"),
    ("Its doctors trained a neural network on ten years of patient records.", "neural network", "neural organization"),
    ("The team used big data from four regional clinics to test the system.", "big data", "huge information"),
    ("A second model relied on deep learning to spot early tumours.", "deep learning", "profound learning"),
    ("Engineers compared it with a decision tree that doctors wrote by hand.", "decision tree", "choice tree"),
    ("The study found machine learning missed fewer cases of heart disease.", "heart disease", "heart ailments"),
    ("Patients with breast cancer were screened twice during the trial.", "breast cancer", "bosom malignancy"),
    ("The researchers said climate change had not affected the results.", "climate change", "ecological alteration"),
    ("A random forest model was kept as a fallback for rural clinics.", "random forest", "irregular woodland"),
]


def test_a_spinners_tortured_phrases_are_flagged_and_a_lone_swap_is_not() -> None:
    """A spinner swaps a phrase in every sentence (real tortured phrases from the Problematic Paper Screener);
    an outlet identical but for one swapped phrase shows no such habit: one word for another in one sentence
    is what an editor's edit looks like too (see README: an AP update's "collapsed" for "lost consciousness")."""
    wire = "\n".join(s for s, _, _ in SPUN_ARTICLE)
    spun = "\n".join(s.replace(right, tortured) for s, right, tortured in SPUN_ARTICLE)
    once = wire.replace("neural network", "brain organization")  # another tortured form: not a copy of the spinner's sentence
    result = compare({"wire": wire, "reprint": wire, "portal": spun, "edited": once})
    flagged = {(f.witness, f.text) for f in result.findings if f.kind == "garble"}
    found = [tortured for _, _, tortured in SPUN_ARTICLE if any(w == "portal" and set(text.split()) & set(tortured.split()) for w, text in flagged)]
    assert len(found) == len(SPUN_ARTICLE), found
    assert not [text for w, text in flagged if w != "portal"]


def test_an_honest_rewrite_is_not_flagged() -> None:
    """Independently written: same facts, own sentence structure (a rewrite that keeps a sentence's frame
    and swaps one word is indistinguishable from spinning; see README on the false-flag rate)."""
    rewrite = [
        "On Monday the Kelvar Institute showed off software that can read hospital scans.",
        "Most of the trial images showed early traces of illness when its developers ran the AI on them.",
        "Two clinics will test it next year, and only then could it be used more widely.",
        "No cost for the project was disclosed.",
    ]
    result = compare({"wire": "\n".join(ARTICLE), "reprint": "\n".join(ARTICLE), "rewrite": "\n".join(rewrite)})
    assert [f for f in result.findings if f.kind == "garble"] == []
    assert any(f.kind == "paraphrase" and f.witness == "rewrite" for f in result.findings)


def test_a_sentence_vector_does_not_depend_on_what_else_is_embedded_with_it() -> None:
    """The same articles compared twice must align the same, whatever the sentence cache held before."""
    from variantview.core.memo import clear_caches
    from variantview.core.similarity.embed import embed

    sentence = "Putin said the two heavily sanctioned countries would not tolerate Western blackmail."
    clear_caches()
    alone = embed([sentence])[0]
    clear_caches()
    among = embed(["Kim hugged him twice.", sentence, "A very long sentence about the treaty, the visit, the crowds and the gifts exchanged."])[1]
    assert (alone == among).all()
