"""The whole pipeline on the bundled sample against CollateX on the same witnesses, one run.

Run: python3 -m pip install -e ".[bench]" && python3 bench/collatex_ratio.py
"""

from __future__ import annotations

import time

from variantview.core.comparison import Options, compare_witnesses
from variantview.core.memo import clear_caches
from variantview.core.read.files import read_witnesses
from variantview.core.read.witness import Witness
from variantview.sample import SAMPLE


def timed(witnesses: list[Witness], meaning: bool) -> float:
    clear_caches()  # keep no result of an earlier comparison: each timed run starts cold
    start = time.perf_counter()
    result = compare_witnesses(witnesses, Options(meaning=meaning))
    elapsed = time.perf_counter() - start
    label = "default (with the meaning pass)" if meaning else "by wording alone"
    print(f"VariantView, {label:32s} {elapsed:.3f} s  ({len(result.rows)} rows, {len(result.findings)} findings)")
    return elapsed


def main() -> None:
    witnesses = read_witnesses([SAMPLE])
    compare_witnesses(witnesses)  # load wordfreq tables, the stemmer and the sentence model, as a running app would have
    full = timed(witnesses, meaning=True)
    wording = timed(witnesses, meaning=False)

    from collatex import Collation, collate

    collation = Collation()
    for w in witnesses:
        collation.add_plain_witness(w.id, w.text)
    start = time.perf_counter()
    collate(collation, output="json", segmentation=True)
    theirs = time.perf_counter() - start
    print(f"CollateX:    {theirs:.3f} s")
    print(f"ratio:       {theirs / full:.0f}x faster by default, {theirs / wording:.0f}x by wording alone (target 50x)")


if __name__ == "__main__":
    main()
