"""The editor's corrections to an alignment, as plain data: the project file stores them, the aligner replays them.

Kept apart from the aligner so that reading a project needs only this
dataclass, not the aligner's numerical machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

Ref = tuple[str, int]  # (witness id, unit index)


@dataclass(frozen=True)
class Correction:
    """An editor's fix: ``move`` a unit into the row of ``target`` (or alone when None), or ``merge`` two rows."""

    op: str
    unit: Ref
    target: Ref | None = None
