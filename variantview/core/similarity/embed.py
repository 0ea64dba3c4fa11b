"""Sentence meaning as vectors: all-MiniLM-L6-v2, run with onnxruntime from a file in the package.

Outlets rewrite rather than copy: "the pledge of military cooperation" and
"the mutual defence clause" share no content word, yet mean nearly the same.
A sentence-embedding model places them close together. The model is the
static int8 ONNX export built by ``tools/build_encoder.py`` (no download, no
torch at run time); it is loaded on first use, so the command line and the
window start without it, and vectors are cached per sentence.

Sentences run in batches, yet a sentence's vector is bit-identical alone and
in any batch, padded or not (``tests/core/test_embed.py``): the model's int8
scales are fixed at build time, not measured per run, and the mean over a
sentence's word pieces is taken here, per sentence, because onnxruntime's
sum over a batch rounds differently from the same sum over one sentence. So
the same articles always align the same way, whatever was cached before.
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
"""Batches run side by side, one core each: a batch of news sentences is too small for the model to
split well over cores."""
_BATCH = 4
"""Sentences a run at most, sorted by length so that little padding is computed (on the sample,
CPU time a sentence: 4.0 ms alone, 3.2 ms in fours, 3.4 in eights, 3.7 in sixteens)."""


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
    """Unit-length vectors, one row per text (so a dot product is the cosine)."""
    with _lock:
        known = {t: _vectors[t] for t in texts if t in _vectors}  # held here: a full cache is cleared below
    missing = list(dict.fromkeys(t for t in texts if t not in known))
    if missing:
        session, tokenizer = _model()
        encoded = tokenizer.encode_batch(missing)  # type: ignore[attr-defined]

        def run(batch: list[int]) -> list[np.ndarray]:
            width = max(len(encoded[i].ids) for i in batch)
            ids = np.zeros((len(batch), width), np.int64)  # padded with [PAD] (id 0), masked out below
            mask = np.zeros((len(batch), width), np.int64)
            for row, i in enumerate(batch):
                ids[row, : len(encoded[i].ids)] = encoded[i].ids
                mask[row, : len(encoded[i].ids)] = 1
            tokens = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]  # type: ignore[attr-defined]
            return [pooled(tokens[row], len(encoded[i].ids)) for row, i in enumerate(batch)]

        batches = _batches([len(e.ids) for e in encoded])
        with ThreadPoolExecutor(min(_WORKERS, len(batches)), thread_name_prefix="embed") as workers:  # ended with the call: no thread outlives it
            vectors = {missing[i]: v for batch, out in zip(batches, workers.map(run, batches)) for i, v in zip(batch, out)}
        with _lock:
            if len(_vectors) > _MAX_CACHED:
                _vectors.clear()
            _vectors.update(vectors)
        known.update(vectors)
    return np.stack([known[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)


def _batches(lengths: list[int]) -> list[list[int]]:
    """Indices into ``lengths`` in runs of similar length, enough runs to keep every worker busy."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    size = max(1, min(_BATCH, -(-len(order) // _WORKERS)))
    return [order[i : i + size] for i in range(0, len(order), size)]


def pooled(tokens: np.ndarray, length: int) -> np.ndarray:
    """The mean of a sentence's first ``length`` word-piece vectors (the rest is padding), at unit length.

    Summed in float64 over this sentence's rows alone, so the result does not depend on
    what else shared its batch.
    """
    mean = tokens[:length].astype(np.float64).mean(axis=0)
    return np.asarray(mean / np.linalg.norm(mean), dtype=np.float32)
