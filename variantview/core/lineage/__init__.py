"""Stage 4b, Row → Derivation: which outlet each outlet was derived from, how much, and how sure.

Categories follow the METER corpus of newswire reuse (Clough et al. 2002):
*wholly derived*, *partially derived* and *non-derived*, decided here by the
share of an outlet's content words that sit in verbatim runs (``runs.py``)
shared with its source. Which of two outlets is the source is decided by
``direction.py``; outlets that copy one text not among the outlets are said
to share a common source rather than made each other's source.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from variantview.core.align.rows import Row
from variantview.core.detect.finding import Finding
from variantview.core.lineage.direction import Direction, direction
from variantview.core.lineage.runs import Blocks, Overlap, articles, overlap
from variantview.core.read.witness import Witness
from variantview.core.units.segment import Unit

WHOLLY = "wholly derived"
PARTIALLY = "partially derived"
NON_DERIVED = "non-derived"
CATEGORIES = (WHOLLY, PARTIALLY, NON_DERIVED)

WHOLLY_FROM = 0.7
"""Share of content words in runs shared with the source from which an outlet is wholly derived."""
PARTIALLY_FROM = 0.2
"""... and partially derived; below it, shared runs are stock phrases and names ("Russian President Vladimir Putin")."""
ALTERATIONS = ("garble", "quote", "number")
"""Findings that put an outlet in the minority against the common wording: what a copy changed."""
SPUN_FROM = 3
"""Swapped words (garble findings) that mark an outlet as a spun copy even when its source is absent."""
_ROOT_NEAR = 0.05
"""A source in the comparison gives way to the one it copied when that explains the text within this share."""
_NEAR = 0.1
"""A common source is preferred to an outlet in the comparison only when it explains this much more of the text."""


@dataclass(frozen=True)
class Derivation:
    outlet: str
    source: str | None  # None: non-derived, or derived from a common source not among the outlets
    category: str
    reused: float  # share of the outlet's content words in verbatim runs shared with its source (or its fellow copies)
    added: float  # share of its content words of its own (outside those runs)
    cut: float  # share of the source's content words it leaves out
    common_with: tuple[str, ...]  # outlets that copy the same absent source
    rows: tuple[int, ...]  # rows that carry the copied text
    evidence: str


def trace_lineage(
    witnesses: Sequence[Witness], units: Mapping[str, Sequence[Unit]], rows: Sequence[Row], findings: Sequence[Finding]
) -> tuple[Derivation, ...]:
    """One derivation per outlet, in the outlets' order."""
    texts = articles(rows, units)
    by_id = {w.id: w for w in witnesses}
    altered = Counter(f.witness for f in findings if f.kind in ALTERATIONS)
    swaps = Counter(f.witness for f in findings if f.kind == "garble")
    cache: dict[tuple[int, int], Blocks] = {}
    overlaps: dict[tuple[str, str], Overlap] = {}
    for i, a in enumerate(witnesses):
        for b in witnesses[i + 1 :]:
            found = overlap(texts[a.id], texts[b.id], cache)
            overlaps[(a.id, b.id)], overlaps[(b.id, a.id)] = found, found.flipped()
    reuse = {pair: 1 - o.mine.own if o.mine.total else 0.0 for pair, o in overlaps.items()}
    partners = {
        a.id: {
            b.id: direction(a, b, overlaps[(a.id, b.id)], altered)
            for b in witnesses
            if b.id != a.id and max(reuse[(a.id, b.id)], reuse[(b.id, a.id)]) >= PARTIALLY_FROM
        }
        for a in witnesses
    }
    derived = [_derivation(a, partners, reuse, overlaps, by_id, swaps[a.id]) for a in witnesses]
    return tuple(_naming_copies(d, derived, by_id) for d in derived)


def _naming_copies(d: Derivation, derived: Sequence[Derivation], by_id: Mapping[str, Witness]) -> Derivation:
    """A source's evidence names the outlets derived from it."""
    copies = [by_id[c.outlet].name for c in derived if c.source == d.outlet]
    if not copies:
        return d
    return replace(d, evidence=f"{d.evidence.rstrip('.')}; it is the source of {', '.join(copies)}.")


def _derivation(
    a: Witness,
    everyone: Mapping[str, Mapping[str, Direction]],
    reuse: Mapping[tuple[str, str], float],
    overlaps: Mapping[tuple[str, str], Overlap],
    by_id: Mapping[str, Witness],
    swaps: int,
) -> Derivation:
    partners = everyone[a.id]
    candidates = sorted((b for b, d in partners.items() if d.verdict == "copy" and reuse[(a.id, b)] >= PARTIALLY_FROM), key=lambda b: -reuse[(a.id, b)])
    sources = _rootward(candidates, {b: reuse[(a.id, b)] for b in candidates}, everyone)
    fellows = sorted((b for b, d in partners.items() if d.verdict == "common" and reuse[(a.id, b)] >= PARTIALLY_FROM), key=lambda b: -reuse[(a.id, b)])
    best_source = reuse[(a.id, sources[0])] if sources else 0.0
    best_fellow = reuse[(a.id, fellows[0])] if fellows else 0.0
    if sources and best_source + _NEAR >= best_fellow:
        source = sources[0]
        o = overlaps[(a.id, source)]
        share = reuse[(a.id, source)]
        cut = o.theirs.own
        said = (
            f"{share:.0%} of its content words sit in verbatim runs shared with {by_id[source].name}; "
            f"{1 - share:.0%} are its own and it leaves out {cut:.0%} of {by_id[source].name}'s. "
            f"Derived from {by_id[source].name}: {partners[source].reason}."
        )
        return Derivation(a.id, source, _category(share), share, 1 - share, cut, (), o.rows, said)
    if fellows:
        share = best_fellow
        o = overlaps[(a.id, fellows[0])]
        names = ", ".join(by_id[b].name for b in fellows)
        said = (
            f"{share:.0%} of its content words sit in verbatim runs shared with {by_id[fellows[0]].name}: "
            f"derived from a common source not among these outlets, as {names} ({partners[fellows[0]].reason})."
        )
        rows = tuple(sorted({r for b in fellows for r in overlaps[(a.id, b)].rows}))
        return Derivation(a.id, None, _category(share), share, 1 - share, 0.0, tuple(fellows), rows, said)
    if swaps >= SPUN_FROM:
        said = (
            f"Its {swaps} swapped words are the odd ones out against the other outlets' common wording, a spinner's habit, "
            "but no outlet here carries its source text: derived from a source not among these outlets."
        )
        return Derivation(a.id, None, PARTIALLY, 0.0, 1.0, 0.0, (), (), said)
    most = max((reuse[(a.id, b.id)] for b in by_id.values() if b.id != a.id), default=0.0)
    said = f"At most {most:.0%} of its content words sit in verbatim runs shared with another outlet."
    return Derivation(a.id, None, NON_DERIVED, 0.0, 1.0, 0.0, (), (), said)


def _rootward(candidates: list[str], shares: Mapping[str, float], everyone: Mapping[str, Mapping[str, Direction]]) -> list[str]:
    """The candidates, best first, except that a candidate which itself copied another nearly as good gives way to it:
    a spun copy of a reprint that carries a wire story word for word is named a copy of the wire story."""
    if not candidates:
        return candidates
    best = candidates[0]
    near = [b for b in candidates if shares[b] + _ROOT_NEAR >= shares[best]]
    seen = {best}
    while True:
        earlier = next((b for b in near if b not in seen and b in everyone[best] and everyone[best][b].verdict == "copy"), None)
        if earlier is None:
            return [best, *(b for b in candidates if b != best)]
        best = earlier
        seen.add(best)


def _category(share: float) -> str:
    if share >= WHOLLY_FROM:
        return WHOLLY
    return PARTIALLY if share >= PARTIALLY_FROM else NON_DERIVED
