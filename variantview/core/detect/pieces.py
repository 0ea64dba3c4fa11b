"""Swaps inside a replacement too long to be one: a spinner's neighbouring synonyms, run together by the diff.

A spinner swaps words one at a time, but it swaps many, and where two or
three stand side by side ("an emergency call center was" for "a relief
headquarters had been", "Metal will get entry" for "Steel gets access")
the word diff reports one replacement of four or five words, longer than a
swap (``garble.MAX_WORDS``), so no swap check sees the synonyms inside it.
Where the two sides are of one length, the runs of different words between
the words they share are swaps in place, judged whole; in an outlet of a
strong rewording habit, so are the runs between shared words of sides of two
lengths (a spinner's one word for two or three); within any such
replacement, the content words of the two sides are also paired in order by
meaning (``word_vectors.py``): each pair near in meaning is a one-for-one swap
to judge like any other. A rewrite that says something else in its own
words pairs few of its words so; and only outlets already shown to reword
copied sentences throughout are judged on these pieces (``plausibility.py``),
so a person's rewrite, which also replaces long stretches, is not.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from difflib import SequenceMatcher

import numpy as np

from variantview.core.detect.context import Change
from variantview.core.detect.garble import MAX_WORDS
from variantview.core.detect.word_vectors import word_vectors
from variantview.core.text import Token, is_content_word, spelled_alike

NEAR = 0.25
"""Word-vector cosine at which two words inside a long replacement are one word swapped for another."""

LONGEST = 12
LENGTHS_APART = 1.5
"""The replacements split: at most this many words a side, the longer side at most this much longer than the
other; beyond, the two sides say different things (a headline against a lead), not the same words swapped."""


def pieces(change: Change, uneven: bool = False) -> Iterator[Change]:
    """The swaps inside a long replacement: the runs in place (``_in_place``), or, if ``uneven``, between the words
    two sides of two lengths share (``_between_shared``); then the word pairs near in meaning outside the runs in
    place."""
    xs, ys = change.x_words, change.y_words
    shorter, longer = sorted((len(xs), len(ys)))
    if not MAX_WORDS < longer <= LONGEST or longer > LENGTHS_APART * shorter:
        return
    runs = list(_in_place(change)) if len(xs) == len(ys) else []
    yield from runs
    if uneven and len(xs) != len(ys):
        yield from _between_shared(change)
    x_content = [t for t in xs if is_content_word(t.key)]
    y_content = [t for t in ys if is_content_word(t.key)]
    if not x_content or not y_content:
        return
    near = word_vectors([t.key for t in x_content]) @ word_vectors([t.key for t in y_content]).T
    for i, j in _in_order(near):
        if not any(run.x_span[0] <= x_content[i].start < run.x_span[1] for run in runs):
            yield _piece(change, x_content[i], y_content[j])


def _in_place(change: Change) -> Iterator[Change]:
    """Word for word, the runs of different words between the words both sides share, where the two sides are
    of one length: a spinner swaps words in their places ("staff because the vitality big" for "employees as the
    energy giant"), so each run is a swap, judged whole ("vitality big" against "energy giant"), since the model
    reads a word beside its swapped neighbour as badly either way."""
    run: list[int] = []
    for k, (x, y) in enumerate([*zip(change.x_words, change.y_words), (None, None)]):
        if x is not None and y is not None and x.key != y.key:
            run.append(k)
            continue
        if run and len(run) <= MAX_WORDS:
            yield from _run(change, change.x_words[run[0] : run[-1] + 1], change.y_words[run[0] : run[-1] + 1])
        run = []


def _between_shared(change: Change) -> Iterator[Change]:
    """The runs of different words between the words two sides of two lengths share, in order: a spinner swaps one
    word for two or three as readily as one for one ("gave no particular casualty depend past saying a number of
    people have been lifeless" for "count beyond saying several people were dead"), and the words it kept
    ("saying", "people") anchor the runs between them ("depend past" against "count beyond", "have been lifeless"
    against "were dead"). A run with nothing on one side is a word added or dropped, no swap; nor is one holding a
    word the other side spells alike, with a word added beside it ("euthanised" against "have been euthanized").
    Read only for an outlet of a strong rewording habit (``plausibility.STRONG_HABIT``). Read with
    bench/real_corpus.py over the 672 events with a rewording outlet: listed garbles found 5,275 -> 5,296 (more in
    18 events, fewer in none), false garbles in human-written outlets 815 -> 815, unlisted flags in spun outlets
    2,919 -> 2,956. Read for every rewording outlet (a first draft, also in place of the runs of sides of one
    length, before the spelling test): 5,305, 857 and 3,048, people-written outlets taken for rewordings passing the
    spinners' bar with them."""
    xs, ys = change.x_words, change.y_words
    matcher = SequenceMatcher(None, [t.key for t in xs], [t.key for t in ys], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        xrun, yrun = xs[i1:i2], ys[j1:j2]
        if tag == "replace" and max(len(xrun), len(yrun)) <= MAX_WORDS and not any(spelled_alike(x.key, y.key) for x in xrun for y in yrun):
            yield from _run(change, xrun, yrun)


def _run(change: Change, xs: tuple[Token, ...], ys: tuple[Token, ...]) -> Iterator[Change]:
    """A run of each side as a change of its own, where each side holds a content word."""
    if any(is_content_word(t.key) for t in xs) and any(is_content_word(t.key) for t in ys):
        yield replace(change, x_span=(xs[0].start, xs[-1].end), y_span=(ys[0].start, ys[-1].end), x_words=xs, y_words=ys, left=0, right=0)


def _in_order(near: np.ndarray) -> list[tuple[int, int]]:
    """Pairs (i, j), both increasing, of cosine at least ``NEAR`` and of the greatest total (a monotone alignment),
    so that a word is paired with the word in its place, not with a like word elsewhere in the stretch."""
    rows, cols = near.shape
    best = np.zeros((rows + 1, cols + 1))
    for i in range(1, rows + 1):
        for j in range(1, cols + 1):
            paired = best[i - 1, j - 1] + near[i - 1, j - 1] if near[i - 1, j - 1] >= NEAR else -1.0
            best[i, j] = max(best[i - 1, j], best[i, j - 1], paired)
    pairs: list[tuple[int, int]] = []
    i, j = rows, cols
    while i and j:
        if near[i - 1, j - 1] >= NEAR and best[i, j] == best[i - 1, j - 1] + near[i - 1, j - 1]:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif best[i, j] == best[i - 1, j]:
            i -= 1
        else:
            j -= 1
    return pairs[::-1]


def _piece(change: Change, x: Token, y: Token) -> Change:
    """One word of each side as a change of its own, its neighbours being swapped words too (no matching word
    beside it)."""
    return replace(change, x_span=(x.start, x.end), y_span=(y.start, y.end), x_words=(x,), y_words=(y,), left=0, right=0)
