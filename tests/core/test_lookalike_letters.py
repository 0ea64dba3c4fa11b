"""Scraper copies that write Latin letters as look-alikes from other alphabets, compared as the letters they
imitate (``variantview.core.read.lookalikes``); real pages of the bench corpus, and real text of other
languages that must keep its letters."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CORPUS, compared_event
from variantview import compare
from variantview.core.read.lookalikes import LOOKALIKES, imitations
from variantview.core.read.witness import make_witness
from variantview.core.report.html import render_html

_MISREAD = {"typo", "garble", "quote", "number"}


def test_a_disguised_scraper_copy_of_a_tomb_story_is_compared_as_plain_english() -> None:
    """News58daily writes "Egyptiaп archaeologists" with a Cyrillic pe and "υпtoυched" with a Greek upsilon;
    read as written, every such word was a typo, a garble or an altered quotation."""
    result = compared_event("saqqara-wahtye-tomb-2018")
    copy = result.units["news58daily"]
    assert any(u.text.startswith("Egyptian archaeologists discovered the tomb of a priest") for u in copy)
    assert not [f.text for f in result.findings if f.witness == "news58daily" and f.kind in _MISREAD]
    (warning,) = [w for w in result.warnings if "look-alikes" in w]
    assert warning.startswith("News58daily") and "“п” for “n”" in warning


def test_a_copy_disguised_by_cyrillic_a_alone_is_read_letter_for_letter() -> None:
    """Technotrenz writes every "a" of its last paragraphs as a Cyrillic а ("Russiа", "sаid"); read, its text keeps
    the page's length and every other letter, and its metadata lists the imitation."""
    page = (CORPUS / "ukraine-government-websites-hacked-2022" / "technotrenz.txt").read_text(encoding="utf-8")
    result = compared_event("ukraine-government-websites-hacked-2022")
    witness = result.witness("technotrenz")
    assert "Previous cyber-аttаcks on Ukrаine" in page
    assert any(u.text.startswith("Previous cyber-attacks on Ukraine have been denied") for u in result.units["technotrenz"])
    assert all(a == b or (a, b) == ("а", "a") for a, b in zip(page, witness.text, strict=True))
    assert witness.metadata[LOOKALIKES] == "“а” for “a” ×77"


def test_words_of_other_alphabets_keep_their_letters() -> None:
    """A language menu ("Русский", "Ελληνικά") beside English, and a Russian sentence whose letters partly look
    Latin ("а", "с", "о"), are no disguise."""
    menu = "EnglishFrançaisDeutschРусскийTürkçeΕλληνικά\nSlovakia's Prime Minister Robert Fico was shot on Wednesday."
    russian = "Премьер-министр Словакии Роберт Фицо был ранен в среду, а его состояние остается тяжелым, сообщил министр."
    assert imitations(menu) == Counter() and make_witness("menu", menu).text == menu
    assert make_witness("ru", russian).text == russian
    assert imitations("Café owners in São Paulo said the naïve plan failed.") == Counter()


def test_a_disguised_outlet_aligns_with_its_source_sentence_for_sentence() -> None:
    """Two outlets of one wire story, one with its letters disguised: the rows pair them whole, with no finding."""
    wire = (
        "Egyptian archaeologists discovered the tomb of a priest in the pyramid complex of Saqqara.\n"
        "The tomb was found in a buried ridge at the ancient necropolis and was untouched and unlooted.\n"
        "The minister said excavation would continue through the winter."
    )
    disguised = wire.replace("n", "п").replace("u", "υ")
    result = compare({"wire": wire, "scraper": disguised})
    assert all(len(r.cells) == 2 for r in result.rows)
    assert not [f for f in result.findings if f.kind != "paraphrase"]


def test_letters_in_other_styles_and_small_capitals_are_read_as_their_letters() -> None:
    """2000daily writes its body in mathematical monospace letters ("E𝚐𝚢𝚙ti𝚊n") and its headline with the Latin
    iota for l ("ѕtᴜmЬɩe"); Shwethadin mixes small capitals, Cyrillic and Greek ("ρʟɑɴɴᴇԀ тһᴇ ɑттɑᴄᴋ")."""
    luxor = compared_event("luxor-userhat-tomb-mummies-2017").units["2000daily"]
    assert any("Archaeologists stumble Upon" in u.text for u in luxor)
    assert any(u.text.startswith("Egyptian archaeologists in Luxor have discovered") for u in luxor)
    buffalo = compared_event("buffalo-tops-shooting-suspect-2022").units["shwethadin"]
    assert any("Buffalo supermarket planned the attack for months before he drove" in u.text for u in buffalo)


_WORDS = st.text(min_size=1, max_size=12) | st.text(alphabet="aeinorstuаеорсυпɑᴏ", min_size=2, max_size=8)
"""Any text's words, and words mixing Latin letters with look-alikes, as a disguised copy writes them."""


@given(st.lists(_WORDS, max_size=40).map(" ".join))
@settings(max_examples=300)
def test_any_text_is_read_letter_for_letter_or_left_as_it_is(text: str) -> None:
    """Unicode's table pairs some letters with sequences ("rn" with "m"); a reading never changes a text's length,
    and changes no character but a letter outside ASCII, read as an ASCII letter."""
    read = make_witness("w", text).text
    assert len(read) == len(text)
    assert all(a == b or (not a.isascii() and b.isascii() and b.isalpha()) for a, b in zip(text, read, strict=True))


def test_the_report_carries_the_warning_the_window_gives() -> None:
    """An editor who exports the Saqqara comparison hands on the caution the window gave: which outlet disguises its letters."""
    report = render_html(compared_event("saqqara-wahtye-tomb-2018"))
    assert "<h2>Check these articles</h2>" in report and "News58daily (" in report and "look-alikes from other alphabets" in report
    assert "Check these articles" not in render_html(compare({"a": "Officials met on Monday.", "b": "Officials met on Tuesday."}))
