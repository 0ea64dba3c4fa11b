"""Sentence vectors are a pure function of the sentence: the same alone and in any batch."""

from __future__ import annotations

import random

import numpy as np

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
