"""VariantView: compare several outlets' articles about one event, sentence by sentence.

The public Python API is ``compare`` and ``similarity`` (with ``Comparison``,
``Correction`` and ``InputError``); the desktop application lives in
``variantview.gui`` and only calls this core. The names load on first use,
so that reading a project file, which needs only plain data, does not load
the engine.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["Comparison", "Correction", "InputError", "compare", "similarity"]
__version__ = "0.1.0"

_WHERE = {
    "Comparison": "variantview.core.comparison",
    "compare": "variantview.core.comparison",
    "Correction": "variantview.core.align.inputs",
    "InputError": "variantview.core.errors",
    "similarity": "variantview.core.similarity.meaning",
}

if TYPE_CHECKING:
    from variantview.core.align.inputs import Correction
    from variantview.core.comparison import Comparison, compare
    from variantview.core.errors import InputError
    from variantview.core.similarity.meaning import similarity


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'variantview' has no attribute {name!r}")
