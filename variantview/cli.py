"""``variantview compare PATH...``: the engine from a terminal.

Bad input is an editor's problem to fix, not a programmer's: it gets one
line naming the file and the reason, and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from variantview import __version__
from variantview.core.align.inputs import DEFAULT_THRESHOLD
from variantview.core.atomic import write_atomically
from variantview.core.comparison import Comparison, Options, compare_witnesses
from variantview.core.detect.kinds import KINDS, MARKS_WORDS
from variantview.core.errors import InputError
from variantview.core.read.files import read_witnesses
from variantview.core.report.csv import render_csv
from variantview.core.report.html import render_html
from variantview.sample import SAMPLE

if TYPE_CHECKING:
    from variantview.batch.engines import Engine


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point: ``compare`` runs the engine; files (or nothing) open the desktop application.

    Like any desktop program's command line it answers ``--help`` and
    ``--version`` in the terminal, and a word that is neither a subcommand nor
    an existing file gets a one-line error instead of an empty window.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["compare"]:
        try:
            return compare_command(args[1:])
        except BrokenPipeError:  # the reader stopped early (``| head``): not an error worth a traceback
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args[:1] == ["batch"]:
        return batch_command(args[1:])
    options = _window_parser().parse_args(args)
    missing = [p for p in options.paths if not Path(p).exists()]
    if missing:
        first = missing[0]
        reason = "no such file or folder" if Path(first).suffix or "/" in first or "\\" in first else "no such file, folder or command (commands: compare, batch)"
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


def compare_command(argv: Sequence[str]) -> int:
    parser = _parser()
    options = parser.parse_args(argv)
    paths = [Path(p) for p in options.paths] + ([SAMPLE] if options.sample else [])
    if not paths:
        parser.error("name the articles to compare, or --sample")
    try:
        witnesses = read_witnesses(paths)
        if options.base and options.base not in {w.id for w in witnesses}:
            raise InputError("", f"--base {options.base!r} is not one of the outlets ({', '.join(w.id for w in witnesses)})")
        comparison = compare_witnesses(witnesses, Options(threshold=options.threshold, base=options.base))
        for warning in comparison.warnings:
            print(f"variantview: warning: {warning}", file=sys.stderr)
        outputs: list[tuple[str | None, Callable[[Comparison], str]]] = [
            (options.json, lambda c: json.dumps(c.to_dict(), ensure_ascii=False, indent=1)),
            (options.html, render_html),
            (options.csv, render_csv),
        ]
        wrote = False
        for target, render in outputs:
            if target:
                _write(target, render(comparison))
                wrote = True
        if not wrote:
            print(summary(comparison))
    except InputError as error:
        print(f"variantview: {error}", file=sys.stderr)
        return 2
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="variantview compare", description="Align several outlets' articles and report what each changed.")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, or folders of them")
    parser.add_argument("--sample", action="store_true", help="compare the bundled sample (five outlets on the June 2024 Putin-Kim summit)")
    parser.add_argument("--json", metavar="OUT", help="write the full result as JSON ('-' for standard output)")
    parser.add_argument("--html", metavar="OUT", help="write a side-by-side HTML report ('-' for standard output)")
    parser.add_argument("--csv", metavar="OUT", help="write the findings as CSV ('-' for standard output)")
    parser.add_argument("--base", metavar="WITNESS", help="outlet id that orders the rows (default: the most complete)")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help=f"similarity needed to share a row (default {DEFAULT_THRESHOLD})")
    return parser


def batch_command(argv: Sequence[str]) -> int:
    """``variantview batch INPUT --out DIR``: one ``compare`` per story, resumable, on this machine or a Dask cluster.

    The batch package is imported here, not at the top, so ``compare`` and
    the window start without it; Dask is imported only for ``--dask``.
    """
    from concurrent.futures.process import BrokenProcessPool

    from variantview.batch.run import SUMMARY, run_batch

    parser = _batch_parser()
    options = parser.parse_args(argv)
    if options.workers < 0:
        parser.error("--workers is a number of processes (0: one per core)")
    try:
        records = run_batch(Path(options.input), Path(options.out), _engine(options.dask, options.workers), options.threshold)
    except InputError as error:
        print(f"variantview: {error}", file=sys.stderr)
        return 2
    except BrokenProcessPool:  # a worker killed from outside (out of memory): the stories written so far are kept
        print("variantview: batch: a worker process died (out of memory?); the finished stories are kept: run the same command to finish the batch", file=sys.stderr)
        return 1
    failed = sum(1 for r in records if r.failed)
    print(f"variantview: batch: {len(records)} stories, {len(records) - failed} compared, {failed} failed; summary in {Path(options.out) / SUMMARY}", file=sys.stderr)
    return 0


def _engine(dask: str | None, workers: int) -> Engine:
    """Dask when asked for; else this machine's cores (one worker: this process, no pool to start)."""
    from variantview.batch.engines import dask_cluster, in_process, process_pool

    workers = workers or os.cpu_count() or 1
    if dask:
        return dask_cluster(dask, workers)
    return in_process if workers == 1 else process_pool(workers)


def _batch_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="variantview batch",
        description="Compare many stories: one JSON per story (as 'compare --json' writes it) and a summary across stories and outlets. "
        "A second run skips the stories already written, so a killed batch is finished by running it again.",
    )
    parser.add_argument("input", metavar="INPUT", help="a folder of story folders (one folder of articles per story), or a JSON Lines file "
                        "of records {story, outlet, text | path, url?, date?} (path relative to the file)")
    parser.add_argument("--out", required=True, metavar="DIR", help="where stories/NAME.json, summary.json, stories.csv and outlets.csv go")
    parser.add_argument("--workers", type=int, default=0, metavar="N", help="processes on this machine (default: one per core; 1 runs in this process)")
    parser.add_argument("--dask", metavar="ADDRESS", help="run on the Dask scheduler at ADDRESS (tcp://host:8786), or 'local' for a LocalCluster of --workers processes")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help=f"similarity needed to share a row (default {DEFAULT_THRESHOLD})")
    return parser


def _write(target: str, text: str) -> None:
    if target == "-":
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    try:
        write_atomically(Path(target), text.encode("utf-8"))
    except OSError as error:
        raise InputError(target, f"cannot write the output ({error.strerror or error})") from None


def summary(comparison: Comparison) -> str:
    kinds = Counter(r.kind for r in comparison.rows)
    found = Counter(f.kind for f in comparison.findings)
    lines = [f"{len(comparison.witnesses)} outlets, base: {comparison.witness(comparison.base).name}"]
    for w in comparison.witnesses:
        units = comparison.units[w.id]
        lines.append(f"  {w.id:<24} {w.name:<28} {sum(not u.boilerplate for u in units):>4} sentences, {sum(u.boilerplate for u in units):>3} boilerplate")
    lines.append(f"{len(comparison.rows)} rows: " + ", ".join(f"{kinds[k]} {k}" for k in ("shared", "partial", "unique", "boilerplate")))
    lines.append("findings: " + ", ".join(f"{found.get(k, 0)} {k}" for k in KINDS))
    for f in comparison.findings:
        if f.kind in MARKS_WORDS:
            lines.append(f"  [{f.kind}] {f.witness}: “{f.text}” – {f.explanation}")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
