"""Run-together text cut into pieces where the other outlets' sentences fit.

Some spun copies strip every digit and punctuation mark, so a whole article
arrives as one 400-word "sentence". As one unit it can sit in one row only,
matches nothing, and hides every swap and omission inside it. Such a unit
is cut where the other outlets' sentences fit it best: each other sentence
is slid along it as a window of its own length, scored by the share of its
content stems the window holds, and the best-fitting windows that do not
overlap become pieces (the stretches between them pieces of their own).
The cut depends on the other outlets only through where their sentences
fit; every piece is still a slice of the outlet's own text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from variantview.core.text import Token, content_stems, is_content_word, stem, words
from variantview.core.units.segment import Unit

RUN_ON_WORDS = 60
"""A unit this long with almost no sentence punctuation is run-together text: news sentences average 20-30 words."""

_WORDS_PER_STOP = 40
"""Fewer punctuation marks than one in this many words: a long sentence of clauses has its commas."""
_FIT = 0.5
"""Share of a sentence's content stems a window must hold to be cut out as its counterpart."""

_MIN_SENTENCE_STEMS = 3
_MIN_PIECE_WORDS = 3


def split_run_on(units: Mapping[str, Sequence[Unit]]) -> dict[str, list[Unit]]:
    """Every witness's units, with each run-together unit cut into pieces and the units renumbered."""
    result: dict[str, list[Unit]] = {}
    for witness, own in units.items():
        if not any(_is_run_on(u) for u in own):
            result[witness] = list(own)
            continue
        others = [content_stems(u.text) for w, us in units.items() if w != witness for u in us]
        others = [s for s in others if len(s) >= _MIN_SENTENCE_STEMS]
        pieces = [p for u in own for p in (_cut(u, others) if _is_run_on(u) else [u])]
        result[witness] = [replace(p, index=i) for i, p in enumerate(pieces)]
    return result


def _is_run_on(unit: Unit) -> bool:
    n = len(unit.text.split())
    stops = sum(unit.text.count(c) for c in ".!?;:,")
    return n >= RUN_ON_WORDS and stops * _WORDS_PER_STOP < n


def _cut(unit: Unit, sentences: Sequence[frozenset[str]]) -> list[Unit]:
    tokens = list(words(unit.text))
    stems = [stem(t.key) if is_content_word(t.key) else "" for t in tokens]
    windows = sorted((_best_window(stems, s) for s in sentences), key=lambda w: (-w[0], w[1]))
    taken: list[tuple[int, int]] = []
    for fit, start, end in windows:
        if fit < _FIT:
            break
        if all(end <= a or start >= b for a, b in taken):
            taken.append((start, end))
    cuts = sorted({0, *(a for a, _ in taken), *(b for _, b in taken)} - {len(tokens)})
    bounds = list(zip(cuts, [*cuts[1:], len(tokens)]))
    merged: list[tuple[int, int]] = []
    for a, b in bounds:
        if merged and b - a < _MIN_PIECE_WORDS:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return [_piece(unit, tokens, a, b) for a, b in merged]


def _best_window(stems: Sequence[str], sentence: frozenset[str]) -> tuple[float, int, int]:
    """(share of the sentence's stems held, start, end) of the best window of its length, in words."""
    length = min(len(stems), max(_MIN_PIECE_WORDS, round(len(sentence) * 1.8)))
    held: Counter[str] = Counter(s for s in stems[:length] if s in sentence)
    best = (len(held) / len(sentence), 0, length)
    for start in range(1, len(stems) - length + 1):
        leaving, entering = stems[start - 1], stems[start + length - 1]
        if leaving in sentence:
            held[leaving] -= 1
            if not held[leaving]:
                del held[leaving]
        if entering in sentence:
            held[entering] += 1
        fit = len(held) / len(sentence)
        if fit > best[0]:
            best = (fit, start, start + length)
    return best


def _piece(unit: Unit, tokens: Sequence[Token], a: int, b: int) -> Unit:
    start, end = unit.start + tokens[a].start, unit.start + tokens[b - 1].end
    return replace(unit, start=start, end=end, text=unit.text[tokens[a].start : tokens[b - 1].end])
