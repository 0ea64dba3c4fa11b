"""An outlet whose English reads far worse than the rest of the coverage: a spinner whose source is not among the outlets.

A spinner that swaps "in" for "successful", "at" for "astatine" and "police"
for "constabulary" leaves sentences that a trigram model finds markedly less
likely than the other outlets' sentences about the same event, counting only
the words the model knows (the names and rare words of a story, which every
outlet shares, would drown the difference). Where the spinner's source is
among the outlets, the diff-based checks find its swaps and so its habit;
where it is not, this is the only sign of it.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from variantview.core.detect.context import Context
from variantview.core.detect.language_model import UNKNOWN, running_logprobs
from variantview.core.text import words
from variantview.core.units.segment import Unit

GAP = 1.5
"""Nats a known word by which an outlet's typical sentence must read worse than the median outlet's. Read over the
1,967 events of bench/real_corpus.py: at 1.5 the outlets taken are four spun copies (two of them, whose sources are
not among the outlets, seen by nothing else), BBC Pidgin (already taken for its swaps) and one AI summary; no
outlet people wrote. At 1.3 a machine rewording more."""

MIN_SENTENCES = 10
"""Sentences an outlet must have to be judged: a short report of names and figures reads oddly by chance. At 5,
three outlets people wrote were taken (KESQ's six sentences on Montenegro's election among them)."""

_SAMPLE = 20
"""Sentences read per outlet, the first of the article: enough for a median, and the 30 x 1,000 bench stays cheap."""

_MIN_WORDS = 6
_MIN_KNOWN = 4
_MIN_OUTLETS = 3


def reads_badly(context: Context) -> set[str]:
    """Outlets whose sentences read ``GAP`` nats a known word worse than the median outlet's, over enough sentences."""
    typical = {w: _typical(units) for w, units in context.units.items()}
    judged = {w: v for w, v in typical.items() if v is not None}
    if len(judged) < _MIN_OUTLETS:
        return set()
    centre = statistics.median(judged.values())
    return {w for w, v in judged.items() if v <= centre - GAP}


def _typical(units: Sequence[Unit]) -> float | None:
    """The median, over the article's first sentences, of their mean log-probability a known word."""
    means = []
    for unit in units:
        if unit.boilerplate or unit.role != "body":
            continue
        mean = _known_mean([t.key for t in words(unit.text) if t.key.isalpha()])
        if mean is not None:
            means.append(mean)
        if len(means) == _SAMPLE:
            break
    return statistics.median(means) if len(means) >= MIN_SENTENCES else None


def _known_mean(keys: Sequence[str]) -> float | None:
    """Mean log-probability of the words the model knows, each given the two words before it."""
    if len(keys) < _MIN_WORDS:
        return None
    known = [logprob for logprob in running_logprobs([], keys) if logprob > UNKNOWN]
    return sum(known) / len(known) if len(known) >= _MIN_KNOWN else None
