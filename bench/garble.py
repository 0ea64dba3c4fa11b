"""Garble recall and honest edits flagged, judged on whole documents.

A spinner is recognised by its habit across an article, and an honest
editor's rewording must not be called garbling; one sentence shows neither.
Each case is a document of six real news sentences (STS Benchmark, genre
``main-news``) carried by three outlets. Outlets A and B carry the six
sentences as they are; outlet C carries either

- spun: every sentence with a real spinner substitution (the Problematic
  Paper Screener's tortured phrases: an expected phrase such as "artificial
  intelligence" replaced by its tortured form), or
- edited lightly: two of the six sentences replaced by their STS-B partner
  that raters scored 4 or more (an honest paraphrase), or
- rewritten: all six so replaced.

Recall: the share of tortured phrases with a garble or quote finding on C
overlapping them. Honest edits flagged: the share of paraphrased sentences
on C with any garble finding. The tortured-phrase list is used only to build
cases, never by the detector. Sampling is seeded.

Run: python3 bench/garble.py [DOCUMENTS]   (needs ../shared/benchmarks; default 60 of each kind)
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

from wordfreq import zipf_frequency  # noqa: E402

from variantview import compare  # noqa: E402

BENCHMARKS = ROOT.parent / "shared" / "benchmarks"
SEED = 20261129
SENTENCES = 6


def _contentful(phrase: str) -> bool:
    """Entries whose expected side is only function words ("an" -> "associate in nursingd") are the list's parsing noise."""
    return any(len(w) >= 4 and zipf_frequency(w, "en") < 6.0 for w in phrase.split())


def news_rows() -> list[list[str]]:
    rows = []
    for split in ("train", "dev", "test"):
        with (BENCHMARKS / "stsb" / f"sts-{split}.csv").open(encoding="utf-8") as f:
            rows.extend(r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 7 and r[0] == "main-news")
    return rows


def tortured_sentences(sentences: list[str]) -> list[tuple[str, str, int, int]]:
    """(original, garbled, start, end of the tortured words in it): one per expected phrase that some news sentence holds."""
    phrases = json.loads((BENCHMARKS / "tortured-phrases" / "tortured-phrases.json").read_text(encoding="utf-8"))["phrases"]
    usable: dict[str, str] = {}
    for p in phrases:
        correct, tortured = p["correct"].strip(), p["tortured"].strip()
        if re.fullmatch(r"[a-z][a-z -]{2,40}", correct) and re.fullmatch(r"[a-z][a-z -]{2,40}", tortured) and correct != tortured and _contentful(correct):
            usable.setdefault(correct, tortured)
    cases = []
    used: set[str] = set()
    for correct, tortured in sorted(usable.items()):
        pattern = re.compile(rf"\b{re.escape(correct)}\b")
        sentence = next((s for s in sentences if s not in used and len(s.split()) >= 8 and pattern.search(s)), None)
        if sentence is None:
            continue
        used.add(sentence)
        found = pattern.search(sentence)
        assert found is not None
        cases.append((sentence, sentence[: found.start()] + tortured + sentence[found.end() :], found.start(), found.start() + len(tortured)))
    return cases


def _document(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentences as one article, one paragraph each, and each sentence's span in it."""
    spans, text = [], ""
    for s in sentences:
        spans.append((len(text), len(text) + len(s)))
        text += s + "\n"
    return text, spans


def run(original: list[str], third: list[str]) -> tuple[list, list[tuple[int, int]]]:
    a, _ = _document(original)
    c, spans = _document(third)
    findings = [f for f in compare({"outlet-a": a, "outlet-b": a, "outlet-c": c}).findings if f.witness == "outlet-c"]
    return findings, spans


def main(argv: list[str]) -> None:
    documents = int(argv[0]) if argv else 60
    rng = random.Random(SEED)
    rows = news_rows()
    sentences = sorted({s for r in rows for s in r[5:7]})
    tortured = tortured_sentences(sentences)
    honest = sorted({(r[5], r[6]) for r in rows if float(r[4]) >= 4.0 and r[5] != r[6]})
    plain = sorted({r[5] for r in rows})
    started = time.perf_counter()

    hits = total = 0
    for _ in range(documents):
        chosen = rng.sample(tortured, SENTENCES)
        findings, spans = run([o for o, _, _, _ in chosen], [g for _, g, _, _ in chosen])
        for (start, _end), (_, _, a, b) in zip(spans, chosen):
            total += 1
            hits += any(f.kind in ("garble", "quote") and f.start is not None and f.start < start + b and f.end > start + a for f in findings)
    print(f"spun: {documents} documents, {total} tortured phrases; flagged at the right place {hits} -> recall {hits / max(1, total):.3f}")

    for name, edited in (("edited lightly (2 of 6 sentences paraphrased)", 2), ("rewritten (6 of 6 paraphrased)", SENTENCES)):
        flagged_sentences = edits = flagged_documents = 0
        for _ in range(documents):
            pairs = rng.sample(honest, edited)
            rest = rng.sample([s for s in plain if s not in {a for a, _ in pairs}], SENTENCES - edited)
            original = [a for a, _ in pairs] + rest
            third = [b for _, b in pairs] + rest
            findings, spans = run(original, third)
            garbles = [f for f in findings if f.kind == "garble" and f.start is not None]
            flagged = [any(s <= f.start < e for f in garbles) for s, e in spans[:edited]]
            edits += edited
            flagged_sentences += sum(flagged)
            flagged_documents += bool(garbles)
        print(f"{name}: {documents} documents; paraphrased sentences flagged as garbled {flagged_sentences}/{edits} -> {flagged_sentences / edits:.1%}; documents with any garble {flagged_documents / documents:.1%}")
    print(f"targets: recall >= 0.90, honest edits flagged <= 5 %   ({time.perf_counter() - started:.0f} s, seed {SEED})")


if __name__ == "__main__":
    main(sys.argv[1:])
