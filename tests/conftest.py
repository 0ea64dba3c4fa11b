"""Shared fixtures: the bundled sample and the invented harbour-bridge case, compared once per session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from tests.netprobe import listener  # noqa: F401 - a fixture, shared by core and GUI tests
from tests.webserver import site  # noqa: F401 - a fixture, shared by core and GUI tests
from variantview.core.align.rows import Row
from variantview.core.comparison import Comparison, compare_witnesses
from variantview.core.read.files import read_witnesses
from variantview.core.units.segment import Unit
from variantview.sample import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
HARBOUR = ROOT / "tests" / "fixtures" / "harbour-bridge"
CORPUS = ROOT / "bench" / "corpus"


@cache
def compared_event(event: str) -> Comparison:
    """A real event of ``bench/corpus`` (outside the package), compared once per session for every test module."""
    return compare_witnesses(read_witnesses([CORPUS / event]))


@pytest.fixture(scope="session")
def sample() -> Comparison:
    return compare_witnesses(read_witnesses([SAMPLE]))


@pytest.fixture(scope="session")
def harbour() -> Comparison:
    return compare_witnesses(read_witnesses([HARBOUR]))


@pytest.fixture(scope="session")
def mexico() -> Comparison:
    """The Mexico earthquake of bench/corpus, read by the garble and the figure tests."""
    return compared_event("mexico-earthquake-2022")


def unit_containing(comparison: Comparison, phrase: str) -> Unit:
    found = [u for units in comparison.units.values() for u in units if phrase in u.text]
    assert found, f"no sentence contains {phrase!r}"
    return found[0]


def rows_of(comparison: Comparison, unit: Unit) -> list[Row]:
    return [r for r in comparison.rows if unit.index in r.cells.get(unit.witness, ())]
