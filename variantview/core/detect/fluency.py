"""An outlet whose English reads far worse than the rest of the coverage: a spinner whose source is not among the outlets.

A spinner that swaps "in" for "successful", "at" for "astatine" and "police"
for "constabulary" leaves sentences that a trigram model finds markedly less
likely than the other outlets' sentences about the same event, counting only
the words the model knows (the names and rare words of a story, which every
outlet shares, would drown the difference). Where the spinner's source is
among the outlets, the diff-based checks find its swaps and so its habit;
where it is not, this is the only sign of it.

Most spinners' English reads only somewhat worse on average, since most of
their words are copied; what marks them then is how many of their words sit
out of place, less likely after the two words before them than with no words
before them at all: a wrong-sense synonym outside the collocations its
sentence calls for.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from variantview.core.detect.context import Context
from variantview.core.detect.language_model import UNKNOWN, running_logprobs, word_logprob
from variantview.core.text import words
from variantview.core.units.segment import Unit

GAP = 1.5
"""Nats a known word by which an outlet's typical sentence must read worse than the median outlet's. Read over the
1,967 events of bench/real_corpus.py: at 1.5 the outlets taken are four spun copies (two of them, whose sources are
not among the outlets, seen by nothing else), BBC Pidgin (already taken for its swaps) and one AI summary; no
outlet people wrote. At 1.3 a machine rewording more."""

OUT_OF_PLACE_GAP = 0.11
"""How much larger than the median outlet's an outlet's share of out-of-place words must be (words that the two
before them make less likely than they are alone: "dwelling exterior", "Sheriff's Workplace"), with its typical
sentence also ``GAP / 3`` nats worse, for it to be taken on this second sign. A spinner's wrong-sense word sits
outside its collocations; a rewriter's or a paraphrasing machine's rarer word ("significant", "predominantly")
is rare alone as well, so it does not count. Read over the 1,967 events: it adds eight spun copies that nothing
else took (Hackman's, Rite Aid's and Shiyan's among them), no outlet people wrote and no AI rewrite; the outlet
people wrote that comes nearest (UrduPoint on Rolls-Royce) has 0.107. The share of words merely unlikely in
context, tried first, took ten AI rewrites whose every choice of word it then flagged."""

MIN_SENTENCES = 8
"""Sentences an outlet must have to be judged: a short report of names and figures reads oddly by chance. At 5,
three outlets people wrote were taken (KESQ's six sentences on Montenegro's election among them); at 10, three
of the spun copies the second sign takes were too short to be judged (Celine Dion's, Bobi's, Shiyan's)."""

_SAMPLE = 20
"""Sentences read per outlet, the first of the article: enough for a median, and the 30 x 1,000 bench stays cheap."""

_MIN_WORDS = 6
_MIN_KNOWN = 4
_MIN_OUTLETS = 3


@dataclass(frozen=True)
class _Reading:
    """How an outlet's first sentences read: the median sentence's mean ln P a known word, and the share of known
    words out of place, less likely after the two words before them than alone."""

    typical: float
    out_of_place: float


def reads_badly(context: Context) -> set[str]:
    """Outlets that read markedly worse than the median outlet, on either sign, over enough sentences."""
    readings = {w: _reading(units) for w, units in context.units.items()}
    judged = {w: r for w, r in readings.items() if r is not None}
    if len(judged) < _MIN_OUTLETS:
        return set()
    typical = statistics.median(r.typical for r in judged.values())
    out_of_place = statistics.median(r.out_of_place for r in judged.values())
    return {
        w
        for w, r in judged.items()
        if r.typical <= typical - GAP
        or (r.typical <= typical - GAP / 3 and r.out_of_place >= out_of_place + OUT_OF_PLACE_GAP)
    }


def _reading(units: Sequence[Unit]) -> _Reading | None:
    """The outlet's reading over the article's first body sentences, or None with too few to judge."""
    sentences = []
    for unit in units:
        if unit.boilerplate or unit.role != "body":
            continue
        known = _known_words([t.key for t in words(unit.text) if t.key.isalpha()])
        if known:
            sentences.append(known)
        if len(sentences) == _SAMPLE:
            break
    if len(sentences) < MIN_SENTENCES:
        return None
    every = [word for known in sentences for word in known]
    return _Reading(
        typical=statistics.median(sum(w.logprob for w in known) / len(known) for known in sentences),
        out_of_place=sum(1 for w in every if w.logprob < w.alone) / len(every),
    )


@dataclass(frozen=True)
class _Word:
    logprob: float
    """ln P given the two words before it."""
    alone: float
    """ln P with no words before it."""


def _known_words(keys: Sequence[str]) -> list[_Word]:
    """The words the model knows, with their log-probabilities; empty for a short line."""
    if len(keys) < _MIN_WORDS:
        return []
    known = [
        _Word(logprob, word_logprob(key, []))
        for key, logprob in zip(keys, running_logprobs([], keys), strict=True)
        if logprob > UNKNOWN
    ]
    return known if len(known) >= _MIN_KNOWN else []
