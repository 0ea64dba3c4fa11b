"""Progress on standard error: a bar with rate and time left on a terminal, plain lines in a log.

tqdm draws the bar; when standard error is not a terminal (a cron job, CI,
``2> log``) redrawn lines would pile up as noise, so a plain line in the
same words is written every ``PLAIN_EVERY`` seconds and at the end.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

PLAIN_EVERY = 10.0


class Progress:
    def __init__(self, total: int, skipped: int, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.total, self.done = total, 0
        self.started = self.last_line = time.monotonic()
        self.bar = tqdm(total=total, unit="story", file=self.stream, dynamic_ncols=True) if self.stream.isatty() else None
        if skipped:
            self.note(f"{skipped} stories already done in an earlier run, skipped")

    def note(self, message: str) -> None:
        """A line of its own (a story that failed), above the bar on a terminal."""
        line = f"variantview: batch: {message}"
        if self.bar is not None:
            self.bar.write(line, file=self.stream)
        else:
            print(line, file=self.stream, flush=True)

    def advance(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update()
            return
        now = time.monotonic()
        if now - self.last_line >= PLAIN_EVERY or self.done == self.total:
            self.last_line = now
            self.note(tqdm.format_meter(self.done, self.total, now - self.started, unit="story", bar_format="{n_fmt}/{total_fmt} stories [{elapsed}<{remaining}, {rate_fmt}]"))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
