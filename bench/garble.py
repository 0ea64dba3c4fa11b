"""Recall and false flags of the garble detector on real spinner substitutions.

Cases are built from real sentences (every split of the STS Benchmark) and
real paraphraser output (the Problematic Paper Screener's tortured phrases,
used here only to build cases, never by the detector):

- tortured: a sentence containing an expected phrase ("artificial
  intelligence") appears as is in two outlets and with the tortured form
  ("counterfeit consciousness") in the third. A hit is a garble finding on the
  third outlet that overlaps the substituted words.
- control: an STS-B pair scored 4 or more (an honest paraphrase by the
  benchmark's raters); two outlets carry the first sentence, the third the
  second. Any garble finding on a control is a false flag.

Sampling is seeded; every usable tortured case is used, and at least 300 controls.
Run: python3 bench/garble.py [CONTROLS]   (needs ../shared/benchmarks)
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wordfreq import zipf_frequency

from variantview import compare

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SEED = 20260619
PER_PHRASE = 5
"""Sentences used per expected phrase, so that a phrase common in STS-B ("abortion") does not outweigh the rest."""


def _contentful(phrase: str) -> bool:
    """Entries whose expected side is only function words ("an" -> "associate in nursingd") are the list's parsing noise."""
    return any(len(w) >= 4 and zipf_frequency(w, "en") < 6.0 for w in phrase.split())


def sts_rows() -> list[list[str]]:
    rows = []
    for split in ("train", "dev", "test"):
        with (BENCHMARKS / "stsb" / f"sts-{split}.csv").open(encoding="utf-8") as f:
            rows.extend(r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 7)
    return rows


def tortured_cases(sentences: list[str]) -> list[tuple[str, str, int, int]]:
    """(original sentence, garbled sentence, start, end of the tortured words in it), for every sentence holding an expected phrase."""
    phrases = json.loads((BENCHMARKS / "tortured-phrases" / "tortured-phrases.json").read_text(encoding="utf-8"))["phrases"]
    usable = {}
    for p in phrases:
        correct, tortured = p["correct"].strip(), p["tortured"].strip()
        if re.fullmatch(r"[a-z][a-z -]{2,40}", correct) and re.fullmatch(r"[a-z][a-z -]{2,40}", tortured) and correct != tortured and _contentful(correct):
            usable.setdefault(correct, tortured)
    cases = []
    for correct, tortured in sorted(usable.items()):
        pattern = re.compile(rf"\b{re.escape(correct)}\b")
        holding = [s for s in sentences if pattern.search(s) and len(s.split()) >= 6]
        for sentence in holding[:PER_PHRASE]:
            found = pattern.search(sentence)
            if found:
                garbled = sentence[: found.start()] + tortured + sentence[found.end() :]
                cases.append((sentence, garbled, found.start(), found.start() + len(tortured)))
    return cases


def flagged(original: str, third: str) -> list[tuple[int, int]]:
    result = compare({"outlet-a": original, "outlet-b": original, "outlet-c": third})
    return [(f.start, f.end) for f in result.findings if f.kind == "garble" and f.witness == "outlet-c"]


def main() -> None:
    wanted_controls = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    rng = random.Random(SEED)
    rows = sts_rows()
    sentences = sorted({s for r in rows for s in r[5:7]})
    cases = tortured_cases(sentences)
    honest = [(r[5], r[6]) for r in rows if float(r[4]) >= 4.0 and r[5] != r[6]]
    controls = rng.sample(honest, min(wanted_controls, len(honest)))
    start = time.perf_counter()
    hits = sum(any(s < end and e > begin for s, e in flagged(original, garbled)) for original, garbled, begin, end in cases)
    false_flags = sum(bool(flagged(a, b)) for a, b in controls)
    elapsed = time.perf_counter() - start
    print(f"tortured cases: {len(cases)} (STS-B sentences holding an expected phrase), flagged at the right place: {hits} -> recall {hits / max(1, len(cases)):.3f}")
    print(f"controls: {len(controls)} honest paraphrases (STS-B score >= 4, of {len(honest)}), falsely flagged: {false_flags} -> {false_flags / max(1, len(controls)):.1%}")
    print(f"targets: recall >= 0.90, false flags <= 5 %   ({elapsed:.0f} s, seed {SEED})")


if __name__ == "__main__":
    main()
