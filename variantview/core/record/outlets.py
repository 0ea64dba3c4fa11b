"""One row per outlet across a library's stories: what it copied, what was found, what the editor judged.

Outlets are matched across projects by name or by site (the canonical URL's
host or the site name the loader found), case and punctuation aside; the
editor joins two spellings the matching missed ("Hindustan Times" and "HT")
with ``merges``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from variantview.core.detect.finding import Finding
from variantview.core.detect.kinds import LISTED
from variantview.core.read.witness import Witness
from variantview.core.record.library import Library, Story
from variantview.core.review.annotations import VERDICTS


@dataclass(frozen=True)
class Appearance:
    """An outlet in one story."""

    story: str
    path: Path
    witness: str
    name: str
    site: str
    category: str
    derived: float  # share of its content words in verbatim runs shared with its source
    findings: tuple[Finding, ...]
    verdicts: Mapping[str, int]  # the editor's verdicts on its sentences and findings, by verdict
    rating: str
    note: str


@dataclass(frozen=True)
class OutletRecord:
    name: str
    spellings: tuple[str, ...]
    sites: tuple[str, ...]
    appearances: tuple[Appearance, ...]  # oldest saved story first

    @property
    def also_known_as(self) -> tuple[str, ...]:
        """Its other spellings and its sites: what the matching (or the editor) joined under its name."""
        return tuple(s for s in self.spellings if s != self.name) + self.sites

    @property
    def stories(self) -> int:
        return len({a.path for a in self.appearances})

    @property
    def derived(self) -> float:
        """Mean over its stories of the share of its text derived from another outlet (0 where non-derived)."""
        return sum(a.derived for a in self.appearances) / len(self.appearances)

    @property
    def findings(self) -> Counter[str]:
        return Counter(f.kind for a in self.appearances for f in a.findings)

    @property
    def verdicts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for a in self.appearances:
            total.update(a.verdicts)
        return total

    @property
    def history(self) -> tuple[tuple[str, str], ...]:
        """(story, rating) wherever the editor rated it, oldest first."""
        return tuple((a.story, a.rating) for a in self.appearances if a.rating != "Unrated")

    @property
    def rating(self) -> str:
        """The rating given in the most recently saved story that rates it."""
        return self.history[-1][1] if self.history else "Unrated"


def outlet_records(library: Library, merges: Iterable[tuple[str, str]] = ()) -> tuple[OutletRecord, ...]:
    """Outlets matched across the library's stories, most stories first."""
    appearances = [appearance for story in library.stories for appearance in _appearances(story)]
    groups = _match(appearances, merges)
    records = []
    for members in groups:
        spellings = Counter(a.name for a in members)
        records.append(
            OutletRecord(
                name=spellings.most_common(1)[0][0],
                spellings=tuple(sorted(spellings)),
                sites=tuple(sorted({a.site for a in members if a.site})),
                appearances=tuple(members),
            )
        )
    return tuple(sorted(records, key=lambda r: (-r.stories, r.name.casefold())))


def spelling_key(text: str) -> str:
    """A name or site as matching sees it: case, spaces and punctuation aside."""
    return re.sub(r"[\W_]+", "", text.casefold())


def site_of(witness: Witness) -> str:
    """The outlet's web site, from its canonical address, when the loader found one."""
    host = urlsplit(witness.metadata.get("url", "")).hostname or ""
    return host.removeprefix("www.")


def _appearances(story: Story) -> list[Appearance]:
    comparison = story.comparison
    lineage = {d.outlet: d for d in comparison.lineage}
    verdicts: dict[str, Counter[str]] = {w.id: Counter() for w in comparison.witnesses}
    for note in story.data.annotations.notes.values():
        target = note.anchor.subject or note.anchor.witness
        if note.verdict in VERDICTS and target in verdicts:
            verdicts[target][note.verdict] += 1
    result = []
    for w in comparison.witnesses:
        rating = story.data.annotations.rating(w.id)
        derivation = lineage[w.id]
        result.append(
            Appearance(
                story=story.title,
                path=story.path,
                witness=w.id,
                name=w.name,
                site=site_of(w),
                category=derivation.category,
                derived=derivation.reused,
                findings=tuple(f for f in comparison.findings if f.witness == w.id and f.kind in LISTED),
                verdicts=dict(verdicts[w.id]),
                rating=rating.rating,
                note=rating.note,
            )
        )
    return result


def _match(appearances: list[Appearance], merges: Iterable[tuple[str, str]]) -> list[list[Appearance]]:
    """Groups of appearances that share a name or a site, directly or through others, or that the editor merged."""
    parent = list(range(len(appearances)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, a in enumerate(appearances):
        for key in (f"name:{spelling_key(a.name)}", f"site:{a.site}" if a.site else ""):
            if key:
                parent[find(i)] = find(first.setdefault(key, i))
    for one, other in merges:
        ka, kb = f"name:{spelling_key(one)}", f"name:{spelling_key(other)}"
        if ka in first and kb in first:
            parent[find(first[ka])] = find(first[kb])
    groups: dict[int, list[Appearance]] = {}
    for i, a in enumerate(appearances):
        groups.setdefault(find(i), []).append(a)
    return list(groups.values())
