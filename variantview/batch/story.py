"""The one function every engine runs: a story in, its ``compare`` JSON and its summary record out.

It is a top-level function of plain data, so a process pool or a Dask
worker can import and call it; it never raises, because one bad story must
not stop a batch of thousands: the reason travels back in the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from variantview.batch.stories import Story
from variantview.batch.summary import StoryRecord, failed_record, story_record
from variantview.core.comparison import Options, compare_witnesses, json_text
from variantview.core.errors import InputError
from variantview.core.read.formats import load_bytes
from variantview.core.read.witness import Witness, make_witness, unique_id


@dataclass(frozen=True)
class StoryResult:
    """What a worker sends back: the JSON text to write (None when the story failed) and the summary's record."""

    file_name: str
    json: str | None
    record: StoryRecord


def run_story(story: Story, threshold: float) -> StoryResult:
    """Compare one story's articles; the JSON is exactly what ``variantview compare --json`` writes for them."""
    if story.problem:
        return _failed(story, story.problem)
    try:
        comparison = compare_witnesses(witnesses(story), Options(threshold=threshold))
    except InputError as error:
        return _failed(story, str(error))
    except Exception as error:  # a fault in the engine on one story is reported with that story; the batch goes on
        return _failed(story, f"unexpected error: {type(error).__name__}: {error}")
    data = comparison.to_dict()
    return StoryResult(story.file_name, json_text(data), story_record(story.name, data))


def _failed(story: Story, reason: str) -> StoryResult:
    return StoryResult(story.file_name, None, failed_record(story.name, reason))


def witnesses(story: Story) -> list[Witness]:
    """Each article through the loader for its kind, named as ``compare`` names a file (or by its record's outlet)."""
    taken: set[str] = set()
    found = []
    for article in story.articles:
        if article.data is None:
            raise InputError(article.source, "the article was not read")
        loaded = load_bytes(article.data, article.source, article.suffix)
        witness = make_witness(
            unique_id(article.outlet or Path(article.source).stem, taken),
            loaded.text,
            article.source,
            {**loaded.metadata, **article.metadata},
        )
        taken.add(witness.id)
        found.append(witness)
    return found
