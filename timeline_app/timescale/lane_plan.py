"""What to draw in one lane for one view: markers, bands, labels and badges, or count bars when dense."""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from timeline_app.timescale.event_index import EventIndex, LaneWindow, OffscreenRun
from timeline_app.timescale.label_layout import (
    LabelItem,
    LabelLayout,
    LabelLayoutSettings,
    cluster_badges,
    layout_labels,
    wrap_in_two,
)
from timeline_app.timescale.viewport import Viewport

INDIVIDUAL_LIMIT = 200
BIN_PX = 3.0
BADGE_PADDING = 10.0
_EDGE_PAD = 3.0
_EDGE_GAP = 6.0
_MAX_LABEL_LINES = 6
# Up to this many titles left out or cut short are laid out again with the badge line for labels too.
_RETRY_HIDDEN = 3


@dataclass(frozen=True, slots=True)
class LaneGeometry:
    """Where a lane lies in the widget, and the size of its lines of text and its glyphs."""

    top: float
    height: float
    plot_left: float
    plot_right: float
    line_height: float
    glyph_radius: float

    @property
    def bottom(self) -> float:
        """The y just below the lane."""
        return self.top + self.height

    @property
    def line_count(self) -> int:
        """How many lines of text fit in the lane."""
        return max(int((self.height - 2 * _EDGE_PAD) // self.line_height), 0)

    @property
    def label_lines(self) -> int:
        """Lines for event labels: line 0 beside the glyphs, then below; the last line is kept for badges."""
        total = self.line_count
        if total < 2:
            return total
        return min(total - 1, _MAX_LABEL_LINES)

    @property
    def badge_line(self) -> int | None:
        """The line for '+N' badges and counts (the lane's last), if the lane has room for one."""
        return self.line_count - 1 if self.line_count >= 2 else None

    def line_y(self, line: int) -> float:
        """The y of the middle of a line of text."""
        return self.top + _EDGE_PAD + self.line_height * (line + 0.5)

    @property
    def marker_y(self) -> float:
        """The y of the glyphs' centres."""
        return self.line_y(0)


@dataclass(frozen=True, slots=True)
class Marker:
    """An event drawn individually: its glyph's centre."""

    row: int
    x: float
    y: float


@dataclass(frozen=True, slots=True)
class Band:
    """The period of an event drawn individually, from x0 to x1 on the glyphs' line."""

    row: int
    x0: float
    x1: float
    y: float


@dataclass(frozen=True, slots=True)
class Bar:
    """Events counted together in one column of pixels instead of drawn one by one."""

    x0: float
    x1: float
    count: int
    t0: float
    t1: float


@dataclass(frozen=True, slots=True)
class BarSeries:
    """The count bars of a lane, as columns of `column_px` pixels from `plot_left` (column k covers
    [t0 + k * column_time, t0 + (k + 1) * column_time]); kept as lists, not one object per bar."""

    plot_left: float
    column_px: float
    t0: float
    column_time: float
    columns: Sequence[int] = ()
    counts: Sequence[int] = ()

    def __len__(self) -> int:
        return len(self.columns)

    @property
    def total(self) -> int:
        """How many events the bars count."""
        return sum(self.counts)

    @property
    def biggest(self) -> int:
        """The largest count of one bar (1 when there is none)."""
        return max(self.counts, default=1)

    def height_fractions(self) -> list[float]:
        """Each bar's height as a fraction of the tallest possible (log scale)."""
        scale = math.log1p(self.biggest)
        return [math.log1p(count) / scale for count in self.counts]

    def bar(self, position: int) -> Bar:
        """The bar at `position` in the series."""
        column = self.columns[position]
        return Bar(
            self.plot_left + column * self.column_px,
            self.plot_left + (column + 1) * self.column_px,
            self.counts[position],
            self.t0 + column * self.column_time,
            self.t0 + (column + 1) * self.column_time,
        )

    def bar_at(self, x: float) -> Bar | None:
        """The bar under x (one pixel of slack), if any."""
        if not self.columns or self.column_px <= 0:
            return None
        for probe in (x, x - 1, x + 1):
            column = math.floor((probe - self.plot_left) / self.column_px)
            position = bisect_left(self.columns, column)
            if position < len(self.columns) and self.columns[position] == column:
                return self.bar(position)
        return None


@dataclass(frozen=True, slots=True)
class EventLabel:
    """An event's title placed at `left` (middle at `y`), `width` wide (`elided` if cut to fit), on
    `rows` lines (2 when wrapped) from `line` down.

    When `leader` it hangs below its glyph at `anchor`, joined to it by a line; when `flipped` it
    ends left of its glyph instead of starting right of it.
    """

    row: int
    anchor: float
    left: float
    width: float
    y: float
    line: int
    elided: bool
    flipped: bool = False
    rows: int = 1

    @property
    def leader(self) -> bool:
        """Whether a line joins the label to its glyph."""
        return self.line > 0


@dataclass(frozen=True, slots=True)
class Badge:
    """A count drawn in the badge line ('+4' unlabelled events, or '1,204' events in a period);
    clicking it zooms to [t0, t1]."""

    left: float
    width: float
    y: float
    text: str
    count: int
    t0: float
    t1: float


@dataclass(frozen=True, slots=True)
class EdgeBadge:
    """How many of the lane's events lie beyond one edge of the view ('◂ 3' at the left end of the
    badge line, '2 ▸' at the right end); `nearest` is the edge of the closest of them, to scroll to."""

    badge: Badge
    later: bool
    nearest: float


@dataclass(frozen=True, slots=True)
class LanePlan:
    """Everything one lane draws, and how many events it drew one by one or counted in bars."""

    lane: int
    geometry: LaneGeometry
    markers: tuple[Marker, ...]
    bands: tuple[Band, ...]
    bars: BarSeries
    labels: tuple[EventLabel, ...]
    badges: tuple[Badge, ...]
    visible: int
    edges: tuple[EdgeBadge, ...] = ()

    @property
    def drawn(self) -> int:
        """Events drawn one by one."""
        return len(self.markers)

    @property
    def aggregated(self) -> int:
        """Events counted in bars."""
        return self.bars.total


def plan_lane(
    index: EventIndex,
    lane: int,
    viewport: Viewport,
    geometry: LaneGeometry,
    measure: Callable[[str], float],
    *,
    selected_row: int | None = None,
    period_edges: Sequence[float] = (),
    individual_limit: int = INDIVIDUAL_LIMIT,
) -> LanePlan:
    """Plan `lane` for the shown range of `viewport`, drawn into `geometry`.

    Up to `individual_limit` visible events are drawn one by one, with labels stacked
    in lines and '+N' badges for the labels that do not fit. Past that, events are
    counted per column of `BIN_PX` pixels: an event alone in its column with no other
    within a glyph's width is drawn (so is the selected one), every other column draws
    a bar, and the badge line shows the count of each period between `period_edges`
    (the axis' minor ticks) when it fits. O(width * log n) per lane.
    """
    t0, t1 = viewport.shown_range
    window = index.window(t0, t1, lane)
    visible = window.count
    if visible <= individual_limit:
        rows = window.rows()
        bars = BarSeries(geometry.plot_left, BIN_PX, t0, 0.0)
        badges_from_periods = False
    else:
        rows, bars = _bin_columns(index, window, geometry, selected_row)
        badges_from_periods = True
    markers, bands = _markers(index, rows, viewport, geometry)
    band_ends = {band.row: band.x1 for band in bands}
    items = [LabelItem(marker.row, marker.x, band_ends.get(marker.row, -math.inf)) for marker in markers]
    glyph_xs = sorted(marker.x for marker in markers)
    earlier, later = index.earlier(t0, lane), index.later(t1, lane)

    def lay_out(lines: int, taken: Sequence[tuple[int, float, float]] = ()) -> LabelLayout:
        settings = LabelLayoutSettings(
            lines=lines,
            glyph_radius=geometry.glyph_radius,
            plot_left=geometry.plot_left,
            plot_right=geometry.plot_right,
        )
        return layout_labels(items, title_width, settings, glyph_xs, selected_row, wrap_width_of, taken)

    def title_width(row: int) -> float:
        return measure(index.title(row))

    def wrap_width_of(row: int) -> float | None:
        wrapped = wrap_in_two(index.title(row), measure)
        return wrapped[2] if wrapped is not None else None

    badge_line = geometry.badge_line
    edges: tuple[EdgeBadge, ...] = ()
    if badge_line is not None:
        edges = _edge_badges(earlier, later, geometry, measure, geometry.line_y(badge_line))
    layout = lay_out(geometry.label_lines)
    if 0 < _cut(layout) <= _RETRY_HIDDEN and not badges_from_periods and badge_line is not None:
        # A few titles left out or cut short: they may take the badge line (and every line below the
        # usual few) when that leaves none out, so that no '+N' needs the line.
        taken = [
            (badge_line, edge.badge.left - _EDGE_GAP, edge.badge.left + edge.badge.width + _EDGE_GAP)
            for edge in edges
        ]
        every_line = lay_out(geometry.line_count, taken)
        if not every_line.hidden and _cut(every_line) < _cut(layout):
            layout = every_line
    half_line = geometry.line_height / 2
    labels = tuple(
        EventLabel(
            p.key,
            p.anchor,
            p.left,
            p.width,
            geometry.line_y(p.line) + (p.rows - 1) * half_line,
            p.line,
            p.elided,
            p.flipped,
            p.rows,
        )
        for p in layout.placed
    )
    badges: tuple[Badge, ...] = ()
    if badge_line is not None:
        y = geometry.line_y(badge_line)
        inner = (
            max(
                (e.badge.left + e.badge.width + _EDGE_GAP for e in edges if not e.later),
                default=geometry.plot_left,
            ),
            min((e.badge.left - _EDGE_GAP for e in edges if e.later), default=geometry.plot_right),
        )
        if badges_from_periods:
            badges = _period_badges(index, window, viewport, geometry, period_edges, measure, y)
            badges = tuple(b for b in badges if inner[0] <= b.left and b.left + b.width <= inner[1])
        else:
            badges = _hidden_badges(index, layout.hidden, geometry, measure, y, inner)
    return LanePlan(lane, geometry, markers, bands, bars, labels, badges, visible, edges)


def _cut(layout: LabelLayout) -> int:
    """How many titles a layout leaves out or cuts short."""
    return len(layout.hidden) + sum(label.elided for label in layout.placed)


def _edge_badges(
    earlier: OffscreenRun | None,
    later: OffscreenRun | None,
    geometry: LaneGeometry,
    measure: Callable[[str], float],
    y: float,
) -> tuple[EdgeBadge, ...]:
    """Counts of the events beyond the left and right edges, at the ends of the badge line."""
    edges: list[EdgeBadge] = []
    if earlier is not None:
        text = f"\u25c2 {earlier.count:,}"
        width = measure(text) + BADGE_PADDING
        badge = Badge(
            geometry.plot_left + 2, width, y, text, earlier.count, earlier.first_start, earlier.last_start
        )
        edges.append(EdgeBadge(badge, False, earlier.nearest))
    if later is not None:
        text = f"{later.count:,} \u25b8"
        width = measure(text) + BADGE_PADDING
        left = geometry.plot_right - 2 - width
        if edges and left < edges[0].badge.left + edges[0].badge.width + _EDGE_GAP:
            return tuple(edges)
        badge = Badge(left, width, y, text, later.count, later.first_start, later.last_start)
        edges.append(EdgeBadge(badge, True, later.nearest))
    return tuple(edges)


def _markers(
    index: EventIndex, rows: Sequence[int], viewport: Viewport, geometry: LaneGeometry
) -> tuple[tuple[Marker, ...], tuple[Band, ...]]:
    """A glyph for each row (at its start, pinned to the left edge for periods begun earlier) and
    a band for each period."""
    markers: list[Marker] = []
    bands: list[Band] = []
    y = geometry.marker_y
    left, right = geometry.plot_left, geometry.plot_right
    for row in rows:
        x0 = left + viewport.time_to_x(index.start(row))
        if index.is_period(row):
            x1 = left + viewport.time_to_x(index.end(row))
            bands.append(Band(row, max(x0, left - 1), min(max(x1, x0 + 1), right + 1), y))
            x0 = max(x0, left + geometry.glyph_radius)
        markers.append(Marker(row, x0, y))
    return tuple(markers), tuple(bands)


def _bin_columns(
    index: EventIndex,
    window: LaneWindow,
    geometry: LaneGeometry,
    selected_row: int | None,
) -> tuple[list[int], BarSeries]:
    """Rows to draw one by one (alone in their column, or selected) and bars for the other columns."""
    t0, t1 = window.t0, window.t1
    width = geometry.plot_right - geometry.plot_left
    columns = max(math.ceil(width / BIN_PX), 1)
    bounds = index.column_bounds(window, columns)
    counts = window.column_counts(bounds)
    alone: list[int] = []
    if selected_row is not None:
        if window.is_carried(selected_row):
            column: int | None = 0
        elif bounds[0] <= selected_row < bounds[-1]:
            column = bisect_right(bounds, selected_row) - 1
        else:
            column = None
        if column is not None:
            alone.append(selected_row)
            counts[column] -= 1
    # A lone event is drawn by itself only when no other event is drawn within a glyph's width.
    reach = max(math.ceil(2 * geometry.glyph_radius / (width / columns)), 1)
    occupied = [count > 0 for count in counts]
    bar_columns: list[int] = []
    bar_counts: list[int] = []
    for column, count in enumerate(counts):
        if (
            count == 1
            and not any(occupied[max(column - reach, 0) : column])
            and not any(occupied[column + 1 : column + 1 + reach])
        ):
            members = range(bounds[column], bounds[column + 1])
            extra = window.carried if column == 0 and window.carried_count else ()
            alone.extend(row for row in (*extra, *members) if row != selected_row)
        elif count > 0:
            bar_columns.append(column)
            bar_counts.append(count)
    alone.sort(key=index.start)
    series = BarSeries(geometry.plot_left, width / columns, t0, (t1 - t0) / columns, bar_columns, bar_counts)
    return alone, series


def _hidden_badges(
    index: EventIndex,
    hidden: Sequence[LabelItem],
    geometry: LaneGeometry,
    measure: Callable[[str], float],
    y: float,
    inner: tuple[float, float],
) -> tuple[Badge, ...]:
    """'+N' badges under the events whose labels did not fit, between `inner` (left, right)."""
    clusters = cluster_badges(
        [(item.anchor - geometry.glyph_radius, 1, item.key) for item in hidden],
        lambda text: measure(text) + BADGE_PADDING,
        *inner,
    )
    return tuple(
        Badge(
            cluster.left,
            cluster.width,
            y,
            cluster.text,
            cluster.count,
            min(index.start(row) for row in cluster.keys),
            max(index.end(row) for row in cluster.keys),
        )
        for cluster in clusters
    )


def _period_badges(
    index: EventIndex,
    window: LaneWindow,
    viewport: Viewport,
    geometry: LaneGeometry,
    period_edges: Sequence[float],
    measure: Callable[[str], float],
    y: float,
) -> tuple[Badge, ...]:
    """The count of events in each period between `period_edges`, centred in the period when it fits."""
    t0, t1 = window.t0, window.t1
    edges = [t0, *(edge for edge in period_edges if t0 < edge < t1), t1]
    inside = window.inside
    bounds = [index.first_row_from(edge, inside) for edge in edges[:-1]] + [inside.stop]
    carried = window.carried_count
    badges: list[Badge] = []
    for number, (a, b) in enumerate(pairwise(edges)):
        count = bounds[number + 1] - bounds[number] + (carried if number == 0 else 0)
        if count == 0:
            continue
        text = f"{count:,}"
        width = measure(text) + BADGE_PADDING
        x0 = geometry.plot_left + viewport.time_to_x(a)
        x1 = geometry.plot_left + viewport.time_to_x(b)
        if width + 4 > x1 - x0:
            continue
        badges.append(Badge((x0 + x1 - width) / 2, width, y, text, count, a, b))
    return tuple(badges)
