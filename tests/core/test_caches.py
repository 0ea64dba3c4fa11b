"""Every cached function of the core is known to the one registry, so a "cold" bench run is cold."""

from __future__ import annotations

import importlib
import pkgutil

import variantview.core
from variantview.core import memo
from variantview.core.text import stem, words


def _core_modules() -> list[object]:
    return [importlib.import_module(m.name) for m in pkgutil.walk_packages(variantview.core.__path__, "variantview.core.")]


def test_every_cached_function_in_the_core_is_registered() -> None:
    unknown = [
        f"{module.__name__}.{name}"
        for module in _core_modules()
        for name, value in vars(module).items()
        if hasattr(value, "cache_clear") and getattr(value, "__module__", "") == module.__name__ and not memo.is_registered(value)
    ]
    assert not unknown, f"cached but not in memo's registry: {unknown}"


def test_clear_caches_forgets_results_and_keeps_resources() -> None:
    words("A sentence to remember.")
    stem("remembering")
    memo.clear_caches()
    assert stem.cache_info().currsize == 0  # type: ignore[attr-defined]
    assert memo.RESOURCES, "models and word lists are registered as resources"
