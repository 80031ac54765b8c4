"""The main window as an analyst uses it: select, read sources, search, edit events.yaml while it is open."""
# pytest-qt's mouse and key helpers carry no type annotations.

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import (
    BUSAN,
    BUSAN_REPORT,
    BUSAN_SENTENCE,
    CALL,
    DEFENCE,
    G7,
    RELOAD_MS,
    REPOSITORY,
    WindowFactory,
    write_events,
)
from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.events import Kind
from timeline_app.model.output.timeline import Timeline
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.event_table_model import Column
from timeline_app.ui.main_window import MainWindow
from timeline_app.ui.problem_banner import ProblemBanner
from timeline_app.ui.reloader import cached_build
from timeline_app.ui.settings import WindowSettings
from timeline_app.ui.timeline_canvas import TimelineCanvas
from timeline_app.ui.window_contents import DETAIL_MINIMUM_WIDTH


def list_row(window: MainWindow, event_id: str) -> int:
    return window.event_list().visible_ids().index(event_id)


def click_list_row(qtbot: QtBot, window: MainWindow, event_id: str) -> None:
    table = window.event_list().table()
    rect = table.visualRect(table.model().index(list_row(window, event_id), Column.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_text(qtbot: QtBot, window: MainWindow, text: str, occurrence: int = 1) -> None:
    """Click on the `occurrence`-th appearance of `text` in the detail pane."""
    browser = window.detail_pane().browser()
    cursor = browser.document().find(text)
    for _ in range(occurrence - 1):
        cursor = browser.document().find(text, cursor)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 2)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center())


def test_the_window_title_comes_from_the_events_file_title(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.windowTitle() == "Test timeline — events.yaml"


def test_clicking_an_event_in_the_list_shows_its_excerpts(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    click_list_row(qtbot, window, "g7")
    shown = window.detail_pane().browser().toPlainText()
    assert "Lee–Ishiba summit at the G7" in shown
    assert "17 June 2025" in shown
    assert G7["sources"][0]["quote"] in shown  # type: ignore[index]
    assert G7["sources"][1]["quote"] in shown  # type: ignore[index]
    assert window.selected_id() == "g7"
    assert window.canvas().selected_id() == "g7"


def test_selecting_on_the_timeline_selects_the_row_and_shows_the_event(make_window: WindowFactory) -> None:
    window = make_window()
    window.canvas().select("busan")
    assert window.event_list().selected_id() == "busan"
    assert "in Busan on September 30" in window.detail_pane().browser().toPlainText()


def test_open_article_shows_the_excerpt_highlighted_in_the_reader(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.select("g7")
    click_text(qtbot, window, "Open article", occurrence=2)
    reader = window.article_reader()
    assert reader is not None
    qtbot.waitUntil(reader.isVisible)
    source = window.session.timeline.events[1].sources[1]
    assert source.article == G7["sources"][1]["article"]  # type: ignore[index]
    selections = reader.text_view().extraSelections()
    assert (selections[0].cursor.selectionStart(), selections[0].cursor.selectionEnd()) == (
        source.start,
        source.end,
    )
    assert reader.article() is not None and reader.article().name == source.article  # type: ignore[union-attr]


def test_a_new_entry_written_to_events_yaml_appears(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    write_events(events_file, G7, BUSAN, CALL, DEFENCE)
    qtbot.waitUntil(lambda: "defence" in window.event_list().visible_ids(), timeout=RELOAD_MS)
    assert window.session.timeline.event("defence") is not None
    assert "4 events" in window.status_text()


def test_a_save_by_rename_is_picked_up(qtbot: QtBot, make_window: WindowFactory, events_file: Path) -> None:
    window = make_window()
    temporary = events_file.with_name("events.yaml.new")
    write_events(temporary, G7, DEFENCE, title="Renamed into place")
    os.replace(temporary, events_file)
    qtbot.waitUntil(lambda: window.windowTitle() == "Renamed into place — events.yaml", timeout=RELOAD_MS)
    assert window.event_list().visible_ids() == ["g7", "defence"]


def test_a_yaml_error_shows_the_banner_and_keeps_the_timeline(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    banner = window.problem_banner()
    assert not banner.isVisible()
    events_file.write_text("title: Test timeline\nevents:\n  - id: [unclosed\n", encoding="utf-8")
    qtbot.waitUntil(banner.isVisible, timeout=RELOAD_MS)
    assert banner.problem_lines()[0].startswith("events.yaml:")
    assert "invalid YAML" in banner.problem_lines()[0]
    assert window.event_list().visible_ids() == ["call", "g7", "busan"]
    assert "1 problem" in window.status_text()

    write_events(events_file, G7, BUSAN, CALL)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=RELOAD_MS)
    assert "0 problems" in window.status_text()


def test_a_window_opened_on_a_broken_file_recovers_when_it_is_fixed(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    events_file.write_text("title: [unclosed\n", encoding="utf-8")
    window = make_window()
    assert window.problem_banner().isVisible()
    assert window.windowTitle() == "Timeline — events.yaml"  # the model's title for a file it cannot read
    assert window.event_list().visible_ids() == []
    write_events(events_file, CALL)
    qtbot.waitUntil(lambda: window.event_list().visible_ids() == ["call"], timeout=RELOAD_MS)
    assert not window.problem_banner().isVisible()


def test_an_open_article_follows_edits_of_its_file(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    window.open_first_source("busan")
    reader = window.article_reader()
    assert reader is not None
    article = events_file.parent / "articles" / BUSAN_REPORT
    article.write_text(
        "A correction was added at the top.\n" + article.read_text(encoding="utf-8"), encoding="utf-8"
    )
    qtbot.waitUntil(lambda: reader.text_view().toPlainText().startswith("A correction"), timeout=RELOAD_MS)
    selections = reader.text_view().extraSelections()
    assert selections[0].cursor.selectedText() == BUSAN_SENTENCE


def test_the_selection_and_the_visible_range_survive_a_reload(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    click_list_row(qtbot, window, "busan")
    window.canvas().zoom_in()
    visible = window.canvas().visible_range()
    write_events(events_file, G7, BUSAN, CALL, DEFENCE)
    qtbot.waitUntil(lambda: len(window.event_list().visible_ids()) == 4, timeout=RELOAD_MS)
    assert window.selected_id() == "busan"
    assert window.canvas().selected_id() == "busan"
    assert window.event_list().selected_id() == "busan"
    assert "in Busan on September 30" in window.detail_pane().browser().toPlainText()
    assert window.canvas().visible_range() == pytest.approx(visible)


def test_opening_another_events_file_shows_it(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    other = tmp_path / "other.yaml"
    write_events(other, DEFENCE, title="Ministerial meetings")
    window.open_events_file(other)
    qtbot.waitUntil(lambda: window.windowTitle() == "Ministerial meetings — other.yaml", timeout=RELOAD_MS)
    assert window.event_list().visible_ids() == ["defence"]
    write_events(other, DEFENCE, CALL, title="Ministerial meetings")
    qtbot.waitUntil(lambda: len(window.event_list().visible_ids()) == 2, timeout=RELOAD_MS)


def test_ctrl_f_and_typing_filter_the_list(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.event_list().search_field()
    assert window.focusWidget() is search
    qtbot.keyClicks(search, "busan")
    assert window.event_list().visible_ids() == ["busan"]
    assert window.event_list().matching_ids() == frozenset({"busan"})


def test_the_legend_hides_a_kind_in_the_list(make_window: WindowFactory) -> None:
    window = make_window()
    window.legend().checkbox(Kind.SUMMIT).click()
    assert window.event_list().visible_ids() == ["call"]
    assert window.canvas().hidden_kinds() == {Kind.SUMMIT}
    window.legend().checkbox(Kind.SUMMIT).click()
    assert len(window.event_list().visible_ids()) == 3


def test_the_status_bar_counts_events_sources_and_problems(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.status_text() == "3 events · 4 sources · 0 problems"


def test_a_busy_indicator_shows_while_loading(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    release = threading.Event()

    def slow_build(path: Path) -> Timeline:
        if threading.current_thread() is not threading.main_thread():
            release.wait(timeout=10)
        return build_timeline(path)

    window = make_window(build=slow_build)
    try:
        window.action("reload").trigger()
        qtbot.waitUntil(window.is_loading_shown, timeout=RELOAD_MS)
    finally:
        release.set()
    qtbot.waitUntil(lambda: not window.is_loading_shown(), timeout=RELOAD_MS)


def test_activating_a_problem_opens_the_file_at_its_line(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    events_file.write_text("title: T\nevents:\n  - id: [unclosed\n", encoding="utf-8")
    qtbot.waitUntil(window.problem_banner().isVisible, timeout=RELOAD_MS)
    window.open_problem(window.session.problems[0])
    reader = window.article_reader()
    assert reader is not None and reader.isVisible()
    assert "id: [unclosed" in reader.text_view().toPlainText()


def test_exports_write_png_svg_and_json(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    assert window.export_image(tmp_path / "timeline.png")
    image = QImage(str(tmp_path / "timeline.png"))
    assert image.width() >= window.canvas().width() and image.height() >= window.canvas().height()
    assert window.export_image(tmp_path / "timeline.svg")
    assert (tmp_path / "timeline.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert window.export_data(tmp_path / "events.json", "json")
    exported = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert "g7" in json.dumps(exported)


def test_geometry_splitters_and_panes_persist(make_window: WindowFactory, tmp_path: Path) -> None:
    settings_file = tmp_path / "settings.ini"
    first = make_window(settings=WindowSettings.in_file(settings_file))
    first.resize(800, 700)
    first.action("show_list").setChecked(False)
    splitter = first.findChild(QSplitter, "main_splitter")
    assert isinstance(splitter, QSplitter)
    splitter.setSizes([700, 400])
    splitter_sizes = splitter.sizes()
    first.close()

    second = make_window(settings=WindowSettings.in_file(settings_file), resize=False)
    assert (second.width(), second.height()) == (800, 700)
    assert not second.action("show_list").isChecked()
    assert not second.event_list().isVisible()
    restored = second.findChild(QSplitter, "main_splitter")
    assert isinstance(restored, QSplitter)
    assert restored.sizes() == splitter_sizes
    assert WindowSettings.in_file(settings_file).last_events_file() == second.session.events_path.resolve()


def test_the_shortcuts_window_lists_the_menu_keys(make_window: WindowFactory) -> None:
    window = make_window()
    entries = {what: keys for keys, what in window.show_shortcuts().entries()}
    assert entries["Reload"] == "F5"
    assert entries["Fit all"] == "Ctrl+0"
    assert "Ctrl+F" in entries["Find events"]


def test_the_repository_events_file_opens(qtbot: QtBot) -> None:
    events_path = REPOSITORY / "events.yaml"
    timeline = build_timeline(events_path)
    window = MainWindow(timeline, events_path, watch=False)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Korea–Japan diplomacy — events.yaml"
    assert timeline.events and len(window.event_list().visible_ids()) == len(timeline.events)
    window.select(timeline.events[0].id)
    assert timeline.events[0].title in window.detail_pane().browser().toPlainText()


def test_a_small_timeline_kept_on_disk_is_shown_with_the_views_and_a_changed_one_is_built(
    qtbot: QtBot, events_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("cache")  # away from the watched folder of events.yaml
    kept = build_timeline(events_file, ExtractionCache(folder))
    window = MainWindow(None, events_file, build=cached_build(folder), defer_contents=True, debounce_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.load()
    assert not window.session.is_loading()  # no build: the views were made with the kept timeline
    assert window.session.timeline == kept
    assert window.canvas().index().lane_counts() and window.status_text().startswith("3 events")
    assert window.statusBar().currentMessage() == ""
    # The banner and the detail pane come just after the views' first frame, told what they show.
    assert window.findChild(DetailPane) is None and window.findChild(ProblemBanner) is None
    window.select("busan")
    qtbot.waitUntil(lambda: window.findChild(DetailPane) is not None, timeout=RELOAD_MS)
    assert window.findChild(ProblemBanner) is window.problem_banner()
    assert window.detail_pane().isVisible() and window.detail_pane().event_id() == "busan"
    assert window.detail_pane().width() >= DETAIL_MINIMUM_WIDTH
    with qtbot.waitSignal(window.session.timeline_changed, timeout=RELOAD_MS):  # still watched
        write_events(events_file, CALL, BUSAN, title="Edited")
    assert window.status_text().startswith("2 events")
    window.close()

    write_events(events_file, G7, title="Changed since")
    again = MainWindow(None, events_file, build=cached_build(folder), defer_contents=True, debounce_ms=50)
    qtbot.addWidget(again)
    again.load()  # events.yaml changed since a timeline was kept for it: built on the worker
    assert again.session.is_loading()
    qtbot.waitUntil(lambda: again.status_text().startswith("1 event"), timeout=RELOAD_MS)
    again.close()


def test_a_deferred_window_shows_its_frame_first_and_its_views_when_needed(
    qtbot: QtBot, events_file: Path
) -> None:
    window = MainWindow(None, events_file, defer_contents=True, debounce_ms=50)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(TimelineCanvas) is None  # the first frame: menus and status bar only
    assert window.windowTitle() == "events — events.yaml"
    assert window.statusBar().currentMessage() == "Opening events.yaml…"

    window.action("zoom_in").trigger()  # a command on a view builds the views, still empty
    assert window.findChild(TimelineCanvas) is window.canvas()
    assert window.canvas().isVisible() and window.event_list().isVisible()
    assert window.session.timeline.events == []

    window.load()
    qtbot.waitUntil(lambda: window.status_text().startswith("3 events"))
    assert window.windowTitle() == "Test timeline — events.yaml"
    assert window.event_list().visible_ids() == ["call", "g7", "busan"]
    window.shutdown()


def test_a_window_closed_before_its_views_were_built_keeps_the_saved_layout(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, tmp_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    first = make_window(settings=WindowSettings.in_file(settings_file))
    first.findChild(QSplitter, "main_splitter").setSizes([700, 400])  # type: ignore[union-attr]
    first.action("show_detail").setChecked(False)
    first.close()
    saved = WindowSettings.in_file(settings_file).bytes_value("window/main_splitter")

    quick = MainWindow(None, events_file, settings=WindowSettings.in_file(settings_file), defer_contents=True)
    qtbot.addWidget(quick)
    assert not quick.action("show_detail").isChecked()
    quick.close()
    assert WindowSettings.in_file(settings_file).bytes_value("window/main_splitter") == saved
    assert not WindowSettings.in_file(settings_file).flag("window/show_detail", True)


def test_the_export_dialogs_give_the_file_the_chosen_format(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    settings_file = tmp_path / "settings.ini"
    window = make_window(settings=WindowSettings.in_file(settings_file))
    answers = iter([
        (str(tmp_path / "picture"), "SVG drawing (*.svg)"),
        (str(tmp_path / "data"), "CSV (*.csv)"),
        (str(tmp_path / "Data.JSON"), "CSV (*.csv)"),
        ("", ""),
    ])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: next(answers))
    for name in ("export_image", "export_data", "export_data", "export_data"):
        window.action(name).trigger()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix.lower() in (".svg", ".csv", ".json")) == [
        "Data.JSON", "data.csv", "picture.svg",
    ]
    assert (tmp_path / "data.csv").read_text(encoding="utf-8").startswith("id,")
    assert WindowSettings.in_file(settings_file).path("files/last_folder") == tmp_path
