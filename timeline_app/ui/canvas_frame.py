"""One frame of the timeline canvas: where the axis, lanes, markers, labels and badges go, and hit tests."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from timeline_app.model.events import Kind
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.lane_plan import (
    Badge,
    EdgeBadge,
    EventLabel,
    LaneGeometry,
    LanePlan,
    plan_lane,
)
from timeline_app.timescale.ticks import AxisLabels, Ticks, axis_labels, ticks
from timeline_app.timescale.viewport import Viewport

GUTTER_WIDTH = 118.0
RIGHT_PADDING = 12.0
GLYPH_SIZE = 12.0
BAND_HEIGHT = 10.0
HIT_SLOP = 3.0
# At most this many widths are remembered (then all are forgotten at once).
_WIDTH_CACHE_LIMIT = 20_000


@dataclass(frozen=True, slots=True)
class FrameMetrics:
    """Sizes that depend on the widget's fonts, in pixels."""

    line_height: float
    axis_row_height: float


class CanvasFonts:
    """The fonts one base font gives the canvas and their metrics, made once: regular, bold, smaller,
    one per title style. Titles are measured in bold (so that a bold, selected label still fits), and
    their widths remembered."""

    def __init__(self, base: QFont) -> None:
        self.key = base.key()
        self.base = QFont(base)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.small = _scaled_font(base, 0.85)
        self.badge = _scaled_font(base, 0.9)
        self.metrics = QFontMetricsF(self.base)
        self.bold_metrics = QFontMetricsF(self.bold)
        self._titles: dict[tuple[bool, bool, bool], tuple[QFont, QFontMetricsF]] = {}
        self._widths: dict[str, float] = {}

    def frame_metrics(self) -> FrameMetrics:
        """The heights of a line of labels and of a row of the axis."""
        height = self.metrics.height()
        return FrameMetrics(max(height + 3, 16.0), height + 4)

    def label_width(self, text: str) -> float:
        """The width of `text` in bold (a title or an axis label), remembered."""
        width = self._widths.get(text)
        if width is None:
            if len(self._widths) > _WIDTH_CACHE_LIMIT:
                self._widths.clear()
            width = self._widths[text] = self.bold_metrics.horizontalAdvance(text)
        return width

    def title(self, bold: bool, italic: bool, struck: bool) -> tuple[QFont, QFontMetricsF]:
        """The font (and its metrics) of a title: bold when selected, italic when not yet happened,
        struck through when cancelled."""
        style = (bold, italic, struck)
        if style not in self._titles:
            font = QFont(self.base)
            font.setBold(bold)
            font.setItalic(italic)
            font.setStrikeOut(struck)
            self._titles[style] = (font, QFontMetricsF(font))
        return self._titles[style]


@dataclass(frozen=True)
class ZoomTarget:
    """A place that acts when clicked: a badge or a bar zooms in on [t0, t1], where its `count`
    events are; an `edge` badge scrolls to the events beyond that edge (starting from t0 to t1)."""

    t0: float
    t1: float
    count: int
    kind: Kind
    badge: Badge | None = None
    edge: EdgeBadge | None = None


@dataclass(frozen=True)
class CanvasFrame:
    """Everything one paint draws, computed without painting."""

    width: float
    height: float
    plot_left: float
    plot_right: float
    axis_bottom: float
    viewport: Viewport  # a copy, as it was when the frame was laid out
    axis: Ticks
    axis_labels: AxisLabels
    kinds: tuple[Kind, ...]
    lanes: tuple[LanePlan, ...]
    selected_row: int | None = None

    @property
    def t0(self) -> float:
        """The time at the left edge of the plot."""
        return self.viewport.t0

    @property
    def t1(self) -> float:
        """The time at the right edge of the plot."""
        return self.viewport.t1

    def x_of(self, t: float) -> float:
        """The widget x of time `t` (may lie outside the plot)."""
        return self.plot_left + self.viewport.time_to_x(t)

    @property
    def visible(self) -> int:
        """Events of shown kinds overlapping the shown range."""
        return sum(lane.visible for lane in self.lanes)

    @property
    def drawn(self) -> int:
        """Events drawn one by one."""
        return sum(lane.drawn for lane in self.lanes)

    @property
    def aggregated(self) -> int:
        """Events counted in bars."""
        return sum(lane.aggregated for lane in self.lanes)

    def marker_of(self, row: int) -> QPointF | None:
        """The centre of the row's glyph, if it is drawn."""
        for lane in self.lanes:
            for marker in lane.markers:
                if marker.row == row:
                    return QPointF(marker.x, marker.y)
        return None

    def event_at(self, point: QPointF) -> int | None:
        """The row under `point`: its glyph (the nearest), then its label, then its band."""
        x, y = point.x(), point.y()
        if x < self.plot_left - HIT_SLOP or x > self.plot_right + HIT_SLOP:
            return None
        best: tuple[float, int] | None = None
        reach = GLYPH_SIZE / 2 + HIT_SLOP
        for lane in self.lanes:
            if not lane.geometry.top <= y < lane.geometry.bottom:
                continue
            for marker in lane.markers:
                distance = max(abs(marker.x - x), abs(marker.y - y))
                if distance <= reach and (best is None or distance <= best[0]):
                    best = (distance, marker.row)
            if best is not None:
                return best[1]
            for label in lane.labels:
                if (
                    label.left - 2 <= x <= label.left + label.width
                    and abs(label.y - y) <= lane.geometry.line_height * label.rows / 2
                ):
                    return label.row
            for band in lane.bands:
                if band.x0 <= x <= band.x1 and abs(band.y - y) <= BAND_HEIGHT / 2 + 1:
                    return band.row
        return None

    def zoom_target_at(self, point: QPointF) -> ZoomTarget | None:
        """The badge or bar under `point`, if any."""
        x, y = point.x(), point.y()
        for kind, lane in zip(self.kinds, self.lanes):
            geometry = lane.geometry
            if not geometry.top <= y < geometry.bottom:
                continue
            pills: list[tuple[Badge, EdgeBadge | None]] = [(edge.badge, edge) for edge in lane.edges]
            pills.extend((badge, None) for badge in lane.badges)
            for badge, edge in pills:
                if (
                    badge.left <= x <= badge.left + badge.width
                    and abs(badge.y - y) <= geometry.line_height / 2
                ):
                    return ZoomTarget(badge.t0, badge.t1, badge.count, kind, badge=badge, edge=edge)
            top, bottom = bar_extent(geometry)
            if top <= y <= bottom:
                bar = lane.bars.bar_at(x)
                if bar is not None:
                    return ZoomTarget(bar.t0, bar.t1, bar.count, kind)
        return None

    def badge_rects(self) -> list[tuple[QRectF, str]]:
        """Every badge ('+N', a period's count, or a count beyond an edge) with its text."""
        return [
            (badge_rect(lane.geometry, badge), badge.text)
            for lane in self.lanes
            for badge in (*lane.badges, *(edge.badge for edge in lane.edges))
        ]

    def axis_label_rects(self) -> list[QRectF]:
        """Where the axis labels are drawn: the major ones in the top row, the minor ones below."""
        row = self.axis_row_height
        rects = [QRectF(self.plot_left + label.left, 2, label.width, row) for label in self.axis_labels.major]
        rects.extend(
            QRectF(self.plot_left + label.left, 2 + row, label.width, row) for label in self.axis_labels.minor
        )
        return rects

    def text_rects(self) -> list[QRectF]:
        """The rectangle of every text drawn: axis labels, then lane by lane event titles, badges and the
        counts beyond the edges."""
        rects = self.axis_label_rects()
        for lane in self.lanes:
            rects.extend(label_rect(lane.geometry, label) for label in lane.labels)
            rects.extend(badge_rect(lane.geometry, badge) for badge in lane.badges)
            rects.extend(badge_rect(lane.geometry, edge.badge) for edge in lane.edges)
        return rects

    @property
    def axis_row_height(self) -> float:
        """The height of each of the axis' two rows of labels."""
        return (self.axis_bottom - 4) / 2

    def label_for(self, row: int) -> EventLabel | None:
        """The row's label, when it has one."""
        for lane in self.lanes:
            for label in lane.labels:
                if label.row == row:
                    return label
        return None

    def shows_clearly(self, row: int) -> bool:
        """Whether the row's event is drawn with its title, and not amid a lane's count bars."""
        point = self.marker_of(row)
        if point is None or self.label_for(row) is None:
            return False
        reach = GLYPH_SIZE / 2 + HIT_SLOP
        for lane in self.lanes:
            if lane.geometry.top <= point.y() < lane.geometry.bottom:
                bars = lane.bars
                return all(bars.bar_at(point.x() + dx) is None for dx in (-reach, 0.0, reach))
        return True


@dataclass(frozen=True)
class RenderStats:
    """What the last paint did: events drawn one by one, events counted in bars (together the
    visible ones), its time, and the rectangle of every text drawn (worked out when asked)."""

    frame: CanvasFrame | None = None
    paint_ms: float = 0.0

    @property
    def drawn(self) -> int:
        """Events drawn one by one."""
        return self.frame.drawn if self.frame is not None else 0

    @property
    def aggregated(self) -> int:
        """Events counted in bars."""
        return self.frame.aggregated if self.frame is not None else 0

    @property
    def visible(self) -> int:
        """Events of shown kinds overlapping the shown range."""
        return self.frame.visible if self.frame is not None else 0

    @property
    def label_rects(self) -> list[QRectF]:
        """Every text drawn: axis labels, event titles, badges, counts beyond the edges."""
        return self.frame.text_rects() if self.frame is not None else []

    @property
    def badges(self) -> list[tuple[QRectF, str]]:
        """Every badge drawn, with its text."""
        return self.frame.badge_rects() if self.frame is not None else []


def label_rect(geometry: LaneGeometry, label: EventLabel) -> QRectF:
    """Where an event's title is drawn: a box one line high (two when wrapped) about the label's middle."""
    height = geometry.line_height * label.rows
    return QRectF(label.left, label.y - height / 2, label.width, height)


def badge_rect(geometry: LaneGeometry, badge: Badge) -> QRectF:
    """Where a badge is drawn: a pill one line high, less a pixel above and below."""
    height = geometry.line_height - 2
    return QRectF(badge.left, badge.y - height / 2, badge.width, height)


def bar_extent(geometry: LaneGeometry) -> tuple[float, float]:
    """The (top, bottom) y between which a lane's count bars stand (bars rise from the bottom)."""
    top = geometry.marker_y - geometry.glyph_radius
    if geometry.badge_line is not None:
        bottom = geometry.line_y(geometry.badge_line) - geometry.line_height / 2
    else:
        bottom = geometry.bottom - 2
    return top, max(bottom, top + 4)


def build_frame(
    index: EventIndex,
    viewport: Viewport,
    width: float,
    height: float,
    metrics: FrameMetrics,
    hidden_kinds: Collection[Kind],
    label_measure: Callable[[str], float],
    axis_measure: Callable[[str], float],
    selected_row: int | None = None,
) -> CanvasFrame:
    """Lay out a frame of `width` x `height` showing `viewport`'s range (its width must be the plot's)."""
    plot_left, plot_right = plot_span(width)
    t0, t1 = viewport.shown_range
    axis = ticks(t0, t1, plot_right - plot_left, axis_measure)
    labels = axis_labels(axis, t0, t1, plot_right - plot_left, axis_measure)
    axis_bottom = 2 * metrics.axis_row_height + 4
    kinds = tuple(kind for kind in Kind if kind not in hidden_kinds)
    lanes: list[LanePlan] = []
    if kinds:
        lane_height = max(height - axis_bottom - 2, 0) / len(kinds)
        edges = [tick.time for tick in axis.minor]
        for position, kind in enumerate(kinds):
            geometry = LaneGeometry(
                top=axis_bottom + position * lane_height,
                height=lane_height,
                plot_left=plot_left,
                plot_right=plot_right,
                line_height=metrics.line_height,
                glyph_radius=GLYPH_SIZE / 2,
            )
            lanes.append(
                plan_lane(
                    index,
                    kind.order,
                    viewport,
                    geometry,
                    label_measure,
                    selected_row=selected_row,
                    period_edges=edges,
                )
            )
    return CanvasFrame(
        width,
        height,
        plot_left,
        plot_right,
        axis_bottom,
        viewport.copy(),
        axis,
        labels,
        kinds,
        tuple(lanes),
        selected_row,
    )


def plot_span(width: float) -> tuple[float, float]:
    """The (left, right) x of the plot in a canvas `width` wide (the lane names sit left of it)."""
    gutter = GUTTER_WIDTH if width >= 480 else min(GUTTER_WIDTH, width * 0.2)
    return gutter, max(width - RIGHT_PADDING, gutter + 1)


def _scaled_font(font: QFont, factor: float) -> QFont:
    """`font` at `factor` times its size (in points or pixels, whichever it is set in)."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(max(font.pointSizeF() * factor, 6.0))
    elif font.pixelSize() > 0:
        scaled.setPixelSize(max(round(font.pixelSize() * factor), 8))
    return scaled
