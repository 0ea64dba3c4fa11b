"""Spinner garbling judged by plausibility: the swapped word is odd English where it stands.

The structural detector (``garble.py``) needs a swap between long runs of
copied words and an outlet that is odd one out again and again; a spinner
that also restructures sentences, or swaps inside a quotation, escapes it.
What still gives a spinner away is that its synonym is the wrong sense
("a new multipolar earth", "Russian state advertising"), so its sentence reads
worse than it would with the other outlet's word in the same place. An
honest editor's different word is ordinary English in its sentence.

For each short replaced stretch between two aligned sentences, a trigram
language model (``language_model.py``) scores each side's words in its own
sentence and the other side's words put in their place. The side whose
sentence would read markedly better with the other's words is flagged, when
it is also the minority wording (fewer outlets write it: a machine translation
that makes the wire's rare word common must not flag the wire), and only when
the other side would not also read better with its counterpart's words (a
difference of style, not a garble).
"""

from __future__ import annotations

from collections.abc import Iterator

from variantview.core.align.rows import Row
from variantview.core.detect.context import Change, Context, changes_between, shared_share
from variantview.core.detect.finding import Finding
from variantview.core.detect.garble import short_swap, swap_finding
from variantview.core.detect.language_model import stretch_logprob
from variantview.core.diffing import diff_words
from variantview.core.text import Token, is_proper_name, stem, words, zipf

MARGIN = 2.5
"""Nats per word by which the other outlet's wording must read better in this outlet's sentence.
Read with bench/real_corpus.py and bench/garble.py: spinner swaps gain 2-5 ("enterprise jet" 3.3,
"counterfeit consciousness" 2.9); at 1.5 honest edits were flagged too (17 false flags in
human-written outlets against 13 at 2.5, for one more swap found)."""

_CONTEXT = 2  # words either side: the model is a trigram model
_SHARED_ENOUGH = 0.25
_ALL_PAIRS_UP_TO = 12  # outlets
_FUNCTION_ZIPF = 7.0
"""Each side needs a word rarer than this (Zipf scale): "said" (6.7) and "people" (6.2) can be
swapped, but "in", "the" and "of" alone mean the word diff has slid between two wordings."""


def detect_implausible(context: Context) -> list[Finding]:
    findings = []
    for row in context.content_rows:
        for change in _local_swaps(context, row):
            gains = {"x": _gain(change.x.text, change.x_words, change.y_words), "y": _gain(change.y.text, change.y_words, change.x_words)}
            if max(gains.values()) < MARGIN:
                continue  # neither side reads better with the other's words: no need to count the outlets
            side, _ = context.minority(change)
            if side is not None and gains[side] >= MARGIN and gains["y" if side == "x" else "x"] < MARGIN / 2:
                findings.append(_finding(change, side, gains[side]))
    return findings


def _local_swaps(context: Context, row: Row) -> Iterator[Change]:
    """Short replacements with a matching word on each side, between every two wordings of the row.

    A spinner that restructures a sentence still keeps the words around each
    swap ("a *enterprise* jet"), so the pair needs only a quarter of its words
    in common, not the copied share the structural detector asks for; and
    every pair of wordings is compared, not only each with the row's hubs,
    since the spinner's source may be any of the outlets. Beyond a story's
    ordinary coverage (dozens of sites reprinting wire copy) the pairs are
    the hub pairs the other detectors use: all pairs would grow with the
    square of the outlets.
    """
    wordings = list({u.text: u for u in context.row_units(row)}.values())
    if len(context.units) > _ALL_PAIRS_UP_TO:
        yield from (c for c in context.changes(row) if _is_word_swap(c))
        return
    for i, x in enumerate(wordings):
        for y in wordings[i + 1 :]:
            if x.witness != y.witness and shared_share(x.text, y.text) >= _SHARED_ENOUGH:
                yield from (c for c in changes_between(row, x, y, diff_words(x.text, y.text)) if _is_word_swap(c))


def _is_word_swap(change: Change) -> bool:
    """A replacement of a few words by a few others, between matching words, that no other check explains.

    Unlike the structural detector it admits common words ("said" ->
    "mentioned", "people" -> "folks", "in" -> "within"): spinners swap those
    too, and the language model, not a stop list, judges them.
    """
    xs, ys = change.x_words, change.y_words
    if not short_swap(change) or min(change.left, change.right) < 1:
        return False
    if any(is_proper_name(change.x.text, t.start) for t in xs) or any(is_proper_name(change.y.text, t.start) for t in ys):
        return False
    if [stem(t.key) for t in xs] == [stem(t.key) for t in ys]:
        return False
    return all(any(zipf(t.key) < _FUNCTION_ZIPF for t in side) for side in (xs, ys))  # "accelerating" against "in": a slid diff


def _gain(text: str, own: tuple[Token, ...], other: tuple[Token, ...]) -> float:
    """How much better (nats a word) the sentence reads with ``other``'s words in place of ``own``."""
    sentence = words(text)
    first = next(i for i, t in enumerate(sentence) if t.start == own[0].start)
    last = first + len(own)
    before = [t.key for t in sentence[max(0, first - _CONTEXT) : first]]
    after = [t.key for t in sentence[last : last + _CONTEXT]]
    return stretch_logprob(before, [t.key for t in other], after) - stretch_logprob(before, [t.key for t in own], after)


def _finding(change: Change, side: str, gain: float) -> Finding:
    return swap_finding(
        change,
        side,
        0.5 + gain / 10,
        lambda text, theirs: f"“{text}” reads as odd English here where {(change.y if side == 'x' else change.x).witness} has “{theirs}” "
        f"(a language model finds the sentence {gain:.1f} nats a word likelier with “{theirs}”): a likely spinner synonym.",
    )
