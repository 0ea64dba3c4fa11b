"""Spinner swaps in sentences that no other outlet copied: a set phrase of the coverage with its last word changed.

A spinner rewrites every sentence, including those whose original no other
outlet reprinted, so there is no copied sentence to diff against. Coverage
of one event repeats its set phrases, though ("Russian state media", "the
Korean Peninsula"): where the other outlets always follow two content words
with one same third word, and this outlet alone follows them with another,
that word is a likely spinner synonym ("Russian state advertising"). Only
phrases the other outlets agree on count: two words that they continue in
many ways are ordinary language, not a set phrase. And the outlet must
use the set phrase itself elsewhere: a spinner swaps each occurrence on its
own, so it contradicts itself, while an outlet that writes "mutual defence
agreement" where two others have "mutual defence clause" (the sample) is
wording the thing its own way. And the outlet must have a spinner's habit
(``odd_words.spinners``): Reuters' "a passenger train travelling from Athens"
in an outlet that elsewhere has AP's "a passenger train occurred" is a
writer's sentence, not a swap, and only the habit tells the two apart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from variantview.core.align.rows import Row
from variantview.core.detect.context import COPIED_ENOUGH, Context, shared_share
from variantview.core.detect.finding import Counterpart, Finding, found_in
from variantview.core.text import Token, is_content_word, is_proper_name, is_quantity, spelled_alike, stem, words
from variantview.core.units.segment import Unit

MIN_OUTLETS = 2
"""Other outlets that must use the set phrase: one outlet's habit is not the coverage's phrase."""

AGREEMENT = 2 / 3
"""Share of the other outlets' uses of the two words that must continue them the same way."""

_Lead = tuple[str, str]


@dataclass(frozen=True)
class _Use:
    """One wording that continues a lead pair of words with ``word``, and the units (of any outlet) carrying it, with their rows."""

    placed: tuple[tuple[Unit, Row], ...]
    lead_start: int
    word: Token

    @property
    def witnesses(self) -> set[str]:
        return {unit.witness for unit, _ in self.placed}


def detect_phrase_swaps(context: Context, spinners: set[str]) -> list[Finding]:
    if not spinners:
        return []
    wordings = _wordings(context)
    uses = _uses(wordings)
    findings = []
    for found in uses.values():
        outlets: dict[str, set[str]] = defaultdict(set)  # word -> outlets continuing the lead with it
        for use in found:
            outlets[use.word.key].update(use.witnesses)
        if len(outlets) < 2 or len(set().union(*outlets.values())) <= MIN_OUTLETS:
            continue  # all outlets continue the words alike, or too few use them
        for use in found:
            for unit, row in use.placed:
                if unit.witness not in spinners:
                    continue
                finding = _judge(context, unit, row, use, outlets, found)
                if finding is not None:
                    findings.append(finding)
    return findings


def _wordings(context: Context) -> dict[str, dict[Unit, Row]]:
    """Each distinct content wording with its units and their first rows: outlets that reprint wire copy share most wordings."""
    found: dict[str, dict[Unit, Row]] = defaultdict(dict)
    for row in context.content_rows:
        for unit in context.row_units(row):
            found[unit.text].setdefault(unit, row)
    return found


def _uses(wordings: dict[str, dict[Unit, Row]]) -> dict[_Lead, list[_Use]]:
    uses: dict[_Lead, list[_Use]] = defaultdict(list)
    for text, placed in wordings.items():
        for first, second, third in _trigrams(text):
            if first.text[:1].isupper() and second.text[:1].isupper():
                continue  # a name ("Shinzo Abe", "North Korean") goes on to what it did, not to a set phrase's last word
            uses[(first.key, second.key)].append(_Use(tuple(placed.items()), first.start, third))
    return uses


def _trigrams(text: str) -> tuple[tuple[Token, Token, Token], ...]:
    """Runs of three content words with only spaces between them."""
    tokens = words(text)
    plain = [is_content_word(t.key) and not is_quantity(t.key) for t in tokens]
    return tuple(
        (tokens[i], tokens[i + 1], tokens[i + 2])
        for i in range(len(tokens) - 2)
        if plain[i] and plain[i + 1] and plain[i + 2] and text[tokens[i].end : tokens[i + 1].start].isspace() and text[tokens[i + 1].end : tokens[i + 2].start].isspace()
    )


def _judge(context: Context, unit: Unit, row: Row, use: _Use, outlets: dict[str, set[str]], found: list[_Use]) -> Finding | None:
    using = {word: len(ws - {unit.witness}) for word, ws in outlets.items()}
    phrase_word = max(using, key=lambda w: (using[w], w))
    word = use.word
    if using[word.key] or using[phrase_word] < MIN_OUTLETS:
        return None  # another outlet has this wording too, or too few use the phrase
    elsewhere = [u.word.key for u in found for _ in u.witnesses - {unit.witness}]
    if elsewhere.count(phrase_word) < AGREEMENT * len(elsewhere):
        return None  # the others continue the two words in several ways: no set phrase
    if unit.witness not in outlets[phrase_word]:
        return None  # see the module note: the outlet must contradict its own wording
    if stem(phrase_word) == stem(word.key) or spelled_alike(phrase_word, word.key) or is_proper_name(unit.text, word.start):
        return None  # an inflection, a typo (typos.py) or a name
    if _next_key(unit.text, word) == phrase_word:
        return None  # a word added before the phrase's own ("banks experience financial losses"), not one swapped for it
    source = next(u for u in found if u.word.key == phrase_word and u.witnesses - {unit.witness})
    source_unit = min((s for s, _ in source.placed if s.witness != unit.witness), key=lambda s: s.ref)
    if is_proper_name(source_unit.text, source.word.start):
        return None  # "Russian president Vladimir": a name follows, not a set phrase
    if _copied(context, row, unit):
        return None
    lead_text = unit.text[use.lead_start : word.start]
    return found_in(
        unit,
        word.start,
        word.end,
        kind="garble",
        counterpart=Counterpart(source_unit.witness, source_unit.index, source.word.text),
        score=round(min(0.95, 0.7 + 0.05 * using[phrase_word]), 3),
        explanation=f"“{lead_text}{word.text}”: this outlet elsewhere and {using[phrase_word]} other outlets write "
        f"“{lead_text}{source.word.text}”, and no other outlet has this wording: a likely spinner synonym in a set phrase.",
        row=row.id,
    )


def _next_key(text: str, token: Token) -> str | None:
    later = [t for t in words(text) if t.start > token.start]
    return later[0].key if later else None


def _copied(context: Context, row: Row, unit: Unit) -> bool:
    """Whether another outlet's unit in the row shares the unit's wording: then ``garble.py`` diffed the two."""
    return any(u.witness != unit.witness and shared_share(unit.text, u.text) >= COPIED_ENOUGH for u in context.row_units(row))
