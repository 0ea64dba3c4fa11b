"""Sentence units with character offsets into the witness's original text.

syntok is applied line by line: news text puts headlines, bylines and
datelines on lines of their own without a final stop, and a line break is
the only sign that they end. On the sample this beat pysbd (which splits
"Sat." and strands closing quotes) and a regex splitter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import syntok.segmenter as syntok

from variantview.core.memo import memo_text
from variantview.core.read.witness import Witness

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Unit:
    """One sentence-like unit; ``text == witness.text[start:end]`` always holds."""

    witness: str
    index: int
    start: int
    end: int
    text: str
    role: str = "body"  # body | headline | meta | chrome
    boilerplate: bool = False

    @property
    def ref(self) -> tuple[str, int]:
        return (self.witness, self.index)


def segment(witness: Witness) -> list[Unit]:
    """Split a witness into units that tile its non-blank text, in reading order."""
    spans = [span for line in _LINE.finditer(witness.text) for span in _line_spans(witness.text, line.start(), line.end())]
    return [
        Unit(witness=witness.id, index=i, start=start, end=end, text=witness.text[start:end])
        for i, (start, end) in enumerate(spans)
    ]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut one line at syntok's sentence starts, trimming blanks at both ends of each piece."""
    line = text[start:end]
    if not line.strip():
        return []
    cuts = sorted({0, *_sentence_starts(line)})
    pieces = zip(cuts, [*cuts[1:], len(line)])
    spans = []
    for a, b in pieces:
        piece = line[a:b]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + a + lead, start + a + lead + len(stripped)))
    return spans


@memo_text(maxsize=65536)
def _sentence_starts(line: str) -> tuple[int, ...]:
    """Memoised: outlets reprint whole paragraphs, and syntok is the slowest step of reading."""
    try:
        return tuple(sentence[0].offset for paragraph in syntok.analyze(line) for sentence in paragraph if sentence)
    except (IndexError, ValueError, RecursionError):
        return ()
