"""Which sentence pairs are worth scoring, and their scores, in bulk.

Comparing every sentence with every sentence of every outlet is quadratic
in the whole corpus (30 outlets x 1,000 sentences is 450 million pairs).
Instead an inverted index over the distinctive content stems proposes pairs
that share at least one of them, a sparse product ranks them, and only the
best few per sentence and outlet are scored exactly with the same formula as
``similarity``. Long sentences are also scored clause by clause, so a
sentence that combines two facts meets each sentence that reports one.

Outlets reprint wire copy word for word, so all of this runs on distinct
wordings, each standing for every unit that carries it; scores are handed
back to the units at the end (two units with one wording score 1).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from rapidfuzz import fuzz, process
from scipy import sparse

from variantview.core.similarity.lexical import Profile, combine, corpus_damping, profile
from variantview.core.units.segment import Unit

Ref = tuple[str, int]


def witnesses_of(group: set[Ref]) -> set[str]:
    """The outlets a row (a group of units) holds."""
    return {w for w, _ in group}

_CLAUSE_BREAK = re.compile(r"[;:]\s+|,\s+(?=(?:and|but|while|whereas|as|which|who|where|saying|adding)\b)|\s+[-–—]{1,2}\s+")
_LONG_SENTENCE_WORDS = 22
_MIN_CLAUSE_WORDS = 5
TOP_PER_OUTLET = 3
_BLOCK = 2048


@dataclass(frozen=True)
class _Segment:
    wording: int  # position in the wordings list
    profile: Profile


@dataclass(frozen=True)
class Scores:
    """Similarity between units, held per wording: a wording is the units that share one exact text.

    ``nodes`` never holds two units of one outlet (an outlet that repeats a
    sentence gets a second wording), so a wording can be placed in a row whole.
    """

    nodes: tuple[tuple[Ref, ...], ...]
    pairs: Mapping[tuple[int, int], float]  # (node, node) with the smaller first
    damping: Mapping[str, float] = field(default_factory=dict)  # the comparison's damping of common stems

    @cached_property
    def node_of(self) -> dict[Ref, int]:
        return {ref: i for i, refs in enumerate(self.nodes) for ref in refs}

    @cached_property
    def sizes(self) -> list[int]:
        return [len(refs) for refs in self.nodes]

    def get(self, a: Ref, b: Ref) -> float:
        x, y = self.node_of.get(a), self.node_of.get(b)
        if x is None or y is None:
            return 0.0
        if x == y:
            return 1.0 if a != b else 0.0
        return self.pairs.get((x, y) if x < y else (y, x), 0.0)

    def best_per_unit(self) -> dict[Ref, float]:
        """Each unit's best score with a unit of another outlet."""
        best: dict[int, float] = {i: 1.0 for i, refs in enumerate(self.nodes) if len(refs) > 1}
        for (x, y), score in self.pairs.items():
            best[x] = max(best.get(x, 0.0), score)
            best[y] = max(best.get(y, 0.0), score)
        return {ref: score for node, score in best.items() for ref in self.nodes[node]}


def scored_pairs(units: Sequence[Unit], floor: float) -> Scores:
    """Similarity of every promising cross-outlet pair of wordings scoring at least ``floor``.

    A pair's score is the best over its whole-sentence and clause-level comparisons.
    """
    nodes = _wordings(units)
    if len({u.witness for u in units}) < 2:
        return Scores(nodes=tuple(tuple(u.ref for u in node) for node in nodes), pairs={})
    damping = corpus_damping([u.text for u in units])
    segments = _segments([node[0].text for node in nodes], damping)
    vocabulary = _vocabulary(segments)
    full = _matrix(segments, vocabulary, set(vocabulary))
    rare = _matrix(segments, vocabulary, _distinctive_stems(units, segments, vocabulary))
    index = {w: i for i, w in enumerate(dict.fromkeys(u.witness for u in units))}
    witness_of = np.array([index[nodes[s.wording][0].witness] for s in segments], dtype=np.int32)
    node_of = np.array([s.wording for s in segments], dtype=np.int64)
    left, right = _candidates(rare, witness_of, node_of)
    scores = _exact_scores(full, segments, left, right) if len(left) else np.empty(0)
    pairs = _best_per_node_pair(node_of[left], node_of[right], scores, floor)
    return Scores(nodes=tuple(tuple(u.ref for u in node) for node in nodes), pairs=pairs, damping=damping)


def _wordings(units: Sequence[Unit]) -> list[list[Unit]]:
    """Units grouped by exact text, in first-seen order; an outlet's second use of a text starts a new group."""
    groups: dict[tuple[str, int], list[Unit]] = {}
    uses: dict[tuple[str, str], int] = {}
    for unit in units:
        n = uses.get((unit.witness, unit.text), 0)
        uses[(unit.witness, unit.text)] = n + 1
        groups.setdefault((unit.text, n), []).append(unit)
    return list(groups.values())


def _segments(texts: Sequence[str], damping: dict[str, float]) -> list[_Segment]:
    segments = []
    for i, text in enumerate(texts):
        segments.append(_Segment(i, profile(text, damping)))
        if len(text.split()) >= _LONG_SENTENCE_WORDS:
            clauses = [c for c in _CLAUSE_BREAK.split(text) if len(c.split()) >= _MIN_CLAUSE_WORDS]
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


def _candidates(rare: sparse.csr_matrix, witness_of: np.ndarray, node_of: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Segment pairs (left < right by wording) among each segment's best few per other outlet."""
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
    swap = node_of[left] > node_of[right]
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    size = rare.shape[0]
    pairs = np.unique(left * size + right)  # one integer per pair: sorted as (left, right), far faster than unique rows
    return pairs // size, pairs % size


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


def _best_per_node_pair(left: np.ndarray, right: np.ndarray, scores: np.ndarray, floor: float) -> dict[tuple[int, int], float]:
    best: dict[tuple[int, int], float] = {}
    keep = (scores >= floor) & (left != right)
    for a, b, score in zip(left[keep].tolist(), right[keep].tolist(), scores[keep].tolist()):
        key = (a, b) if a < b else (b, a)
        if score > best.get(key, 0.0):
            best[key] = score
    return best
