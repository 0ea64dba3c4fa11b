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
RESOURCES: list[Callable[..., object]] = []
"""Loaded once and kept for the process (a model, a word list): not results, so ``clear_caches`` keeps them,
as a running application does; the benches' cold runs time the pipeline, not reading model files."""


def memo_text(maxsize: int, limit: int = 20_000) -> Callable[[Callable[P, R]], Callable[P, R]]:
    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached.cache_clear)

        @wraps(function)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            # every memoised function takes strings (and at most a flag beside them); most take one string, and this
            # runs a million times a comparison: no call here that the common case does not need
            if kwargs:
                return function(*args, **kwargs)
            size = len(args[0]) if len(args) == 1 else sum(len(t) for t in args if isinstance(t, str))  # type: ignore[arg-type]
            return cached(*args) if size <= limit else function(*args, **kwargs)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return call

    return decorate


def memo_key(maxsize: int) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """``lru_cache`` for functions of one short key (a word), registered with ``clear_caches``."""

    def decorate(function: Callable[P, R]) -> Callable[P, R]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return decorate


def resource(function: Callable[[], R]) -> Callable[[], R]:
    """A loader run once per process: see ``RESOURCES``."""
    loaded = lru_cache(maxsize=1)(function)
    RESOURCES.append(loaded)
    return loaded


def is_registered(function: object) -> bool:
    """Whether a cached function is known here, as a result cache or a resource (the suite checks every one)."""
    clear = getattr(function, "cache_clear", None)
    return function in RESOURCES or any(c == clear for c in _CACHES)


def register(clear: Callable[[], None]) -> None:
    """Let ``clear_caches`` empty a cache kept elsewhere (the sentence vectors)."""
    _CACHES.append(clear)


def clear_caches() -> None:
    """Forget every cached result (the benchmarks time a cold run with it)."""
    for clear in _CACHES:
        clear()
