"""File ▸ New timeline… makes a timeline and opens it; File ▸ Open Recent lists the files opened lately."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import RELOAD_MS, WindowFactory, write_data_set
from timeline_app.ui import window_menus
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import WindowSettings


def recent_menu(window: MainWindow) -> QMenu:
    menu = window.findChild(QMenu, "recent_menu")
    assert isinstance(menu, QMenu)
    return menu


def recent_texts(window: MainWindow) -> list[str]:
    menu = recent_menu(window)
    menu.aboutToShow.emit()
    return [action.text() for action in menu.actions()]


def test_new_timeline_makes_the_folder_and_opens_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(settings=WindowSettings.for_user())
    folder = tmp_path / "trade talks"
    monkeypatch.setattr(window_menus, "ask_new_folder", lambda parent, start: folder)
    window.action("new_timeline").trigger()
    qtbot.waitUntil(lambda: window.windowTitle() == "trade talks — events.yaml", timeout=RELOAD_MS)
    assert window.session.events_path == folder / "events.yaml"
    assert (folder / "articles").is_dir()
    qtbot.waitUntil(lambda: window.status_text() == "0 events · 0 sources · 0 problems", timeout=RELOAD_MS)
    assert recent_texts(window)[0] == "trade talks/events.yaml"


def test_open_recent_lists_the_newest_first_and_opens_one(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, tmp_path: Path
) -> None:
    other = write_data_set(tmp_path / "other", title="Other timeline")
    window = make_window(settings=WindowSettings.for_user())
    window.open_events_file(other)
    qtbot.waitUntil(lambda: window.windowTitle() == "Other timeline — events.yaml", timeout=RELOAD_MS)
    assert recent_texts(window) == ["other/events.yaml", f"{events_file.parent.name}/events.yaml"]
    recent_menu(window).actions()[1].trigger()
    qtbot.waitUntil(lambda: window.windowTitle() == "Test timeline — events.yaml", timeout=RELOAD_MS)
    assert recent_texts(window)[0] == f"{events_file.parent.name}/events.yaml"


def test_open_recent_forgets_files_that_are_gone(make_window: WindowFactory, tmp_path: Path) -> None:
    settings = WindowSettings.for_user()
    settings.add_recent_file(tmp_path / "gone.yaml")
    window = make_window(settings=settings)
    assert "gone.yaml" not in " ".join(recent_texts(window))
