"""Test-wide set-up: Qt renders offscreen, so the suite runs on machines without a display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fixed locale so that dates and numbers read the same on every machine.
os.environ.setdefault("LC_ALL", "C.UTF-8")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def private_cache_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extraction's disk cache (XDG, and Qt's cache location on Linux) in a folder of the test's own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
