"""The bundled sample: five real outlets' reports of the June 2024 Putin–Kim summit, one passed through a spinner.

It ships inside the package (package data), so a regular install opens it and
``variantview compare --sample`` finds it from any folder.
"""

from pathlib import Path

SAMPLE = Path(__file__).resolve().parent / "data" / "samples" / "putin-kim-2024"
