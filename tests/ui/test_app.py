"""Starting the app and taking screenshots of it without a display."""

from __future__ import annotations

import configparser
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from timeline_app.ui.app import DESKTOP_FILE, run_app, save_screenshot
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import WindowSettings


def distinct_colours(image: QImage) -> int:
    step = 7
    return len(
        {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}
    )


@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)])
def test_a_screenshot_has_exactly_the_requested_size(
    qtbot: QtBot, events_file: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    output = tmp_path / "shot.png"
    assert save_screenshot(events_file, output, "g7", size) == 0
    image = QImage(str(output))
    assert (image.width(), image.height()) == size
    assert distinct_colours(image) > 20


def test_an_unknown_event_id_is_refused_with_a_message(
    qtbot: QtBot, events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "shot.png"
    assert save_screenshot(events_file, output, "no-such-event", (1024, 700)) == 2
    message = capsys.readouterr().err
    assert "no-such-event" in message and "g7" in message
    assert not output.exists()


def test_a_screenshot_smaller_than_the_window_can_be_is_refused(
    qtbot: QtBot, events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert save_screenshot(events_file, tmp_path / "shot.png", None, (320, 200)) == 2
    assert "at least" in capsys.readouterr().err


def test_an_unwritable_output_is_reported(
    qtbot: QtBot, events_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "no-such-folder" / "shot.png"
    assert save_screenshot(events_file, output, None, (1024, 700)) == 2
    assert "cannot write the screenshot" in capsys.readouterr().err


def test_the_screenshot_shows_the_selected_event(qtbot: QtBot, events_file: Path, tmp_path: Path) -> None:
    plain, selected = tmp_path / "plain.png", tmp_path / "selected.png"
    assert save_screenshot(events_file, plain, None, (1024, 700)) == 0
    assert save_screenshot(events_file, selected, "busan", (1024, 700)) == 0
    assert QImage(str(plain)) != QImage(str(selected))


def test_run_app_shows_the_window_and_remembers_the_file(
    qtbot: QtBot, events_file: Path, private_settings: Path
) -> None:
    shown: list[MainWindow] = []
    while_loading: list[tuple[int, bool, str]] = []

    def close_the_window_once_loaded() -> None:
        [window] = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]

        def loading(started: bool) -> None:
            if started:
                status = window.statusBar().currentMessage()
                while_loading.append((len(window.session.timeline.events), window.is_loading_shown(), status))

        def loaded() -> None:
            shown.append(window)
            window.close()

        window.session.loading_changed.connect(loading)
        window.session.timeline_changed.connect(loaded)

    QTimer.singleShot(0, close_the_window_once_loaded)
    assert run_app(events_file, ["timeline-app"]) == 0
    [window] = shown
    assert while_loading == [(0, True, "Loading…")]  # the window shows first, empty, then loads
    assert len(window.session.timeline.events) == 3
    assert window.windowTitle() == "Test timeline — events.yaml"
    assert not window.is_loading_shown()
    assert not QApplication.windowIcon().isNull()
    assert QGuiApplication.desktopFileName() == "timeline-app"
    assert WindowSettings.in_file(private_settings).last_events_file() == events_file.resolve()
    window.deleteLater()


def test_the_desktop_entry_launches_the_installed_command_with_its_icon() -> None:
    repository = Path(__file__).resolve().parents[2]
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(repository / "resources" / "timeline-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"]
    scripts = tomllib.loads((repository / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert desktop["Exec"].split()[0] in scripts
    icon = desktop["Icon"]
    assert (repository / "resources" / "icons" / f"{icon}.svg").is_file()
    assert not QImage(str(repository / "resources" / "icons" / f"{icon}.png")).isNull()
    assert desktop["StartupWMClass"] == DESKTOP_FILE


def test_run_app_reports_views_that_cannot_be_built_and_exits(
    qtbot: QtBot, events_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The views are built after the first frame, outside the command line's guard: a failure there still
    ends in a message and status 2, not a traceback or a window that never loads."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("no views today")

    monkeypatch.setattr("timeline_app.ui.window_contents.WindowContents.__init__", broken)
    assert run_app(events_file, ["timeline-app"]) == 2
    assert capsys.readouterr().err == "timeline-app: internal error: RuntimeError: no views today\n"
    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow):
            assert window.built_contents() is None
            window.close()
            window.deleteLater()
