"""The one way files are written: into a temporary name beside the target, renamed over it when complete.

A project save, an export or a report written from the command line either
replaces the old file whole or leaves it untouched: a crash, a full disk or
a failing writer never leaves half a file where the editor's work was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A fresh path beside ``target``; what is written there replaces ``target`` when the block ends without error.

    The name is reserved and then freed, so the writer creates the file with
    the user's usual permissions (mkstemp's owner-only mode would lock
    colleagues on a shared drive out of a report). A temporary file, and
    the journal SQLite keeps beside it, are removed on failure.
    """
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.unlink(name)
    temp = Path(name)
    try:
        yield temp
        os.replace(temp, target)
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def write_atomically(target: Path, data: bytes) -> None:
    with replacing(target) as temp:
        temp.write_bytes(data)
