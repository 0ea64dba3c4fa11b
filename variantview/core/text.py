"""Word-level view of text shared by similarity, diffing and detection.

Every stage that compares wording needs the same idea of a word, or their
offsets and verdicts would disagree; so tokenising, normalising and weighting
words live here and nowhere else.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import snowballstemmer
from rapidfuzz.distance import Indel
from wordfreq import zipf_frequency

from variantview.core.memo import memo_key, memo_text

# Abbreviations such as "U.S." stay one token, so "U.S." and "US" can meet.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # U.S., U.N.
    r"|\d+(?:[.,:]\d+)*%?"  # 24, 2,000, 3.5%, 10:30
    r"|[^\W_]+(?:['’`\-][^\W_]+)*"  # words, with inner apostrophes (some pages type a grave accent for one) and hyphens
    r"|\s+"
    r"|."
)

_QUOTE_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'", "–": "-", "—": "-"})

_STEMMER = snowballstemmer.stemmer("english")


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a sentence; offsets are relative to the string tokenised."""

    start: int
    end: int
    text: str
    key: str  # the comparison form: case-folded, quotes and dots folded

    @property
    def is_word(self) -> bool:
        return self.key[:1].isalnum()


@memo_text(maxsize=50_000)
def tokenize(text: str) -> tuple[Token, ...]:
    """Split into word, number, punctuation and whitespace tokens covering the text exactly.

    Cached: every detector and every grid cell tokenizes the same sentences again.
    """
    return tuple(Token(m.start(), m.end(), m.group(), token_key(m.group())) for m in _TOKEN.finditer(text))


@memo_key(maxsize=65_536)
def token_key(token: str) -> str:
    """Memoised: a story's words recur in every sentence and outlet, and Unicode normalising each was a tenth of
    tokenizing."""
    if not token.strip():
        return " "
    folded = unicodedata.normalize("NFKC", token).translate(_QUOTE_FOLD).casefold()
    if len(folded) > 1 and "." in folded and not folded[0].isdigit():
        folded = folded.replace(".", "")
    return folded


@memo_text(maxsize=50_000)
def words(text: str) -> tuple[Token, ...]:
    return tuple(t for t in tokenize(text) if t.is_word)


@memo_text(maxsize=65_536)
def content_keys(text: str) -> frozenset[str]:
    """A sentence's content words, as keys. Memoised: outlets' vocabularies and word frequencies are counted over
    every sentence, and reprints repeat most of them."""
    return frozenset(t.key for t in words(text) if is_content_word(t.key))


@memo_text(maxsize=65_536)
def content_stems(text: str) -> frozenset[str]:
    """A sentence's content words, stemmed (``content_keys``)."""
    return frozenset(stem(k) for k in content_keys(text))


def joined(keys: Iterable[str]) -> str:
    """Word keys as one string, each word between separators, so that finding a run of words in a
    sentence is a substring search (in C), and "war" does not match inside "warfare"."""
    return "".join(f"\x1f{k}\x1e" for k in keys)


@memo_text(maxsize=50_000)
def joined_words(text: str) -> str:
    """A sentence's word keys, ``joined``: a run of words ``joined`` is ``in`` it when the sentence holds the run."""
    return joined(t.key for t in words(text))


@memo_key(maxsize=200_000)
def stem(key: str) -> str:
    return str(_STEMMER.stemWord(key.replace("'", "")))


@memo_key(maxsize=200_000)
def lemmas(key: str) -> frozenset[str]:
    """Every dictionary form the word can be an inflection of, and its stem ("told" -> tell; "are", "been" ->
    be): an irregular form ("said" for "says", "spoke" for "speak") is the same word, which a stemmer does not
    see; a noun's possessive is the noun ("Peru's former president" against "Former Peru President"). lemminflect's
    English tables, loaded on first use."""
    from lemminflect import getAllLemmas

    owner = key[:-2]
    if key.endswith(("'s", "’s")) and is_content_word(owner):
        return lemmas(owner)
    return frozenset({lemma for forms in getAllLemmas(key).values() for lemma in forms} | {stem(key)})


@memo_key(maxsize=200_000)
def is_dictionary_word(key: str) -> bool:
    """A word English dictionaries list, in any of its forms ("green", "guidelines", "trump"), where a name is not
    ("biden", "putin", "london"), however often the news prints it: wordfreq counts names as words, a dictionary
    does not. lemminflect's English tables, loaded on first use."""
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(key.removesuffix("'s").removesuffix("’s")))


_SPELLED_ALIKE = 0.75
"""Indel similarity from which two words are one word spelled two ways."""


def spelled_alike(a: str, b: str) -> bool:
    """One word spelled two ways: an inflection, a typo (``typos.py`` reports it), a national spelling
    ("organised" / "organized", "colour" / "color") or a name without its accents ("Anez's" / "Áñez's", a blog's
    copy of AP), never a synonym a spinner chose."""
    return Indel.normalized_similarity(unaccented(a), unaccented(b)) >= _SPELLED_ALIKE


def unaccented(word: str) -> str:
    """The word with its accents taken off ("Áñez" is "Anez"): how pages that strip them print a name."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)) if not word.isascii() else word


_NATIONAL = (
    (re.compile(r"is(e[sd]?|ing|ation)"), r"iz\1"),
    (re.compile(r"ys(e[sd]?|ing)"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{2})our"), "or"),  # not "four" / "for"
    (re.compile(r"([^aeiou])re(s?)$"), r"\1er\2"),
    (re.compile(r"ll(ed|ing|er)"), r"l\1"),
    (re.compile(r"ogue"), "og"),
    (re.compile(r"ae"), "e"),
    (re.compile(r"oe"), "e"),
    (re.compile(r"ence$"), "ense"),
)
"""British spellings and their American forms: "organised" / "organized", "analyse" / "analyze", "colour" / "color",
"centre" / "center", "travelled" / "traveled", "catalogue" / "catalog", "paediatric" / "pediatric", "defence" / "defense"."""


def national_spelling(a: str, b: str) -> bool:
    """One word in its British and its American spelling: an outlet's house style, never a synonym swapped in."""
    if a == b or abs(len(a) - len(b)) > 2:
        return False
    return american_spelling(a) == american_spelling(b)


def american_spelling(word: str) -> str:
    """The word in its American spelling, so that two desks' house styles compare equal."""
    for pattern, replacement in _NATIONAL:
        word = pattern.sub(replacement, word)
    return word


_AUXILIARIES = frozenset({"be", "have", "do", "will", "shall", "would", "should", "can", "could", "may", "might"})


def same_lexemes(xs: Iterable[str], ys: Iterable[str]) -> bool:
    """Whether two stretches say the same words in another form: their content words pair up by lemma ("told"
    / "tells", "has dipped" / "dip"), or, with no content word on either side, their words do once the
    auxiliaries are set aside ("are" / "had been"). A change of tense or number, which no spinner makes and
    a liveblog that puts a wire story in the present tense makes throughout."""
    x_keys, y_keys = list(xs), list(ys)
    x_content = [k for k in x_keys if is_content_word(k)]
    y_content = [k for k in y_keys if is_content_word(k)]
    if not x_content and not y_content:
        x_content = [k for k in x_keys if not lemmas(k) & _AUXILIARIES]
        y_content = [k for k in y_keys if not lemmas(k) & _AUXILIARIES]
    return len(x_content) == len(y_content) and _in_some_form(x_content, y_content) and _in_some_form(y_content, x_content)


_CONTRACTED = {"n't": ("not",), "'re": ("are",), "'ll": ("will",), "'ve": ("have",), "'m": ("am",), "'d": ("would", "had"), "'s": ("is", "has", "us")}
_CONTRACTED_STEMS = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}


def _expansions(key: str) -> list[tuple[str, ...]]:
    """The words a contraction stands for ("didn't": did not; "it's": it is, it has), or the word itself."""
    for ending, meanings in _CONTRACTED.items():
        if key.endswith(ending) and len(key) > len(ending):
            stem = key[: -len(ending)]
            stem = _CONTRACTED_STEMS.get(stem, stem) if ending == "n't" else stem
            return [(stem, meaning) for meaning in meanings]
    return [(key,)]


def contracted_alike(xs: Sequence[str], ys: Sequence[str]) -> bool:
    """Whether two stretches are the same words, one contracted ("didn't" / "did not", "that's" / "that has"):
    a desk's style, which no spinner changes."""

    def spelled_out(keys: Sequence[str]) -> set[tuple[str, ...]]:
        found: set[tuple[str, ...]] = {()}
        for key in keys:
            found = {done + more for done in found for more in _expansions(key)}
        return found

    return xs != ys and bool(spelled_out(xs) & spelled_out(ys))


def keeps_words(xs: Iterable[str], ys: Iterable[str]) -> bool:
    """Whether every content word of one stretch stands, in some form, in the other ("evacuated" in "battle to
    evacuate"): words added around a kept word, an editor's addition, where a spinner replaces the word."""
    x_content = [k for k in xs if is_content_word(k)]
    y_content = [k for k in ys if is_content_word(k)]
    if not x_content or not y_content:
        return False
    shorter, longer = sorted((x_content, y_content), key=len)
    return _in_some_form(shorter, longer)


def _in_some_form(words: list[str], others: list[str]) -> bool:
    """Whether each of ``words`` shares a lemma with one of ``others``."""
    return all(any(lemmas(word) & lemmas(other) for other in others) for word in words)


def written_short(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` cut down to some of its letters, the first letter first and the rest in
    order ("Int'l" in "International", "ID" in "identity"): the shape every abbreviation has."""
    if not short[:1].isalpha() or short[:1].lower() != long[:1].lower():
        return False
    rest = iter(long.lower())
    return all(letter in rest for letter in short.lower() if letter.isalpha())


@memo_key(maxsize=200_000)
def zipf(key: str) -> float:
    """General English frequency on the Zipf scale (0 = unknown, 7+ = "the")."""
    return float(zipf_frequency(key, "en"))


@memo_key(maxsize=200_000)
def word_weight(key: str) -> float:
    """How much a shared word says about two sentences meaning the same thing.

    Function words ("the", "of") say almost nothing, rare words and names say
    a lot; numbers are weighted like moderately rare words.
    """
    if key[:1].isdigit():
        return 0.8
    return min(1.0, max(0.03, (7.3 - zipf(key)) / 4.0))


@memo_key(maxsize=200_000)
def is_content_word(key: str) -> bool:
    return key[:1].isdigit() or (key[:1].isalpha() and zipf(key) < 6.0)


def is_number(key: str) -> bool:
    return key[:1].isdigit()


def is_year(key: str) -> bool:
    """A year in figures ("2003"): the date of a fact, which many facts of one story share."""
    return len(key) == 4 and key.isdigit() and 1800 <= int(key) <= 2100


_NUMBER_WORDS = frozenset(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)

SPELLED_COUNTS = {
    word: str(value)
    for value, word in enumerate(
        ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"], start=2
    )
} | {word: str(10 * tens) for tens, word in enumerate(["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=3)}
SPELLED_COUNTS |= {
    f"{tens}-{unit}": str(int(SPELLED_COUNTS[tens]) + int(SPELLED_COUNTS.get(unit, "1")))
    for tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
}
"""Counts spelled out, as style books ask below ten ("She won eight Grammy Awards" against "won 12 Grammys") and at
the head of a sentence ("Fifty-nine people died" against "Fifty-eight people died"); "one" alone is left out, as
it is more often a pronoun or "one of" than a count."""

SPELLED_RANKS = {"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th", "seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th"}
"""Ranks spelled out, as their figures: "fifth" against "5th" is one rank."""
ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th"])
"""The endings of a rank in figures, which the tokenizer splits from its digits ("8th" is "8" and "th")."""

_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


_MERIDIEMS = frozenset(["am", "pm"])  # "p.m." folds to "pm": "1:05 am" against "1:05 p.m." is a changed time


def is_quantity(key: str) -> bool:
    """Numbers, number words, months, weekdays and a.m./p.m.: the facts a reprint may quietly change."""
    return is_count(key) or is_calendar(key)


_MAGNITUDES = frozenset(["dozens", "hundreds", "thousands", "millions", "billions"])


def vague_magnitudes(tokens: Sequence[Token]) -> bool:
    """A count given only by its order ("hundreds", "thousands of"): set against another such order it is a changed
    figure ("hundreds of people" evacuated where the others say "thousands"), set against a figure it is the same one
    told less precisely ("dozens" against "50"), and so it is no count of its own (``is_count``)."""
    return bool(tokens) and all(t.key in _MAGNITUDES for t in tokens)


def is_count(key: str) -> bool:
    """A figure or a number word, hyphenated ones too ("fifty-nine", "one-third")."""
    return is_number(key) or key in _NUMBER_WORDS or ("-" in key and all(part in _NUMBER_WORDS for part in key.split("-")))


_FIGURE_KEY = re.compile(r"\d+(?:[.,]\d+)*")


def counted_measure(key: str) -> tuple[str, str] | None:
    """A count joined to what it counts, as (the count in figures, the measure): "three-month" and "3-month" are
    ("3", "month"), "2.5-year" is ("2.5", "year"), "twenty-five-year-old" is ("25", "year-old"). Such a compound is one
    token, so a diff that sets "a nearly two-month trial" against "a nearly three-month trial" sees two words, not
    two counts. None for any other word, number words joined to each other ("fifty-nine", "one-third") among them."""
    parts = key.split("-")
    if len(parts) < 2:
        return None
    head = 2 if len(parts) > 2 and f"{parts[0]}-{parts[1]}" in SPELLED_COUNTS else 1
    count = "-".join(parts[:head])
    figure = SPELLED_COUNTS.get(count) or ("1" if count == "one" else count.replace(",", "") if _FIGURE_KEY.fullmatch(count) else None)
    measure = parts[head:]
    if figure is None or not measure or not all(part.isalpha() for part in measure) or measure[0] in _NUMBER_WORDS:
        return None
    return figure, "-".join([measure[0].removesuffix("s"), *measure[1:]])


def is_calendar(key: str) -> bool:
    """A month, a weekday or a.m./p.m."""
    return key in _MONTHS or key in _MERIDIEMS


_TITLE_SHARE = 0.6


def is_title_case(text: str) -> bool:
    """Most words capitalised: a headline or a link to one, where capitals say nothing about names."""
    tokens = words(text)
    return bool(tokens) and sum(t.text[:1].isupper() for t in tokens) >= _TITLE_SHARE * len(tokens)


def is_proper_name(text: str, start: int) -> bool:
    """A capitalised word that does not open a sentence or a quotation. The character before it is found by
    stepping back over spaces, not by copying all the text before it, which for every word of a long text cost the
    square of its length."""
    if not text[start].isupper():
        return False
    at = start - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] not in ".!?\"“”'‘’:"
