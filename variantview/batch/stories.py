"""The batch's input → stories: a folder of story folders, or a JSON Lines file of articles.

A story is named and listed here, but its files are read only when it is
handed to an engine (``with_data``), so a batch of thousands holds in memory
only the stories in flight. What crosses to a worker is plain data (bytes,
not paths), so a worker on another machine needs no shared disk.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from variantview.core.errors import InputError
from variantview.core.read.files import collect_paths
from variantview.core.read.formats import read_bytes


@dataclass(frozen=True)
class Article:
    """One outlet's article in a story: a file (``path``) or text given inline (``data`` from the start).

    ``outlet`` is the witness id wanted (a JSON Lines record's outlet); None
    means the file's stem, as ``compare`` names a file's outlet.
    """

    source: str
    suffix: str
    outlet: str | None = None
    path: Path | None = None
    data: bytes | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Story:
    """One comparison of the batch; ``problem`` is why it cannot be run, found while listing it."""

    name: str
    articles: tuple[Article, ...] = ()
    problem: str | None = None

    @property
    def file_name(self) -> str:
        return safe_name(self.name)


def read_stories(source: Path, out: Path | None = None) -> list[Story]:
    """The stories of a batch, in name order; InputError when ``source`` is no batch at all.

    ``out``, the batch's output folder, is never taken for a story when it lies inside ``source``.
    """
    if source.is_dir():
        return _story_folders(source, out.resolve() if out else None)
    if source.is_file():
        return _json_lines(source)
    raise InputError(str(source), "no such file or folder")


def with_data(story: Story) -> Story:
    """The story with every file's bytes read, ready to send to a worker (InputError for an unreadable file)."""
    return replace(story, articles=tuple(a if a.data is not None or a.path is None else replace(a, data=read_bytes(a.path)) for a in story.articles))


def safe_name(name: str) -> str:
    """A file name for a story's JSON: the story's name when it is one, else a readable form plus a digest.

    The digest keeps two names that read alike once cleaned ("a/b", "a b")
    apart, and the same name always gives the same file, so a second run
    finds the first run's work.
    """
    cleaned = re.sub(r"[^\w.-]+", "-", name).strip(".-")[:80] or "story"
    return cleaned if cleaned == name else f"{cleaned}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"


def _story_folders(folder: Path, out: Path | None) -> list[Story]:
    """Each visible sub-folder is one story, its supported files the outlets (as ``compare FOLDER`` reads them)."""
    folders = sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".") and p.resolve() != out)
    if not folders:
        raise InputError(str(folder), "the folder holds no story folders (one folder of articles per story)")
    return [_story_folder(p) for p in folders]


def _story_folder(folder: Path) -> Story:
    try:
        paths = collect_paths([folder])
    except InputError as error:
        return Story(folder.name, problem=str(error))
    return Story(folder.name, tuple(Article(str(p), p.suffix.lower(), path=p) for p in paths))


REQUIRED = ("story", "outlet")


def _json_lines(path: Path) -> list[Story]:
    """Records ``{story, outlet, text | path, url?, date?}``, one a line, grouped by story in file order.

    A line that is not a JSON object with a story and an outlet makes the
    whole file unusable (nothing says which story it belonged to): InputError
    naming the line. A record with neither text nor path, or with both, is
    that story's problem, reported in the summary.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the stories ({getattr(error, 'strerror', None) or error})") from None
    articles: dict[str, list[Article]] = defaultdict(list)
    problems: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record = _record(path, number, line)
        story, where = str(record["story"]), f"{path}:{number}"
        try:
            articles[story].append(_article(path, where, record))
        except InputError as error:
            problems.setdefault(story, str(error))
    if not articles and not problems:
        raise InputError(str(path), "the file holds no stories")
    return [Story(name, tuple(articles[name]), problems.get(name)) for name in sorted(articles.keys() | problems.keys())]


def _record(path: Path, number: int, line: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{number}", f"not a JSON record ({error.msg})") from None
    if not isinstance(record, dict) or any(not isinstance(record.get(k), str) or not record[k].strip() for k in REQUIRED):
        raise InputError(f"{path}:{number}", "a record needs a 'story' and an 'outlet' (strings), and a 'text' or a 'path'")
    return record


def _article(jsonl: Path, where: str, record: dict[str, Any]) -> Article:
    metadata = {"outlet": record["outlet"], **{k: str(record[k]) for k in ("url", "date") if record.get(k)}}
    text, relative = record.get("text"), record.get("path")
    if (text is None) == (relative is None):
        raise InputError(where, "give the article as 'text' or as 'path' (relative to the stories file), not both or neither")
    if isinstance(text, str):
        return Article(where, ".txt", outlet=record["outlet"], data=text.encode("utf-8"), metadata=metadata)
    if not isinstance(relative, str):
        raise InputError(where, "'text' and 'path' are strings")
    file = jsonl.parent / relative
    return Article(str(file), file.suffix.lower(), outlet=record["outlet"], path=file, metadata=metadata)
