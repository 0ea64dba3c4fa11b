"""The batch's summary: one record per story, and one per outlet across the stories.

Records are read off a story's ``compare`` JSON, whether a worker just made
it or an earlier run left it on disk, so a resumed batch summarises exactly
as an uninterrupted one. The summary holds no timing: it is a pure function
of the stories, and a second run writes it byte for byte again.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from variantview.core.detect.kinds import KINDS

SUMMARY_VERSION = 1


@dataclass(frozen=True)
class OutletInStory:
    id: str
    name: str
    sentences: int  # content sentences (boilerplate left out)
    findings: Mapping[str, int]


@dataclass(frozen=True)
class StoryRecord:
    story: str
    outlets: tuple[OutletInStory, ...] = ()
    rows: int = 0
    findings: Mapping[str, int] = field(default_factory=dict)
    failed: str | None = None  # the reason, for a story that could not be compared

    @property
    def garbled(self) -> tuple[str, ...]:
        """The outlets with at least one garble finding in this story."""
        return tuple(o.id for o in self.outlets if o.findings.get("garble"))


def story_record(story: str, data: Mapping[str, Any]) -> StoryRecord:
    """The summary's record of one story, read off its ``compare`` JSON."""
    sentences = Counter(s["witness"] for s in data["sentences"] if not s["boilerplate"])
    by_outlet: dict[str, Counter[str]] = defaultdict(Counter)
    for finding in data["findings"]:
        by_outlet[finding["witness"]][finding["kind"]] += 1
    outlets = tuple(OutletInStory(w["id"], w["name"], sentences[w["id"]], _by_kind(by_outlet[w["id"]])) for w in data["witnesses"])
    return StoryRecord(story, outlets, len(data["rows"]), _by_kind(Counter(f["kind"] for f in data["findings"])))


def failed_record(story: str, reason: str) -> StoryRecord:
    return StoryRecord(story, failed=reason)


def _by_kind(counts: Mapping[str, int]) -> dict[str, int]:
    return {kind: counts.get(kind, 0) for kind in KINDS}


@dataclass(frozen=True)
class OutletRecord:
    """One outlet across the batch: how often it appears, and what was found in its articles."""

    id: str
    name: str
    stories: int
    sentences: int
    findings: Mapping[str, int]
    garbled_stories: int


def outlet_records(stories: Iterable[StoryRecord]) -> list[OutletRecord]:
    """Outlets by id (a file stem or a record's outlet), in id order; the name is the one most stories give it."""
    seen: dict[str, list[OutletInStory]] = defaultdict(list)
    for story in stories:
        for outlet in story.outlets:
            seen[outlet.id].append(outlet)
    records = []
    for outlet_id in sorted(seen):
        appearances = seen[outlet_id]
        names = Counter(o.name for o in appearances)
        records.append(
            OutletRecord(
                id=outlet_id,
                name=min(names, key=lambda n: (-names[n], n)),
                stories=len(appearances),
                sentences=sum(o.sentences for o in appearances),
                findings=_by_kind(sum((Counter(o.findings) for o in appearances), Counter())),
                garbled_stories=sum(1 for o in appearances if o.findings.get("garble")),
            )
        )
    return records


def summary_json(stories: list[StoryRecord]) -> str:
    """The summary file: counts, every story (failed ones with their reason) and every outlet."""
    stories = sorted(stories, key=lambda s: s.story)
    failed = [s for s in stories if s.failed]
    data = {
        "version": SUMMARY_VERSION,
        "stories": len(stories),
        "compared": len(stories) - len(failed),
        "failed": len(failed),
        "by_story": [_story_dict(s) for s in stories],
        "by_outlet": [
            {"id": o.id, "name": o.name, "stories": o.stories, "sentences": o.sentences, "findings": dict(o.findings), "garbled_stories": o.garbled_stories}
            for o in outlet_records(stories)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1)


def _story_dict(s: StoryRecord) -> dict[str, Any]:
    if s.failed:
        return {"story": s.story, "failed": s.failed}
    return {"story": s.story, "outlets": [o.id for o in s.outlets], "rows": s.rows, "findings": dict(s.findings), "garbled": list(s.garbled)}


def stories_csv(stories: list[StoryRecord]) -> str:
    """One line per story, for a spreadsheet: the summary's ``by_story`` flattened."""
    return _csv(
        ["story", "outlets", "rows", *KINDS, "garbled", "failed"],
        (_story_line(s) for s in sorted(stories, key=lambda s: s.story)),
    )


def _story_line(s: StoryRecord) -> list[Any]:
    if s.failed:
        return [s.story, "", "", *("" for _ in KINDS), "", s.failed]
    return [s.story, len(s.outlets), s.rows, *(s.findings[k] for k in KINDS), " ".join(s.garbled), ""]


def outlets_csv(stories: list[StoryRecord]) -> str:
    """One line per outlet across the stories: the summary's ``by_outlet`` flattened."""
    return _csv(
        ["outlet", "name", "stories", "sentences", *KINDS, "garbled_stories"],
        ([o.id, o.name, o.stories, o.sentences, *(o.findings[k] for k in KINDS), o.garbled_stories] for o in outlet_records(stories)),
    )


def _csv(header: list[str], lines: Iterable[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(lines)
    return out.getvalue()
