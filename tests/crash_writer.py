"""A child process for crash tests: records verdicts in a project, one per save, until it is killed.

After each save returns it prints the note's number, so the parent knows
exactly which annotations were committed before it sent SIGKILL.
Usage: python tests/crash_writer.py PROJECT FIRST_NUMBER
"""

from __future__ import annotations

import sys

from variantview.core.annotations import Anchor, Note
from variantview.core.project import Project


def note(number: int) -> Note:
    return Note(Anchor("row", "w", number, number + 1, f"{number:016x}"), "Confirmed", f"note {number} " + "x" * (number % 500))


def main() -> None:
    project = Project.open(sys.argv[1])
    number = int(sys.argv[2])
    while True:
        project.put_note(note(number))
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    main()
