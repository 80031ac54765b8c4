"""Paints a frame of the timeline canvas: a cached static layer (axis, lanes, grid), then the events."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPaintEngine,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from timeline_app.model.events import Kind, Status
from timeline_app.timescale.event_flags import end_precision_of, precision_of, status_of
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.label_layout import wrap_in_two
from timeline_app.timescale.lane_plan import Band, LanePlan
from timeline_app.ui.canvas_frame import (
    BAND_HEIGHT,
    GLYPH_SIZE,
    CanvasFonts,
    CanvasFrame,
    badge_rect,
    bar_extent,
    label_rect,
)
from timeline_app.ui.colours import blend, is_dark
from timeline_app.ui.kind_style import KIND_STYLES, draw_glyph, glyph_pixmap
from timeline_app.ui.wording import plural

_DIMMED_OPACITY = 0.22
_VECTOR_ENGINES = (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture)
_GLYPH_MARGIN = 4
# Bars up to this tall are drawn as one image per lane (a byte per pixel of height, while building it).
_MAX_IMAGE_BAR = 255
# Fewer bars than this are cheaper drawn as rectangles.
_MIN_IMAGE_BARS = 64
_BAR_ROWS: dict[int, bytes] = {}
# At most this many pre-drawn texts and badges are kept (then all are forgotten at once).
_STAMP_LIMIT = 4000
_TEXT_MARGIN = 3.0


def _bar_row(least: int) -> bytes:
    """A byte translation table giving 1 for heights of at least `least`, else 0."""
    table = _BAR_ROWS.get(least)
    if table is None:
        table = _BAR_ROWS[least] = bytes(int(height >= least) for height in range(256))
    return table


@dataclass(frozen=True, slots=True)
class _Title:
    """An event's title as drawn: its box, its text (elided to fit) and how it is set."""

    row: int
    rect: QRectF
    text: str
    font: QFont
    flipped: bool


@dataclass(frozen=True, slots=True)
class _BarImage:
    """A lane's count bars drawn as one image, to be scaled into `target`."""

    target: QRectF
    image: QImage


@dataclass(frozen=True)
class PaintState:
    """What the frame does not hold: selection, hover, search dimming, focus, a rubber band, a message."""

    selected_row: int | None = None
    hovered_row: int | None = None
    matching_ids: frozenset[str] | None = None
    focused: bool = False
    rubber_band: tuple[float, float] | None = None
    message: str | None = None


class CanvasPainter:
    """Paints frames onto a widget; keeps the static layer and the glyphs as pixmaps between paints."""

    def __init__(self) -> None:
        self._static_key: tuple[object, ...] | None = None
        self._static: QPixmap | None = None
        self._glyphs: dict[tuple[Kind, bool, bool, float], QPixmap] = {}
        # Text and badges drawn once per look, then copied (see `_text`); how the current paint goes.
        self._stamps: dict[tuple[object, ...], QPixmap] = {}
        self._vector = False
        self._ratio = 1.0
        self._font_keys: dict[int, tuple[QFont, str]] = {}
        self._band_styles: dict[tuple[int, int, bool], tuple[QPen, QColor]] = {}
        # The titles of the last frame painted, per lane: measured and elided once per frame.
        self._titles_of: CanvasFrame | None = None
        self._titles_fonts: CanvasFonts | None = None
        self._titles: list[list[_Title]] = []
        # The count bars of the last frame painted, per (lane, fill, vector): made once per frame.
        self._bars_of: CanvasFrame | None = None
        self._bars: dict[tuple[int, int, bool], list[QRect] | _BarImage] = {}

    def paint(
        self,
        painter: QPainter,
        widget: QWidget,
        frame: CanvasFrame,
        fonts: CanvasFonts,
        index: EventIndex,
        counts: Mapping[Kind, int],
        state: PaintState,
    ) -> None:
        """Paint `frame` in `state`, in `fonts` (the widget's)."""
        palette = widget.palette()
        titles = self._titles_for(frame, index, fonts)
        if frame is not self._bars_of:
            self._bars.clear()
            self._bars_of = frame
        ratio = widget.devicePixelRatioF()
        engine = painter.paintEngine()
        vector = engine is not None and engine.type() in _VECTOR_ENGINES
        self._vector, self._ratio = vector, ratio
        if vector:
            # Exports (SVG, PDF) keep text and shapes as vectors rather than a bitmap.
            painter.fillRect(QRectF(0, 0, frame.width, frame.height), palette.color(QPalette.ColorRole.Base))
            self._paint_static(painter, widget, frame, fonts, counts)
        else:
            painter.drawPixmap(0, 0, self._static_layer(widget, frame, fonts, counts, ratio))
        self._paint_axis(painter, frame, fonts, palette)
        painter.save()
        painter.setClipRect(
            QRectF(frame.plot_left, frame.axis_bottom, frame.plot_right - frame.plot_left + 6, frame.height)
        )
        for kind, lane, lane_titles in zip(frame.kinds, frame.lanes, titles):
            self._paint_lane(painter, fonts, kind, lane, lane_titles, index, state, palette, ratio, vector)
        painter.restore()
        if state.rubber_band is not None:
            self._paint_rubber_band(painter, frame, state.rubber_band, palette)
        if state.message:
            self._paint_message(painter, widget, frame, fonts, state.message)
        if state.focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, frame.width - 2, frame.height - 2))

    def _titles_for(self, frame: CanvasFrame, index: EventIndex, fonts: CanvasFonts) -> list[list[_Title]]:
        """The titles of each lane of `frame`, set in their fonts and elided to their labels' widths;
        worked out once per frame (the selection is part of the frame, the hover is not)."""
        if frame is not self._titles_of or fonts is not self._titles_fonts:
            self._titles = [self._lane_titles(lane, frame.selected_row, index, fonts) for lane in frame.lanes]
            self._titles_of, self._titles_fonts = frame, fonts
        return self._titles

    @staticmethod
    def _lane_titles(
        lane: LanePlan, selected_row: int | None, index: EventIndex, fonts: CanvasFonts
    ) -> list[_Title]:
        titles: list[_Title] = []
        for label in lane.labels:
            status = index.status(label.row)
            bold = label.row == selected_row
            font, metrics = fonts.title(bold, status.is_tentative, status is Status.CANCELLED)
            title = index.title(label.row)
            wrapped = wrap_in_two(title, fonts.label_width) if label.rows > 1 else None
            if wrapped is not None:
                title = f"{wrapped[0]}\n{wrapped[1]}"
            # A whole label is as wide as its title in bold: only bold italic may be wider.
            elif label.elided or (
                bold and status.is_tentative and metrics.horizontalAdvance(title) > label.width
            ):
                title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, label.width)
            titles.append(_Title(label.row, label_rect(lane.geometry, label), title, font, label.flipped))
        return titles

    def _static_layer(
        self,
        widget: QWidget,
        frame: CanvasFrame,
        fonts: CanvasFonts,
        counts: Mapping[Kind, int],
        ratio: float,
    ) -> QPixmap:
        """Background, lanes and lane names: redrawn only when one of them changes (not on a pan or
        a zoom)."""
        key = (
            frame.width,
            frame.height,
            ratio,
            frame.axis_bottom,
            widget.palette().cacheKey(),
            fonts.key,
            frame.kinds,
            tuple(counts.get(kind, 0) for kind in Kind),
        )
        if self._static is None or key != self._static_key:
            size = (max(round(frame.width * ratio), 1), max(round(frame.height * ratio), 1))
            pixmap = self._static
            if pixmap is None or (pixmap.width(), pixmap.height()) != size:
                pixmap = QPixmap(*size)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(widget.palette().color(QPalette.ColorRole.Base))
            painter = QPainter(pixmap)
            self._paint_static(painter, widget, frame, fonts, counts)
            painter.end()
            self._static, self._static_key = pixmap, key
        return self._static

    def _paint_static(
        self,
        painter: QPainter,
        widget: QWidget,
        frame: CanvasFrame,
        fonts: CanvasFonts,
        counts: Mapping[Kind, int],
    ) -> None:
        """Draw lanes, the gutter with lane names and the axis' background."""
        palette = widget.palette()
        dark = is_dark(palette)
        base = palette.color(QPalette.ColorRole.Base)
        stripe = base.lighter(118) if dark else base.darker(104)
        header = base.lighter(135) if dark else base.darker(108)
        for position, lane in enumerate(frame.lanes):
            if position % 2:
                geometry = lane.geometry
                painter.fillRect(QRectF(0, geometry.top, frame.width, geometry.height), stripe)
        painter.fillRect(QRectF(0, 0, frame.width, frame.axis_bottom), header)
        painter.fillRect(QRectF(0, frame.axis_bottom, frame.plot_left, frame.height), header)
        metrics = fonts.metrics
        painter.setPen(QPen(blend(base, palette.color(QPalette.ColorRole.Text), 0.24), 1))
        painter.drawLine(QLineF(0, frame.axis_bottom - 0.5, frame.width, frame.axis_bottom - 0.5))
        painter.drawLine(
            QLineF(frame.plot_left - 0.5, frame.axis_bottom, frame.plot_left - 0.5, frame.height)
        )
        for lane in frame.lanes[1:]:
            painter.drawLine(QLineF(0, lane.geometry.top - 0.5, frame.width, lane.geometry.top - 0.5))
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        for kind, lane in zip(frame.kinds, frame.lanes):
            style = KIND_STYLES[kind]
            geometry = lane.geometry
            y = geometry.marker_y
            draw_glyph(painter, kind, QPointF(14, y), GLYPH_SIZE, colour=style.colour_for(palette))
            painter.setFont(fonts.bold)
            painter.setPen(text)
            name_width = frame.plot_left - 34
            painter.drawText(
                QRectF(26, y - metrics.height() / 2, name_width, metrics.height()),
                Qt.AlignmentFlag.AlignVCenter,
                fonts.bold_metrics.elidedText(style.lane_label, Qt.TextElideMode.ElideRight, name_width),
            )
            if geometry.height >= 2 * metrics.height() + 8:
                painter.setFont(fonts.small)
                painter.setPen(muted)
                painter.drawText(
                    QRectF(26, y + metrics.height() / 2, name_width, metrics.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    plural(counts.get(kind, 0), "event"),
                )

    def _paint_axis(self, painter: QPainter, frame: CanvasFrame, fonts: CanvasFonts, palette: QPalette) -> None:
        """Grid lines and the two rows of the axis' labels, over the static layer."""
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        # Opaque blends: translucent lines across the whole height are slow to draw.
        faint = blend(base, text, 0.085)
        strong = blend(base, text, 0.2)
        top, bottom = frame.axis_bottom, frame.height
        minor_xs = [frame.x_of(tick.time) for tick in frame.axis.minor]
        painter.setPen(QPen(faint, 1))
        painter.drawLines([QLineF(x, top, x, bottom - 0.5) for x in minor_xs])
        painter.setPen(QPen(strong, 1))
        painter.drawLines([QLineF(x, top - 6, x, top - 1) for x in minor_xs])
        major_xs = [frame.x_of(tick.time) for tick in frame.axis.major if tick.time >= frame.t0]
        painter.drawLines([QLineF(x, 2, x, bottom - 0.5) for x in major_xs])
        row = frame.axis_row_height
        middle = Qt.AlignmentFlag.AlignVCenter
        for label in frame.axis_labels.major:
            rect = QRectF(frame.plot_left + label.left, 2, label.width + 4, row)
            self._text(painter, rect, label.text, fonts.bold, text, middle)
        for label in frame.axis_labels.minor:
            rect = QRectF(frame.plot_left + label.left, 2 + row, label.width + 4, row)
            self._text(painter, rect, label.text, fonts.base, text, middle)

    def _paint_lane(
        self,
        painter: QPainter,
        fonts: CanvasFonts,
        kind: Kind,
        lane: LanePlan,
        titles: Sequence[_Title],
        index: EventIndex,
        state: PaintState,
        palette: QPalette,
        ratio: float,
        vector: bool,
    ) -> None:
        """Bars, bands, leaders, glyphs, titles and badges of one lane."""
        colour = KIND_STYLES[kind].colour_for(palette)
        dark = is_dark(palette)
        geometry = lane.geometry
        matching = state.matching_ids

        def dimmed(row: int) -> bool:
            return matching is not None and index.event_id(row) not in matching

        self._paint_bars(painter, lane, colour, palette, vector)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for band, times in self._band_runs(lane.bands, index, colour, dark, state.selected_row, dimmed):
            painter.setOpacity(_DIMMED_OPACITY if dimmed(band.row) else 1.0)
            self._paint_band(
                painter, band, index, colour, dark, band.row == state.selected_row, palette, times
            )
        painter.setOpacity(1.0)
        leader = QColor(colour)
        leader.setAlpha(150)
        for label in lane.labels:
            if label.leader:
                painter.setOpacity(_DIMMED_OPACITY if dimmed(label.row) else 1.0)
                painter.setPen(QPen(leader, 1))
                x = round(label.anchor) + 0.5
                painter.drawLine(QLineF(x, geometry.marker_y + geometry.glyph_radius + 1, x, label.y))
                end = label.left + label.width + 2 if label.flipped else label.left - 2
                painter.drawLine(QLineF(x, label.y, end, label.y))
        painter.setOpacity(1.0)
        opacity = 1.0
        for marker in lane.markers:
            status = index.status(marker.row)
            wanted = _DIMMED_OPACITY if dimmed(marker.row) else 1.0
            if wanted != opacity:
                opacity = wanted
                painter.setOpacity(opacity)
            if vector:
                draw_glyph(
                    painter, kind, QPointF(marker.x, marker.y), GLYPH_SIZE, status.is_tentative, colour
                )
            else:
                pixmap = self._glyph(kind, status.is_tentative, dark, colour, ratio)
                half = pixmap.width() / ratio / 2
                painter.drawPixmap(QPointF(marker.x - half, marker.y - half), pixmap)
            if status is Status.CANCELLED:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
                r = geometry.glyph_radius + 1
                painter.drawLine(QLineF(marker.x - r, marker.y + r, marker.x + r, marker.y - r))
        painter.setOpacity(1.0)
        self._paint_titles(painter, fonts, titles, palette, dimmed)
        self._paint_badges(painter, fonts, lane, colour, palette, ratio, vector)
        for marker in lane.markers:
            if marker.row == state.selected_row:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(
                    QPointF(marker.x, marker.y), geometry.glyph_radius + 4, geometry.glyph_radius + 4
                )
            elif marker.row == state.hovered_row:
                ring = QColor(colour)
                ring.setAlpha(140)
                painter.setPen(QPen(ring, 1.5))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(
                    QPointF(marker.x, marker.y), geometry.glyph_radius + 3, geometry.glyph_radius + 3
                )

    def _paint_bars(
        self, painter: QPainter, lane: LanePlan, colour: QColor, palette: QPalette, vector: bool
    ) -> None:
        """The lane's count bars, rising from its bottom (log scale); made once per frame (hover and
        focus repaints reuse them)."""
        if not lane.bars:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Opaque: translucent fills of many narrow bars are slow to draw.
        fill = blend(palette.color(QPalette.ColorRole.Base), colour, 0.45)
        key = (lane.lane, fill.rgba(), vector)
        bars = self._bars.get(key)
        if bars is None:
            bars = self._bars[key] = _bar_shapes(lane, fill, vector)
        if isinstance(bars, _BarImage):
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(bars.target, bars.image)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRects(bars)

    def _paint_band(
        self,
        painter: QPainter,
        band: Band,
        index: EventIndex,
        colour: QColor,
        dark: bool,
        selected: bool,
        palette: QPalette,
        times: int = 1,
    ) -> None:
        """An event's period: fainter when its dates are only known to a week, month or year,
        dashed when it has not happened yet, outlined in the highlight when selected; `times` such
        bands in one place (unoutlined) are filled once, as dense as they are drawn one over another."""
        pen, fill = self._band_style(index.flags(band.row), colour, dark)
        if times > 1:
            fill = QColor(fill)
            fill.setAlphaF(1 - (1 - fill.alphaF()) ** times)
        painter.setPen(pen)
        painter.setBrush(fill)
        rect = QRectF(band.x0, band.y - BAND_HEIGHT / 2, max(band.x1 - band.x0, 1.0), BAND_HEIGHT)
        painter.drawRoundedRect(rect, 3, 3)
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)

    def _band_runs(
        self,
        bands: Sequence[Band],
        index: EventIndex,
        colour: QColor,
        dark: bool,
        selected_row: int | None,
        dimmed: Callable[[int], bool],
    ) -> list[tuple[Band, int]]:
        """The bands with each run of unoutlined, unselected bands drawn alike in one place (periods
        begun before the view, pinned to its left edge) as its first band and its length."""
        runs: list[tuple[Band, int]] = []
        for band in bands:
            if runs and band.row != selected_row:
                first, times = runs[-1]
                flags = index.flags(band.row)
                if (
                    (band.x0, band.x1, band.y) == (first.x0, first.x1, first.y)
                    and first.row != selected_row
                    and flags == index.flags(first.row)
                    and self._band_style(flags, colour, dark)[0].style() == Qt.PenStyle.NoPen
                    and dimmed(band.row) == dimmed(first.row)
                ):
                    runs[-1] = (first, times + 1)
                    continue
            runs.append((band, 1))
        return runs

    def _band_style(self, flags: int, colour: QColor, dark: bool) -> tuple[QPen, QColor]:
        """The outline and fill of a band, which depend only on its event's flags (made once each)."""
        key = (flags, colour.rgba(), dark)
        style = self._band_styles.get(key)
        if style is None:
            status = status_of(flags)
            precision = precision_of(flags)
            fuzzy = precision.rank > 0 or (end_precision_of(flags) or precision).rank > 0
            fill = QColor(colour)
            fill.setAlpha((80 if dark else 50) if fuzzy else 105)
            edge = QColor(colour)
            edge.setAlpha(150)
            pen = QPen(edge, 1)
            if status.is_tentative:
                pen.setStyle(Qt.PenStyle.DashLine)
                fill.setAlpha(fill.alpha() // 2)
            if not status.is_tentative and fuzzy:
                pen = QPen(Qt.PenStyle.NoPen)
            style = self._band_styles[key] = (pen, fill)
        return style

    def _paint_titles(
        self,
        painter: QPainter,
        fonts: CanvasFonts,
        titles: Sequence[_Title],
        palette: QPalette,
        dimmed: Callable[[int], bool],
    ) -> None:
        """The titles of the lane's events (bold when selected, italic when not yet happened)."""
        colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(colour)
        for title in titles:
            painter.setOpacity(_DIMMED_OPACITY if dimmed(title.row) else 1.0)
            # Widths are measured in bold: a flipped label keeps to its glyph whatever its weight.
            side = Qt.AlignmentFlag.AlignRight if title.flipped else Qt.AlignmentFlag.AlignLeft
            self._text(painter, title.rect, title.text, title.font, colour, Qt.AlignmentFlag.AlignVCenter | side)
        painter.setOpacity(1.0)
        painter.setFont(fonts.base)

    def _text(
        self, painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor, align: Qt.AlignmentFlag
    ) -> None:
        """`text` drawn in `rect` as `drawText` would; onto a bitmap, copied from one drawn once per
        look (drawing text anew costs more than copying its pixels)."""
        if self._vector:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, align, text)
            return
        ratio = self._ratio
        width, height = rect.width(), rect.height()
        key = ("text", text, self._font_key(font), width, height, int(align), colour.rgba(), ratio)
        pixmap = self._stamps.get(key)
        if pixmap is None:
            # A margin either side for the overhang of italics and of the last glyph.
            pixmap = self._stamp(key, width + 2 * _TEXT_MARGIN, height, ratio)
            stamp = QPainter(pixmap)
            stamp.setFont(font)
            stamp.setPen(colour)
            stamp.drawText(QRectF(_TEXT_MARGIN, 0, width, height), align, text)
            stamp.end()
        painter.drawPixmap(QPointF(rect.left() - _TEXT_MARGIN, rect.top()), pixmap)

    def _font_key(self, font: QFont) -> str:
        """`font.key()`, asked once per font object (it is slow to ask)."""
        known = self._font_keys.get(id(font))
        if known is None or known[0] is not font:
            known = self._font_keys[id(font)] = (font, font.key())
        return known[1]

    def _stamp(self, key: tuple[object, ...], width: float, height: float, ratio: float) -> QPixmap:
        """A new transparent pixmap of `width` x `height` (device independent pixels), kept under `key`."""
        if len(self._stamps) > _STAMP_LIMIT:
            self._stamps.clear()
        pixmap = QPixmap(max(math.ceil(width * ratio), 1), max(math.ceil(height * ratio), 1))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        self._stamps[key] = pixmap
        return pixmap

    def _paint_badges(
        self,
        painter: QPainter,
        fonts: CanvasFonts,
        lane: LanePlan,
        colour: QColor,
        palette: QPalette,
        ratio: float,
        vector: bool,
    ) -> None:
        """The lane's '+N' and per-period counts as pills tinted in its colour, then its counts of the
        events beyond the edges as outlined pills."""
        text = palette.color(QPalette.ColorRole.Text)
        fill = QColor(colour)
        fill.setAlpha(38)
        edge = QColor(colour)
        edge.setAlpha(140)
        painter.setFont(fonts.badge)
        geometry = lane.geometry
        inside = [(badge_rect(geometry, b), b.text) for b in lane.badges]
        beyond = [(badge_rect(geometry, e.badge), e.badge.text) for e in lane.edges]
        outer = blend(palette.color(QPalette.ColorRole.Base), colour, 0.08)
        if vector:
            _draw_pills(painter, inside, edge, fill, text)
            _draw_pills(painter, beyond, colour, outer, text)
        else:
            # Pre-drawn: a pill is drawn once per look and text, then copied.
            for pills, style in ((inside, (edge, fill, text)), (beyond, (colour, outer, text))):
                for rect, label in pills:
                    pixmap = self._pill(rect, label, style, fonts.badge, ratio)
                    painter.drawPixmap(QPointF(rect.left() - 1, rect.top() - 1), pixmap)
        painter.setFont(fonts.base)

    def _pill(
        self, rect: QRectF, label: str, style: tuple[QColor, QColor, QColor], font: QFont, ratio: float
    ) -> QPixmap:
        """A pill of `rect`'s size with its text, in `style` (outline, fill, text), one pixel of margin."""
        outline, fill, text = style
        key = (
            "pill",
            label,
            rect.width(),
            rect.height(),
            outline.rgba(),
            fill.rgba(),
            text.rgba(),
            self._font_key(font),
            ratio,
        )
        pixmap = self._stamps.get(key)
        if pixmap is None:
            pixmap = self._stamp(key, rect.width() + 2, rect.height() + 2, ratio)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setFont(font)
            _draw_pills(painter, [(QRectF(1, 1, rect.width(), rect.height()), label)], outline, fill, text)
            painter.end()
        return pixmap

    def _glyph(self, kind: Kind, hollow: bool, dark: bool, colour: QColor, ratio: float) -> QPixmap:
        """The glyph of `kind`, pre-drawn for this device pixel ratio."""
        key = (kind, hollow, dark, ratio)
        pixmap = self._glyphs.get(key)
        if pixmap is None:
            pixmap = glyph_pixmap(kind, colour, GLYPH_SIZE, GLYPH_SIZE + _GLYPH_MARGIN, ratio, hollow)
            self._glyphs[key] = pixmap
        return pixmap

    def _paint_rubber_band(
        self, painter: QPainter, frame: CanvasFrame, band: tuple[float, float], palette: QPalette
    ) -> None:
        """The range being dragged out with Shift."""
        x0, x1 = sorted(band)
        x0, x1 = max(x0, frame.plot_left), min(x1, frame.plot_right)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(50)
        painter.setPen(QPen(highlight, 1))
        painter.setBrush(fill)
        painter.drawRect(QRectF(x0, 0.5, max(x1 - x0, 1.0), frame.height - 1))

    def _paint_message(
        self, painter: QPainter, widget: QWidget, frame: CanvasFrame, fonts: CanvasFonts, message: str
    ) -> None:
        """A line of text in the middle of the lanes (nothing to show, or every kind hidden)."""
        painter.setPen(widget.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(fonts.base)
        area = QRectF(
            frame.plot_left,
            frame.axis_bottom,
            frame.plot_right - frame.plot_left,
            frame.height - frame.axis_bottom,
        )
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, message)


def _draw_pills(
    painter: QPainter, pills: Sequence[tuple[QRectF, str]], outline: QColor, fill: QColor, text: QColor
) -> None:
    """Rounded boxes with their text centred, in the painter's font."""
    for rect, label in pills:
        radius = rect.height() / 2
        painter.setPen(QPen(outline, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)


def _bar_shapes(lane: LanePlan, fill: QColor, vector: bool) -> list[QRect] | _BarImage:
    """The lane's (non-empty) count bars as rectangles, or as one image in `fill` when there are many
    short ones (and the painter is not a vector one)."""
    series = lane.bars
    top, bottom = bar_extent(lane.geometry)
    base_line = round(bottom)
    reach = bottom - top
    heights = [max(round(reach * fraction), 1) for fraction in series.height_fractions()]
    tallest = max(heights)
    if vector or tallest > _MAX_IMAGE_BAR or len(heights) < _MIN_IMAGE_BARS:
        left, step = series.plot_left, series.column_px
        width = max(round(step), 1)
        return [
            QRect(round(left + column * step), base_line - height, width, height)
            for column, height in zip(series.columns, heights)
        ]
    # One pixel per column, one row per pixel of height, scaled to the columns' width: the same
    # bars as rectangles, without an object per bar.
    columns = series.columns[-1] + 1
    stride = (columns + 3) // 4 * 4
    by_column = bytearray(stride)
    for column, height in zip(series.columns, heights):
        by_column[column] = height
    data = b"".join(by_column.translate(_bar_row(tallest - row)) for row in range(tallest))
    image = QImage(data, stride, tallest, stride, QImage.Format.Format_Indexed8)
    image.setColorTable([0, fill.rgba()])
    # Converted once here: an indexed image is converted again for every pixel row it covers.
    image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    target = QRectF(series.plot_left, base_line - tallest, stride * series.column_px, tallest)
    return _BarImage(target, image)
