"""Where the per-story function runs: in this process, on a local process pool, or on a Dask cluster.

Every engine takes the stories lazily and yields results as they finish,
keeping only a few stories per worker in flight, so memory stays flat however
long the batch. Which engine ran never shows in the results: each story's JSON
is a pure function of its articles.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from typing import Any

from variantview.batch.stories import Story
from variantview.batch.story import StoryResult, run_story

Engine = Callable[[Iterable[Story], float], Iterator[StoryResult]]

IN_FLIGHT_PER_WORKER = 2
"""Stories queued per worker: one running, one waiting, so a worker never idles while the next is handed over."""


def in_process(stories: Iterable[Story], threshold: float) -> Iterator[StoryResult]:
    """One story after another in this process: the baseline the benches compare the others with."""
    for story in stories:
        yield run_story(story, threshold)


def process_pool(workers: int) -> Engine:
    """A pool of ``workers`` processes on this machine.

    Workers start from a forkserver that has already imported the engine, so
    each starts in milliseconds and shares those pages, yet none inherits the
    threads this process may be running (a caller's tokenizer, rapidfuzz or
    Dask threads do not survive a fork).
    """

    def run(stories: Iterable[Story], threshold: float) -> Iterator[StoryResult]:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["variantview.batch.story"])
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            yield from _bounded(lambda s: pool.submit(run_story, s, threshold), _first_done, stories, workers * IN_FLIGHT_PER_WORKER)

    return run


def dask_cluster(address: str, workers: int) -> Engine:
    """A Dask distributed cluster at ``address`` (``tcp://host:8786``), or ``local``: a LocalCluster of ``workers`` processes.

    The workers import ``run_story`` from their own install of VariantView;
    stories travel to them as bytes, so they need no shared disk.
    """

    def run(stories: Iterable[Story], threshold: float) -> Iterator[StoryResult]:
        from distributed import Client, LocalCluster
        from distributed import wait as dask_wait

        def first_done(pending: set[Any]) -> tuple[set[Any], set[Any]]:
            done, rest = dask_wait(pending, return_when="FIRST_COMPLETED")
            return set(done), set(rest)

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) if address == "local" else None
        try:
            with Client(cluster or address) as client:
                window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
                yield from _bounded(lambda s: client.submit(run_story, s, threshold, pure=False), first_done, stories, window)
        finally:
            if cluster is not None:
                cluster.close()

    return run


def _bounded(
    submit: Callable[[Story], Any], first_done: Callable[[set[Any]], tuple[set[Any], set[Any]]], stories: Iterable[Story], window: int
) -> Iterator[StoryResult]:
    """Submit stories as earlier ones finish, at most ``window`` at a time; yield each result as it comes."""
    pending: set[Any] = set()
    for story in stories:
        pending.add(submit(story))
        while len(pending) >= window:
            done, pending = first_done(pending)
            yield from (f.result() for f in done)
    while pending:
        done, pending = first_done(pending)
        yield from (f.result() for f in done)


def _first_done(pending: set[Any]) -> tuple[set[Any], set[Any]]:
    done, rest = wait(pending, return_when=FIRST_COMPLETED)
    return set(done), set(rest)

