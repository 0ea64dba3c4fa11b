"""``variantview record FOLDER``: every outlet's record across a library of projects."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from variantview.commands.output import write_output
from variantview.core.errors import InputError
from variantview.core.record.library import read_library
from variantview.core.record.outlets import outlet_records
from variantview.core.report.record import render_record_csv, render_record_html, render_record_json, render_record_text


def run(argv: Sequence[str]) -> int:
    """``variantview record FOLDER``: every outlet's record across a library of projects, read without writing."""
    parser = argparse.ArgumentParser(
        prog="variantview record",
        description="One row per outlet across a folder of .vvproj projects: stories, share of text derived from others, "
        "findings and the editor's verdicts by kind, current rating and its history. The projects are only read.",
    )
    parser.add_argument("folder", metavar="FOLDER", help="a folder of .vvproj projects")
    parser.add_argument("--csv", metavar="OUT", help="write the table as CSV ('-' for standard output)")
    parser.add_argument("--json", metavar="OUT", help="write the table as JSON ('-' for standard output)")
    parser.add_argument("--html", metavar="OUT", help="write the table as an HTML report ('-' for standard output)")
    parser.add_argument("--merge", metavar="NAME=NAME", action="append", default=[], help="count two spellings as one outlet (repeatable)")
    options = parser.parse_args(argv)
    merges = []
    for pair in options.merge:
        a, sep, b = pair.partition("=")
        if not sep or not a.strip() or not b.strip():
            parser.error(f"--merge takes two spellings joined by '=', got {pair!r}")
        merges.append((a.strip(), b.strip()))
    try:
        library = read_library(options.folder)
        records = outlet_records(library, merges)
        outputs = (
            (options.csv, lambda: render_record_csv(records)),
            (options.json, lambda: render_record_json(library, records)),
            (options.html, lambda: render_record_html(library, records)),
        )
        for target, text in outputs:
            if target:
                write_output(target, text())
        if not any(target for target, _ in outputs):
            print(render_record_text(library, records))
        for skipped in library.skipped:
            print(f"variantview: warning: skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    except InputError as error:
        print(f"variantview: {error}", file=sys.stderr)
        return 2
    return 0
