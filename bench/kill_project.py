"""Kill a process writing annotations to a project at random moments, reopen, and count what survived.

Each round starts tests/crash_writer.py on one project file, lets it save a
random number of verdicts (1-30, each save one committed transaction), waits a
random few milliseconds so the kill lands inside a save as often as between
two, sends SIGKILL, and reopens the project: it must open, pass
``PRAGMA integrity_check``, and hold every verdict whose save had returned.

Run: python3 bench/kill_project.py [ROUNDS]   (default 200)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.crash_writer import kill_rounds
from variantview.core.review.project import Project, ProjectData


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "killed.vvproj"
        Project.create(path, ProjectData()).close()
        opened = intact = complete = 0
        last = None
        for last in kill_rounds(path, rounds, seed=7):
            opened += last.opened
            intact += last.integrity
            complete += last.found == last.committed
            if not (last.opened and last.integrity and last.found == last.committed):
                print(f"round {last.number}: opened={last.opened} integrity={last.integrity} found {last.found} of {last.committed}", flush=True)
    assert last is not None
    print(f"{rounds} kills: project opened {opened}/{rounds}, integrity_check ok {intact}/{rounds}, "
          f"every committed verdict present {complete}/{rounds}; {last.found} of {last.committed} committed verdicts present at the end")


if __name__ == "__main__":
    main()
