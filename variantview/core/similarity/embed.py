"""Sentence meaning as vectors: all-MiniLM-L6-v2, run with onnxruntime from a file in the package.

Outlets rewrite rather than copy: "the pledge of military cooperation" and
"the mutual defence clause" share no content word, yet mean nearly the same.
A sentence-embedding model places them close together. The model is the
int8 ONNX export built by ``tools/build_minilm.py`` (no download, no torch at
run time); it is loaded on first use, so the command line and the window
start without it, and vectors are cached per sentence.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from variantview.core.memo import register, resource

MODEL = Path(__file__).resolve().parents[2] / "data" / "minilm"
_MAX_TOKENS = 128
"""Longer sentences are cut: the model was trained on pairs of at most 128 word pieces."""

_lock = threading.Lock()
_vectors: dict[str, np.ndarray] = {}
_MAX_CACHED = 100_000
_WORKERS = max(1, min(4, os.cpu_count() or 1))
"""Sentences are run side by side, one core each: a news sentence is too small for the model to
split over cores (measured 1.7 ms a sentence on two threads, 2.6 ms on one run using both cores)."""


_loading = threading.Lock()


def _model() -> tuple[object, object]:
    with _loading:  # two comparisons on two threads (the window's worker, a script) load it once
        return _load()


@resource
def _load() -> tuple[object, object]:
    from onnxruntime import GraphOptimizationLevel, InferenceSession, SessionOptions
    from tokenizers import Tokenizer

    options = SessionOptions()
    options.graph_optimization_level = GraphOptimizationLevel.ORT_ENABLE_ALL
    options.intra_op_num_threads = 1
    session = InferenceSession(str(MODEL / "model.onnx"), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=_MAX_TOKENS)
    tokenizer.no_padding()  # tokenizer.json pads every text to 128 word pieces: four times the work on a news sentence
    return session, tokenizer


def _forget() -> None:
    with _lock:
        _vectors.clear()


register(_forget)


def ready() -> bool:
    """Whether the model is loaded (a comparison will not wait for it)."""
    return bool(_load.cache_info().currsize > 0)  # type: ignore[attr-defined]


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row per text (so a dot product is the cosine).

    Each text is run alone. The int8 model quantises activations per run, so
    in a batch a sentence's vector shifts with its batch-mates and padding
    (cosine 0.99 to its vector alone): the same articles compared twice, with
    different sentences already cached, could then align differently.
    Batching measured 1.75 against 2.2 ms a sentence, not worth that.
    """
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _vectors))
    if missing:
        session, tokenizer = _model()

        def run(text: str) -> np.ndarray:
            encoded = tokenizer.encode(text)  # type: ignore[attr-defined]
            feed = {"input_ids": np.array([encoded.ids], dtype=np.int64), "attention_mask": np.array([encoded.attention_mask], dtype=np.int64)}
            return np.asarray(session.run(None, feed)[0][0], dtype=np.float32)  # type: ignore[attr-defined]

        with ThreadPoolExecutor(min(_WORKERS, len(missing)), thread_name_prefix="embed") as workers:  # ended with the call: no thread outlives it
            vectors = list(workers.map(run, missing))
        with _lock:
            if len(_vectors) > _MAX_CACHED:
                _vectors.clear()
            _vectors.update(zip(missing, vectors))
    with _lock:
        return np.stack([_vectors[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
