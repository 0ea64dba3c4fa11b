"""Throughput of ``variantview batch`` on synthetic stories, and the cost of a story against its number of outlets.

Stories are made from real sentences (bench/scaling.py's pool: the sample's
body sentences and STS-B's news sentences): each story draws its own 40, and
each of its outlets takes 90 % of them, shuffled within blocks of ten, one in
five reworded. They are written as one JSON Lines file, as a feed would be.

  python3 bench/batch.py [STORIES]      one process on one core, one process, the local pool, a two-worker LocalCluster
                                        (default 1000 stories of 10 outlets)
  python3 bench/batch.py --curve [N]    seconds per story at 5, 10, 30, 50 and 100 outlets, N stories each (default 20), one process

Each engine runs in a fresh process of its own, so its start-up (loading the
models in every worker) counts and its peak memory is its own. The three
engines' output folders are compared byte for byte.
"""

from __future__ import annotations

import filecmp
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import psutil
from scaling import outlet_texts, sentence_pool

from variantview.batch.engines import Engine, dask_cluster, in_process, process_pool
from variantview.batch.run import run_batch
from variantview.batch.stories import Story
from variantview.batch.story import StoryResult
from variantview.core.align.inputs import DEFAULT_THRESHOLD

SENTENCES = 40
WORKERS = 2


def write_stories(path: Path, stories: int, outlets: int) -> None:
    pool = sentence_pool()
    with path.open("w", encoding="utf-8") as f:
        for i in range(stories):
            rng = random.Random(i)
            for outlet, text in outlet_texts(rng.sample(pool, SENTENCES), outlets, rng).items():
                f.write(json.dumps({"story": f"story-{i:05d}", "outlet": outlet, "text": text}, ensure_ascii=False) + "\n")


def run(engine: str, stories: Path, out: Path) -> None:
    """One engine over the stories, in this (fresh) process; prints seconds, stories per second and peak memory per worker."""
    count = len({json.loads(line)["story"] for line in stories.open(encoding="utf-8")})
    with open(os.devnull, "w") as quiet:
        start = time.perf_counter()
        elapsed, workers = ENGINES[engine](lambda runner: run_batch(stories, out, runner, DEFAULT_THRESHOLD, quiet), start)
    cpu = sum(w.cpu for w in workers)
    print(f"{engine:>5}: {count} stories in {elapsed:7.1f} s, {count / elapsed:5.2f} stories/s; workers' CPU {cpu:.0f} s ({cpu / count:.3f} s a story); "
          "peak RSS per worker " + ", ".join(f"{w.peak_mb:.0f} MB" for w in workers), flush=True)


class Worker(NamedTuple):
    peak_mb: float
    cpu: float  # user + system seconds


def _own_usage() -> Worker:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return Worker(usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


Batch = Callable[[Engine], object]


def on_one_process(batch: Batch, start: float) -> tuple[float, list[Worker]]:
    """Also prints the cost of a story once the first has loaded the models: wall and CPU seconds between the first result and the last."""
    stamps: list[tuple[float, float]] = []

    def timed(stories: Iterable[Story], threshold: float) -> Iterator[StoryResult]:
        for result in in_process(stories, threshold):
            stamps.append((time.perf_counter(), _own_usage().cpu))
            yield result

    batch(timed)
    elapsed = time.perf_counter() - start
    if len(stamps) > 1:
        (wall0, cpu0), (wall1, cpu1), n = stamps[0], stamps[-1], len(stamps) - 1
        print(f"after the first story: {(wall1 - wall0) / n:.3f} s a story, CPU {(cpu1 - cpu0) / n:.3f} s a story;", end=" ")
    return elapsed, [_own_usage()]


def on_the_pool(batch: Batch, start: float) -> tuple[float, list[Worker]]:
    with WorkerWatch() as watch:
        batch(process_pool(WORKERS))
        elapsed = time.perf_counter() - start
    return elapsed, watch.workers[-WORKERS:]  # the forkserver's own peak is the smallest


def on_dask(batch: Batch, start: float) -> tuple[float, list[Worker]]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=WORKERS, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        batch(dask_cluster(cluster.scheduler_address, WORKERS))
        elapsed = time.perf_counter() - start
        with Client(cluster) as client:
            return elapsed, sorted(Worker(*w) for w in client.run(lambda: tuple(_own_usage())).values())


def on_one_core(batch: Batch, start: float) -> tuple[float, list[Worker]]:
    """One process held to one core: its library threads (rapidfuzz's bulk scoring, the tokenizer) keep the second core busy otherwise."""
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    return on_one_process(batch, start)


ENGINES = {"one-core": on_one_core, "one": on_one_process, "pool": on_the_pool, "dask": on_dask}


class WorkerWatch(threading.Thread):
    """Every child process's peak RSS (the kernel's VmHWM) and CPU time, read every 0.1 s while the pool runs.

    The pool's workers are children of its forkserver, which this process
    never waits for, so getrusage cannot see them; both figures only grow,
    so the last reading before a worker exits is its own (to 0.1 s).
    """

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.seen: dict[int, Worker] = {}
        self.stop = threading.Event()

    def __enter__(self) -> WorkerWatch:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.join()

    def run(self) -> None:
        while not self.stop.wait(0.1):
            try:
                children = psutil.Process().children(recursive=True)
            except psutil.Error:  # a process ended while the tree was read: read it again
                continue
            for child in children:
                try:
                    status = Path(f"/proc/{child.pid}/status").read_text()
                    times = child.cpu_times()
                except (OSError, psutil.Error):
                    continue
                hwm = next((int(line.split()[1]) / 1024 for line in status.splitlines() if line.startswith("VmHWM:")), 0.0)
                self.seen[child.pid] = Worker(hwm, times.user + times.system)

    @property
    def workers(self) -> list[Worker]:
        return sorted(self.seen.values())


def throughput(stories: int, outlets: int = 10) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "stories.jsonl"
        write_stories(feed, stories, outlets)
        print(f"{stories} stories of {outlets} outlets x {SENTENCES} sentences; load before: {os.getloadavg()[0]:.2f}", flush=True)
        for engine in ENGINES:
            subprocess.run([sys.executable, __file__, "--run", engine, str(feed), str(Path(tmp) / engine)], check=True)
        for engine in ("one-core", "pool", "dask"):
            same = filecmp.dircmp(Path(tmp) / "one", Path(tmp) / engine)
            stories_same = filecmp.cmpfiles(Path(tmp) / "one" / "stories", Path(tmp) / engine / "stories", os.listdir(Path(tmp) / "one" / "stories"), shallow=False)
            identical = not same.diff_files and not same.left_only and not same.right_only and not stories_same[1] and not stories_same[2]
            print(f"{engine} output identical to one process: {identical}")
        print(f"load after: {os.getloadavg()[0]:.2f}")


def curve(stories: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for outlets in (5, 10, 30, 50, 100):
            feed = Path(tmp) / f"{outlets}.jsonl"
            write_stories(feed, stories, outlets)
            print(f"{outlets:>3} outlets x {SENTENCES} sentences, load {os.getloadavg()[0]:.2f}:", end=" ", flush=True)
            subprocess.run([sys.executable, __file__, "--run", "one", str(feed), str(Path(tmp) / f"out-{outlets}")], check=True)


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["--run"]:
        run(args[1], Path(args[2]), Path(args[3]))
    elif args[:1] == ["--curve"]:
        curve(int(args[1]) if len(args) > 1 else 20)
    else:
        throughput(int(args[0]) if args else 1000)


if __name__ == "__main__":
    main()
