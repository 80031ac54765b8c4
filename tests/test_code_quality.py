"""The codebase stays strictly typed (mypy --strict) and free of unused imports and undefined names."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def test_the_package_type_checks_strictly():
    result = subprocess.run([tool("mypy"), "--strict", "timeline_app"], capture_output=True, text=True,
                            cwd=REPOSITORY, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-4000:]


def test_no_unused_imports_or_undefined_names():
    result = subprocess.run([tool("ruff"), "check", "--select", "F,I", "timeline_app", "tests", "benchmarks"],
                            capture_output=True, text=True, cwd=REPOSITORY, timeout=300, check=False)
    assert result.returncode == 0, result.stdout[-4000:]
