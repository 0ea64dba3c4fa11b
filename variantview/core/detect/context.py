"""What every detector sees of the alignment: rows, their units, and word diffs between them.

A row's changes are computed once and shared, since garble and number
detection read the same ones (``diff_words`` itself is memoised, so the grid
reuses those diffs too). Outlets that reprint one sentence
word for word are diffed once: a row's pairs run over its distinct wordings,
and ``twins`` names the other outlets that carry the same wording, so that a
finding on one can be reported on all (with 30 outlets that copy wire copy,
this is 20-odd diffs per row instead of 435).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz.distance import Indel

from variantview.core.align.rows import Row
from variantview.core.diffing import WordDiff, diff_words
from variantview.core.memo import memo_text
from variantview.core.text import Token, is_content_word, joined, joined_words, words
from variantview.core.units.segment import Unit

_WINDOW = 3
"""Words either side of a change inspected to decide whether it sits in copied text."""

ALL_PAIRS_UP_TO = 12
"""Outlets up to which checks may diff every two wordings of a row (their count grows with the square)."""

COPIED_ENOUGH = 0.4
"""Share of the shorter sentence's words that two sentences must share, in order, to be diffed for
changes. Below it they were written apart: a word diff aligns nothing meaningful between them
(a swap needs copied words around it, and so does a changed figure), and diffing them was most of
a comparison's time. The longest common subsequence of words is computed in C first to decide."""


@dataclass(frozen=True)
class Change:
    """One replaced stretch between two aligned sentences, seen from both sides."""

    row: Row
    x: Unit
    y: Unit
    x_span: tuple[int, int]  # offsets into x.text, trimmed to words
    y_span: tuple[int, int]
    x_words: tuple[Token, ...]
    y_words: tuple[Token, ...]
    left: int  # equal words just before the change (2 more when they reach the sentence start)
    right: int  # equal words just after it (2 more when they reach the sentence end)
    copied: float  # share of the shorter sentence's words that the two sentences share in order

    @property
    def x_text(self) -> str:
        return self.x.text[self.x_span[0] : self.x_span[1]]

    @property
    def y_text(self) -> str:
        return self.y.text[self.y_span[0] : self.y_span[1]]


@dataclass
class Context:
    rows: Sequence[Row]
    units: Mapping[str, Sequence[Unit]]
    _changes: dict[int, list[Change]] = field(default_factory=dict)
    _other_changes: dict[int, list[Change]] = field(default_factory=dict)
    _corpus_support: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)

    def unit(self, witness: str, index: int) -> Unit:
        return self.units[witness][index]

    def row_units(self, row: Row) -> list[Unit]:
        return [self.unit(w, i) for w, indices in row.cells.items() for i in indices]

    @cached_property
    def content_rows(self) -> list[Row]:
        return [r for r in self.rows if r.kind != "boilerplate"]

    @cached_property
    def shared_rows(self) -> Counter[str]:
        """Per outlet, the content rows it shares with another outlet: what a swapping habit is counted against."""
        return Counter(w for row in self.content_rows if len(row.cells) > 1 for w in row.cells)

    def pairs(self, row: Row) -> Iterator[tuple[Unit, Unit]]:
        """One unit per distinct wording, each paired with the row's hubs: its base outlet's sentences (a headline
        and a lead may share a row) and its commonest wording.

        Every difference from the hubs is then seen, which is what the
        detectors report (the minority side is decided from all the row's
        units, not from the pair); pairing every wording with every other
        would grow with the square of the outlets for no new finding.
        """
        units = self.row_units(row)
        wordings = _first_per_wording(units)
        counts = Counter(u.text for u in units)
        commonest = max(wordings, key=lambda u: (counts[u.text], u.witness == row.base))
        bases = [u for u in wordings if u.witness == row.base] or [commonest]
        hubs = list(dict.fromkeys((*bases, commonest)))
        seen: set[tuple[tuple[str, int], tuple[str, int]]] = set()
        for hub in hubs:
            for unit in wordings:
                key = (min(hub.ref, unit.ref), max(hub.ref, unit.ref))
                if unit.witness != hub.witness and key not in seen:
                    seen.add(key)
                    yield hub, unit  # hub first, as the grid diffs a cell against its base: one diff serves both

    def all_pairs(self, row: Row) -> Iterator[tuple[Unit, Unit]]:
        """Every two wordings of the row from different outlets, for a story's ordinary coverage; beyond
        ``ALL_PAIRS_UP_TO`` outlets (dozens of sites reprinting wire copy) the hub pairs of ``pairs``.

        Checks whose evidence may sit between any two outlets use these: the
        row's base or commonest wording may be an AI rewrite that shares
        little with the copies a spinner or an editor worked from.
        """
        if len(self.units) > ALL_PAIRS_UP_TO:
            yield from self.pairs(row)
            return
        wordings = _first_per_wording(self.row_units(row))
        for i, x in enumerate(wordings):
            for y in wordings[i + 1 :]:
                if x.witness != y.witness:
                    yield x, y

    def twins(self, row: Row, unit: Unit) -> list[Unit]:
        """The row's other units from other outlets with exactly this unit's wording."""
        return [u for u in self.row_units(row) if u.text == unit.text and u.witness != unit.witness]

    def changes(self, row: Row) -> list[Change]:
        """The replaced stretches between the row's hub pairs (``pairs``)."""
        if row.id not in self._changes:
            self._changes[row.id] = self._changes_among(row, self.pairs(row))
        return self._changes[row.id]

    def other_changes(self, row: Row) -> list[Change]:
        """The replaced stretches between the wordings ``all_pairs`` adds to the hub pairs: two near copies that
        differ in one figure ("knifed five" against "knifed six") may both sit apart from the base and the commonest."""
        if row.id not in self._other_changes:
            hubs = {frozenset((x.ref, y.ref)) for x, y in self.pairs(row)}
            others = ((x, y) for x, y in self.all_pairs(row) if frozenset((x.ref, y.ref)) not in hubs)
            self._other_changes[row.id] = self._changes_among(row, others)
        return self._other_changes[row.id]

    def _changes_among(self, row: Row, pairs: Iterator[tuple[Unit, Unit]]) -> list[Change]:
        copied = [(x, y) for x, y in pairs if shared_share(x.text, y.text) >= COPIED_ENOUGH]
        return [c for x, y in copied for c in changes_between(row, x, y, diff_words(x.text, y.text))]

    @cached_property
    def all_units(self) -> list[Unit]:
        return [u for r in self.content_rows for u in self.row_units(r)]

    @cached_property
    def _postings(self) -> dict[str, list[int]]:
        """Word key -> positions in ``all_units`` of the units that hold it."""
        postings: dict[str, list[int]] = {}
        for i, unit in enumerate(self.all_units):
            for key in set(_word_keys(unit.text)):
                postings.setdefault(key, []).append(i)
        return postings

    def outlets_using(self, key: str) -> frozenset[str]:
        """The outlets with a content sentence holding this word, anywhere in the comparison."""
        return frozenset(self.all_units[i].witness for i in self._postings.get(key, ()))

    def support(self, change: Change, side: str, ignoring: frozenset[str] = frozenset()) -> int:
        """How many outlets of the change's row, those ``ignoring`` aside, use this side's wording in the same slot:
        beside the same neighbour word.

        Matching the wording with a neighbour, not alone, keeps "military" in
        "special military operation" from supporting "government, military".
        """
        slots = _slots(change, side)
        units = self.row_units(change.row)
        needles = [joined(s) for s in slots if s]
        return len({u.witness for u in units if u.witness not in ignoring and any(n in joined_words(u.text) for n in needles)})

    def writes_both(self, change: Change, witness: str) -> bool:
        """Whether ``witness``, one side of the change, writes the other side's words itself, in another of its
        sentences in the row.

        An outlet that states a fact twice words it twice ("In short: Vietnamese
        real estate developer …" over its lead's "real estate tycoon"): where
        its other sentence has the word its swap replaced, the swap is its own
        restatement, not a spinner's synonym.
        """
        own, theirs = (change.x, change.y_words) if witness == change.x.witness else (change.y, change.x_words)
        needle = joined(t.key for t in theirs)
        return any(u.witness == own.witness and u.index != own.index and needle in joined_words(u.text) for u in self.row_units(change.row))

    def corpus_support(self, change: Change, side: str, ignoring: frozenset[str] = frozenset()) -> int:
        """The same count over every sentence of the comparison, found through a word index."""
        return len(frozenset().union(*(self._slot_witnesses(slot) for slot in _slots(change, side))) - ignoring)

    def _slot_witnesses(self, slot: tuple[str, ...]) -> frozenset[str]:
        if slot not in self._corpus_support:
            postings = sorted((self._postings.get(key, []) for key in set(slot)), key=len)
            candidates = set(postings[0]).intersection(*postings[1:]) if postings else set()
            units = (self.all_units[i] for i in candidates)
            needle = joined(slot)
            self._corpus_support[slot] = frozenset(u.witness for u in units if slot and needle in joined_words(u.text))
        return self._corpus_support[slot]

    def minority(self, change: Change, ignoring: frozenset[str] = frozenset()) -> tuple[str | None, float]:
        """Which side fewer outlets word this way ('x', 'y' or None on a tie), and how sure; the outlets ``ignoring``
        do not count (machine rewordings whose shared thesaurus would outvote the one copy people wrote).

        The row's outlets decide first (certainty 1); failing that, the same
        slot anywhere in the comparison (certainty 0.5, since those sentences
        need not report the same fact).
        """
        x, y = self.support(change, "x", ignoring), self.support(change, "y", ignoring)
        if x != y:
            return ("x" if x < y else "y"), 1.0
        x, y = self.corpus_support(change, "x", ignoring), self.corpus_support(change, "y", ignoring)
        if x != y:
            return ("x" if x < y else "y"), 0.5
        return None, 0.0


def same_wording(a: str, b: str) -> bool:
    """Word for word the same, as the diff compares words (case, quote styles and spacing aside)."""
    return _word_keys(a) == _word_keys(b)


def shared_share(a: str, b: str) -> float:
    """Words two sentences share in order (longest common subsequence), as a share of the shorter one's."""
    x, y = _word_keys(a), _word_keys(b)
    common = (len(x) + len(y) - Indel.distance(x, y)) / 2
    return common / max(1, min(len(x), len(y)))


def changes_between(row: Row, x: Unit, y: Unit, diff: WordDiff) -> Iterator[Change]:
    x_words = [t for t in diff.a_tokens if t.is_word]
    y_words = [t for t in diff.b_tokens if t.is_word]
    x_equal = _equal_flags(x_words, diff, "a")
    copied = sum(x_equal) / max(1, min(len(x_words), len(y_words)))
    x_starts = [t.start for t in x_words]
    for edit in diff.edits:
        if edit.tag != "replace":
            continue
        xs = [t for t in x_words if edit.a_start <= t.start < edit.a_end]
        ys = [t for t in y_words if edit.b_start <= t.start < edit.b_end]
        if not xs or not ys:
            continue
        first = bisect.bisect_left(x_starts, xs[0].start)
        last = first + len(xs)
        before = x_equal[max(0, first - _WINDOW) : first]
        after = x_equal[last : last + _WINDOW]
        yield Change(
            row=row,
            x=x,
            y=y,
            x_span=(xs[0].start, xs[-1].end),
            y_span=(ys[0].start, ys[-1].end),
            x_words=tuple(xs),
            y_words=tuple(ys),
            left=_anchored(_run(reversed(before)), first),
            right=_anchored(_run(after), len(x_words) - last),
            copied=copied,
        )


def _anchored(run: int, words: int) -> int:
    """Equal words beside a change, 2 more when they reach the sentence's start or end (``words`` lie between the
    change and it): "The *costs* all relate" against "The *charges* all relate" is anchored as firmly as a longer run."""
    return run + 2 if run == words else run


def _slots(change: Change, side: str) -> list[tuple[str, ...]]:
    unit, tokens = (change.x, change.x_words) if side == "x" else (change.y, change.y_words)
    sentence = words(unit.text)
    first = next(i for i, t in enumerate(sentence) if t.start == tokens[0].start)
    last = first + len(tokens)
    keys = [t.key for t in tokens]
    while len(keys) > 1 and not is_content_word(keys[-1]):
        keys.pop()
        last -= 1
    while len(keys) > 1 and not is_content_word(keys[0]):
        keys.pop(0)
        first += 1
    slots = []
    if first > 0:
        slots.append((sentence[first - 1].key, *keys))
    if last < len(sentence):
        slots.append((*keys, sentence[last].key))
    return slots or [tuple(keys)]


def _first_per_wording(units: Sequence[Unit]) -> list[Unit]:
    seen: dict[str, Unit] = {}
    for unit in units:
        seen.setdefault(unit.text, unit)
    return list(seen.values())


def _equal_flags(words: list[Token], diff: WordDiff, side: str) -> list[bool]:
    spans = [(e.a_start, e.a_end) if side == "a" else (e.b_start, e.b_end) for e in diff.edits if e.tag == "equal"]
    return [any(s <= t.start < e for s, e in spans) for t in words]


def _run(flags: Iterator[bool] | list[bool]) -> int:
    n = 0
    for flag in flags:
        if not flag:
            break
        n += 1
    return n


@memo_text(maxsize=4096)
def _word_keys(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in words(text))

