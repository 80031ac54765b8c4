"""The timeline canvas: a custom-drawn, zoomable, pannable view of events in one lane per kind."""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Collection, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from timeline_app.model.events import Event, Kind
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.focus import focus_range
from timeline_app.timescale.time_units import DAY, day_start
from timeline_app.timescale.viewport import Viewport
from timeline_app.ui.canvas_frame import (
    CanvasFonts,
    CanvasFrame,
    RenderStats,
    ZoomTarget,
    build_frame,
    plot_span,
)
from timeline_app.ui.canvas_gestures import CanvasGestures
from timeline_app.ui.canvas_painter import CanvasPainter, PaintState
from timeline_app.ui.canvas_tooltips import event_tooltip, target_tooltip

__all__ = ["RenderStats", "TimelineCanvas"]

_KEY_ZOOM = 0.5
_FIT_MARGIN = 0.03
_LABEL_ROOM_SHARE = 0.3
# Room for a glyph and the space before its label.
_GLYPH_ROOM = 16.0
_REVEAL_SPAN = DAY
_TEXT_GAP = 8.0
# A fixed first view until events arrive (there is no hidden "now").
_DEFAULT_RANGE = (day_start(dt.date(2025, 1, 1)), day_start(dt.date(2026, 1, 1)))


class TimelineCanvas(QWidget):
    """Events on a time axis, one lane per kind, drawn from a time-sorted index (only what is visible).

    Wheel zooms about the cursor, Shift+wheel or a horizontal wheel pans, left-drag pans,
    Shift+drag zooms to the dragged range, double-click zooms in (or activates an event).
    Keys: + - = (and with Ctrl) zoom, Left/Right previous/next event, Home/End first/last,
    Ctrl+0 fit all, Enter activates the selection, Escape clears it.
    """

    selection_changed = Signal(str)
    event_activated = Signal(str)
    visible_range_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Timeline")
        self._index = EventIndex.empty()
        self._counts: dict[Kind, int] = self._index.lane_counts()
        self._viewport = Viewport(*_DEFAULT_RANGE, self._plot_width())
        self._fitted = False
        # The fit to redo when the width changes, until the user moves the view.
        self._refit: Callable[[], None] | None = None
        self._selected_id: str | None = None
        self._selected_row: int | None = None
        self._hovered_row: int | None = None
        self._matching: frozenset[str] | None = None
        self._hidden: frozenset[Kind] = frozenset()
        self._frame: CanvasFrame | None = None
        self._painter = CanvasPainter()
        self._stats = RenderStats()
        self._fonts = CanvasFonts(self.font())
        self._gestures = CanvasGestures(self)

    # Data

    def set_events(self, events: Sequence[Event]) -> None:
        """Show `events`; keeps the selection (by id) and the visible range; the first time, shows
        where most of them are (`fit_focus`)."""
        self.set_index(EventIndex.from_events(events))

    def set_index(self, index: EventIndex) -> None:
        """Show the events of a prebuilt index, as `set_events` does."""
        self._index = index
        self._counts = index.lane_counts()
        extent = index.extent(range(len(Kind)))
        self._change_range(lambda: self._viewport.set_limits(extent, keep_shown=self._fitted))
        self._hovered_row = None
        self._selected_row = index.row_of(self._selected_id) if self._selected_id else None
        lost_selection = self._selected_id is not None and self._selected_row is None
        if lost_selection:
            self._selected_id = None
        self._invalidate()
        if not self._fitted and len(index) > 0:
            self._fitted = True
            self.fit_focus()
        if lost_selection:
            self.selection_changed.emit("")

    def index(self) -> EventIndex:
        """The index being shown."""
        return self._index

    # Selection

    def select(self, event_id: str | None, ensure_visible: bool = True) -> None:
        """Select the event with this id (None or an unknown id: nothing); scroll it into view if asked."""
        row = self._index.row_of(event_id) if event_id else None
        new_id = self._index.event_id(row) if row is not None else None
        changed = new_id != self._selected_id
        self._selected_id, self._selected_row = new_id, row
        self._invalidate()
        if row is not None and ensure_visible:
            self._bring_into_view(row)
        if changed:
            self.selection_changed.emit(new_id or "")

    def selected_id(self) -> str | None:
        """The id of the selected event, if any."""
        return self._selected_id

    def select_next(self) -> None:
        """Select the next event in date order among the shown kinds (the first if none is selected)."""
        self._select_row(self._index.next_row(self._selected_row, self._shown_lanes()))

    def select_previous(self) -> None:
        """Select the previous event in date order among the shown kinds (the last if none is selected)."""
        self._select_row(self._index.previous_row(self._selected_row, self._shown_lanes()))

    def select_first(self) -> None:
        """Select the first event among the shown kinds."""
        self._select_row(self._index.next_row(None, self._shown_lanes()))

    def select_last(self) -> None:
        """Select the last event among the shown kinds."""
        self._select_row(self._index.previous_row(None, self._shown_lanes()))

    # Filters

    def set_dimmed(self, matching_ids: Collection[str] | None) -> None:
        """Dim every event not in `matching_ids` (None: dim nothing)."""
        self._matching = None if matching_ids is None else frozenset(matching_ids)
        self.update()

    def bring_matches_into_view(self) -> None:
        """When the search matches events of the shown kinds and none of them is in view, pan (or zoom
        out) to show them."""
        if not self._matching:
            return
        index = self._index
        hidden = self._hidden
        t0, t1 = self._viewport.shown_range
        lo, hi = math.inf, -math.inf
        for row in map(index.row_of, self._matching):
            if row is None or index.kind(row) in hidden:
                continue
            start, end = index.start(row), index.end(row)
            if start <= t1 and end >= t0:
                return
            lo, hi = min(lo, start), max(hi, end)
        if lo <= hi:
            self._change_range(lambda: self._viewport.bring_into_view(lo, hi))

    def is_dimmed(self, event_id: str) -> bool:
        """Whether the event is drawn faded because the search does not match it."""
        return self._matching is not None and event_id not in self._matching

    def set_hidden_kinds(self, kinds: Collection[Kind]) -> None:
        """Hide the lanes of `kinds` (the others share the height)."""
        hidden = frozenset(kinds)
        if hidden != self._hidden:
            self._hidden = hidden
            self._invalidate()

    def hidden_kinds(self) -> frozenset[Kind]:
        """The kinds whose lanes are hidden."""
        return self._hidden

    # Range

    def fit_all(self) -> None:
        """Show every event of the shown kinds (all kinds if every one is hidden)."""
        extent = self._index.extent(self._shown_lanes()) or self._index.extent(range(len(Kind)))
        if extent is None:
            return
        self._fit_with_label_room(*extent, self.fit_all)

    def fit_focus(self) -> None:
        """Show the stretch where most events of the shown kinds are (all of them when they are spread
        evenly); counts at the lane ends tell how many lie beyond."""
        lanes = self._shown_lanes() if self._index.extent(self._shown_lanes()) else range(len(Kind))
        focus = focus_range(self._index, lanes)
        if focus is None:
            return
        self._fit_with_label_room(*focus, self.fit_focus)

    def zoom_about(self, t: float, factor: float) -> None:
        """Multiply the span shown by `factor` (< 1 zooms in), keeping time `t` where it is."""
        self._change_range(lambda: self._viewport.zoom_about(t, factor))

    def pan_by_pixels(self, dx: float) -> None:
        """Move the content right by dx pixels (earlier times come into view when dx > 0)."""
        self._change_range(lambda: self._viewport.pan_by_pixels(dx))

    def zoom_in(self) -> None:
        """Halve the span shown, about the selected event when it is in view, else about the centre."""
        self._zoom_about_focus(_KEY_ZOOM)

    def zoom_out(self) -> None:
        """Double the span shown, about the selected event when it is in view, else about the centre."""
        self._zoom_about_focus(1 / _KEY_ZOOM)

    def visible_range(self) -> tuple[float, float]:
        """The shown range, in seconds since 1970-01-01 UTC."""
        return self._viewport.shown_range

    def set_visible_range(self, t0: float, t1: float) -> None:
        """Ask to show [t0, t1] (clamped to between one hour and 500 years across)."""
        self._change_range(lambda: self._viewport.set_range(t0, t1))

    def asked_range(self) -> tuple[float, float]:
        """The range last asked for (the shown range is this, made showable)."""
        return self._viewport.asked_range

    # Queries (clicks, tests, other views)

    def plot_span(self) -> tuple[float, float]:
        """The (left, right) widget x of the plot (the lane names sit left of it)."""
        return plot_span(float(self.width()))

    def time_at(self, x: float) -> float:
        """The time at widget x (x is kept inside the plot)."""
        left, right = self.plot_span()
        return self._viewport.x_to_time(min(max(x, left), right) - left)

    def x_at(self, t: float) -> float:
        """The widget x of time t (may lie outside the plot)."""
        return self.plot_span()[0] + self._viewport.time_to_x(t)

    def event_at(self, pos: QPoint) -> str | None:
        """The id of the event drawn under `pos` (glyph, label or band), if any."""
        row = self._current_frame().event_at(QPointF(pos))
        return self._index.event_id(row) if row is not None else None

    def marker_position(self, event_id: str) -> QPoint | None:
        """The centre of the event's glyph, if it is drawn one by one."""
        row = self._index.row_of(event_id)
        if row is None:
            return None
        point = self._current_frame().marker_of(row)
        return point.toPoint() if point is not None else None

    def shows_clearly(self, event_id: str) -> bool:
        """Whether the event is drawn with its title in view (not counted in a '+N' badge or a bar)."""
        row = self._index.row_of(event_id)
        return row is not None and self._current_frame().shows_clearly(row)

    def render_stats(self) -> RenderStats:
        """What the last paint drew: events one by one, events in bars, its time, text rectangles."""
        return self._stats

    def write_svg(self, path: Path, title: str, description: str) -> bool:
        """Draw the canvas as it is to an SVG file, its text as text the size it is on screen; False
        when the file cannot be written."""
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.size())
        generator.setViewBox(QRect(0, 0, self.width(), self.height()))
        # At the screen's resolution a font of n points is as many user units high as pixels on screen.
        generator.setResolution(self.logicalDpiX())
        generator.setTitle(title)
        generator.setDescription(description)
        painter = QPainter(generator)
        self.render(painter, QPoint())
        return painter.end()

    # Acting on a place (clicks, double-clicks, hover, Enter)

    def click_at(self, position: QPointF) -> None:
        """Select the event at `position`, zoom into the badge or bar there, scroll to the events
        counted beyond an edge, or (on nothing) clear the selection."""
        frame = self._current_frame()
        row = frame.event_at(position)
        if row is not None:
            self.select(self._index.event_id(row), ensure_visible=False)
            return
        target = frame.zoom_target_at(position)
        if target is not None and target.edge is not None:
            edge = target.edge
            farthest = target.t1 if edge.later else target.t0
            self._change_range(lambda: self._viewport.scroll_towards(edge.nearest, farthest))
        elif target is not None:
            self._zoom_to(target)
        else:
            self.select(None)

    def activate_at(self, position: QPointF) -> bool:
        """Select and activate the event at `position`; False when there is none."""
        row = self._current_frame().event_at(position)
        if row is None:
            return False
        event_id = self._index.event_id(row)
        self.select(event_id, ensure_visible=False)
        self.event_activated.emit(event_id)
        return True

    def activate_selected(self) -> None:
        """Activate the selected event, if any (Enter)."""
        if self._selected_id is not None:
            self.event_activated.emit(self._selected_id)

    def hover_at(self, position: QPointF) -> None:
        """Track the event under the cursor (ring and pointing hand)."""
        frame = self._current_frame()
        row = frame.event_at(position)
        clickable = row is not None or frame.zoom_target_at(position) is not None
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.unsetCursor()
        if row != self._hovered_row:
            self._hovered_row = row
            self.update()

    def tooltip_text(self, pos: QPoint) -> str | None:
        """The tooltip at `pos`: an event's title, date and sources, or what a badge or bar counts."""
        frame = self._current_frame()
        row = frame.event_at(QPointF(pos))
        if row is not None:
            return event_tooltip(self._index, row)
        target = frame.zoom_target_at(QPointF(pos))
        if target is not None:
            return target_tooltip(target)
        return None

    # Qt overrides

    def sizeHint(self) -> QSize:
        """Room for four lanes of labels."""
        return QSize(900, 420)

    def minimumSizeHint(self) -> QSize:
        """Still usable in a small window."""
        return QSize(320, 200)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the cached static layer, then the visible events."""
        started = time.perf_counter()
        frame = self._current_frame()
        painter = QPainter(self)
        message = None
        if len(self._index) == 0:
            message = "No events to show"
        elif not frame.kinds:
            message = "Every kind is hidden: tick one in the legend"
        state = PaintState(
            selected_row=self._selected_row,
            hovered_row=self._hovered_row,
            matching_ids=self._matching,
            focused=self.hasFocus(),
            rubber_band=self._gestures.rubber_band(),
            message=message,
        )
        self._painter.paint(painter, self, frame, self._fonts, self._index, self._counts, state)
        painter.end()
        self._stats = RenderStats(frame, (time.perf_counter() - started) * 1000)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the asked range across the new width (or fit again, when the view is as fitted)."""
        self._viewport.set_width(self._plot_width())
        self._invalidate()
        if self._refit is not None:
            self._refit()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in a new palette or font."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            if self.font().key() != self._fonts.key:
                self._fonts = CanvasFonts(self.font())
            self._invalidate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        """Show tooltips for events, badges and bars."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_text(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the focus frame."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the focus frame."""
        self.update()
        super().focusOutEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """Zoom about the cursor; pan with a horizontal wheel or Shift+wheel."""
        self._gestures.wheel(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Start a click, a drag (pan) or, with Shift, a rubber band (zoom to range)."""
        if not self._gestures.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Pan while dragging, grow the rubber band, or track what is under the cursor."""
        self._gestures.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Finish: zoom to the rubber band, end the pan, or act on the click."""
        if not self._gestures.release(event):
            super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """On an event: select and activate it; elsewhere: zoom in about the cursor."""
        if not self._gestures.double_click(event):
            super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        """Forget the hovered event."""
        if self._hovered_row is not None:
            self._hovered_row = None
            self.update()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Zoom, walk the events, fit, activate (see `CanvasGestures.key`)."""
        if not self._gestures.key(event):
            super().keyPressEvent(event)

    # Internals

    def _current_frame(self) -> CanvasFrame:
        """The layout of the current state, computed once per change."""
        if self._frame is None:
            self._frame = build_frame(
                self._index,
                self._viewport,
                self.width(),
                self.height(),
                self._fonts.frame_metrics(),
                self._hidden,
                self._fonts.label_width,
                self._fonts.label_width,
                self._selected_row,
            )
        return self._frame

    def _invalidate(self) -> None:
        """Lay out again before the next paint or query."""
        self._frame = None
        self.update()

    def _change_range(self, change: Callable[[], object], refit: Callable[[], None] | None = None) -> None:
        """Run `change` on the viewport; repaint and tell listeners if the shown range moved. `refit`
        is what to run again on a resize (None: keep the asked range)."""
        before = self._viewport.shown_range
        change()
        if refit is not None or self._viewport.shown_range != before:
            self._refit = refit
        if self._viewport.shown_range != before:
            self._invalidate()
            self.visible_range_changed.emit()

    def _fit_with_label_room(self, start: float, end: float, refit: Callable[[], None]) -> None:
        """Show [start, end]; when that cuts short or hides the title of a lane's last event, leave
        room for it on the right (up to a share of the width). `refit` fits again on a resize."""
        self._change_range(lambda: self._viewport.fit_with_room(start, end, 0.0, _FIT_MARGIN), refit)
        room = 0.0
        frame = self._current_frame()
        for lane in frame.lanes:
            if not lane.markers:
                continue
            last = max(lane.markers, key=lambda marker: marker.x)
            label = frame.label_for(last.row)
            if label is None or label.elided:
                room = max(room, self._fonts.label_width(self._index.title(last.row)) + _GLYPH_ROOM)
        if room > 0:
            room = min(room, self._viewport.width_px * _LABEL_ROOM_SHARE)
            self._change_range(lambda: self._viewport.fit_with_room(start, end, room, _FIT_MARGIN), refit)

    def _zoom_about_focus(self, factor: float) -> None:
        """Zoom by `factor` about the selected event when it is in view (so that it stays there), else
        about the middle of the shown range."""
        t0, t1 = self._viewport.shown_range
        about = (t0 + t1) / 2
        row = self._selected_row
        if row is not None and self._index.kind(row) not in self._hidden:
            start, end = self._index.start(row), self._index.end(row)
            if start <= t1 and end >= t0:
                about = min(max((start + end) / 2, t0), t1)
        self.zoom_about(about, factor)

    def _plot_width(self) -> float:
        """The width of the plot (the canvas less the lane names and the right margin)."""
        left, right = self.plot_span()
        return right - left

    def _shown_lanes(self) -> list[int]:
        """The lanes of the kinds not hidden."""
        return [kind.order for kind in Kind if kind not in self._hidden]

    def _select_row(self, row: int | None) -> None:
        """Select `row` and bring it into view (nothing happens when there is no such row)."""
        if row is not None:
            self.select(self._index.event_id(row))

    def _bring_into_view(self, row: int) -> None:
        """Pan (or zoom out) so that the row's event lies well inside the shown range, then zoom in
        if it is counted in a '+N' badge or a bar."""
        start, end = self._index.start(row), self._index.end(row)
        self._change_range(lambda: self._viewport.bring_into_view(start, end))
        self._reveal(row)

    def _reveal(self, row: int) -> None:
        """Zoom in about the row's event until it is drawn with its title, clear of count bars
        (down to `_REVEAL_SPAN` across); scroll a little when the right edge cuts its title short."""
        if self._index.kind(row) in self._hidden:
            return
        centre = (self._index.start(row) + self._index.end(row)) / 2
        while not self._current_frame().shows_clearly(row):
            t0, t1 = self._viewport.shown_range
            if (t1 - t0) * _KEY_ZOOM < _REVEAL_SPAN:
                return
            self._change_range(lambda: self._viewport.zoom_about(centre, _KEY_ZOOM))
        frame = self._current_frame()
        label = frame.label_for(row)
        if label is not None and label.elided and label.left + label.width >= frame.plot_right - 2:
            # Cut short by the right edge: scroll just enough for the whole title.
            missing = self._fonts.label_width(self._index.title(row)) - label.width
            self._change_range(lambda: self._viewport.pan_by_pixels(-missing - _TEXT_GAP))

    def _zoom_to(self, target: ZoomTarget) -> None:
        """Show the time a badge or bar covers, with room around it."""
        self._change_range(lambda: self._viewport.fit(target.t0, target.t1, 0.15, min_span=DAY))
