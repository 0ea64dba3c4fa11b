"""A batch from start to end: list the stories, skip those done, run the rest, write the summary.

Every file is written whole into place (``write_atomically``), so a story's
JSON either exists complete or not at all: a run killed at any moment
leaves only finished stories (and perhaps a temporary file, removed by the
next run), and the next run picks up the rest and writes the same files an
uninterrupted run would have.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from variantview.batch.engines import Engine
from variantview.batch.progress import Progress
from variantview.batch.stories import Story, read_stories, with_data
from variantview.batch.summary import StoryRecord, outlets_csv, stories_csv, story_record, summary_json
from variantview.core.atomic import write_atomically
from variantview.core.errors import InputError

STORIES = "stories"
SUMMARY = "summary.json"


def run_batch(source: Path, out: Path, engine: Engine, threshold: float, stream: TextIO | None = None) -> list[StoryRecord]:
    """Compare every story of ``source`` into ``out``; InputError only when there is no batch to run or no place to write it."""
    stories = read_stories(source, out)
    folder = out / STORIES
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(str(out), f"cannot create the output folder ({error.strerror or error})") from None
    for leftover in folder.glob(".*.tmp"):  # a killed run's half-written file: the story is run again
        leftover.unlink()
    records = {}
    todo = []
    for story in stories:
        record = _done_before(story, folder)
        if record is None:
            todo.append(story)
        else:
            records[story.name] = record
    progress = Progress(len(todo), len(records), stream)
    try:
        for result in engine(_readied(todo), threshold):
            if result.json is None:
                progress.note(f"story {result.record.story!r} failed: {result.record.failed}")
            else:
                write_atomically(folder / f"{result.file_name}.json", result.json.encode("utf-8"))
            records[result.record.story] = result.record
            progress.advance()
    finally:
        progress.close()
    done = sorted(records.values(), key=lambda r: r.story)
    write_atomically(out / SUMMARY, summary_json(done).encode("utf-8"))
    write_atomically(out / "stories.csv", stories_csv(done).encode("utf-8"))
    write_atomically(out / "outlets.csv", outlets_csv(done).encode("utf-8"))
    return done


def _done_before(story: Story, folder: Path) -> StoryRecord | None:
    """The record of a story an earlier run finished, read back from its JSON; None when it is still to do."""
    path = folder / f"{story.file_name}.json"
    try:
        return story_record(story.name, json.loads(path.read_bytes()))
    except FileNotFoundError:
        return None


def _readied(stories: Iterable[Story]) -> Iterator[Story]:
    """Each story with its files read, just before it is handed to the engine; an unreadable file becomes the story's problem."""
    for story in stories:
        try:
            yield with_data(story)
        except InputError as error:
            yield Story(story.name, problem=str(error))
