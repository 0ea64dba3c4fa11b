"""Which of two outlets that share verbatim runs copied the other, and on what evidence.

Evidence is taken in order of how much it can be trusted: publication dates
(where the loader found them), a credit naming the other outlet ("Source:
AP", "– Hindustan Times"), alterations (a spinner's swapped words, a
reprint's changed quotation or number are the odd ones out against the
other outlet's common wording), and last what each
text holds that the other lacks: a copy carries its source's text plus
additions of its own, or a cut version of it. Two outlets that each hold much
the other lacks, or the same text with nothing to order them, are copies of
a common source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from variantview.core.lineage.runs import Overlap
from variantview.core.memo import memo_text
from variantview.core.read.witness import Witness

_SMALL = 0.15
"""At most this share of an outlet's content words outside the runs it shares with another: it holds the other's text
(a copy adds a standfirst or a closing line; an independent text adds far more)."""

_BOTH_OWN = 0.35
"""Both outlets hold more than this share of their own: neither is the other's copy, both draw on a third text."""

_LEAD = 0.8
"""Share of an outlet's extra words that must precede the first shared word to be a lead of its own."""

_LEAD_BY = 3
"""An outlet's alterations must outnumber the other's this many times over to mark it as the copy."""

Verdict = Literal["copy", "source", "common"]
"""From the first outlet's side: it copied the second, it is the second's source, or both copy a third."""


@dataclass(frozen=True)
class Direction:
    verdict: Verdict
    reason: str


def direction(a: Witness, b: Witness, ab: Overlap, altered: Mapping[str, int]) -> Direction:
    """How ``a`` stands to ``b`` (``ab`` is ``a``'s overlap with ``b``), with the evidence in words."""
    return _by_date(a, b) or _by_credit(a, b) or _by_alteration(a, b, altered) or _by_content(a, b, ab)


def _by_date(a: Witness, b: Witness) -> Direction | None:
    da, db = _published(a), _published(b)
    if da is None or db is None or da == db:
        return None
    earlier, later = (a, b) if da < db else (b, a)
    reason = f"{later.name} was published on {max(da, db).isoformat()}, after {earlier.name} ({min(da, db).isoformat()})"
    return Direction("source" if da < db else "copy", reason)


def _published(w: Witness) -> date | None:
    try:
        return date.fromisoformat(w.metadata.get("date", "")[:10])
    except ValueError:
        return None


def _by_credit(a: Witness, b: Witness) -> Direction | None:
    if _credits(a, b):
        return Direction("copy", f"{a.name} credits {b.name} in its text")
    if _credits(b, a):
        return Direction("source", f"{b.name} credits {a.name} in its text")
    return None


def _credits(copy: Witness, source: Witness) -> bool:
    """The copy names the source as a credit: "Source: X", "via X", "– X" closing a line, "(X)", "X reported"."""
    names = {n for n in (source.name, re.sub(r"[-_]+", " ", source.id)) if len(n) >= 3 and n.casefold() != copy.name.casefold()}
    folded = _folded(copy.text)
    for name in names:
        if name.split()[0].casefold() not in folded:  # the credit patterns are slow over long texts; most names are absent
            continue
        spelled = re.escape(name).replace(r"\ ", r"[\s\-_]+")
        credit = (
            rf"(?:source|courtesy|credit|via|originally published (?:on|by|in)|according to|©)\s*:?\s*(?:the\s+)?{spelled}\b"
            rf"|[–—|-]\s*(?:the\s+)?{spelled}\s*$|\(\s*{spelled}\s*\)|\b{spelled}\s+reported"
        )
        if re.search(credit, copy.text, re.IGNORECASE | re.MULTILINE):
            return True
    return False


@memo_text(maxsize=64, limit=1 << 23)
def _folded(text: str) -> str:
    """Cached: each outlet's text is searched for every other outlet's name."""
    return text.casefold()


def _by_alteration(a: Witness, b: Witness, altered: Mapping[str, int]) -> Direction | None:
    """Swapped words, altered quotations and changed numbers: the detectors put them on the outlet whose wording
    fewer outlets share, which is the copy's (a spinner's swaps, a reprint's edits)."""
    sa, sb = altered.get(a.id, 0), altered.get(b.id, 0)
    if sa >= 2 and sa >= _LEAD_BY * sb:
        return Direction("copy", f"{a.name}'s {sa} altered words are the odd ones out where {b.name} has the common wording")
    if sb >= 2 and sb >= _LEAD_BY * sa:
        return Direction("source", f"{b.name}'s {sb} altered words are the odd ones out where {a.name} has the common wording")
    return None


def _by_content(a: Witness, b: Witness, ab: Overlap) -> Direction:
    """News copies are trimmed more often than extended: the text with less of its own is the copy,
    unless the other's extra text is a lead of its own set above the shared text."""
    own_a, own_b = ab.mine.own, ab.theirs.own
    if own_a <= _SMALL and own_b <= _SMALL:
        return Direction("common", f"{a.name} and {b.name} carry the same text and nothing in it says which came first")
    if min(own_a, own_b) > _BOTH_OWN:
        return Direction("common", f"each carries much text the other lacks ({own_a:.0%} of {a.name}'s, {own_b:.0%} of {b.name}'s)")
    longer, shorter, side = (b, a, ab.theirs) if own_b > own_a else (a, b, ab.mine)
    if side.lead >= _LEAD * (side.total - side.shared):
        verdict: Verdict = "source" if shorter is a else "copy"
        return Direction(verdict, f"{longer.name} carries {shorter.name}'s text under a lead of its own")
    verdict = "copy" if shorter is a else "source"
    return Direction(verdict, f"{shorter.name} carries {longer.name}'s text with cuts")
