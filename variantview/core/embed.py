"""Sentence meaning as vectors: all-MiniLM-L6-v2, run with onnxruntime from a file in the package.

Outlets rewrite rather than copy: "the pledge of military cooperation" and
"the mutual defence clause" share no content word, yet mean nearly the same.
A sentence-embedding model places them close together. The model is the
int8 ONNX export built by ``tools/build_minilm.py`` (no download, no torch at
run time); it is loaded on first use, so the command line and the window
start without it, and vectors are cached per sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from variantview.core.memo import register

MODEL = Path(__file__).resolve().parent.parent / "models" / "minilm"
_BATCH = 64
_MAX_TOKENS = 128
"""Longer sentences are cut: the model was trained on pairs of at most 128 word pieces."""

_lock = threading.Lock()
_vectors: dict[str, np.ndarray] = {}
_MAX_CACHED = 100_000


_loading = threading.Lock()


def _model() -> tuple[object, object]:
    with _loading:  # two comparisons on two threads (the window's worker, a script) load it once
        return _load()


@lru_cache(maxsize=1)
def _load() -> tuple[object, object]:
    from onnxruntime import GraphOptimizationLevel, InferenceSession, SessionOptions
    from tokenizers import Tokenizer

    options = SessionOptions()
    options.graph_optimization_level = GraphOptimizationLevel.ORT_ENABLE_ALL
    session = InferenceSession(str(MODEL / "model.onnx"), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(MODEL / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=_MAX_TOKENS)
    tokenizer.enable_padding()
    return session, tokenizer


def _forget() -> None:
    with _lock:
        _vectors.clear()


register(_forget)


def ready() -> bool:
    """Whether the model is loaded (a comparison will not wait for it)."""
    return _load.cache_info().currsize > 0


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row per text (so a dot product is the cosine)."""
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _vectors))
    if missing:
        session, tokenizer = _model()
        ordered = sorted(missing, key=len)  # batches of similar length pad little
        for start in range(0, len(ordered), _BATCH):
            chunk = ordered[start : start + _BATCH]
            encoded = tokenizer.encode_batch(chunk)  # type: ignore[attr-defined]
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            vectors = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]  # type: ignore[attr-defined]
            with _lock:
                if len(_vectors) > _MAX_CACHED:
                    _vectors.clear()
                _vectors.update(zip(chunk, vectors.astype(np.float32)))
    with _lock:
        return np.stack([_vectors[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
