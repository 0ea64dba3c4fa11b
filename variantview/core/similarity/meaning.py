"""The final sentence similarity: sentence meaning and wording, combined as people judge it.

Neither signal alone is enough. The embedding (``embed.py``) pairs
paraphrases that share no word but misses a changed figure or name, which
human raters punish ("9 killed" against "19 killed"); the lexical score sees
those but not paraphrase. A linear model over both, with a few interactions,
fitted on the STS Benchmark's training split (``tools/fit_meaning.py``,
coefficients shipped in ``variantview/data/meaning.json``), predicts the 0-5 human score;
divided by 5 and clipped it is the 0..1 similarity. Measured in bench/stsb.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from variantview.core.memo import resource
from variantview.core.similarity.embed import embed
from variantview.core.similarity.lexical import wording_similarity as lexical

COEFFICIENTS = Path(__file__).resolve().parents[2] / "data" / "meaning.json"
TERMS = ("bias", "cosine", "lexical", "token_set", "token_sort", "numbers_differ", "length_ratio", "cosine*lexical", "cosine^2", "lexical^2", "cosine*numbers_differ")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def features(a: Sequence[str], b: Sequence[str], damping: Mapping[str, float] | None = None) -> np.ndarray:
    """One row of TERMS per sentence pair; ``damping`` is the comparison's own (``similarity.corpus_damping``)."""
    vectors = embed([*a, *b])  # one call: a sentence on both sides is embedded once, and all run on the workers together
    cosine = np.sum(vectors[: len(a)] * vectors[len(a) :], axis=1)
    rows = []
    for x, y, cos in zip(a, b, cosine.tolist()):
        lex = lexical(x, y, damping)
        numbers = float(set(_NUMBER.findall(x)) != set(_NUMBER.findall(y)))
        rows.append(
            (
                1.0,
                cos,
                lex,
                fuzz.token_set_ratio(x, y) / 100,
                fuzz.token_sort_ratio(x, y) / 100,
                numbers,
                min(len(x), len(y)) / max(len(x), len(y), 1),
                cos * lex,
                cos * cos,
                lex * lex,
                cos * numbers,
            )
        )
    return np.array(rows, dtype=np.float64).reshape(len(rows), len(TERMS))


@resource
def _weights() -> np.ndarray:
    fitted = json.loads(COEFFICIENTS.read_text(encoding="utf-8"))
    return np.array([fitted["weights"][t] for t in TERMS], dtype=np.float64)


def similarities(a: Sequence[str], b: Sequence[str], damping: Mapping[str, float] | None = None) -> np.ndarray:
    """The 0..1 similarity of each pair (a[i], b[i]), in bulk.

    In a comparison the lexical feature discounts the words most of its
    sentences share (the protagonists' names), as the wording pass does; a
    lone pair has no such context and is scored as STS-B's pairs were.
    """
    if not len(a):
        return np.zeros(0)
    same = np.array([x == y for x, y in zip(a, b)])  # the fitted scale tops out near 4.9 of 5; a sentence is its own perfect match
    return np.where(same, 1.0, np.clip(features(a, b, damping) @ _weights() / 5.0, 0.0, 1.0))


def similarity(a: str, b: str) -> float:
    """How alike two sentences are in what they report, 0..1: the score the aligner's meaning pass uses."""
    return float(similarities([a], [b])[0])
