"""Where a subcommand's results go: a file written whole, or standard output."""

from __future__ import annotations

import sys
from pathlib import Path

from variantview.core.atomic import write_atomically
from variantview.core.errors import InputError


def write_output(target: str, text: str) -> None:
    """``-`` is standard output; a file is replaced whole or not at all, and a failure is the editor's one-line error."""
    if target == "-":
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    try:
        write_atomically(Path(target), text.encode("utf-8"))
    except OSError as error:
        raise InputError(target, f"cannot write the output ({error.strerror or error})") from None
