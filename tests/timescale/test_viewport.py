"""Viewport maths: zoom about a point, clamps, pan, fit, and the asked range kept apart from the shown one."""

import math

from hypothesis import given
from hypothesis import strategies as st

from timeline_app.timescale.time_units import DAY, HOUR, YEAR
from timeline_app.timescale.viewport import MAX_SPAN, MIN_SPAN, Viewport

T2025 = 55 * YEAR  # about 2025


@given(
    fraction=st.floats(0.0, 1.0),
    factor=st.floats(0.05, 20.0),
    span_days=st.floats(1.0, 3000.0),
)
def test_zoom_about_keeps_the_time_under_the_point(fraction: float, factor: float, span_days: float) -> None:
    view = Viewport(T2025, T2025 + span_days * DAY, 1000)
    t = view.x_to_time(fraction * 1000)
    x_before = view.time_to_x(t)
    view.zoom_about(t, factor)
    assert math.isclose(view.time_to_x(t), x_before, abs_tol=1e-6)


def test_zoom_is_clamped_to_an_hour_and_500_years_and_keeps_the_point() -> None:
    view = Viewport(T2025, T2025 + 10 * DAY, 800)
    t = view.x_to_time(200)
    view.zoom_about(t, 1e-9)
    assert view.span == MIN_SPAN == HOUR
    assert math.isclose(view.time_to_x(t), 200, abs_tol=1e-6)
    view.zoom_about(t, 1e12)
    assert view.span == MAX_SPAN
    assert math.isclose(MAX_SPAN / YEAR, 500)


def test_pan_by_pixels_moves_the_content_with_the_mouse() -> None:
    view = Viewport(T2025, T2025 + 100 * DAY, 1000)  # 0.1 day per pixel
    view.pan_by_pixels(50)
    assert math.isclose(view.t0, T2025 - 5 * DAY)
    assert math.isclose(view.span, 100 * DAY)


def test_fit_leaves_a_margin_and_widens_a_single_moment() -> None:
    view = Viewport(0, DAY, 500)
    view.fit(T2025, T2025 + 100 * DAY, margin=0.1)
    assert math.isclose(view.t0, T2025 - 10 * DAY)
    assert math.isclose(view.t1, T2025 + 110 * DAY)
    view.fit(T2025, T2025, margin=0.0, min_span=7 * DAY)
    assert math.isclose(view.span, 7 * DAY)
    assert math.isclose((view.t0 + view.t1) / 2, T2025)


def test_asked_range_survives_clamping_and_resizing() -> None:
    view = Viewport(T2025, T2025 + 60, 1000)  # one minute asked
    assert view.asked_range == (T2025, T2025 + 60)
    assert view.span == HOUR
    assert math.isclose((view.t0 + view.t1) / 2, T2025 + 30)
    view.set_range(T2025, T2025 + 30 * DAY)
    view.set_width(400)
    assert view.asked_range == (T2025, T2025 + 30 * DAY)
    assert view.shown_range == (T2025, T2025 + 30 * DAY)
    assert math.isclose(view.time_to_x(T2025 + 15 * DAY), 200)


def test_bad_input_is_ignored() -> None:
    view = Viewport(T2025, T2025 + DAY, 100)
    view.set_range(math.nan, T2025)
    view.zoom_about(math.inf, 2)
    view.zoom_about(T2025, -1)
    view.set_width(math.nan)
    assert view.shown_range == (T2025, T2025 + DAY)
    assert view.width_px == 100


def test_range_stays_inside_the_calendar() -> None:
    view = Viewport(-1e15, -1e15 + 10 * YEAR, 100)
    t0, _ = view.shown_range
    assert t0 >= -62135596800  # 0001-01-01


def test_bring_into_view_pans_keeping_the_zoom_and_leaves_a_shown_time_alone() -> None:
    view = Viewport(T2025, T2025 + 30 * DAY, 900)
    inside = T2025 + 10 * DAY
    view.bring_into_view(inside, inside)
    assert view.shown_range == (T2025, T2025 + 30 * DAY)
    later = T2025 + 100 * DAY
    view.bring_into_view(later, later)
    assert view.span == 30 * DAY
    assert view.t0 + 0.05 * view.span <= later <= view.t1 - 0.05 * view.span


def test_bring_into_view_zooms_out_for_a_period_longer_than_the_view() -> None:
    view = Viewport(T2025, T2025 + 30 * DAY, 900)
    view.bring_into_view(T2025 - YEAR, T2025)
    assert view.shows(T2025 - YEAR, T2025)


def test_scroll_towards_shows_every_time_that_fits_keeping_the_zoom() -> None:
    view = Viewport(T2025, T2025 + 100 * DAY, 900)
    nearest, farthest = T2025 - 20 * DAY, T2025 - 60 * DAY
    view.scroll_towards(nearest, farthest)
    assert view.span == 100 * DAY
    assert view.shows(farthest, nearest)


def test_scroll_towards_times_too_far_apart_starts_from_the_nearest() -> None:
    view = Viewport(T2025, T2025 + 100 * DAY, 900)
    nearest, farthest = T2025 + 130 * DAY, T2025 + 900 * DAY
    view.scroll_towards(nearest, farthest, margin=0.1)
    assert view.span == 100 * DAY
    assert math.isclose(view.t0, nearest - 10 * DAY)
    view.scroll_towards(T2025 - 10 * DAY, T2025 - 500 * DAY, margin=0.1)
    assert math.isclose(view.t1, T2025 - 10 * DAY + 10 * DAY)


def test_fit_with_room_leaves_pixels_on_the_right_for_labels() -> None:
    view = Viewport(0, 1, 1000)
    view.fit_with_room(T2025, T2025 + 100 * DAY, room_px=200, margin=0.05)
    assert math.isclose(view.time_to_x(T2025), 50)
    assert math.isclose(view.time_to_x(T2025 + 100 * DAY), 1000 - 50 - 200)
    view.fit_with_room(T2025, T2025, room_px=0, margin=0.0)
    assert math.isclose(view.span, 7 * DAY) and math.isclose(view.t0, T2025 - 3.5 * DAY)


def test_a_copy_maps_alike_and_moves_on_its_own() -> None:
    view = Viewport(T2025, T2025 + 60, 640)  # clamped to an hour about the asked minute
    twin = view.copy()
    assert (twin.asked_range, twin.shown_range, twin.width_px) == (view.asked_range, view.shown_range, 640)
    twin.pan_by_pixels(100)
    twin.set_width(300)
    assert view.shown_range == (T2025 + 30 - HOUR / 2, T2025 + 30 + HOUR / 2)
    assert view.width_px == 640


def test_limits_keep_zoom_and_pan_about_the_data() -> None:
    view = Viewport(T2025, T2025 + 30 * DAY, 1000)
    view.set_limits((T2025, T2025 + 4 * YEAR))
    for _ in range(20):
        view.zoom_about(view.t0, 2.0)
    assert (view.t0, view.t1) == (T2025 - 2 * YEAR, T2025 + 6 * YEAR)
    view.pan_by_time(-50 * YEAR)
    assert view.t0 == T2025 - 2 * YEAR
    view.set_limits(None)
    view.zoom_about(view.t0, 1000.0)
    assert view.span == MAX_SPAN


def test_limits_of_one_moment_still_leave_a_month_either_side() -> None:
    view = Viewport(T2025, T2025 + 10 * YEAR, 1000)
    view.set_limits((T2025, T2025))
    assert (view.t0, view.t1) == (T2025 - 30 * DAY, T2025 + 30 * DAY)
