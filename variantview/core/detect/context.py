"""What every detector sees of the alignment: rows, their units, and word diffs between them.

Diffs are computed once per unit pair and shared, since garble, quote and
number detection all read the same diff.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import combinations

from variantview.core.align import Row
from variantview.core.diffing import WordDiff, diff_words
from variantview.core.segment import Unit
from variantview.core.text import Token, is_content_word, words

_WINDOW = 3
"""Words either side of a change inspected to decide whether it sits in copied text."""


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
    left: int  # equal words just before the change (2 more at a sentence start)
    right: int  # equal words just after it (2 more at a sentence end)
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
    _diffs: dict[tuple[tuple[str, int], tuple[str, int]], WordDiff] = field(default_factory=dict)

    def unit(self, witness: str, index: int) -> Unit:
        return self.units[witness][index]

    def row_units(self, row: Row) -> list[Unit]:
        return [self.unit(w, i) for w, indices in row.cells.items() for i in indices]

    @cached_property
    def content_rows(self) -> list[Row]:
        return [r for r in self.rows if r.kind != "boilerplate"]

    def diff(self, x: Unit, y: Unit) -> WordDiff:
        key = (x.ref, y.ref)
        if key not in self._diffs:
            self._diffs[key] = diff_words(x.text, y.text)
        return self._diffs[key]

    def pairs(self, row: Row) -> Iterator[tuple[Unit, Unit]]:
        """Every cross-outlet pair of the row's units, each pair once."""
        for x, y in combinations(self.row_units(row), 2):
            if x.witness != y.witness:
                yield x, y

    def changes(self, row: Row) -> Iterator[Change]:
        for x, y in self.pairs(row):
            yield from changes_between(row, x, y, self.diff(x, y))

    @cached_property
    def all_units(self) -> list[Unit]:
        return [u for r in self.content_rows for u in self.row_units(r)]

    def support(self, change: Change, side: str, units: Sequence[Unit]) -> int:
        """How many outlets use this side's wording in the same slot: beside the same neighbour word.

        Matching the wording with a neighbour, not alone, keeps "military" in
        "special military operation" from supporting "government, military".
        """
        slots = _slots(change, side)
        return len({u.witness for u in units if any(_contains(_word_keys(u.text), s) for s in slots)})

    def minority(self, change: Change) -> tuple[str | None, float]:
        """Which side fewer outlets word this way ('x', 'y' or None on a tie), and how sure.

        The row's outlets decide first (certainty 1); failing that, the same
        slot anywhere in the comparison (certainty 0.5, since those sentences
        need not report the same fact).
        """
        for units, certainty in ((self.row_units(change.row), 1.0), (self.all_units, 0.5)):
            x, y = self.support(change, "x", units), self.support(change, "y", units)
            if x != y:
                return ("x" if x < y else "y"), certainty
        return None, 0.0


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
            left=_run(reversed(before)) + (2 if first == 0 else 0),
            right=_run(after) + (2 if last == len(x_words) else 0),
            copied=copied,
        )


def _slots(change: Change, side: str) -> list[tuple[str, ...]]:
    unit, tokens = (change.x, change.x_words) if side == "x" else (change.y, change.y_words)
    sentence = _word_tokens(unit.text)
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


@lru_cache(maxsize=4096)
def _word_tokens(text: str) -> tuple[Token, ...]:
    return tuple(words(text))


@lru_cache(maxsize=4096)
def _word_keys(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in _word_tokens(text))


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
