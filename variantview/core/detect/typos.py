"""Misspellings: words no dictionary knows that sit one or two edits from one the articles use.

Candidates for the intended word come from the comparison's own vocabulary
first (other outlets usually spell the word right), then from the most
frequent English words; a proper noun or a word wordfreq knows is left alone.
A word with the shift key held one letter too long ("TUrkey") is one too,
when the articles write it as it should be; the diff cannot see it, since it
compares words case aside.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from rapidfuzz import fuzz, process
from wordfreq import top_n_list

from variantview.core.detect.context import Context
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.memo import resource
from variantview.core.text import words, zipf
from variantview.core.units.segment import Unit

MIN_LENGTH = 4
CLOSE = 90.0


@resource
def _common_words() -> list[str]:
    return [w for w in top_n_list("en", 50_000) if w.isalpha() and len(w) >= MIN_LENGTH]


def detect_typos(context: Context) -> list[Finding]:
    units = [u for r in context.content_rows for u in context.row_units(r)]
    row_of = {u.ref: r.id for r in context.content_rows for u in context.row_units(r)}
    vocabulary = _vocabulary(units)

    @cache
    def spelled() -> frozenset[str]:
        """Every word as the articles write it: read only once a word with the shift key held turns up."""
        return frozenset(t.text for u in units for t in words(u.text))

    fixes: dict[str, tuple[str, Unit | None] | None] = {}  # per spelling: outlets repeat their words, each is judged once
    findings = []
    seen: set[tuple[str, int]] = set()
    for unit in units:
        if unit.ref in seen:
            continue
        seen.add(unit.ref)
        for token in words(unit.text):
            if token.text not in fixes:
                fixes[token.text] = _fix(token.text, token.key, vocabulary, spelled)
            fix = fixes[token.text]
            if fix is None:
                continue
            correction, source = fix
            findings.append(
                found_in(
                    unit,
                    token.start,
                    token.end,
                    kind="typo",
                    counterpart=Counterpart(source.witness, source.index, correction) if source else None,
                    score=round(fuzz.ratio(token.text, correction) / 100, 3),
                    explanation=f"“{token.text}” is a misspelling; probably “{correction}”.",
                    row=row_of[unit.ref],
                )
            )
    return findings


def _fix(text: str, key: str, vocabulary: dict[str, Unit], spelled: Callable[[], frozenset[str]]) -> tuple[str, Unit | None] | None:
    """The word meant, and an outlet that spells it so, for a misspelt word; None for a word spelt right."""
    if _shift_held(text) and _shift_released(text) in spelled():
        return _shift_released(text), None
    if not _suspicious(text):
        return None
    correction, source = _correction(key, vocabulary)
    return None if correction is None else (correction, source)


def _suspicious(word: str) -> bool:
    return len(word) >= MIN_LENGTH and word.isalpha() and word.islower() and zipf(word) == 0.0


def _shift_held(word: str) -> bool:
    """Two capitals, then only small letters: "TUrkey", not "TVs", "McCain" or "USAid"."""
    return len(word) >= MIN_LENGTH and word[:2].isupper() and word[2:].islower() and word.isalpha()


def _shift_released(word: str) -> str:
    return word[0] + word[1:].lower()


def _vocabulary(units: list[Unit]) -> dict[str, Unit]:
    found: dict[str, Unit] = {}
    for unit in units:
        for token in words(unit.text):
            if token.key.isalpha() and zipf(token.key) >= 2.5:
                found.setdefault(token.key, unit)
    return found


def _correction(word: str, vocabulary: dict[str, Unit]) -> tuple[str | None, Unit | None]:
    local = process.extractOne(word, list(vocabulary), scorer=fuzz.ratio, score_cutoff=CLOSE)
    if local:
        return local[0], vocabulary[local[0]]
    common = process.extractOne(word, _common_words(), scorer=fuzz.ratio, score_cutoff=CLOSE)
    return (common[0], None) if common else (None, None)
