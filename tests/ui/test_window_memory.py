"""What the window remembers across launches, where its dialogs start, and what it says of itself
(issue 10: 3.3 and 3.15)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import DEFENCE, RELOAD_MS, REPOSITORY, WindowFactory, write_events
from timeline_app import __version__
from timeline_app.model.events import Kind
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.settings import ViewState, WindowSettings

NOTHING_SHOWN = "The events file could not be read; nothing of it can be shown until it is fixed."


def test_a_file_that_cannot_be_read_is_not_remembered_as_the_last_one(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    window = make_window(settings=WindowSettings.in_file(settings_file))
    good = window.session.events_path.resolve()
    assert WindowSettings.in_file(settings_file).last_events_file() == good
    window.open_events_file(REPOSITORY / "README.md")  # Ctrl+O on the wrong file: not YAML
    qtbot.waitUntil(lambda: window.problem_banner().isVisible(), timeout=RELOAD_MS)
    assert WindowSettings.in_file(settings_file).last_events_file() == good
    # Nothing of README.md is on screen, and the banner does not pretend otherwise.
    assert window.event_list().visible_ids() == []
    assert window.problem_banner().summary() == NOTHING_SHOWN
    window.close()
    assert WindowSettings.in_file(settings_file).last_events_file() == good


def test_a_first_load_that_fails_is_not_remembered_and_says_nothing_is_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    window = MainWindow(None, broken, settings=WindowSettings.in_file(settings_file), debounce_ms=50)
    qtbot.addWidget(window)
    window.show()
    window.load()
    qtbot.waitUntil(lambda: window.problem_banner().isVisible(), timeout=RELOAD_MS)
    assert window.problem_banner().summary() == NOTHING_SHOWN
    assert WindowSettings.in_file(settings_file).last_events_file() is None
    window.session.shutdown()


def test_an_earlier_version_on_screen_is_still_said_to_stay(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    events_file.write_text("title: [unclosed\n", encoding="utf-8")
    qtbot.waitUntil(lambda: window.problem_banner().isVisible(), timeout=RELOAD_MS)
    assert "the last version that could be read stays on screen" in window.problem_banner().summary()
    assert len(window.event_list().visible_ids()) == 3


def test_ctrl_o_starts_in_the_events_file_s_folder_not_the_last_export_s(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    exports = tmp_path / "exports"
    exports.mkdir()
    window = make_window(settings=WindowSettings.in_file(tmp_path / "settings.ini"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(exports / "out.csv"), "CSV (*.csv)"))
    window.action("export_data").trigger()
    assert (exports / "out.csv").is_file()
    asked: list[str] = []

    def ask(parent: object, title: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", ask)
    window.action("open").trigger()
    assert asked == [str(window.session.events_path.parent)]


def test_about_shows_the_version(make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    make_window().action("about").trigger()
    assert len(shown) == 1 and f"<b>Timeline</b> {__version__}</p>" in shown[0]


def look_and_close(make_window: WindowFactory, settings_file: Path) -> tuple[float, float]:
    """A window that selects Busan, searches 'summit', hides calls and zooms in, then closes; the range asked."""
    first = make_window(settings=WindowSettings.in_file(settings_file))
    first.select("busan")
    first.event_list().set_query("summit")
    first.legend().checkbox(Kind.CALL).click()
    first.canvas().zoom_in()
    first.canvas().zoom_in()
    asked = first.canvas().asked_range()
    first.close()
    return asked


def test_zoom_selection_filter_and_hidden_kinds_survive_a_relaunch(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    asked = look_and_close(make_window, settings_file)

    second = make_window(settings=WindowSettings.in_file(settings_file))
    assert second.selected_id() == "busan"
    assert second.event_list().search_field().text() == "summit"
    assert second.legend().hidden_kinds() == frozenset({Kind.CALL})
    assert second.canvas().hidden_kinds() == frozenset({Kind.CALL})
    assert second.canvas().asked_range() == pytest.approx(asked)


def test_the_view_of_another_file_is_not_applied(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    look_and_close(make_window, settings_file)
    other = tmp_path / "other" / "events.yaml"
    other.parent.mkdir()
    write_events(other, DEFENCE)
    second = make_window(other, settings=WindowSettings.in_file(settings_file))
    assert (second.selected_id(), second.event_list().search_field().text()) == (None, "")
    assert second.legend().hidden_kinds() == frozenset()


def test_a_damaged_view_state_is_ignored() -> None:
    assert ViewState.from_json("{") is None
    assert ViewState.from_json('{"events_file": 3}') is None
    state = ViewState.from_json('{"events_file": "/x/events.yaml", "visible_range": [5, 1], "selected": 7, '
                                '"filter_text": null, "hidden_kinds": ["call", 2]}')
    assert state == ViewState(Path("/x/events.yaml"), None, None, "", ("call",))
