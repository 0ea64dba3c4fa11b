"""Which words are near in meaning: static word embeddings, offline and deterministic.

The odd-word check (``detect/odd_words.py``) proposes, for a word of one
outlet, the words other outlets use in its place; only words near it in
meaning are worth asking the language model about ("safety" for "security",
not "safety" for "Pyongyang"). The vectors are WordLlama's 256-dimension
static embeddings, which its wheel ships (``weights/l2_supercat_256.safetensors``);
loading them reads no network.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from variantview.core.memo import register, resource


@resource
def _model() -> object:
    import wordllama

    return wordllama.WordLlama.load(disable_download=True, cache_dir=Path(wordllama.__file__).resolve().parent, dim=256)


_vectors: dict[str, np.ndarray] = {}
register(_vectors.clear)


def word_vectors(keys: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row per word (a dot product is the cosine).

    Kept per word: a spinner's sentences are each compared with much the
    same vocabulary of the other outlets, which would otherwise be embedded
    again for every sentence.
    """
    missing = sorted({k for k in keys if k not in _vectors})
    if missing:
        _vectors.update(zip(missing, np.asarray(_model().embed(missing, norm=True), dtype=np.float32)))  # type: ignore[attr-defined]
    return np.stack([_vectors[k] for k in keys]) if keys else np.zeros((0, 256), np.float32)
