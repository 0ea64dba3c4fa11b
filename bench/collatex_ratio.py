"""The whole pipeline on the bundled sample against CollateX on the same witnesses, one run.

Run: python3 -m pip install -e ".[bench]" && python3 bench/collatex_ratio.py
"""

from __future__ import annotations

import time
from pathlib import Path

from variantview.core.comparison import compare_witnesses
from variantview.core.memo import clear_caches
from variantview.core.witness import read_witnesses

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "putin-kim-2024"


def main() -> None:
    witnesses = read_witnesses([SAMPLE])
    compare_witnesses(witnesses)  # load wordfreq tables and the stemmer, as a running app would have
    clear_caches()  # but keep no result of this comparison: the timed run starts cold
    start = time.perf_counter()
    result = compare_witnesses(witnesses)
    ours = time.perf_counter() - start
    print(f"VariantView: {ours:.3f} s  ({len(result.rows)} rows, {len(result.findings)} findings)")

    from collatex import Collation, collate

    collation = Collation()
    for w in witnesses:
        collation.add_plain_witness(w.id, w.text)
    start = time.perf_counter()
    collate(collation, output="json", segmentation=True)
    theirs = time.perf_counter() - start
    print(f"CollateX:    {theirs:.3f} s")
    print(f"ratio:       {theirs / ours:.0f}x faster")


if __name__ == "__main__":
    main()
