"""VariantView: compare several outlets' articles about one event, sentence by sentence.

The public Python API is ``compare`` and ``similarity``; the desktop
application lives in ``variantview.gui`` and only calls this core.
"""

from variantview.core.align import Correction
from variantview.core.comparison import Comparison, compare
from variantview.core.errors import InputError
from variantview.core.meaning import similarity

__all__ = ["Comparison", "Correction", "InputError", "compare", "similarity"]
__version__ = "0.1.0"
