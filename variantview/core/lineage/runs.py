"""Verbatim runs: the stretches of several words two outlets share, row by row.

Scattered word overlap says two articles are about the same event; a run of
several words in the same order says one was copied from the other (or both
from a third). Rows already pair the sentences that report the same fact, so
runs are looked for only between an outlet's sentences and another's in the
same row, with difflib's ``SequenceMatcher`` over word keys. Words inside
quotation marks are left out on both sides: outlets that quote one statement
word for word share it without copying each other.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from variantview.core.align.rows import Row
from variantview.core.detect.quotes import quotes_by_unit
from variantview.core.text import is_content_word, words
from variantview.core.units.segment import Unit

MIN_RUN = 4
"""Words in a row two outlets must share, in order, to count as copied text (a name such as
"Kim Jong Un" is three; "signed a mutual defence agreement" is five)."""

Word = tuple[int, int]
"""(unit index, word index within the unit)."""


@dataclass(frozen=True)
class Article:
    """One outlet's countable text: its body words outside quotations, by row."""

    witness: str
    keys: Mapping[int, tuple[str, ...]]  # row id -> the word keys of the outlet's sentences in that row
    places: Mapping[int, tuple[Word, ...]]  # row id -> where each of those words sits
    content: frozenset[Word]  # the words that count: content words outside quotations
    order: Mapping[Word, int]  # reading position of each counted word

    @property
    def size(self) -> int:
        return len(self.content)


@dataclass(frozen=True)
class Overlap:
    """What ``copy`` shares with ``source`` in verbatim runs."""

    copy: str
    source: str
    copied: frozenset[Word]  # the copy's content words inside shared runs
    kept: frozenset[Word]  # the source's content words the copy carries
    rows: tuple[int, ...]  # the rows holding shared runs


def articles(rows: Sequence[Row], units: Mapping[str, Sequence[Unit]]) -> dict[str, Article]:
    """Every outlet's body words, keyed by the content rows they sit in."""
    quoted = quotes_by_unit([u for us in units.values() for u in us])
    keys: dict[str, dict[int, tuple[str, ...]]] = {w: {} for w in units}
    places: dict[str, dict[int, tuple[Word, ...]]] = {w: {} for w in units}
    for row in rows:
        if row.kind == "boilerplate":
            continue
        for witness, indices in row.cells.items():
            found = [(u, i, t.key) for u in indices for i, t in enumerate(words(units[witness][u].text)) if not units[witness][u].boilerplate]
            keys[witness][row.id] = tuple(k for _, _, k in found)
            places[witness][row.id] = tuple((u, i) for u, i, _ in found)
    result = {}
    for witness, us in units.items():
        content: set[Word] = set()
        order: dict[Word, int] = {}
        for unit in us:
            if unit.boilerplate:
                continue
            inside = quoted.get(unit.ref, [])
            for i, token in enumerate(words(unit.text)):
                order[(unit.index, i)] = len(order)
                if is_content_word(token.key) and not any(q.start <= token.start < q.end for q in inside):
                    content.add((unit.index, i))
        result[witness] = Article(witness, keys[witness], places[witness], frozenset(content), order)
    return result


def overlap(copy: Article, source: Article) -> Overlap:
    """The runs of at least ``MIN_RUN`` words the two outlets share, row by row."""
    copied: set[Word] = set()
    kept: set[Word] = set()
    rows: list[int] = []
    for row in sorted(copy.keys.keys() & source.keys.keys()):
        mine, theirs = copy.keys[row], source.keys[row]
        blocks = [b for b in SequenceMatcher(None, mine, theirs, autojunk=False).get_matching_blocks() if b.size >= MIN_RUN]
        for block in blocks:
            copied.update(copy.places[row][block.a : block.a + block.size])
            kept.update(source.places[row][block.b : block.b + block.size])
        if any(copy.places[row][b.a + k] in copy.content for b in blocks for k in range(b.size)):
            rows.append(row)
    return Overlap(copy.witness, source.witness, frozenset(copied & copy.content), frozenset(kept & source.content), tuple(rows))
