"""Files and folders of articles → witnesses: each file through the loader registered for its kind."""

from __future__ import annotations

from pathlib import Path

from variantview.core.errors import InputError
from variantview.core.read.formats import is_supported, load_file
from variantview.core.read.witness import Witness, make_witness, unique_id


def read_witness(path: Path, taken: set[str]) -> Witness:
    """Load one file through the loader registered for its kind."""
    loaded = load_file(path)
    return make_witness(unique_id(path.stem, taken), loaded.text, str(path), loaded.metadata)


def collect_paths(paths: list[Path]) -> list[Path]:
    """Expand folders into their supported files, in name order; keep files as given."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and is_supported(p))
            if not inside:
                raise InputError(str(path), "the folder holds no supported article files")
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    return found


def read_witnesses(paths: list[Path]) -> list[Witness]:
    taken: set[str] = set()
    witnesses = []
    for path in collect_paths(paths):
        witness = read_witness(path, taken)
        taken.add(witness.id)
        witnesses.append(witness)
    return witnesses
