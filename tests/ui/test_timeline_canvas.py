"""The timeline canvas as a user meets it: clicks, wheel, keys, drags, tooltips, dense data, labels."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontInfo, QHelpEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event, Kind, Source, Status
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.time_units import DAY, HOUR, YEAR, day_start
from timeline_app.ui.timeline_canvas import TimelineCanvas

SCREENSHOT = Path("/tmp/timeline_canvas.png")


def make_event(
    event_id: str,
    title: str,
    kind: Kind,
    date: FuzzyDate,
    *,
    sources: int = 1,
    status: Status = Status.OCCURRED,
    end: FuzzyDate | None = None,
) -> Event:
    cited = [Source(f"article-{n}", "Outlet", None, title, 0, len(title)) for n in range(sources)]
    return Event(event_id, title, kind, date, end=end, status=status, sources=cited)


D = FuzzyDate.day
EVENTS = [
    make_event("e01", "Yoon–Kishida talks in New York", Kind.SUMMIT, D(2022, 9, 21)),
    make_event("e02", "Yoon–Kishida summit in Phnom Penh", Kind.SUMMIT, D(2022, 11, 13)),
    make_event("e03", "Yoon visits Tokyo", Kind.SUMMIT, D(2023, 3, 16), sources=3),
    make_event("e04", "Kishida visits Seoul", Kind.SUMMIT, D(2023, 5, 7)),
    make_event("e05", "Park–Hayashi talks in Jakarta", Kind.MINISTERIAL, FuzzyDate.month(2023, 7)),
    make_event("e06", "Camp David trilateral summit", Kind.SUMMIT, D(2023, 8, 18)),
    make_event(
        "e07",
        "Trilateral summit in Tokyo (postponed)",
        Kind.OTHER,
        FuzzyDate.month(2023, 12),
        status=Status.CANCELLED,
    ),
    make_event(
        "e08",
        "Shuttle diplomacy working group",
        Kind.OTHER,
        FuzzyDate.month(2024, 3),
        end=FuzzyDate.month(2024, 5),
    ),
    make_event("e09", "Kishida's farewell visit to Seoul", Kind.SUMMIT, D(2024, 9, 6)),
    make_event("e10", "Yoon–Ishiba first phone call", Kind.CALL, D(2024, 10, 4)),
    make_event(
        "e11", "Foreign ministers meet at G20 Rio", Kind.MINISTERIAL, FuzzyDate.week_of(dt.date(2024, 11, 18))
    ),
    make_event("e12", "60th anniversary of normalisation", Kind.OTHER, FuzzyDate.year(2025)),
    make_event("e13", "Lee–Ishiba first phone call", Kind.CALL, D(2025, 6, 9), sources=2),
    make_event("e14", "Lee–Ishiba summit in Kananaskis (G7)", Kind.SUMMIT, D(2025, 6, 17), sources=5),
    make_event("e15", "Cho–Iwaya foreign ministers' talks", Kind.MINISTERIAL, D(2025, 7, 29)),
    make_event("e16", "Lee visits Tokyo, summit with Ishiba", Kind.SUMMIT, D(2025, 8, 23)),
    make_event("e17", "Lee–Ishiba summit in Busan", Kind.SUMMIT, D(2025, 9, 30), sources=2),
    make_event(
        "e18",
        "Possible Lee–Takaichi meeting at APEC",
        Kind.OTHER,
        FuzzyDate.month(2025, 10),
        status=Status.POSSIBLE,
    ),
]
DATE_ORDER = [e.id for e in sorted(EVENTS, key=Event.sort_key)]


@pytest.fixture
def canvas(qtbot: QtBot) -> TimelineCanvas:
    widget = TimelineCanvas()
    qtbot.addWidget(widget)
    widget.resize(1024, 560)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_events(EVENTS)
    return widget


def repaint(canvas: TimelineCanvas) -> None:
    canvas.repaint()


def marker(canvas: TimelineCanvas, event_id: str) -> QPoint:
    position = canvas.marker_position(event_id)
    assert position is not None, f"{event_id} is not drawn"
    return position


def send_wheel(canvas: TimelineCanvas, pos: QPoint, dy: int, dx: int = 0, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    event = QWheelEvent(
        QPointF(pos),
        QPointF(canvas.mapToGlobal(pos)),
        QPoint(0, 0),
        QPoint(dx, dy),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, event)


def send_mouse(
    canvas: TimelineCanvas,
    kind: QEvent.Type,
    pos: QPoint,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    held = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(canvas.mapToGlobal(pos)), Qt.MouseButton.LeftButton, held, modifiers
    )
    QApplication.sendEvent(canvas, event)


def drag(canvas: TimelineCanvas, start: QPoint, end: QPoint, shift: bool = False) -> None:
    modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    send_mouse(canvas, QEvent.Type.MouseButtonPress, start, modifiers)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        send_mouse(canvas, QEvent.Type.MouseMove, point, modifiers)
    send_mouse(canvas, QEvent.Type.MouseButtonRelease, end, modifiers)


def test_clicking_a_marker_selects_its_event_and_empty_space_clears_it(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    with qtbot.waitSignal(canvas.selection_changed) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=marker(canvas, "e14"))
    assert blocker.args == ["e14"]
    assert canvas.selected_id() == "e14"
    assert canvas.event_at(marker(canvas, "e14")) == "e14"
    empty = QPoint(canvas.width() - 40, canvas.height() - 8)
    assert canvas.event_at(empty) is None
    with qtbot.waitSignal(canvas.selection_changed) as blocker:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=empty)
    assert blocker.args == [""]
    assert canvas.selected_id() is None


def test_selection_changed_is_emitted_only_on_a_real_change(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    with qtbot.waitSignal(canvas.selection_changed):
        canvas.select("e03")
    with qtbot.assertNotEmitted(canvas.selection_changed):
        canvas.select("e03")
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=marker(canvas, "e03"))
    with qtbot.waitSignal(canvas.selection_changed) as blocker:
        canvas.select("no-such-event")
    assert blocker.args == [""]


def test_the_wheel_zooms_about_the_cursor(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    pos = QPoint(300, 200)
    t_under = canvas.time_at(pos.x())
    span = canvas.visible_range()[1] - canvas.visible_range()[0]
    with qtbot.waitSignal(canvas.visible_range_changed):
        send_wheel(canvas, pos, 120 * 3)
    t0, t1 = canvas.visible_range()
    assert t1 - t0 < span * 0.7
    assert canvas.time_at(pos.x()) == pytest.approx(t_under, abs=1.0)
    assert canvas.x_at(t_under) == pytest.approx(pos.x(), abs=0.01)
    send_wheel(canvas, pos, -120 * 3)
    assert canvas.visible_range()[1] - canvas.visible_range()[0] == pytest.approx(span, rel=1e-9)


def test_shift_wheel_and_a_horizontal_wheel_pan(canvas: TimelineCanvas) -> None:
    t0, t1 = canvas.visible_range()
    send_wheel(canvas, QPoint(400, 200), 120, shift=True)
    s0, s1 = canvas.visible_range()
    assert s1 - s0 == pytest.approx(t1 - t0)
    assert s0 < t0
    send_wheel(canvas, QPoint(400, 200), 0, dx=-240)
    assert canvas.visible_range()[0] > s0


def test_left_drag_pans_with_the_mouse(canvas: TimelineCanvas) -> None:
    t0, t1 = canvas.visible_range()
    seconds_per_pixel = t1 - t0
    seconds_per_pixel /= canvas.x_at(t1) - canvas.x_at(t0)
    drag(canvas, QPoint(500, 300), QPoint(600, 300))
    assert canvas.visible_range()[0] == pytest.approx(t0 - 100 * seconds_per_pixel, rel=1e-6)
    assert canvas.selected_id() is None


def test_shift_drag_zooms_to_the_dragged_range(canvas: TimelineCanvas) -> None:
    start, end = QPoint(400, 250), QPoint(700, 250)
    expected = (canvas.time_at(start.x()), canvas.time_at(end.x()))
    drag(canvas, start, end, shift=True)
    assert canvas.visible_range() == pytest.approx(expected)


def test_left_and_right_walk_the_events_in_date_order(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    walked = [canvas.selected_id()]
    for _ in range(len(EVENTS)):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        walked.append(canvas.selected_id())
    assert walked[: len(EVENTS)] == DATE_ORDER
    assert walked[-1] == DATE_ORDER[-1]  # Right at the last event stays there
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.selected_id() == DATE_ORDER[-2]
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    assert canvas.selected_id() == DATE_ORDER[-1]


def test_walking_brings_each_event_into_view(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.set_visible_range(day_start(dt.date(2022, 9, 1)), day_start(dt.date(2022, 12, 1)))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    t0, t1 = canvas.visible_range()
    assert t1 - t0 == pytest.approx(91 * DAY)
    assert canvas.marker_position(DATE_ORDER[-1]) is not None


def test_hidden_kinds_are_skipped_and_not_drawn(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.set_hidden_kinds({Kind.SUMMIT})
    assert canvas.hidden_kinds() == frozenset({Kind.SUMMIT})
    assert canvas.marker_position("e14") is None
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    walked = [canvas.selected_id()]
    for _ in range(len(EVENTS)):
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        walked.append(canvas.selected_id())
    summits = {e.id for e in EVENTS if e.kind is Kind.SUMMIT}
    assert list(dict.fromkeys(walked)) == [i for i in DATE_ORDER if i not in summits]


def test_ctrl_0_fits_all_events(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.set_visible_range(day_start(dt.date(2024, 1, 1)), day_start(dt.date(2024, 1, 3)))
    assert canvas.marker_position("e01") is None
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    for event in EVENTS:
        assert canvas.marker_position(event.id) is not None, event.id
    t0, t1 = canvas.visible_range()
    assert t0 <= day_start(dt.date(2022, 9, 21)) and day_start(dt.date(2025, 12, 31)) <= t1


def test_plus_and_minus_zoom_about_the_centre_within_the_limits(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.setFocus()
    t0, t1 = canvas.visible_range()
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    s0, s1 = canvas.visible_range()
    assert (s1 - s0, (s0 + s1) / 2) == pytest.approx(((t1 - t0) / 2, (t0 + t1) / 2))
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.visible_range() == pytest.approx((t0, t1))
    for _ in range(40):
        qtbot.keyClick(canvas, Qt.Key.Key_Equal)
    s0, s1 = canvas.visible_range()
    assert s1 - s0 == pytest.approx(HOUR)


def test_zooming_out_stops_around_the_data(canvas: TimelineCanvas) -> None:
    for _ in range(40):
        canvas.zoom_out()
    t0, t1 = canvas.visible_range()
    # The data run from September 2022 to the end of 2025: the view stays within half that span of it.
    assert day_start(dt.date(2020, 12, 1)) <= t0 < day_start(dt.date(2022, 9, 21))
    assert day_start(dt.date(2025, 12, 31)) < t1 <= day_start(dt.date(2027, 9, 1))
    canvas.pan_by_pixels(-100_000)
    assert canvas.visible_range()[1] <= day_start(dt.date(2027, 9, 1))


def test_ctrl_0_shows_every_title_without_empty_months_on_the_right(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.resize(1100, 560)
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    t0, t1 = canvas.visible_range()
    assert t1 - day_start(dt.date(2025, 12, 31)) < 0.06 * (t1 - t0)
    repaint(canvas)
    assert not canvas.render_stats().badges


def test_ctrl_plus_and_minus_zoom_about_the_selected_event(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    canvas.select("e09")
    before = marker(canvas, "e09").x()
    for key in [Qt.Key.Key_Plus] * 3 + [Qt.Key.Key_Minus] * 2:
        qtbot.keyClick(canvas, key, Qt.KeyboardModifier.ControlModifier)
        assert canvas.marker_position("e09") is not None
        assert marker(canvas, "e09").x() == pytest.approx(before, abs=1)


def test_set_events_keeps_the_selection_and_the_range(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.select("e09")
    canvas.set_visible_range(day_start(dt.date(2024, 1, 1)), day_start(dt.date(2025, 1, 1)))
    before = canvas.visible_range()
    renamed = [make_event("e09", "Kishida says goodbye in Seoul", Kind.SUMMIT, D(2024, 9, 7)), *EVENTS[10:]]
    with (
        qtbot.assertNotEmitted(canvas.selection_changed),
        qtbot.assertNotEmitted(canvas.visible_range_changed),
    ):
        canvas.set_events(renamed)
    assert canvas.selected_id() == "e09"
    assert canvas.visible_range() == before
    assert "Kishida says goodbye" in (canvas.tooltip_text(marker(canvas, "e09")) or "")
    with qtbot.waitSignal(canvas.selection_changed) as blocker:
        canvas.set_events(EVENTS[10:])
    assert blocker.args == [""]
    assert canvas.selected_id() is None


def test_a_resize_keeps_the_asked_range(canvas: TimelineCanvas) -> None:
    canvas.set_visible_range(day_start(dt.date(2025, 6, 1)), day_start(dt.date(2025, 7, 1)))
    asked = canvas.visible_range()
    canvas.resize(700, 400)
    assert canvas.visible_range() == asked
    assert canvas.asked_range() == asked


def test_tooltip_shows_title_date_at_its_precision_and_sources(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    text = canvas.tooltip_text(marker(canvas, "e14"))
    assert text is not None
    assert "Lee–Ishiba summit in Kananaskis (G7)" in text
    assert FuzzyDate.day(2025, 6, 17).human() in text
    assert "5 sources" in text
    week = canvas.tooltip_text(marker(canvas, "e11")) or ""
    assert FuzzyDate.week_of(dt.date(2024, 11, 18)).human() in week and "1 source" in week
    planned = canvas.tooltip_text(marker(canvas, "e18")) or ""
    assert "possible" in planned and FuzzyDate.month(2025, 10).human() in planned
    pos = marker(canvas, "e14")
    QApplication.sendEvent(canvas, QHelpEvent(QEvent.Type.ToolTip, pos, canvas.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == text
    QToolTip.hideText()


def test_double_click_activates_an_event_and_zooms_elsewhere(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    with qtbot.waitSignal(canvas.event_activated) as blocker:
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=marker(canvas, "e06"))
    assert blocker.args == ["e06"]
    assert canvas.selected_id() == "e06"
    t0, t1 = canvas.visible_range()
    empty = QPoint(canvas.width() - 60, canvas.height() - 8)
    under = canvas.time_at(empty.x())
    with qtbot.assertNotEmitted(canvas.event_activated):
        qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=empty)
    s0, s1 = canvas.visible_range()
    assert s1 - s0 == pytest.approx((t1 - t0) / 2)
    assert canvas.time_at(empty.x()) == pytest.approx(under, abs=1.0)


def test_enter_activates_the_selected_event(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.select("e13")
    canvas.setFocus()
    with qtbot.waitSignal(canvas.event_activated) as blocker:
        qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert blocker.args == ["e13"]


def test_labels_never_overlap(canvas: TimelineCanvas) -> None:
    crowded = EVENTS + [
        make_event(f"x{n}", f"Working-level consultation round {n}", Kind.MINISTERIAL, D(2024, 2, 1 + n % 20))
        for n in range(40)
    ]
    canvas.set_events(crowded)
    canvas.select("x7")
    for width in (1024, 1600):
        canvas.resize(width, 600)
        for _ in range(4):
            repaint(canvas)
            rects = canvas.render_stats().label_rects
            assert len(rects) > 10
            for a, b in itertools.combinations(rects, 2):
                assert not a.intersects(b), (a, b)
            canvas.zoom_in()


def test_hidden_labels_show_as_a_badge_that_zooms_in_when_clicked(
    qtbot: QtBot, canvas: TimelineCanvas
) -> None:
    same_day = [make_event(f"c{n}", f"Consultation {n}", Kind.CALL, D(2025, 3, 3)) for n in range(15)]
    canvas.set_events(EVENTS + same_day)
    repaint(canvas)
    badges = [(rect, text) for rect, text in canvas.render_stats().badges if text.startswith("+")]
    assert badges
    rect, text = badges[0]
    hidden = int(text[1:])
    assert hidden >= 2
    span = canvas.visible_range()[1] - canvas.visible_range()[0]
    assert "Click to zoom in" in (canvas.tooltip_text(rect.center().toPoint()) or "")
    with qtbot.waitSignal(canvas.visible_range_changed):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    t0, t1 = canvas.visible_range()
    assert t1 - t0 < span / 10
    assert t0 <= day_start(dt.date(2025, 3, 3)) < t1


def test_dense_data_aggregates_into_counts(canvas: TimelineCanvas) -> None:
    rnd = random.Random(5)
    dense = [
        make_event(
            f"d{n}",
            f"Meeting {n}",
            rnd.choice(list(Kind)),
            D(2015 + rnd.randrange(10), rnd.randrange(1, 13), 1 + rnd.randrange(28)),
        )
        for n in range(6000)
    ]
    canvas.set_events(dense)
    canvas.fit_all()
    repaint(canvas)
    stats = canvas.render_stats()
    assert stats.visible == 6000
    assert stats.aggregated > 0
    assert stats.drawn + stats.aggregated == stats.visible
    assert any(text.replace(",", "").isdigit() for _, text in stats.badges)
    canvas.set_visible_range(day_start(dt.date(2020, 3, 1)), day_start(dt.date(2020, 3, 8)))
    repaint(canvas)
    stats = canvas.render_stats()
    assert stats.aggregated == 0 and stats.drawn == stats.visible > 0


def test_dimmed_events_fade(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    pos = marker(canvas, "e10")
    before = canvas.grab().toImage().pixelColor(pos)
    canvas.set_dimmed({"e14"})
    after = canvas.grab().toImage().pixelColor(pos)
    background = canvas.palette().color(canvas.backgroundRole())
    assert colour_distance(after, background) < colour_distance(before, background) / 2
    canvas.set_dimmed(None)
    assert canvas.grab().toImage().pixelColor(pos) == before


def colour_distance(a: QColor, b: QColor) -> int:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())


def test_focus_shows_a_frame(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.clearFocus()
    unfocused = canvas.grab().toImage().pixelColor(1, canvas.height() // 2)
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    focused = canvas.grab().toImage().pixelColor(1, canvas.height() // 2)
    assert focused != unfocused
    assert canvas.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_screenshot_of_a_small_timeline(canvas: TimelineCanvas) -> None:
    canvas.resize(1024, 520)
    canvas.select("e14", ensure_visible=False)
    image = canvas.grab()
    assert image.save(str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000


@pytest.mark.slow
def test_a_million_events_paint_every_visible_event_at_every_zoom(qtbot: QtBot) -> None:
    """Correctness at scale; the time per frame is measured by benchmarks/run.py, not here."""
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1600, 900)
    canvas.show()
    qtbot.waitExposed(canvas)
    n = 1_000_000
    rnd = random.Random(11)
    starts = array("d", sorted(rnd.uniform(20 * YEAR, 80 * YEAR) for _ in range(n)))
    lanes = array("B", (rnd.randrange(4) for _ in range(n)))
    index = EventIndex.from_arrays(
        starts,
        starts,
        lanes,
        array("H", bytes(2 * n)),
        [f"e{i}" for i in range(n)],
        [f"Event {i}" for i in range(n)],
    )
    canvas.set_index(index)
    centre = 50 * YEAR
    for span in (500 * YEAR, 60 * YEAR, 10 * YEAR, YEAR, 30 * DAY, 3 * DAY, 2 * HOUR):
        for step in range(3):
            shift = step * span * 0.01
            canvas.set_visible_range(centre - span / 2 + shift, centre + span / 2 + shift)
            canvas.repaint()
            stats = canvas.render_stats()
            assert stats.drawn + stats.aggregated == stats.visible


def test_rendering_to_svg_keeps_titles_as_text(canvas: TimelineCanvas, tmp_path: Path) -> None:
    target = tmp_path / "timeline.svg"
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setSize(canvas.size())
    painter = QPainter(generator)
    canvas.render(painter, QPoint())
    assert painter.end()
    svg = target.read_text(encoding="utf-8")
    assert "Camp David trilateral summit" in svg
    assert "<image" not in svg


def test_svg_text_is_the_size_it_is_on_screen(canvas: TimelineCanvas, tmp_path: Path) -> None:
    target = tmp_path / "timeline.svg"
    assert canvas.write_svg(target, "Korea–Japan", "test")
    svg = target.read_text(encoding="utf-8")
    title = re.search(r'<text[^>]*font-size="([0-9.]+)"[^>]*>\s*Camp David trilateral summit<', svg)
    assert title is not None
    assert float(title.group(1)) == pytest.approx(QFontInfo(canvas.font()).pixelSize(), abs=0.5)
    assert "<title>Korea–Japan</title>" in svg


def test_precision_and_status_show_in_the_drawing(qtbot: QtBot, canvas: TimelineCanvas) -> None:
    canvas.set_events(
        [
            make_event("held", "Held", Kind.CALL, D(2025, 6, 3)),
            make_event("planned", "Planned", Kind.CALL, D(2025, 6, 20), status=Status.PLANNED),
            make_event("dropped", "Dropped", Kind.CALL, D(2025, 7, 10), status=Status.CANCELLED),
            make_event("month", "Sometime in August", Kind.CALL, FuzzyDate.month(2025, 8)),
        ]
    )
    canvas.set_visible_range(day_start(dt.date(2025, 5, 20)), day_start(dt.date(2025, 9, 20)))
    image = canvas.grab().toImage()
    background = image.pixelColor(marker(canvas, "held") + QPoint(0, 30))
    colour = image.pixelColor(marker(canvas, "held"))
    assert colour_distance(colour, background) > 150  # a day that happened: a filled glyph
    planned = marker(canvas, "planned")
    assert colour_distance(image.pixelColor(planned), background) < 40  # not yet held: hollow
    assert colour_distance(image.pixelColor(planned + QPoint(5, 0)), background) > 100
    dropped = marker(canvas, "dropped")
    corner = QPoint(6, -6)  # outside the round glyph, on the line that strikes it through
    assert colour_distance(image.pixelColor(dropped + corner), background) > 150
    assert colour_distance(image.pixelColor(marker(canvas, "held") + corner), background) < 40
    middle = QPoint(round(canvas.x_at(day_start(dt.date(2025, 8, 16)))), marker(canvas, "month").y())
    band = image.pixelColor(middle)
    # A month-long band over the whole month, fainter than a day's glyph: less certain.
    assert 20 < colour_distance(band, background) < colour_distance(colour, background) / 2
