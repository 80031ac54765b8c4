"""The window's menus and keys, and how its views follow one another: list and timeline, search and dim."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QMenu
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import (
    BUSAN,
    BUSAN_REPORT,
    CALL,
    DEFENCE,
    G7,
    RELOAD_MS,
    WindowFactory,
    line_of,
    write_events,
)
from tests.ui.test_canvas_navigation import ring_is_drawn
from tests.ui.test_main_window import click_list_row
from tests.ui.test_timeline_canvas import colour_distance, marker
from timeline_app.model.build import build_timeline
from timeline_app.model.events import Kind
from timeline_app.model.output.timeline import Timeline
from timeline_app.timescale.time_units import day_start
from timeline_app.ui.main_window import MainWindow


def menus(window: MainWindow) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
            found[action.text().replace("&", "")] = texts
    return found


def test_the_menus_offer_every_command(make_window: WindowFactory) -> None:
    found = menus(make_window())
    assert found["File"] == [
        "New timeline…",
        "Open events file…",
        "Open Recent",
        "Reload",
        "Add articles…",
        "Add article from URL…",
        "Export timeline as image (PNG/SVG)…",
        "Export data (JSON/CSV/ICS)…",
        "Quit",
    ]
    assert found["Edit"] == ["Undo", "Redo", "Find events…", "Open article of selected event"]
    assert found["Event"] == ["Add event…", "Edit selected event…", "Hide selected event…"]
    assert {"Fit all", "Zoom in", "Zoom out", "Event list", "Detail pane"} <= set(found["View"])
    assert found["Help"] == ["Keyboard shortcuts", "About"]


def test_the_view_menu_zooms_fits_and_hides_the_panes(make_window: WindowFactory) -> None:
    window = make_window()
    canvas = window.canvas()
    t0, t1 = canvas.visible_range()
    window.action("zoom_in").trigger()
    s0, s1 = canvas.visible_range()
    assert s1 - s0 < t1 - t0
    window.action("zoom_out").trigger()
    window.action("zoom_out").trigger()
    assert canvas.visible_range()[1] - canvas.visible_range()[0] > t1 - t0
    canvas.set_visible_range(day_start(dt.date(2024, 1, 1)), day_start(dt.date(2024, 1, 8)))
    window.action("fit_all").trigger()
    assert all(canvas.marker_position(i) is not None for i in ("call", "g7", "busan"))
    window.action("show_list").trigger()
    window.action("show_detail").trigger()
    assert not window.event_list().isVisible() and not window.detail_pane().isVisible()
    window.action("show_list").trigger()
    assert window.event_list().isVisible()


def test_f5_reloads_by_hand(qtbot: QtBot, make_window: WindowFactory) -> None:
    builds: list[bool] = []

    def counting_build(path: Path) -> Timeline:
        builds.append(threading.current_thread() is threading.main_thread())
        return build_timeline(path)

    window = make_window(build=counting_build)
    with qtbot.waitActive(window):
        window.activateWindow()
    with qtbot.waitSignal(window.session.timeline_changed, timeout=RELOAD_MS):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert builds == [True, False]  # the first build by the test, the reload off the UI thread


def test_choosing_an_event_in_the_list_brings_it_into_view_on_the_timeline(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    canvas = window.canvas()
    canvas.set_visible_range(day_start(dt.date(2024, 1, 1)), day_start(dt.date(2024, 2, 1)))
    assert canvas.marker_position("busan") is None
    click_list_row(qtbot, window, "busan")
    assert canvas.shows_clearly("busan")
    assert ring_is_drawn(canvas, "busan")


def test_the_arrow_keys_walk_the_timeline_and_the_list_and_pane_follow(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    canvas = window.canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    walked = [window.event_list().selected_id()]
    for _ in range(2):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        walked.append(window.event_list().selected_id())
        assert canvas.shows_clearly(window.selected_id() or "")
    assert walked == ["call", "g7", "busan"]
    assert "Lee–Ishiba summit in Busan" in window.detail_pane().browser().toPlainText()
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert window.event_list().selected_id() == "g7"


def test_typing_in_the_search_field_dims_the_other_events_on_the_timeline(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    canvas = window.canvas()
    position = marker(canvas, "g7")
    before = canvas.grab().toImage().pixelColor(position)
    qtbot.keyClicks(window.event_list().search_field(), "busan")
    assert [i for i in ("call", "g7", "busan") if canvas.is_dimmed(i)] == ["call", "g7"]
    after = canvas.grab().toImage().pixelColor(position)
    background = canvas.palette().color(canvas.backgroundRole())
    assert colour_distance(after, background) < colour_distance(before, background) / 2
    window.event_list().search_field().clear()
    assert not any(canvas.is_dimmed(i) for i in ("call", "g7", "busan"))


def test_the_selection_stays_highlighted_through_a_reload(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    window.select("busan")
    write_events(events_file, G7, BUSAN, CALL, DEFENCE)
    qtbot.waitUntil(lambda: window.canvas().marker_position("defence") is not None, timeout=RELOAD_MS)
    assert ring_is_drawn(window.canvas(), "busan")


def test_one_click_on_a_problem_selects_it_and_a_second_opens_the_file_there(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    """Issue 10, 3.6: one click opened the file, titled as an article, and repeated the row's message."""
    window = make_window()
    events_file.write_text("title: T\nevents:\n  - id: [unclosed\n", encoding="utf-8")
    banner = window.problem_banner()
    qtbot.waitUntil(banner.isVisible, timeout=RELOAD_MS)
    listing = banner.findChild(QListWidget, "problem_list")
    assert isinstance(listing, QListWidget)
    rect = listing.visualItemRect(listing.item(0))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article_reader() is None
    assert banner.full_text() in ("", banner.problem_lines()[0])  # in full only when the row is cut short
    assert banner.problem_lines()[0].startswith("events.yaml:3:")
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reader = window.article_reader()
    assert reader is not None and reader.isVisible()
    assert reader.windowTitle() == "events.yaml — line 3"


def test_at_1024_by_700_every_event_shows_with_its_title(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(resize=False)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    for event_id in ("call", "g7", "busan"):
        assert window.canvas().shows_clearly(event_id), event_id
    assert window.detail_pane().width() >= 300
    table = window.event_list().table()
    assert table.viewport().height() >= 3 * table.verticalHeader().defaultSectionSize()


def test_an_entry_with_a_problem_is_listed_in_the_banner_while_the_valid_ones_show(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    wrong = dict(DEFENCE, sources=[{"article": BUSAN_REPORT, "quote": "no such words"}])
    write_events(events_file, G7, BUSAN, CALL, wrong)
    banner = window.problem_banner()
    qtbot.waitUntil(banner.isVisible, timeout=RELOAD_MS)
    line = line_of(events_file, "no such words")
    expected = f"events.yaml:{line}: quote not found in {BUSAN_REPORT}: 'no such words'"
    assert banner.problem_lines() == [expected]
    assert sorted(window.event_list().visible_ids()) == ["busan", "call", "defence", "g7"]
    assert all(window.canvas().marker_position(i) is not None for i in ("call", "g7", "busan"))
    write_events(events_file, G7, BUSAN, CALL, DEFENCE)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=RELOAD_MS)


def test_the_search_brings_off_screen_matches_into_view_and_enter_walks_them(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    canvas = window.canvas()
    canvas.set_visible_range(day_start(dt.date(2025, 6, 1)), day_start(dt.date(2025, 7, 1)))
    assert canvas.marker_position("busan") is None
    search = window.event_list().search_field()
    qtbot.keyClicks(search, "busan")
    qtbot.waitUntil(lambda: canvas.marker_position("busan") is not None)
    search.clear()
    qtbot.keyClicks(search, "summit")
    walked = []
    for _ in range(3):
        with qtbot.waitSignal(window.event_list().selection_changed):
            qtbot.keyClick(search, Qt.Key.Key_Return)
        walked.append(window.selected_id())
        assert canvas.shows_clearly(str(window.selected_id()))
    assert walked == ["g7", "busan", "g7"]
    qtbot.keyClick(search, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.selected_id() == "busan"


def test_the_detail_pane_drops_an_event_filtered_out_or_of_an_unchecked_kind(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.select("busan")
    assert "Busan" in window.detail_pane().browser().toPlainText()
    qtbot.keyClicks(window.event_list().search_field(), "phone")
    assert window.selected_id() is None
    assert window.canvas().selected_id() is None
    assert "Busan" not in window.detail_pane().browser().toPlainText()
    window.event_list().search_field().clear()
    window.select("g7")
    window.legend().checkbox(Kind.SUMMIT).click()
    assert window.selected_id() is None
    assert "G7" not in window.detail_pane().browser().toPlainText()
