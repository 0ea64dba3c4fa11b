"""How much wording two sentences share, on a 0..1 scale: the wording score.

Outlets rewrite rather than copy, so the score looks at the content words
two sentences share (stemmed, so "attacked" meets "attack"), weighted by how
rare each word is in English: sharing "satellites" says more than sharing
"said". A character-level ratio on the same stems rewards near-copies.
The aligner's wording pass uses exactly this score, computed in bulk
(``align/candidates.py``); the final similarity (``meaning.py``) adds meaning.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz

from variantview.core.text import content_stems, is_content_word, stem, word_weight, words

F = TypeVar("F", float, np.ndarray)  # one pair's scores, or many pairs' in bulk


@dataclass(frozen=True, slots=True)
class Profile:
    """The content of one sentence as the similarity score sees it."""

    weights: dict[str, float]  # stem -> weight
    total: float
    stems: str  # content stems in reading order, for the character-level ratio


def profile(text: str, damping: Mapping[str, float] | None = None) -> Profile:
    """A sentence's weighted content stems; ``damping`` scales stems common in this comparison."""
    weights: dict[str, float] = {}
    order: list[str] = []
    for token in words(text):
        if not is_content_word(token.key):
            continue
        s = stem(token.key)
        weight = word_weight(token.key) * (damping.get(s, 1.0) if damping else 1.0)
        weights[s] = max(weights.get(s, 0.0), weight)
        order.append(s)
    return Profile(weights=weights, total=sum(weights.values()), stems=" ".join(order))


def corpus_damping(texts: Sequence[str]) -> dict[str, float]:
    """Scale for stems that many sentences of one comparison share.

    In a comparison about one event the protagonists' names occur in most
    sentences: sharing "Putin" then says little, however rare the name is in
    English. A stem in two sentences keeps full weight; the scale falls with
    the logarithm of how many sentences hold it (inverse document frequency).
    """
    n = len(texts)
    df: Counter[str] = Counter()
    for text in texts:
        df.update(content_stems(text))
    top = math.log((n + 1) / 2.5)
    if top <= 0:
        return {}
    return {s: max(0.1, min(1.0, math.log((n + 1) / (d + 0.5)) / top)) for s, d in df.items() if d > 2}


def overlap(a: Profile, b: Profile) -> float:
    """Weighted Dice coefficient over content stems."""
    if not a.total or not b.total:
        return 0.0
    small, large = (a.weights, b.weights) if len(a.weights) <= len(b.weights) else (b.weights, a.weights)
    shared = sum(min(w, large[s]) for s, w in small.items() if s in large)
    return 2.0 * shared / (a.total + b.total)


def combine(dice: F, ratio: F) -> F:
    """Blend the weighted overlap with the stem-sequence ratio (both 0..1)."""
    return 0.75 * dice + 0.25 * ratio


def profile_similarity(a: Profile, b: Profile) -> float:
    if not a.total or not b.total:
        return 0.0
    return combine(overlap(a, b), fuzz.token_sort_ratio(a.stems, b.stems) / 100.0)


def wording_similarity(a: str, b: str, damping: Mapping[str, float] | None = None) -> float:
    """How much wording two sentences share, 0..1: the wording pass's score, and what a paraphrase finding cites.

    The final similarity (``meaning.similarity``, the public ``variantview.similarity``)
    adds sentence meaning to it.

    Without ``damping`` words are weighted by English frequency alone; the
    aligner passes the comparison's own damping (see ``corpus_damping``).
    """
    return profile_similarity(profile(a, damping), profile(b, damping))
