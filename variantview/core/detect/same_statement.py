"""Whether two quotations in one row are one statement, so that the words between them are compared at all.

Outlets quote one speech in pieces, and a rewrite or a spinner rewords a quotation until little of it matches
word for word. The quote check (``quotes.py``) compares two quotations only where these tests say they are one
statement: most wording shared, the same short slot between the same words, or one whole sentence opening on the
same word; and it skips a quotation that is only a run of the other's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from variantview.core.align.inputs import DEFAULT_THRESHOLD
from variantview.core.detect.quotations import Quote
from variantview.core.similarity.meaning import similarity
from variantview.core.text import is_content_word, joined, words

SAME_QUOTE = 60.0
"""Two quotations sharing this much wording (rapidfuzz token_set_ratio) are taken as the same one."""
_SHORT_QUOTE = 3
"""Words of a short quotation: one of as many words sharing a content word, or standing between the same words,
is the same quotation."""
_STATEMENT_WORDS = 12
"""Words of a statement that opens its sentence, up to which one reworded whole is still the same statement."""
_RESTATED_LENGTH = 0.6
"""Two quotations whose word counts are at least this near are of about one length: one statement in two wordings
may be, where a short quotation against a long one is an excerpt ("felt this was the time to leave" against "So I
felt like this was the time to leave, I didn't want …")."""


def same_quote(a: str, b: str) -> bool:
    """Two quotations of one statement: most wording shared, or a short phrase of as many words sharing a
    content word ("fiery camaraderie" for "fiery friendship", where one swapped word is half the quote)."""
    if fuzz.token_set_ratio(a, b) >= SAME_QUOTE:
        return True
    x, y = wording(a), wording(b)
    return len(x) == len(y) <= _SHORT_QUOTE and any(is_content_word(k) for k in set(x) & set(y))


def excerpt(a: str, b: str) -> bool:
    """One quotation is a run of the other's words ("fine" within "He is fine and is being checked out"): quoting
    part of a statement alters none of it, though the word diff may fold so short a match into a replacement."""
    x, y = joined(wording(a)), joined(wording(b))
    return x in y or y in x


def lone_words(mine: Sequence[Quote], theirs: Sequence[Quote]) -> bool:
    """Two sentences of one row that each quote a single word: the same quotation, whatever the words
    ("described the situation as “catastrophic”" against "as “disastrous”")."""
    return len(mine) == len(theirs) == 1 and len(mine[0].text.split()) == len(theirs[0].text.split()) == 1


def same_slot(text: str, quote: Quote, other_text: str, other: Quote) -> bool:
    """Two short quotations standing between the same words ('she felt "great sadness" for …' against 'she felt
    "deep pain" for …'): one phrase quoted two ways, though they share no word. Two statements that open their
    sentences of one row, the same speaker's word after each, are one statement reworded whole ('“The matter is
    currently being looked into,” he added' against '“It is still under investigation,” he said') where they
    report the same thing by the aligner's own measure and threshold: the row's outlets often quote different
    parts of one speech there ('“A coup has been carried out,” Lugo said' against '“We will resist …,” Lugo said').
    Two quotations with no word around them, each its whole sentence, are one by their own first and last words
    (``_same_frame``)."""
    longest = max(len(quote.text.split()), len(other.text.split()))
    around = _around(text, quote)
    if around != _around(other_text, other):
        return False
    if around == ((), ()):
        return _same_frame(quote.text, other.text)
    if longest <= _SHORT_QUOTE:
        return True
    return not around[0] and longest <= _STATEMENT_WORDS and similarity(quote.text, other.text) >= DEFAULT_THRESHOLD


def _same_frame(a: str, b: str) -> bool:
    """Two quotations that are each a whole sentence of one row, opening and closing on the same words, of about one
    length ("We clearly simply were given lucky." against "We definitely just got lucky."): one statement with its
    middle reworded, though a spinner that swaps half of a short quotation leaves too little wording to match it.
    Opening on the same word, half their words shared (``_HALF_SHARED``) are enough ("Celsius has precious belongings
    and we're running diligently to fulfill our responsibilities." against "Celsius has valuable assets and we are
    working diligently to meet our commitments."); closing on the same word is not, for two statements of one
    speech often do ("Thank you for the love and prayers." against "Please keep her and our family in your
    prayers.")."""
    x, y = wording(a), wording(b)
    if min(len(x), len(y)) < 2 or not about_one_length(a, b):
        return False
    return x[0] == y[0] and (x[-1] == y[-1] or fuzz.token_set_ratio(a, b) >= _HALF_SHARED)


_HALF_SHARED = 50.0
"""rapidfuzz's token-set ratio at which two whole-sentence quotations opening on one word are one statement: the
rewordings this found over the corpus (spun, machine-translated, paraphrased) read 55-59; two different statements
of one speaker that close on one word read as much (54-60), which is why the first word must match."""


def _around(text: str, quote: Quote) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The word just before a quotation's opening mark and the one just after its closing mark."""
    before = tuple(t.key for t in words(text[: max(0, quote.start - 1)]))[-1:]
    after = tuple(t.key for t in words(text[quote.end + 1 :]))[:1]
    return before, after


def wording(text: str) -> tuple[str, ...]:
    """A text's word keys, in order: what the tests of one statement compare."""
    return tuple(t.key for t in words(text))


def about_one_length(quote: str, match: str) -> bool:
    """Two quotations whose word counts are near enough to be one statement (``_RESTATED_LENGTH``)."""
    shorter, longer = sorted(len(wording(q)) for q in (quote, match))
    return shorter >= _RESTATED_LENGTH * longer
