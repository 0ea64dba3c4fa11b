"""Turning files into article text: one loader per file kind.

The seam exists so that saved web pages, Word files and PDFs can join plain
text without the rest of the pipeline knowing where text came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from variantview.core.errors import InputError

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Largest file accepted. News articles are tens of kilobytes; a file past
this is almost surely the wrong file, and refusing it beats a frozen window."""


@dataclass(frozen=True)
class Loaded:
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


Loader = Callable[[bytes, Path], Loaded]


def _registry() -> dict[str, Loader]:
    from variantview.core.loaders import plain

    return {".txt": plain.load, ".text": plain.load, ".md": plain.load, ".markdown": plain.load, "": plain.load}


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in _registry()


def load_file(path: Path) -> Loaded:
    """Read and decode one file, or raise InputError saying why it cannot be an article."""
    loader = _registry().get(path.suffix.lower())
    if loader is None:
        raise InputError(str(path), f"unsupported file type {path.suffix!r}")
    data = read_bytes(path)
    loaded = loader(data, path)
    if not loaded.text.strip():
        raise InputError(str(path), "the file holds no text")
    return loaded


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(str(path), f"the file is {size / 1e6:.1f} MB; articles above {MAX_FILE_BYTES // (1024 * 1024)} MB are refused")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "the file vanished or does not exist") from None
    except IsADirectoryError:
        raise InputError(str(path), "this is a folder, not a file") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as error:
        raise InputError(str(path), f"cannot read the file ({error.strerror or error})") from None
    if not data.strip():
        raise InputError(str(path), "the file is empty")
    return data
