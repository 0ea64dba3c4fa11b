"""How many cross-outlet sentence pairs share a row, aligning by wording alone and with the meaning pass.

For the bundled sample and the invented cases in tests/fixtures. The pairs
the meaning pass adds are printed, so they can be read and judged.

Run: python3 bench/alignment_pairs.py
"""

from __future__ import annotations

import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.read.files import read_witnesses
from variantview.sample import SAMPLE

CASES = {
    "putin-kim-2024 (sample)": SAMPLE,
    "harbour-bridge": ROOT / "tests" / "fixtures" / "harbour-bridge",
    "kelvar formats": [ROOT / "tests" / "fixtures" / "harbour-bridge" / "wire-original.txt", *(ROOT / "tests" / "fixtures" / "formats" / n for n in ("lakeside-gazette.html", "ferry-weekly.docx", "port-bulletin.pdf"))],
    "treaty paraphrases": ROOT / "tests" / "fixtures" / "treaty-paraphrases",
    "rail strike": ROOT / "tests" / "fixtures" / "rail-strike",
}


def pairs(comparison: Comparison) -> set[tuple[tuple[str, int], tuple[str, int]]]:
    found = set()
    for row in comparison.rows:
        if row.kind == "boilerplate":
            continue
        for a, b in combinations(sorted(row.refs()), 2):
            if a[0] != b[0]:
                found.add((a, b))
    return found


def main() -> None:
    for name, folder in CASES.items():
        witnesses = read_witnesses(folder if isinstance(folder, list) else [folder])
        start = time.perf_counter()
        wording = compare_witnesses(witnesses, Options(meaning=False))
        middle = time.perf_counter()
        both = compare_witnesses(witnesses, Options(meaning=True))
        end = time.perf_counter()
        before, after = pairs(wording), pairs(both)
        print(f"{name}: {len(witnesses)} outlets; cross-outlet pairs sharing a row: {len(before)} by wording alone "
              f"({middle - start:.2f} s), {len(after)} with the meaning pass ({end - middle:.2f} s); "
              f"{len(after - before)} added, {len(before - after)} removed")
        for a, b in sorted(after - before):
            print(f"  + {a[0]}: {both.unit(*a).text[:90]!r}\n    {b[0]}: {both.unit(*b).text[:90]!r}")


if __name__ == "__main__":
    main()
