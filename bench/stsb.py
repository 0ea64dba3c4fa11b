"""Spearman correlation of each sentence-similarity scorer with human scores on the STS Benchmark.

Tuning happened on the train split (tools/fit_meaning.py) and was checked on
dev; the test split gives the reported figures, for all genres and for the
news genre alone (MSRpar, headlines, deft-news).

Run: python3 bench/stsb.py   (needs ../shared/benchmarks/stsb)
"""

from __future__ import annotations

import csv
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from variantview.core.similarity import meaning
from variantview.core.similarity.embed import embed
from variantview.core.similarity.lexical import wording_similarity as lexical

STSB = ROOT.parent / "shared" / "benchmarks" / "stsb"

Scorer = Callable[[Sequence[str], Sequence[str]], np.ndarray]
SCORERS: dict[str, Scorer] = {
    "rapidfuzz token_set_ratio (reference)": lambda a, b: np.array([fuzz.token_set_ratio(x, y) for x, y in zip(a, b)]),
    "lexical (variantview, no model)": lambda a, b: np.array([lexical(x, y) for x, y in zip(a, b)]),
    "embedding cosine (all-MiniLM-L6-v2, int8 ONNX)": lambda a, b: np.sum(embed(a) * embed(b), axis=1),
    "final (meaning + wording, variantview.similarity)": meaning.similarities,
}


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 else "test"
    with (STSB / f"sts-{split}.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 7]
    a, b = [r[5] for r in rows], [r[6] for r in rows]
    gold = np.array([float(r[4]) for r in rows])
    news = np.array([r[0] == "main-news" for r in rows])
    print(f"STS Benchmark {split} split: {len(rows)} pairs, {int(news.sum())} of them news. Spearman rho:")
    for name, scorer in SCORERS.items():
        start = time.perf_counter()
        scores = scorer(a, b)
        elapsed = time.perf_counter() - start
        print(f"  {name:52s} all {spearmanr(scores, gold).statistic:.3f}   news {spearmanr(scores[news], gold[news]).statistic:.3f}   ({elapsed:.1f} s)")
    print("targets: all genres >= 0.80, news >= 0.75")


if __name__ == "__main__":
    main()
