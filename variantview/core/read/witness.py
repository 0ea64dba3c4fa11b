"""Witnesses: one outlet's article, its text kept as read.

Every offset later in the pipeline points into ``Witness.text``; nothing
downstream may alter it. The one reading it gets is of a disguised copy's
look-alike letters, as the Latin letters they imitate (``lookalikes``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from variantview.core.read.lookalikes import LOOKALIKES, imitations, unmasked


@dataclass(frozen=True)
class Witness:
    id: str
    name: str
    source: str
    text: str
    metadata: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def make_witness(witness_id: str, text: str, source: str = "", metadata: dict[str, str] | None = None) -> Witness:
    """Build a witness, naming it after the outlet when the text names one; a disguised copy's look-alike
    letters are read as Latin, letter for letter, and listed in its metadata for the warning the editor gets."""
    metadata = dict(metadata or {})
    letters = imitations(text)
    if letters:
        text = unmasked(text, letters)
        metadata[LOOKALIKES] = ", ".join(f"“{ch}” for “{latin}” ×{n}" for (ch, latin), n in letters.most_common())
    return Witness(
        id=witness_id,
        name=metadata.get("outlet") or outlet_name(witness_id, text),
        source=source,
        text=text,
        metadata=metadata,
    )


def provenance(witness: Witness) -> str:
    """Where an article came from, on one line: file or web address, author, publication date, canonical address."""
    fetched = witness.source.startswith(("http://", "https://"))
    parts = [witness.source if fetched else Path(witness.source).name if witness.source and witness.source != "pasted text" else "pasted text"]
    if witness.metadata.get("author"):
        parts.append(f"by {witness.metadata['author']}")
    if witness.metadata.get("date"):
        parts.append(f"published {witness.metadata['date']}")
    if witness.metadata.get("url") and witness.metadata["url"] != witness.source:
        parts.append(witness.metadata["url"])
    return " · ".join(parts)


_SOURCE_LINE = re.compile(r"^\s*(?:Source|Courtesy)\s*:\s*(?P<name>(?=[^\n]*?[^\W\d_])[^\n]{2,60}?)\s*$", re.MULTILINE)
"""A line naming the outlet; a name has a letter in it (a page whose source field is empty prints "Source: -")."""


def outlet_name(witness_id: str, text: str) -> str:
    """The outlet's own spelling of its name if the text carries it, else the id made readable.

    Articles often sign themselves ("Source: Qatar Tribune", "– Hindustan
    Times" in the title); a file stem such as ``qatar-tribune`` is only a guess.
    """
    source = _SOURCE_LINE.search(text)
    if source:
        return source.group("name")
    words = [w for w in re.split(r"[-_\s.]+", witness_id) if w]
    if words:
        pattern = r"\b" + r"[\s\-_]+".join(re.escape(w) for w in words) + r"\b"
        named = re.search(pattern, text, re.IGNORECASE)
        if named and any(c.isupper() for c in named.group()):
            return named.group()
        return " ".join(w.capitalize() for w in words)
    return witness_id or "Untitled"


def unique_id(stem: str, taken: set[str]) -> str:
    """A witness id derived from a file stem that no other witness already uses ("report", "report-2", "report-3").

    A stem that already ends in a number ("report-2") counts on from its base
    rather than growing a second suffix.
    """
    wanted = re.sub(r"\s+", "-", stem.strip()) or "outlet"
    if wanted not in taken:
        return wanted
    base, n = re.sub(r"-\d+$", "", wanted) or "outlet", 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def witnesses_from_texts(texts: dict[str, str]) -> list[Witness]:
    return [make_witness(witness_id, text) for witness_id, text in texts.items()]
