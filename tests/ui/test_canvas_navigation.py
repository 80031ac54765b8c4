"""Finding one's way on the timeline: the first view, counts beyond the edges, selections brought into
view (zooming into badges and bars), the highlight kept through zoom, pan and new data, and the search dim."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from pytestqt.qtbot import QtBot

from tests.ui.test_timeline_canvas import D, colour_distance, make_event, marker
from timeline_app.model.events import Event, Kind
from timeline_app.timescale.time_units import DAY, day_start
from timeline_app.ui.timeline_canvas import TimelineCanvas

OLD = [
    make_event("old-meeting", "Yoon–Kishida meeting", Kind.SUMMIT, D(2022, 6, 1)),
    make_event("old-talks", "Yoon–Kishida talks in New York", Kind.SUMMIT, D(2022, 9, 21)),
]
RECENT = [
    make_event("call", "Lee–Ishiba phone call", Kind.CALL, D(2025, 6, 9)),
    make_event("reception", "Reception in Seoul", Kind.OTHER, D(2025, 6, 16)),
    make_event("g7", "Lee–Ishiba summit at the G7 in Kananaskis", Kind.SUMMIT, D(2025, 6, 17)),
    make_event("tokyo", "Lee–Ishiba summit in Tokyo", Kind.SUMMIT, D(2025, 8, 23)),
    make_event("defence", "Defence ministers' meeting", Kind.MINISTERIAL, D(2025, 9, 8)),
    make_event("economy", "Economic security dialogue", Kind.MINISTERIAL, D(2025, 9, 10)),
    make_event("finance", "Deputy finance ministers' meeting", Kind.MINISTERIAL, D(2025, 9, 15)),
    make_event("busan", "Lee–Ishiba summit in Busan", Kind.SUMMIT, D(2025, 9, 30)),
]
SAME_DAY = [make_event(f"c{n:02}", f"Consultation round {n}", Kind.CALL, D(2025, 3, 3)) for n in range(15)]


def new_canvas(qtbot: QtBot, events: list[Event], size: tuple[int, int] = (1024, 560)) -> TimelineCanvas:
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(*size)
    canvas.show()
    qtbot.waitExposed(canvas)
    canvas.set_events(events)
    return canvas


def ring_is_drawn(canvas: TimelineCanvas, event_id: str) -> bool:
    """Whether the selection ring (in the palette's highlight) surrounds the event's glyph."""
    centre = marker(canvas, event_id)
    image = canvas.grab().toImage()
    highlight = canvas.palette().color(QPalette.ColorRole.Highlight)
    radius = 10
    around = [QPoint(radius, 0), QPoint(-radius, 0), QPoint(0, radius), QPoint(0, -radius)]
    hits = sum(colour_distance(image.pixelColor(centre + offset), highlight) < 90 for offset in around)
    return hits >= 3


def badge(canvas: TimelineCanvas, text: str) -> QPoint:
    canvas.grab()
    for rect, shown in canvas.render_stats().badges:
        if shown == text:
            return rect.center().toPoint()
    raise AssertionError(f"no badge {text!r} among {[t for _, t in canvas.render_stats().badges]}")


def test_it_opens_on_the_busy_months_and_counts_what_lies_beyond(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, OLD + RECENT)
    for event in RECENT:
        assert canvas.shows_clearly(event.id), event.id
    assert canvas.marker_position("old-talks") is None
    t0, t1 = canvas.visible_range()
    assert t1 - t0 < 200 * DAY
    earlier = badge(canvas, "\u25c2 2")
    assert canvas.tooltip_text(earlier) == (
        "2 earlier summits (1 Jun 2022 – 21 Sep 2022)\nClick to scroll to them"
    )
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert all(canvas.marker_position(e.id) is not None for e in OLD + RECENT)


def test_clicking_a_count_at_the_edge_scrolls_to_those_events_keeping_the_zoom(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, OLD + RECENT)
    t0, t1 = canvas.visible_range()
    with qtbot.waitSignal(canvas.visible_range_changed):
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=badge(canvas, "\u25c2 2"))
    s0, s1 = canvas.visible_range()
    assert s1 - s0 == pytest.approx(t1 - t0)
    # The view (fitted to the recent months, no wider) is too short for both: from the nearest on.
    assert canvas.shows_clearly("old-talks")
    assert canvas.shows_clearly("old-meeting") or badge(canvas, "\u25c2 1")
    assert canvas.selected_id() is None
    later = badge(canvas, "3 \u25b8")  # the first lane with three: the summits
    assert "3 later summits" in (canvas.tooltip_text(later) or "")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=later)
    assert canvas.marker_position("g7") is not None


def test_the_first_view_fits_the_window_again_until_the_user_moves_it(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, RECENT, size=(640, 400))
    canvas.resize(1400, 400)
    fresh = new_canvas(qtbot, RECENT, size=(1400, 400))
    assert canvas.visible_range() == pytest.approx(fresh.visible_range())
    assert all(canvas.shows_clearly(event.id) for event in RECENT)
    canvas.zoom_in()
    zoomed = canvas.visible_range()
    canvas.resize(900, 400)
    assert canvas.visible_range() == zoomed


def test_selecting_an_event_hidden_behind_a_badge_shows_its_title(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, RECENT + SAME_DAY)
    canvas.set_visible_range(day_start(dt.date(2025, 1, 1)), day_start(dt.date(2025, 12, 1)))
    hidden = [e.id for e in SAME_DAY if not canvas.shows_clearly(e.id)]
    assert hidden, "the crowded day must hide some titles behind '+N'"
    canvas.select(hidden[-1])
    assert canvas.shows_clearly(hidden[-1])
    assert ring_is_drawn(canvas, hidden[-1])


def test_walking_with_the_arrow_keys_shows_every_title_on_a_crowded_day(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, SAME_DAY + RECENT)
    canvas.fit_all()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    for _ in SAME_DAY:
        assert canvas.shows_clearly(canvas.selected_id() or "")
        qtbot.keyClick(canvas, Qt.Key.Key_Right)


def test_selecting_an_event_inside_count_bars_zooms_in_until_it_stands_clear(qtbot: QtBot) -> None:
    rnd = random.Random(8)
    start = dt.date(2010, 1, 1)
    days = [start + dt.timedelta(rnd.randrange(5000)) for _ in range(4000)]
    dense = [
        make_event(f"d{n}", f"Meeting {n}", Kind.MINISTERIAL, D(day.year, day.month, day.day))
        for n, day in enumerate(days)
    ]
    canvas = new_canvas(qtbot, dense)
    canvas.fit_all()
    canvas.grab()
    assert canvas.render_stats().aggregated > 0
    assert not canvas.shows_clearly("d1234")
    canvas.select("d1234")
    assert canvas.shows_clearly("d1234")
    assert ring_is_drawn(canvas, "d1234")


def test_the_selection_stays_highlighted_through_zoom_pan_and_new_data(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, RECENT)
    canvas.select("tokyo")
    assert ring_is_drawn(canvas, "tokyo") and not ring_is_drawn(canvas, "busan")
    canvas.zoom_out()
    assert ring_is_drawn(canvas, "tokyo")
    canvas.zoom_in()
    canvas.zoom_in()
    assert ring_is_drawn(canvas, "tokyo")
    t0, t1 = canvas.visible_range()
    canvas.set_visible_range(t0 + (t1 - t0) / 5, t1 + (t1 - t0) / 5)
    assert ring_is_drawn(canvas, "tokyo")
    canvas.set_events([*RECENT, *OLD])
    assert canvas.selected_id() == "tokyo" and ring_is_drawn(canvas, "tokyo")


def test_the_events_the_search_does_not_match_are_dimmed(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, RECENT)
    assert not any(canvas.is_dimmed(e.id) for e in RECENT)
    canvas.set_dimmed({"busan", "tokyo"})
    assert {e.id for e in RECENT if canvas.is_dimmed(e.id)} == {e.id for e in RECENT} - {"busan", "tokyo"}
    canvas.set_dimmed(None)
    assert not canvas.is_dimmed("g7")


def test_titles_read_light_on_a_dark_palette(qtbot: QtBot) -> None:
    canvas = new_canvas(qtbot, RECENT)
    palette = QPalette(canvas.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    canvas.setPalette(palette)
    image = canvas.grab().toImage()
    position = marker(canvas, "busan")
    rect = next(r for r in canvas.render_stats().label_rects if abs(r.center().y() - position.y()) < 3)
    lightness = [
        image.pixelColor(x, round(rect.center().y())).lightness()
        for x in range(round(rect.left()), round(rect.right()))
    ]
    assert min(lightness) < 60  # the dark background shows between the letters
    assert max(lightness) > 180  # and the letters are light


def test_a_selected_title_cut_short_by_the_right_edge_is_scrolled_into_full_view(qtbot: QtBot) -> None:
    # A narrow canvas: the title fits neither right of its glyph, even wrapped, nor left of it.
    canvas = new_canvas(qtbot, RECENT, size=(320, 560))
    busan = day_start(dt.date(2025, 9, 30)) + DAY / 2
    span = 40 * DAY
    canvas.set_visible_range(busan - 0.6 * span, busan + 0.4 * span)
    bold = QFont(canvas.font())
    bold.setBold(True)
    whole = QFontMetricsF(bold).horizontalAdvance("Lee–Ishiba summit in Busan")

    def title_width() -> float:
        """The width of the title drawn beside the glyph, right or left of it (0 when there is none)."""
        canvas.grab()
        glyph = marker(canvas, "busan")
        beside = [
            r.width()
            for r in canvas.render_stats().label_rects
            if abs(r.center().y() - glyph.y()) < 3
            and min(abs(r.left() - glyph.x()), abs(r.right() - glyph.x())) < 15
        ]
        return max(beside, default=0.0)

    assert 0 < title_width() < whole - 1  # cut short by the edge
    canvas.select("busan")
    assert title_width() >= whole - 0.5
    assert canvas.visible_range()[1] - canvas.visible_range()[0] == pytest.approx(span)
