"""Fixtures of the window tests: private settings, an events file beside the real articles, windows."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.window_data import ARTICLES, BUSAN, CALL, G7, WindowFactory, fake_build, write_events
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import SETTINGS_FILE_VARIABLE


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the user's real settings."""
    monkeypatch.setenv(SETTINGS_FILE_VARIABLE, str(tmp_path / "user-settings.ini"))


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    shutil.copytree(ARTICLES, tmp_path / "articles")
    path = tmp_path / "events.yaml"
    write_events(path, G7, BUSAN, CALL)
    return path


@pytest.fixture
def make_window(qtbot: QtBot, events_file: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(path: Path = events_file, resize: bool = True, **options: object) -> MainWindow:
        build = options.pop("build", fake_build)
        assert callable(build)
        window = MainWindow(build(path), path, build=build, debounce_ms=50, **options)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        if resize:
            window.resize(1280, 820)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.shutdown()
