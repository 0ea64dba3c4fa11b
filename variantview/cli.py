"""``variantview``: the desktop application, or a subcommand (``compare``, ``record``) in the terminal.

The subcommands live in ``variantview.commands`` and are imported only when
named, so opening the window, ``--help`` and ``--version`` load no engine.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from variantview import __version__

COMMANDS = {"compare": "variantview.commands.compare", "batch": "variantview.commands.batch", "record": "variantview.commands.record"}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``compare`` runs the engine; files (or nothing) open the desktop application.

    Like any desktop program's command line it answers ``--help`` and
    ``--version`` in the terminal, and a word that is neither a subcommand nor
    an existing file gets a one-line error instead of an empty window.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] and args[0] in COMMANDS:
        try:
            return int(import_module(COMMANDS[args[0]]).run(args[1:]))
        except BrokenPipeError:  # the reader stopped early (``| head``): not an error worth a traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    options = _window_parser().parse_args(args)
    missing = [p for p in options.paths if not Path(p).exists()]
    if missing:
        from variantview.core.read.web import is_address  # only on this error's path: it loads urllib3

        first = missing[0]
        if is_address(first):
            print(f"variantview: {first}: the window opens web addresses with File ▸ Open Address…; 'variantview compare URL…' compares them here", file=sys.stderr)
            return 2
        reason = "no such file or folder" if Path(first).suffix or "/" in first or "\\" in first else "no such file, folder or command (commands: " + ", ".join(COMMANDS) + ")"
        print(f"variantview: {first}: {reason}", file=sys.stderr)
        return 2
    from variantview.gui.app import main as gui_main

    return gui_main(options.paths)


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="variantview",
        description="Open outlets' articles (or a saved .vvproj project) side by side in the desktop application; "
        "with no files, the bundled sample. 'variantview compare --help' describes the command-line comparison.",
    )
    parser.add_argument("paths", nargs="*", metavar="FILE", help="articles, folders of articles, or one PROJECT.vvproj")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


if __name__ == "__main__":
    sys.exit(main())
