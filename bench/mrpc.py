"""The aligner's own row decision on the MSR Paraphrase Corpus: two one-sentence outlets, one row or not.

Each pair of the train split (real sentences from different news sites,
labelled by people as the same meaning or not) goes through ``compare`` as
two outlets of one sentence each, with default options; the answer is
whether the two sentences share a row. Printed: accuracy and F1 of that
decision, the same for the final similarity alone at the default threshold,
and the references the corpus README gives for its test split.

The licence is non-commercial: this bench measures; nothing shipped is
fitted on it.

Run: python3 bench/mrpc.py [LIMIT]   (needs ../shared/benchmarks/mrpc)
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from variantview import compare  # noqa: E402
from variantview.core.align.inputs import DEFAULT_THRESHOLD  # noqa: E402
from variantview.core.similarity.meaning import similarities  # noqa: E402

MRPC = ROOT.parent / "shared" / "benchmarks" / "mrpc" / "msr_paraphrase_train.txt"
REFERENCES = {"always yes": (0.665, 0.799), "TF-IDF cosine": (0.696, 0.812), "Wan et al. 2006": (0.756, 0.830), "Ji & Eisenstein 2013": (0.804, 0.859)}


def pairs(limit: int | None) -> list[tuple[bool, str, str]]:
    with MRPC.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [(r[0] == "1", r[3], r[4]) for r in rows[:limit]]


def scores(truth: list[bool], said: list[bool]) -> tuple[float, float]:
    tp = sum(t and s for t, s in zip(truth, said))
    fp = sum(s and not t for t, s in zip(truth, said))
    fn = sum(t and not s for t, s in zip(truth, said))
    accuracy = sum(t == s for t, s in zip(truth, said)) / len(truth)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return accuracy, f1


def main(argv: list[str]) -> None:
    data = pairs(int(argv[0]) if argv else None)
    truth = [label for label, _, _ in data]
    started = time.perf_counter()
    rowed = []
    for _, a, b in data:
        comparison = compare({"a": a, "b": b})
        rowed.append(any(len(r.cells) == 2 for r in comparison.rows if r.kind != "boilerplate"))
    seconds = time.perf_counter() - started
    alone = (similarities([a for _, a, _ in data], [b for _, _, b in data]) >= DEFAULT_THRESHOLD).tolist()
    print(f"MRPC train, {len(data)} pairs ({sum(truth)} paraphrases), {seconds:.0f} s through compare")
    for name, said in (("aligner: one row or not (compare)", rowed), (f"final similarity >= {DEFAULT_THRESHOLD}", alone)):
        accuracy, f1 = scores(truth, said)
        print(f"  {name:<45} accuracy {accuracy:.3f}  F1 {f1:.3f}")
    for name, (accuracy, f1) in REFERENCES.items():
        print(f"  {name + ' (published, test split)':<45} accuracy {accuracy:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
