"""Fit the final similarity's combination (core/meaning.py) on the STS Benchmark training split.

Ordinary least squares on the human 0-5 scores of the training split; the dev
split is printed to check it generalises; the test split is left to
bench/stsb.py. Writes variantview/data/meaning.json.

Run: python3 tools/fit_meaning.py   (needs ../shared/benchmarks/stsb)
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from variantview.core.similarity.meaning import COEFFICIENTS, TERMS, features

STSB = ROOT.parent / "shared" / "benchmarks" / "stsb"


def pairs(split: str) -> tuple[list[str], list[str], np.ndarray]:
    with (STSB / f"sts-{split}.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 7]
    return [r[5] for r in rows], [r[6] for r in rows], np.array([float(r[4]) for r in rows])


def main() -> None:
    a, b, gold = pairs("train")
    weights, *_ = np.linalg.lstsq(features(a, b), gold, rcond=None)
    da, db, dgold = pairs("dev")
    dev = spearmanr(features(da, db) @ weights, dgold).statistic
    COEFFICIENTS.write_text(
        json.dumps({"fitted_on": "STS Benchmark train split (5,749 pairs), ordinary least squares on the 0-5 scores",
                    "dev_spearman": round(float(dev), 4), "weights": dict(zip(TERMS, weights.round(6).tolist()))}, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"fitted {len(TERMS)} weights on {len(gold)} training pairs; dev Spearman {dev:.3f}; wrote {COEFFICIENTS}")


if __name__ == "__main__":
    main()
