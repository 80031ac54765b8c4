"""Paints a frame of the timeline canvas: a cached static layer (axis, lanes, grid), then the events."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintEngine, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from timeline_app.model.events import Kind, Status
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.lane_plan import Band, LanePlan
from timeline_app.ui.canvas_frame import BAND_HEIGHT, GLYPH_SIZE, CanvasFrame, badge_rect, bar_extent
from timeline_app.ui.kind_style import KIND_STYLES, draw_glyph, is_dark

_DIMMED_OPACITY = 0.22
_VECTOR_ENGINES = (QPaintEngine.Type.SVG, QPaintEngine.Type.Pdf, QPaintEngine.Type.Picture)
_GLYPH_MARGIN = 4


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

    def paint(
        self,
        painter: QPainter,
        widget: QWidget,
        frame: CanvasFrame,
        index: EventIndex,
        counts: Mapping[Kind, int],
        state: PaintState,
    ) -> list[QRectF]:
        """Paint `frame` and return the rectangle of every text drawn."""
        palette = widget.palette()
        ratio = widget.devicePixelRatioF()
        engine = painter.paintEngine()
        vector = engine is not None and engine.type() in _VECTOR_ENGINES
        if vector:
            # Exports (SVG, PDF) keep text and shapes as vectors rather than a bitmap.
            painter.fillRect(QRectF(0, 0, frame.width, frame.height), palette.color(QPalette.ColorRole.Base))
            self._paint_static(painter, widget, frame, counts)
        else:
            painter.drawPixmap(0, 0, self._static_layer(widget, frame, counts, ratio))
        texts = self._axis_rects(widget.font(), frame)
        painter.save()
        painter.setClipRect(
            QRectF(frame.plot_left, frame.axis_bottom, frame.plot_right - frame.plot_left + 6, frame.height)
        )
        for kind, lane in zip(frame.kinds, frame.lanes):
            texts.extend(self._paint_lane(painter, widget, kind, lane, index, state, palette, ratio, vector))
        painter.restore()
        if state.rubber_band is not None:
            self._paint_rubber_band(painter, frame, state.rubber_band, palette)
        if state.message:
            self._paint_message(painter, widget, frame, state.message)
        if state.focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(1, 1, frame.width - 2, frame.height - 2))
        return texts

    def _static_layer(
        self, widget: QWidget, frame: CanvasFrame, counts: Mapping[Kind, int], ratio: float
    ) -> QPixmap:
        """Background, lanes, grid, axis and lane names: redrawn only when one of them changes."""
        key = (
            frame.width,
            frame.height,
            ratio,
            frame.t0,
            frame.t1,
            widget.palette().cacheKey(),
            widget.font().key(),
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
            self._paint_static(painter, widget, frame, counts)
            painter.end()
            self._static, self._static_key = pixmap, key
        return self._static

    def _paint_static(
        self, painter: QPainter, widget: QWidget, frame: CanvasFrame, counts: Mapping[Kind, int]
    ) -> None:
        """Draw lanes, the gutter with lane names, grid lines and the two rows of the axis."""
        palette = widget.palette()
        dark = is_dark(palette)
        base = palette.color(QPalette.ColorRole.Base)
        stripe = base.lighter(118) if dark else base.darker(104)
        header = base.lighter(135) if dark else base.darker(108)
        # Opaque blends: translucent lines across the whole height are slow to draw.
        ink = palette.color(QPalette.ColorRole.Text)
        rule = _blend(base, ink, 0.24)
        faint = _blend(base, ink, 0.085)
        strong = _blend(base, ink, 0.2)
        for position, lane in enumerate(frame.lanes):
            if position % 2:
                geometry = lane.geometry
                painter.fillRect(QRectF(0, geometry.top, frame.width, geometry.height), stripe)
        painter.fillRect(QRectF(0, 0, frame.width, frame.axis_bottom), header)
        painter.fillRect(QRectF(0, frame.axis_bottom, frame.plot_left, frame.height), header)
        font = widget.font()
        metrics = QFontMetricsF(font)
        row = (frame.axis_bottom - 4) / 2
        top, bottom = frame.axis_bottom, frame.height
        for tick in frame.axis.minor:
            x = frame.plot_left + (tick.time - frame.t0) / (frame.t1 - frame.t0) * (
                frame.plot_right - frame.plot_left
            )
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QLineF(x, top, x, bottom))
            painter.setPen(QPen(strong, 1))
            painter.drawLine(QLineF(x, frame.axis_bottom - 6, x, frame.axis_bottom))
        for tick in frame.axis.major:
            if tick.time < frame.t0:
                continue
            x = frame.plot_left + (tick.time - frame.t0) / (frame.t1 - frame.t0) * (
                frame.plot_right - frame.plot_left
            )
            painter.setPen(QPen(strong, 1))
            painter.drawLine(QLineF(x, 2, x, bottom))
        painter.setPen(QPen(rule, 1))
        painter.drawLine(QLineF(0, frame.axis_bottom - 0.5, frame.width, frame.axis_bottom - 0.5))
        painter.drawLine(
            QLineF(frame.plot_left - 0.5, frame.axis_bottom, frame.plot_left - 0.5, frame.height)
        )
        for lane in frame.lanes[1:]:
            painter.drawLine(QLineF(0, lane.geometry.top - 0.5, frame.width, lane.geometry.top - 0.5))
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        for label in frame.axis_labels.major:
            painter.drawText(
                QRectF(frame.plot_left + label.left, 2, label.width + 4, row),
                Qt.AlignmentFlag.AlignVCenter,
                label.text,
            )
        painter.setFont(font)
        painter.setPen(text)
        for label in frame.axis_labels.minor:
            painter.drawText(
                QRectF(frame.plot_left + label.left, 2 + row, label.width + 4, row),
                Qt.AlignmentFlag.AlignVCenter,
                label.text,
            )
        small = _scaled_font(font, 0.85)
        for kind, lane in zip(frame.kinds, frame.lanes):
            style = KIND_STYLES[kind]
            geometry = lane.geometry
            y = geometry.marker_y
            draw_glyph(painter, kind, QPointF(14, y), GLYPH_SIZE, colour=style.colour_for(palette))
            painter.setFont(bold)
            painter.setPen(text)
            name_width = frame.plot_left - 34
            painter.drawText(
                QRectF(26, y - metrics.height() / 2, name_width, metrics.height()),
                Qt.AlignmentFlag.AlignVCenter,
                QFontMetricsF(bold).elidedText(style.lane_label, Qt.TextElideMode.ElideRight, name_width),
            )
            count = counts.get(kind, 0)
            if geometry.height >= 2 * metrics.height() + 8:
                painter.setFont(small)
                painter.setPen(muted)
                noun = "event" if count == 1 else "events"
                painter.drawText(
                    QRectF(26, y + metrics.height() / 2, name_width, metrics.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{count:,} {noun}",
                )

    def _axis_rects(self, font: QFont, frame: CanvasFrame) -> list[QRectF]:
        """The rectangles of the axis labels, as drawn by `_paint_static`."""
        row = (frame.axis_bottom - 4) / 2
        rects = [
            QRectF(frame.plot_left + label.left, 2, label.width, row) for label in frame.axis_labels.major
        ]
        rects.extend(
            QRectF(frame.plot_left + label.left, 2 + row, label.width, row)
            for label in frame.axis_labels.minor
        )
        return rects

    def _paint_lane(
        self,
        painter: QPainter,
        widget: QWidget,
        kind: Kind,
        lane: LanePlan,
        index: EventIndex,
        state: PaintState,
        palette: QPalette,
        ratio: float,
        vector: bool,
    ) -> list[QRectF]:
        """Bars, bands, leaders, glyphs, labels and badges of one lane; returns the text rectangles."""
        colour = KIND_STYLES[kind].colour_for(palette)
        dark = is_dark(palette)
        geometry = lane.geometry
        matching = state.matching_ids

        def dimmed(row: int) -> bool:
            return matching is not None and index.event_id(row) not in matching

        self._paint_bars(painter, lane, colour, palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for band in lane.bands:
            painter.setOpacity(_DIMMED_OPACITY if dimmed(band.row) else 1.0)
            self._paint_band(painter, band, index, colour, dark, band.row == state.selected_row, palette)
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
        for marker in lane.markers:
            status = index.status(marker.row)
            painter.setOpacity(_DIMMED_OPACITY if dimmed(marker.row) else 1.0)
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
        texts = self._paint_labels(painter, widget, lane, index, state, palette, dimmed)
        texts.extend(self._paint_badges(painter, widget, lane, colour, palette))
        texts.extend(self._paint_edges(painter, widget, lane, colour, palette))
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
        return texts

    def _paint_bars(self, painter: QPainter, lane: LanePlan, colour: QColor, palette: QPalette) -> None:
        """The lane's count bars, rising from its bottom (log scale)."""
        series = lane.bars
        if not series:
            return
        top, bottom = bar_extent(lane.geometry)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # Opaque: translucent fills of many narrow bars are slow to draw.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_blend(palette.color(QPalette.ColorRole.Base), colour, 0.45))
        base_line = round(bottom)
        reach = bottom - top
        left, step = series.plot_left, series.column_px
        width = max(round(step), 1)
        heights = (max(round(reach * fraction), 1) for fraction in series.height_fractions())
        painter.drawRects(
            [
                QRect(round(left + column * step), base_line - height, width, height)
                for column, height in zip(series.columns, heights)
            ]
        )

    def _paint_band(
        self,
        painter: QPainter,
        band: Band,
        index: EventIndex,
        colour: QColor,
        dark: bool,
        selected: bool,
        palette: QPalette,
    ) -> None:
        """An event's period: fainter when its dates are only known to a week, month or year,
        dashed when it has not happened yet, outlined in the highlight when selected."""
        status = index.status(band.row)
        end = index.end_date(band.row) or index.date(band.row)
        fuzzy = index.date(band.row).precision.rank > 0 or end.precision.rank > 0
        fill = QColor(colour)
        fill.setAlpha((80 if dark else 50) if fuzzy else 105)
        edge = QColor(colour)
        edge.setAlpha(150)
        pen = QPen(edge, 1)
        if status.is_tentative:
            pen.setStyle(Qt.PenStyle.DashLine)
            fill.setAlpha(fill.alpha() // 2)
        painter.setPen(pen if status.is_tentative or not fuzzy else Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        rect = QRectF(band.x0, band.y - BAND_HEIGHT / 2, max(band.x1 - band.x0, 1.0), BAND_HEIGHT)
        painter.drawRoundedRect(rect, 3, 3)
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)

    def _paint_labels(
        self,
        painter: QPainter,
        widget: QWidget,
        lane: LanePlan,
        index: EventIndex,
        state: PaintState,
        palette: QPalette,
        dimmed: Callable[[int], bool],
    ) -> list[QRectF]:
        """The titles of the lane's events (bold when selected, italic when not yet happened)."""
        base = widget.font()
        text = palette.color(QPalette.ColorRole.Text)
        rects: list[QRectF] = []
        height = lane.geometry.line_height
        fonts: dict[tuple[bool, bool, bool], tuple[QFont, QFontMetricsF]] = {}
        for label in lane.labels:
            status = index.status(label.row)
            style = (label.row == state.selected_row, status.is_tentative, status is Status.CANCELLED)
            if style not in fonts:
                font = QFont(base)
                font.setBold(style[0])
                font.setItalic(style[1])
                font.setStrikeOut(style[2])
                fonts[style] = (font, QFontMetricsF(font))
            font, metrics = fonts[style]
            title = index.title(label.row)
            if label.elided or metrics.horizontalAdvance(title) > label.width:
                title = metrics.elidedText(title, Qt.TextElideMode.ElideRight, label.width)
            rect = QRectF(label.left, label.y - height / 2, label.width, height)
            painter.setFont(font)
            painter.setOpacity(_DIMMED_OPACITY if dimmed(label.row) else 1.0)
            painter.setPen(text)
            # Widths are measured in bold: a flipped label keeps to its glyph whatever its weight.
            side = Qt.AlignmentFlag.AlignRight if label.flipped else Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | side, title)
            rects.append(rect)
        painter.setOpacity(1.0)
        painter.setFont(base)
        return rects

    def _paint_badges(
        self, painter: QPainter, widget: QWidget, lane: LanePlan, colour: QColor, palette: QPalette
    ) -> list[QRectF]:
        """The '+N' and per-period counts of the lane, as pills in its colour."""
        rects: list[QRectF] = []
        height = lane.geometry.line_height - 2
        fill = QColor(colour)
        fill.setAlpha(38)
        edge = QColor(colour)
        edge.setAlpha(140)
        painter.setFont(_scaled_font(widget.font(), 0.9))
        for badge in lane.badges:
            rect = badge_rect(lane.geometry, badge)
            painter.setPen(QPen(edge, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)
            rects.append(rect)
        painter.setFont(widget.font())
        return rects

    def _paint_edges(
        self, painter: QPainter, widget: QWidget, lane: LanePlan, colour: QColor, palette: QPalette
    ) -> list[QRectF]:
        """The counts of events beyond the left and right edges, as outlined pills with an arrow."""
        rects: list[QRectF] = []
        if not lane.edges:
            return rects
        height = lane.geometry.line_height - 2
        base = palette.color(QPalette.ColorRole.Base)
        painter.setFont(_scaled_font(widget.font(), 0.9))
        for edge in lane.edges:
            rect = badge_rect(lane.geometry, edge.badge)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(_blend(base, colour, 0.08))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, edge.badge.text)
            rects.append(rect)
        painter.setFont(widget.font())
        return rects

    def _glyph(self, kind: Kind, hollow: bool, dark: bool, colour: QColor, ratio: float) -> QPixmap:
        """The glyph of `kind`, pre-drawn for this device pixel ratio."""
        key = (kind, hollow, dark, ratio)
        pixmap = self._glyphs.get(key)
        if pixmap is None:
            side = GLYPH_SIZE + _GLYPH_MARGIN
            pixmap = QPixmap(round(side * ratio), round(side * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            glyph_painter = QPainter(pixmap)
            draw_glyph(glyph_painter, kind, QPointF(side / 2, side / 2), GLYPH_SIZE, hollow, colour)
            glyph_painter.end()
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

    def _paint_message(self, painter: QPainter, widget: QWidget, frame: CanvasFrame, message: str) -> None:
        """A line of text in the middle of the lanes (nothing to show, or every kind hidden)."""
        painter.setPen(widget.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(widget.font())
        area = QRectF(
            frame.plot_left,
            frame.axis_bottom,
            frame.plot_right - frame.plot_left,
            frame.height - frame.axis_bottom,
        )
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, message)

    def clear_caches(self) -> None:
        """Forget the static layer and the glyphs (after a palette or font change)."""
        self._static = None
        self._static_key = None
        self._glyphs.clear()


def _blend(under: QColor, over: QColor, amount: float) -> QColor:
    """The opaque colour of `over` drawn at opacity `amount` on `under`."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * amount,
        under.greenF() + (over.greenF() - under.greenF()) * amount,
        under.blueF() + (over.blueF() - under.blueF()) * amount,
    )


def _scaled_font(font: QFont, factor: float) -> QFont:
    """`font` at `factor` times its size (in points or pixels, whichever it is set in)."""
    scaled = QFont(font)
    if font.pointSizeF() > 0:
        scaled.setPointSizeF(max(font.pointSizeF() * factor, 6.0))
    elif font.pixelSize() > 0:
        scaled.setPixelSize(max(round(font.pixelSize() * factor), 8))
    return scaled
