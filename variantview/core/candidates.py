"""Which sentence pairs are worth scoring, and their scores, in bulk.

Comparing every sentence with every sentence of every outlet is quadratic
in the whole corpus (30 outlets x 1,000 sentences is 450 million pairs).
Instead an inverted index over the distinctive content stems proposes pairs
that share at least one of them, a sparse product ranks them, and only the
best few per sentence and outlet are scored exactly with the same formula as
``similarity``. Long sentences are also scored clause by clause, so a
sentence that combines two facts meets each sentence that reports one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from variantview.core.segment import Unit
from variantview.core.similarity import Profile, combine, corpus_damping, profile

Ref = tuple[str, int]

_CLAUSE_BREAK = re.compile(r"[;:]\s+|,\s+(?=(?:and|but|while|whereas|as|which|who|where|saying|adding)\b)|\s+[-–—]{1,2}\s+")
_LONG_SENTENCE_WORDS = 22
_MIN_CLAUSE_WORDS = 5
TOP_PER_OUTLET = 3
_BLOCK = 2048


@dataclass(frozen=True)
class _Segment:
    unit: int  # position in the units list
    profile: Profile


def scored_pairs(units: Sequence[Unit], floor: float) -> dict[tuple[Ref, Ref], float]:
    """Similarity of every promising cross-outlet unit pair scoring at least ``floor``.

    Keys are ordered pairs ``(a, b)`` with ``a < b``; a unit pair's score is
    the best over its whole-sentence and clause-level comparisons.
    """
    if len({u.witness for u in units}) < 2:
        return {}
    damping = corpus_damping([u.text for u in units])
    segments = _segments(units, damping)
    vocabulary = _vocabulary(segments)
    full = _matrix(segments, vocabulary, set(vocabulary))
    rare = _matrix(segments, vocabulary, _distinctive_stems(units, segments, vocabulary))
    index = _witness_index(units)
    witness_of = np.array([index[units[s.unit].witness] for s in segments], dtype=np.int32)
    unit_of = np.array([s.unit for s in segments], dtype=np.int64)
    left, right = _candidates(rare, witness_of, unit_of)
    if not len(left):
        return {}
    scores = _exact_scores(full, segments, left, right)
    return _best_per_unit_pair(units, unit_of, left, right, scores, floor)


def _witness_index(units: Sequence[Unit]) -> dict[str, int]:
    return {w: i for i, w in enumerate(dict.fromkeys(u.witness for u in units))}


def _segments(units: Sequence[Unit], damping: dict[str, float]) -> list[_Segment]:
    segments = []
    for i, unit in enumerate(units):
        segments.append(_Segment(i, profile(unit.text, damping)))
        if len(unit.text.split()) >= _LONG_SENTENCE_WORDS:
            clauses = [c for c in _CLAUSE_BREAK.split(unit.text) if len(c.split()) >= _MIN_CLAUSE_WORDS]
            if len(clauses) > 1:
                segments.extend(_Segment(i, profile(c, damping)) for c in clauses)
    return [s for s in segments if s.profile.total > 0]


def _vocabulary(segments: Sequence[_Segment]) -> dict[str, int]:
    vocabulary: dict[str, int] = {}
    for segment in segments:
        for s in segment.profile.weights:
            vocabulary.setdefault(s, len(vocabulary))
    return vocabulary


def _distinctive_stems(units: Sequence[Unit], segments: Sequence[_Segment], vocabulary: dict[str, int]) -> set[str]:
    """Stems rare enough to propose pairs: at most a few occurrences per outlet on average.

    A stem in nearly every sentence ("said", the protagonist's name) would
    propose every pair; pairs that share only such stems cannot reach the
    similarity threshold anyway, because those stems are damped.
    """
    outlets = len({u.witness for u in units})
    cap = max(12, 4 * outlets)
    df: dict[str, int] = {}
    for segment in segments:
        for s in segment.profile.weights:
            df[s] = df.get(s, 0) + 1
    return {s for s, d in df.items() if d <= cap}


def _matrix(segments: Sequence[_Segment], vocabulary: dict[str, int], keep: set[str]) -> sparse.csr_matrix:
    """Segments x stems, holding the square root of each weight so that a row product sums weights."""
    rows, cols, values = [], [], []
    for r, segment in enumerate(segments):
        for s, w in segment.profile.weights.items():
            if s in keep:
                rows.append(r)
                cols.append(vocabulary[s])
                values.append(np.sqrt(w))
    return sparse.csr_matrix((values, (rows, cols)), shape=(len(segments), len(vocabulary)), dtype=np.float32)


def _candidates(rare: sparse.csr_matrix, witness_of: np.ndarray, unit_of: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Segment pairs (left < right by unit) among each segment's best few per other outlet."""
    transposed = rare.T.tocsr()
    lefts, rights = [], []
    for start in range(0, rare.shape[0], _BLOCK):
        block = (rare[start : start + _BLOCK] @ transposed).tocoo()
        i = block.row.astype(np.int64) + start
        j = block.col.astype(np.int64)
        v = block.data
        keep = witness_of[i] != witness_of[j]
        i, j, v = i[keep], j[keep], v[keep]
        order = np.lexsort((-v, witness_of[j], i))
        i, j = i[order], j[order]
        group = np.stack([i, witness_of[j]], axis=1)
        starts = np.ones(len(i), dtype=bool)
        starts[1:] = np.any(group[1:] != group[:-1], axis=1)
        rank = np.arange(len(i)) - np.maximum.accumulate(np.where(starts, np.arange(len(i)), 0))
        top = rank < TOP_PER_OUTLET
        lefts.append(i[top])
        rights.append(j[top])
    left = np.concatenate(lefts) if lefts else np.empty(0, np.int64)
    right = np.concatenate(rights) if rights else np.empty(0, np.int64)
    swap = unit_of[left] > unit_of[right]
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    pairs = np.unique(np.stack([left, right], axis=1), axis=0)
    return pairs[:, 0], pairs[:, 1]


def _exact_scores(full: sparse.csr_matrix, segments: Sequence[_Segment], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    shared = np.asarray(full[left].multiply(full[right]).sum(axis=1)).ravel()
    totals = np.array([s.profile.total for s in segments])
    dice = 2.0 * shared / (totals[left] + totals[right])
    ratio = process.cpdist(
        [segments[i].profile.stems for i in left],
        [segments[j].profile.stems for j in right],
        scorer=fuzz.token_sort_ratio,
        workers=-1,
    )
    return combine(dice, np.asarray(ratio, dtype=np.float64) / 100.0)


def _best_per_unit_pair(
    units: Sequence[Unit], unit_of: np.ndarray, left: np.ndarray, right: np.ndarray, scores: np.ndarray, floor: float
) -> dict[tuple[Ref, Ref], float]:
    best: dict[tuple[Ref, Ref], float] = {}
    keep = scores >= floor
    for a, b, score in zip(unit_of[left[keep]].tolist(), unit_of[right[keep]].tolist(), scores[keep].tolist()):
        ra, rb = units[a].ref, units[b].ref
        key = (ra, rb) if ra < rb else (rb, ra)
        if score > best.get(key, 0.0):
            best[key] = float(score)
    return best
