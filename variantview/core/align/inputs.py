"""The editor's inputs to the aligner, as plain data: the threshold and the corrections.

The project file stores them and the aligner reads them; they are kept apart
from the aligner so that reading a project needs none of its numerical machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

Ref = tuple[str, int]  # (witness id, unit index)

DEFAULT_THRESHOLD = 0.3
"""Lowest similarity at which two sentences are put in one row, read with bench/real_corpus.py: 0.35 lost
a tenth of the real corpus's pairs; scoring every pair by meaning instead of wording (tried) merged
neighbouring facts four times as often for 0.03 more pairs."""


@dataclass(frozen=True)
class Correction:
    """An editor's fix: ``move`` a unit into the row of ``target`` (or alone when None), or ``merge`` two rows."""

    op: str
    unit: Ref
    target: Ref | None = None
