"""A library: a folder of ``.vvproj`` projects, read without ever writing to them.

Each project is opened read-only (``review.project.read_project``) and its
comparison recomputed from the articles and the editor's settings it holds,
so findings and lineage are this version's, and the file is untouched. A
project open in a window, damaged or from a newer version is listed with its
reason and skipped; the others are read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.errors import InputError
from variantview.core.review import session
from variantview.core.review.project import SUFFIX, ProjectData, ProjectError, read_project


@dataclass(frozen=True)
class Story:
    path: Path
    saved: float  # the file's modification time: the order of the outlets' rating history
    data: ProjectData
    comparison: Comparison

    @property
    def title(self) -> str:
        return self.path.stem


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass(frozen=True)
class Library:
    folder: Path
    stories: tuple[Story, ...]
    skipped: tuple[Skipped, ...]


def options_for(data: ProjectData) -> Options:
    """The comparison's options, from exactly what ``session.pipeline_inputs`` watches."""
    _, threshold, base, boilerplate, corrections = session.pipeline_inputs(data)
    return Options(threshold=threshold, base=base, boilerplate=boilerplate, corrections=corrections)


def read_library(
    folder: Path | str, progress: Callable[[int, int], None] | None = None, open_here: Mapping[Path, ProjectData] | None = None
) -> Library:
    """Every project in ``folder`` (not its subfolders), oldest saved first.

    ``open_here`` holds the projects the caller has open itself, by resolved
    path: their files are locked by that window, and the library reads their
    data as the window holds it instead of skipping them.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(str(folder), "no such folder")
    paths = sorted(p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file())
    held = {path.resolve(): data for path, data in (open_here or {}).items()}
    stories, skipped = [], []
    for done, path in enumerate(paths):
        if progress:
            progress(done, len(paths))
        try:
            data = held.get(path.resolve()) or read_project(path)
            saved = path.stat().st_mtime
            stories.append(Story(path, saved, data, compare_witnesses(data.witnesses, options_for(data))))
        except ProjectError as error:
            skipped.append(Skipped(path, error.reason))
        except InputError as error:
            skipped.append(Skipped(path, f"its articles cannot be compared ({error})"))
        except OSError as error:
            skipped.append(Skipped(path, f"cannot read the file ({error.strerror or error})"))
    return Library(folder, tuple(sorted(stories, key=lambda s: (s.saved, s.title))), tuple(skipped))
