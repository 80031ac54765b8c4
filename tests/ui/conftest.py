"""Fixtures of the UI tests: private settings, a small data set read by the real build, windows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import WindowFactory, write_data_set
from timeline_app.model.build import build_timeline
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import SETTINGS_FILE_VARIABLE


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read or write the user's real settings; the settings file used instead."""
    path = tmp_path / "user-settings.ini"
    monkeypatch.setenv(SETTINGS_FILE_VARIABLE, str(path))
    return path


@pytest.fixture(autouse=True)
def empty_clipboard_after_the_test() -> Iterator[None]:
    """Leave the clipboard empty: Qt's offscreen platform crashes at exit (SIGSEGV) when it still holds data
    set with setMimeData (a desktop platform does not; checked under Xvfb)."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    """An events.yaml with the G7 and Busan summits and the first call, beside its articles."""
    return write_data_set(tmp_path)


@pytest.fixture
def make_window(qtbot: QtBot, events_file: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def make(path: Path = events_file, resize: bool = True, **options: object) -> MainWindow:
        build = options.pop("build", build_timeline)
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
