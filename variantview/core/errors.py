"""The one exception type the core raises for input an editor can fix."""

from __future__ import annotations


class InputError(Exception):
    """Bad input, worded for an editor: names the file and the reason, never a traceback."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.source = source
        self.reason = reason
