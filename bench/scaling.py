"""Time and peak memory of the whole pipeline on synthetic many-outlet corpora.

Each corpus is built from real sentences: the sample's body sentences and, to reach 1,000
distinct sentences per outlet, news sentences from the STS Benchmark in ../shared (when
present). Every outlet takes 90 % of the sentences, shuffled within blocks of ten, with one
in five partly reworded (a word dropped, two neighbours swapped).

Run: python3 bench/scaling.py [outlets x sentences ...]   e.g. python3 bench/scaling.py 10x100 30x1000
"""

from __future__ import annotations

import csv
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STSB = ROOT.parent / "shared" / "benchmarks" / "stsb" / "sts-train.csv"


def base_sentences(n: int) -> list[str]:
    unique = sentence_pool()
    if len(unique) < n:
        raise SystemExit(f"only {len(unique)} distinct sentences available for {n}")
    return unique[:n]


def sentence_pool() -> list[str]:
    """Distinct real sentences of more than six words: the sample's body sentences, then STS-B's news sentences."""
    from variantview.core.comparison import compare_witnesses
    from variantview.core.read.files import read_witnesses
    from variantview.sample import SAMPLE

    sample = compare_witnesses(read_witnesses([SAMPLE]))
    pool = [u.text for units in sample.units.values() for u in units if not u.boilerplate and len(u.text.split()) > 6]
    if STSB.exists():
        with STSB.open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if len(row) >= 7 and row[0].startswith("main-news"):
                    pool.extend(row[5:7])
    return list(dict.fromkeys(s for s in pool if len(s.split()) > 6))


def reword(sentence: str, rng: random.Random) -> str:
    words = sentence.split()
    if len(words) > 8:
        del words[rng.randrange(1, len(words) - 1)]
        i = rng.randrange(1, len(words) - 2)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def corpus(outlets: int, sentences: int, seed: int = 7) -> dict[str, str]:
    rng = random.Random(seed)
    return outlet_texts(base_sentences(sentences), outlets, rng)


def outlet_texts(base: list[str], outlets: int, rng: random.Random) -> dict[str, str]:
    """One story's outlets: each takes 90 % of ``base``, shuffled within blocks of ten, one sentence in five reworded."""
    texts = {}
    for o in range(outlets):
        chosen = [s for s in base if rng.random() < 0.9]
        blocks = [chosen[i : i + 10] for i in range(0, len(chosen), 10)]
        for block in blocks:
            rng.shuffle(block)
        lines = [reword(s, rng) if rng.random() < 0.2 else s for block in blocks for s in block]
        texts[f"outlet-{o:02d}"] = "\n".join(lines)
    return texts


def measure(outlets: int, sentences: int) -> None:
    from variantview import compare

    texts = corpus(outlets, sentences)
    start = time.perf_counter()
    result = compare(texts)
    elapsed = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{outlets:>3} outlets x {sentences:>5} sentences: {elapsed:7.2f} s, peak RSS {peak_mb:7.0f} MB, "
          f"{len(result.rows)} rows, {len(result.findings)} findings", flush=True)


def main() -> None:
    sizes = sys.argv[1:] or ["10x100", "30x100", "10x1000", "30x1000"]
    if len(sizes) == 1:
        outlets, sentences = (int(x) for x in sizes[0].split("x"))
        measure(outlets, sentences)
        return
    for size in sizes:  # one process per size, so peak memory is that size's own
        subprocess.run([sys.executable, __file__, size], check=False)


if __name__ == "__main__":
    main()
