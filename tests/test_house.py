"""The checks that keep the house standing run with the suite: the linter and the import contract."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_ruff_finds_nothing() -> None:
    """pyproject.toml's rule set (pycodestyle, pyflakes, isort, bugbear, pyupgrade, simplify) over every Python file."""
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_import_contract_is_kept() -> None:
    """pyproject.toml's import-linter contract: nothing in the core imports Qt or the window, even indirectly."""
    code = "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports())"
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_core_type_checks_strictly() -> None:
    """pyproject.toml's mypy section: --strict over variantview/core."""
    done = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
