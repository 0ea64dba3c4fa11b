"""Sentence vectors are a pure function of the sentence: the same alone and in any batch."""

from __future__ import annotations

import random

import numpy as np
import pytest

from variantview.core.comparison import Comparison
from variantview.core.memo import clear_caches
from variantview.core.similarity.embed import embed


def test_a_sentence_vector_is_identical_alone_and_in_any_batch(sample: Comparison) -> None:
    """The sample's sentences (3 to 60-odd words, so batches mix lengths and pad) one by one, then
    shuffled into batches of random sizes: every vector must match to the bit, or the same articles
    could align differently depending on which sentences an earlier comparison had cached."""
    texts = sorted({u.text for units in sample.units.values() for u in units})
    alone = {}
    for text in texts:
        clear_caches()
        alone[text] = embed([text])[0]
    shuffle = random.Random(20261129)
    for _ in range(3):
        clear_caches()
        order = shuffle.sample(texts, len(texts))
        while order:
            size = shuffle.randint(2, 40)
            batch, order = order[:size], order[size:]
            vectors = embed(batch)
            for text, vector in zip(batch, vectors):
                assert np.array_equal(vector, alone[text]), f"{text!r} changed in a batch of {len(batch)}"
    assert len({len(t.split()) for t in texts}) > 20  # the batches did mix lengths


def test_a_full_cache_cleared_mid_call_keeps_the_vectors_already_known(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long session fills the vector cache, which is cleared when full. A call asking for a known sentence beside
    new ones must still answer for all of them: the cleared cache had lost the known one, a KeyError late in the
    real-coverage tests (WHO's Ebola emergency, "Democratic Republic Of Congo")."""
    import variantview.core.similarity.embed as embedding

    clear_caches()
    known = "The World Health Organization declared the Ebola outbreak a global emergency."
    alone = embed([known])
    monkeypatch.setattr(embedding, "_MAX_CACHED", 0)  # the cache counts as full from here
    together = embed([known, "Democratic Republic Of Congo", "The outbreak has killed more than 1,600 people."])
    assert np.array_equal(together[0], alone[0])
