"""The tree stays clean: ``ruff check``, ``ruff format --check`` and ``mypy app`` (configured in
pyproject.toml) report nothing. Each runs as a subprocess of this interpreter, so CI uses the
same versions as the virtual environment; a failure shows the tool's own output.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["app", "tests", "benchmarks", "scripts"]

CHECKS = {
    "ruff-check": ["ruff", "check", *SOURCES],
    "ruff-format": ["ruff", "format", "--check", *SOURCES],
    "mypy": ["mypy", "app"],
}


@pytest.mark.parametrize("args", list(CHECKS.values()), ids=list(CHECKS))
def test_static_check_is_clean(args: list[str]) -> None:
    command = [sys.executable, "-m", *args]
    try:
        done = subprocess.run(
            command, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"{' '.join(args)} did not finish within {exc.timeout} s")
    if done.returncode != 0:
        pytest.fail(
            f"{' '.join(args)} reported problems (exit code {done.returncode}):\n"
            f"{done.stdout}{done.stderr}",
            pytrace=False,
        )
