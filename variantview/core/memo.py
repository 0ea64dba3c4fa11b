"""Memoisation for pure functions of sentences, bounded in memory as well as in entries.

Re-aligning after a threshold change, painting the grid and detecting
findings all tokenize, segment and diff the same sentences again, so those
results are cached. ``lru_cache`` bounds only the number of entries: a file
with no full stops is one 500,000-character "sentence", and a few of those
would pin hundreds of megabytes. Arguments longer than ``limit`` characters
in total are computed without caching; sentences are far shorter.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_CACHES: list[Callable[[], None]] = []


def memo_text(maxsize: int, limit: int = 20_000) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached.cache_clear)

        @wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            if kwargs or sum(map(len, args)) > limit:  # every memoised function takes strings only
                return function(*args, **kwargs)
            return cached(*args)

        return call

    return decorate


def register(clear: Callable[[], None]) -> None:
    """Let ``clear_caches`` empty a cache kept elsewhere (the sentence vectors)."""
    _CACHES.append(clear)


def clear_caches() -> None:
    """Forget every cached result (the benchmarks time a cold run with it)."""
    for clear in _CACHES:
        clear()
