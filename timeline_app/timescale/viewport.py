"""The stretch of time a canvas shows across its width, kept apart from the stretch it was asked to show."""

from __future__ import annotations

import math

from timeline_app.timescale.time_units import DAY, DOMAIN_END, DOMAIN_START, HOUR, WEEK, YEAR

MIN_SPAN = HOUR
MAX_SPAN = 500 * YEAR
# How far the view may reach beyond the data, as a share of the data's span, and at least this long.
LIMIT_SHARE = 0.5
LIMIT_LEAST = 30 * DAY


class Viewport:
    """Maps times (seconds) to x (pixels from the left of the plot) and back.

    The asked range is what the user or the program last asked for; the shown
    range is the asked range made showable: its span clamped to [MIN_SPAN,
    MAX_SPAN] about its centre and moved inside the limits (the calendar, or
    the stretch about the data set by `set_limits`). A change of width never
    changes the asked range, so a resize keeps what was asked for.
    """

    def __init__(self, t0: float, t1: float, width_px: float) -> None:
        self._width = 1.0
        self.set_width(width_px)
        self._limits = (DOMAIN_START, DOMAIN_END)
        self._asked = (0.0, YEAR)
        self._shown = _showable(0.0, YEAR, self._limits)
        self.set_range(t0, t1)

    def copy(self) -> Viewport:
        """An independent viewport with the same width, limits, asked range and shown range."""
        view = Viewport(*self._asked, self._width)
        view._limits = self._limits
        view.set_range(*self._asked)
        return view

    @property
    def limits(self) -> tuple[float, float]:
        """The stretch the shown range stays inside."""
        return self._limits

    def set_limits(self, data: tuple[float, float] | None, keep_shown: bool = False) -> None:
        """Keep the shown range about the data [start, end]: within half its span (at least a month)
        of either end, so that zooming out stops around the data; None: the whole calendar. The
        asked range is shown again inside the new limits; with `keep_shown` the limits take in the
        range shown now, so that it stays as it is."""
        if data is None:
            self._limits = (DOMAIN_START, DOMAIN_END)
        else:
            lo, hi = sorted(data)
            pad = max((hi - lo) * LIMIT_SHARE, LIMIT_LEAST)
            lo, hi = max(lo - pad, DOMAIN_START), min(hi + pad, DOMAIN_END)
            if keep_shown:
                lo, hi = min(lo, self._shown[0]), max(hi, self._shown[1])
            self._limits = (lo, hi)
        self._shown = _showable(*self._asked, self._limits)

    @property
    def asked_range(self) -> tuple[float, float]:
        """The range last asked for, as asked."""
        return self._asked

    @property
    def shown_range(self) -> tuple[float, float]:
        """The range actually shown across the width."""
        return self._shown

    @property
    def t0(self) -> float:
        """The time at the left edge."""
        return self._shown[0]

    @property
    def t1(self) -> float:
        """The time at the right edge."""
        return self._shown[1]

    @property
    def span(self) -> float:
        """Seconds across the width."""
        return self._shown[1] - self._shown[0]

    @property
    def width_px(self) -> float:
        """The width in pixels (at least 1)."""
        return self._width

    @property
    def seconds_per_pixel(self) -> float:
        """How much time one pixel covers."""
        return self.span / self._width

    def set_width(self, width_px: float) -> None:
        """Change the width; the asked range, and so the shown range, stay as they were."""
        if math.isfinite(width_px):
            self._width = max(1.0, float(width_px))

    def set_range(self, t0: float, t1: float) -> None:
        """Ask for [t0, t1] (in either order); a range that is not finite is ignored."""
        if not (math.isfinite(t0) and math.isfinite(t1)):
            return
        lo, hi = (t0, t1) if t0 <= t1 else (t1, t0)
        self._asked = (float(lo), float(hi))
        self._shown = _showable(lo, hi, self._limits)

    def time_to_x(self, t: float) -> float:
        """The x of time `t` (may lie outside [0, width])."""
        return (t - self._shown[0]) / self.span * self._width

    def x_to_time(self, x: float) -> float:
        """The time at x."""
        return self._shown[0] + x / self._width * self.span

    def zoom_about(self, t: float, factor: float) -> None:
        """Multiply the span by `factor` (< 1 zooms in), keeping time `t` at the same x.

        The span is clamped to [MIN_SPAN, MAX_SPAN]; `t` still keeps its x then.
        """
        if not (factor > 0 and math.isfinite(factor) and math.isfinite(t)):
            return
        t0, t1 = self._shown
        span = min(max((t1 - t0) * factor, MIN_SPAN), MAX_SPAN, self._limits[1] - self._limits[0])
        fraction = (t - t0) / (t1 - t0)
        new_t0 = t - fraction * span
        self.set_range(new_t0, new_t0 + span)

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content right by dx pixels (so earlier times come into view when dx > 0)."""
        self.pan_by_time(-dx * self.seconds_per_pixel)

    def pan_by_time(self, seconds: float) -> None:
        """Move the shown range later by `seconds` (earlier when negative)."""
        t0, t1 = self._shown
        self.set_range(t0 + seconds, t1 + seconds)

    def fit(self, t_min: float, t_max: float, margin: float = 0.05, min_span: float = 7 * DAY) -> None:
        """Show [t_min, t_max] with `margin` (a fraction of the span) free on each side.

        A range shorter than `min_span` is widened to it about its centre.
        """
        lo, hi = (t_min, t_max) if t_min <= t_max else (t_max, t_min)
        lo, hi = _widened(lo, hi, min_span)
        pad = (hi - lo) * max(margin, 0.0)
        self.set_range(lo - pad, hi + pad)

    def fit_with_room(self, start: float, end: float, room_px: float, margin: float = 0.03) -> None:
        """Show [start, end] (widened to a week when shorter) with `margin` (a fraction of the span)
        free on each side and, on the right, `room_px` more pixels (for the labels of the last events)."""
        start, end = _widened(start, end, WEEK)
        free = 1 - 2 * margin - min(max(room_px, 0.0) / self._width, 0.5)
        span = (end - start) / max(free, 0.1)
        self.set_range(start - span * margin, start - span * margin + span)

    def bring_into_view(self, start: float, end: float, margin: float = 0.05) -> None:
        """Pan, keeping the zoom, so that [start, end] lies `margin` (a fraction of the span) inside the
        shown range; zoom out to fit it when it is longer than most of the span. Nothing moves when it
        already lies there."""
        t0, t1 = self._shown
        span = t1 - t0
        if end - start > span * 0.8:
            self.fit(start, end, margin, min_span=DAY)
        elif not (t0 + span * margin <= start and end <= t1 - span * margin):
            centre = (start + end) / 2
            self.set_range(centre - span / 2, centre + span / 2)

    def scroll_towards(self, nearest: float, farthest: float, margin: float = 0.08) -> None:
        """Pan, keeping the zoom, to times beyond one edge, from `nearest` (the one closest to the shown
        range) to `farthest`: all of them, centred, when they fit; else from the nearest on, it
        `margin` (a fraction of the span) inside the edge they come in from."""
        t0, t1 = self._shown
        span = t1 - t0
        lo, hi = sorted((nearest, farthest))
        if hi - lo <= span * (1 - 2 * margin):
            centre = (lo + hi) / 2
            self.set_range(centre - span / 2, centre + span / 2)
        elif nearest > t1:
            self.set_range(nearest - span * margin, nearest + span * (1 - margin))
        else:
            self.set_range(nearest - span * (1 - margin), nearest + span * margin)

    def shows(self, t0: float, t1: float) -> bool:
        """Whether [t0, t1] lies wholly in the shown range."""
        return self._shown[0] <= t0 and t1 <= self._shown[1]


def _widened(lo: float, hi: float, min_span: float) -> tuple[float, float]:
    """[lo, hi], widened about its centre to `min_span` when it is shorter."""
    if hi - lo < min_span:
        centre = (lo + hi) / 2
        return centre - min_span / 2, centre + min_span / 2
    return lo, hi


def _showable(t0: float, t1: float, limits: tuple[float, float]) -> tuple[float, float]:
    """[t0, t1] with its span clamped about its centre and moved inside `limits`."""
    lo, hi = (t0, t1) if t0 <= t1 else (t1, t0)
    start, end = limits
    span = min(max(hi - lo, MIN_SPAN), MAX_SPAN, end - start)
    centre = (lo + hi) / 2
    lo = centre - span / 2
    lo = min(max(lo, start), end - span)
    return (lo, lo + span)
