"""``variantview batch INPUT --out DIR``: many stories, one comparison each, on this machine or a Dask cluster."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from variantview.core.align.inputs import DEFAULT_THRESHOLD
from variantview.core.errors import InputError

if TYPE_CHECKING:
    from variantview.batch.engines import Engine


def run(argv: Sequence[str]) -> int:
    """``variantview batch INPUT --out DIR``: one ``compare`` per story, resumable, on this machine or a Dask cluster.

    The batch runner is imported only for this command; Dask only for ``--dask``.
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
