"""Verbatim runs: the stretches of several words two outlets share, row by row.

Scattered word overlap says two articles are about the same event; a run of
several words in the same order says one was copied from the other (or both
from a third). Rows already pair the sentences that report the same fact, so
runs are looked for only between an outlet's sentences and another's in the
same row: the matching blocks of rapidfuzz's Indel alignment (a longest common
subsequence, in C++) over word keys. Words inside
quotation marks are left out on both sides: outlets that quote one statement
word for word share it without copying each other.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

from rapidfuzz.distance import Indel

from variantview.core.align.rows import Row
from variantview.core.detect.quotations import quotes_by_unit
from variantview.core.text import is_content_word, words
from variantview.core.units.segment import Unit

MIN_RUN = 4
"""Words in a row two outlets must share, in order, to count as copied text (a name such as
"Kim Jong Un" is three; "signed a mutual defence agreement" is five)."""


class RowText(NamedTuple):
    """One outlet's words in one row (a plain tuple: a 30-outlet comparison reads 435,000 of them)."""

    wording: int  # a number for the keys, the same in every outlet that words the row alike
    keys: tuple[str, ...]  # the word keys of the outlet's sentences in the row
    counted: tuple[int, ...]  # counted words before each word (prefix sums), one longer than keys
    orders: Sequence[int]  # each word's reading position in the article


@dataclass(frozen=True)
class Article:
    """One outlet's countable text, by row: its body words, which of them count, and where they sit."""

    witness: str
    rows: Mapping[int, RowText]  # row id -> the outlet's words there
    positions: tuple[int, ...]  # the counted words' reading positions, in order

    @property
    def size(self) -> int:
        """Its counted words: content words outside quotations."""
        return len(self.positions)


@dataclass(frozen=True)
class Side:
    """One outlet's part in an overlap, as counts (a comparison of 30 outlets has 435 overlaps)."""

    shared: int  # its content words inside runs shared with the other outlet
    total: int  # its content words
    lead: int  # its content words before the first shared one: a lead of its own when they are most of its extras

    @property
    def own(self) -> float:
        """Share of its content words outside the shared runs."""
        return 1 - self.shared / self.total if self.total else 0.0


@dataclass(frozen=True)
class Overlap:
    """What ``copy`` shares with ``source`` in verbatim runs."""

    copy: str
    source: str
    mine: Side
    theirs: Side
    rows: tuple[int, ...]  # the rows holding shared runs

    def flipped(self) -> Overlap:
        return Overlap(self.source, self.copy, self.theirs, self.mine, self.rows)


Blocks = tuple[tuple[int, int, int], ...]


def articles(rows: Sequence[Row], units: Mapping[str, Sequence[Unit]]) -> dict[str, Article]:
    """Every outlet's body words, keyed by the content rows they sit in."""
    quoted = quotes_by_unit([u for us in units.values() for u in us])
    read: dict[tuple[str, int], _Read] = {}
    positions: dict[str, list[int]] = {}
    for witness, us in units.items():
        at = 0
        positions[witness] = []
        for unit in (u for u in us if not u.boilerplate):
            inside = quoted.get(unit.ref, ())
            tokens = words(unit.text)
            if inside:
                counts = tuple(is_content_word(t.key) and not any(q.start <= t.start < q.end for q in inside) for t in tokens)
            else:  # most sentences quote no one: 30 outlets x 1,000 sentences read in half the time
                counts = tuple(map(is_content_word, (t.key for t in tokens)))
            read[unit.ref] = _Read(tuple(t.key for t in tokens), counts, tuple(accumulate(counts, initial=0)), at)
            positions[witness].extend(at + i for i, counted in enumerate(counts) if counted)
            at += len(tokens)
    numbered: dict[tuple[str, ...], int] = {}
    by_row: dict[str, dict[int, RowText]] = {w: {} for w in units}
    for row in rows:
        if row.kind == "boilerplate":
            continue
        for witness, indices in row.cells.items():
            parts = [read[(witness, u)] for u in indices if (witness, u) in read]
            if not parts:
                continue
            by_row[witness][row.id] = _row_text(parts, numbered)
    return {w: Article(w, by_row[w], tuple(positions[w])) for w in units}


def _row_text(parts: Sequence[_Read], numbered: dict[tuple[str, ...], int]) -> RowText:
    """An outlet's words in a row: one sentence's as read (nearly every row), several sentences' joined."""
    orders: Sequence[int]
    if len(parts) == 1:
        part = parts[0]
        keys, counted, orders = part.keys, part.counted, range(part.start, part.start + len(part.keys))
    else:
        keys = tuple(k for part in parts for k in part.keys)
        counted = tuple(accumulate((c for part in parts for c in part.counts), initial=0))
        orders = tuple(i for part in parts for i in range(part.start, part.start + len(part.keys)))
    return RowText(numbered.setdefault(keys, len(numbered)), keys, counted, orders)


@dataclass(frozen=True, slots=True)
class _Read:
    """One body sentence's words: their keys, which count, and the reading position of the first."""

    keys: tuple[str, ...]
    counts: tuple[bool, ...]
    counted: tuple[int, ...]  # prefix sums of counts
    start: int


def overlap(copy: Article, source: Article, cache: dict[tuple[int, int], Blocks]) -> Overlap:
    """The runs of at least ``MIN_RUN`` words the two outlets share, row by row, counted.

    ``cache`` holds the runs found between two wordings: reprints share most wordings, so
    most pairs of outlets meet the same pairs of sentences again. Counting works on prefix
    sums, so a pair of outlets costs one step per shared row and run, not per word.
    """
    shared_a = shared_b = 0
    first_a = first_b = _NOWHERE
    rows: list[int] = []
    mine_rows, their_rows = copy.rows, source.rows
    for row in sorted(mine_rows.keys() & their_rows.keys()):
        mine, theirs = mine_rows[row], their_rows[row]
        pair = (mine.wording, theirs.wording)
        blocks = cache.get(pair)
        if blocks is None:
            blocks = cache[pair] = _runs(mine.keys, theirs.keys)
        if not blocks:
            continue
        rows.append(row)
        counted_a, counted_b = mine.counted, theirs.counted
        for a, b, size in blocks:
            shared_a += counted_a[a + size] - counted_a[a]
            shared_b += counted_b[b + size] - counted_b[b]
        at_a, at_b = mine.orders[blocks[0][0]], theirs.orders[blocks[0][1]]  # runs come in order on both sides
        if at_a < first_a:
            first_a = at_a
        if at_b < first_b:
            first_b = at_b
    return Overlap(copy.witness, source.witness, _side(copy, shared_a, first_a), _side(source, shared_b, first_b), tuple(rows))


_NOWHERE = 1 << 62


def _side(article: Article, shared: int, first: int) -> Side:
    """A sentence in two rows would be counted twice: the share is capped at the whole."""
    if first == _NOWHERE:
        return Side(0, article.size, 0)
    return Side(min(shared, article.size), article.size, bisect_left(article.positions, first))


def _runs(mine: tuple[str, ...], theirs: tuple[str, ...]) -> Blocks:
    if mine == theirs:
        return ((0, 0, len(mine)),) if len(mine) >= MIN_RUN else ()
    blocks = Indel.opcodes(mine, theirs).as_matching_blocks()
    return tuple((b.a, b.b, b.size) for b in blocks if b.size >= MIN_RUN)
