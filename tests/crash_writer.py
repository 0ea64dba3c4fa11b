"""Crash harness: a child process records verdicts in a project until it is killed (SIGKILL) at a random moment.

After each save returns the child prints the note's number, so the parent
knows exactly which annotations were committed before the kill. The suite
runs a few rounds (tests/core/test_project.py); bench/kill_project.py runs
hundreds and prints the counts.
Child usage: python tests/crash_writer.py PROJECT FIRST_NUMBER
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from variantview.core.review.annotations import Anchor, Note
from variantview.core.review.project import Project, ProjectError

HERE = Path(__file__).resolve()


def note(number: int) -> Note:
    return Note(Anchor("row", "w", number, number + 1, f"{number:016x}"), "Confirmed", f"note {number} " + "x" * (number % 500))


@dataclass(frozen=True)
class Round:
    number: int
    committed: int  # saves that had returned before the kill, over all rounds so far
    found: int  # of those, how many the reopened project holds
    opened: bool
    integrity: bool


def kill_rounds(path: Path, rounds: int, seed: int) -> Iterator[Round]:
    """Kill a writer ``rounds`` times, each after a random number of saves plus a random delay, and reopen."""
    rng = random.Random(seed)
    committed: set[int] = set()
    for number in range(rounds):
        child = subprocess.Popen([sys.executable, str(HERE), str(path), str(number * 100_000)], stdout=subprocess.PIPE, text=True, cwd=HERE.parent.parent)
        assert child.stdout is not None
        for _ in range(rng.randint(1, 30)):
            committed.add(int(child.stdout.readline()))
        time.sleep(rng.random() * 0.01)  # land inside the next save as often as between saves
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        yield _reopen(path, number, committed)


def _reopen(path: Path, number: int, committed: set[int]) -> Round:
    try:
        project = Project.open(path)  # integrity_check runs on open
    except ProjectError:
        return Round(number, len(committed), 0, opened=False, integrity=False)
    notes = project.load().annotations.notes
    project.close()
    with sqlite3.connect(path) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return Round(number, len(committed), sum(note(n).anchor in notes for n in committed), opened=True, integrity=integrity)


def main() -> None:
    project = Project.open(sys.argv[1])
    number = int(sys.argv[2])
    while True:
        project.put_note(note(number))
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    main()
