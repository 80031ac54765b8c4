"""How each kind of event looks: its colour (for light and dark palettes), its glyph and its names."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF

from timeline_app.model.events import Kind
from timeline_app.ui.colours import is_dark

# The share of an icon's side that its glyph spans.
_ICON_GLYPH_SHARE = 0.72


class Glyph(enum.Enum):
    """The shape that marks an event of a kind."""

    CIRCLE = "circle"
    DIAMOND = "diamond"
    SQUARE = "square"
    TRIANGLE = "triangle"


@dataclass(frozen=True)
class KindStyle:
    """The look of one kind: `colour` on light backgrounds, `dark_colour` on dark ones."""

    colour: QColor
    dark_colour: QColor
    glyph: Glyph
    lane_label: str
    label: str
    plural: str

    def colour_for(self, palette: QPalette) -> QColor:
        """The colour that reads well on `palette`'s base."""
        return QColor(self.dark_colour if is_dark(palette) else self.colour)


KIND_STYLES: Mapping[Kind, KindStyle] = {
    Kind.CALL: KindStyle(QColor("#1f66b0"), QColor("#6cb6ff"), Glyph.CIRCLE, "Calls", "call", "calls"),
    Kind.SUMMIT: KindStyle(
        QColor("#c0392b"), QColor("#ff7b72"), Glyph.DIAMOND, "Summits", "summit", "summits"
    ),
    Kind.MINISTERIAL: KindStyle(
        QColor("#1e7d45"),
        QColor("#56d364"),
        Glyph.SQUARE,
        "Ministerial",
        "ministerial meeting",
        "ministerial meetings",
    ),
    Kind.OTHER: KindStyle(
        QColor("#7b3fa0"), QColor("#d2a8ff"), Glyph.TRIANGLE, "Other", "other event", "other events"
    ),
}


def glyph_path(glyph: Glyph, centre: QPointF, size: float) -> QPainterPath:
    """The outline of `glyph` about `centre`, `size` pixels across (shapes of about equal weight)."""
    path = QPainterPath()
    x, y = centre.x(), centre.y()
    half = size / 2
    if glyph is Glyph.CIRCLE:
        path.addEllipse(centre, half, half)
    elif glyph is Glyph.DIAMOND:
        reach = half * 1.2
        path.addPolygon(
            QPolygonF(
                [QPointF(x, y - reach), QPointF(x + reach, y), QPointF(x, y + reach), QPointF(x - reach, y)]
            )
        )
        path.closeSubpath()
    elif glyph is Glyph.SQUARE:
        side = half * 0.88
        path.addRect(QRectF(x - side, y - side, 2 * side, 2 * side))
    else:
        reach = half * 1.15
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(x, y - reach),
                    QPointF(x + reach, y + reach * 0.8),
                    QPointF(x - reach, y + reach * 0.8),
                ]
            )
        )
        path.closeSubpath()
    return path


def draw_glyph(
    painter: QPainter,
    kind: Kind,
    centre: QPointF,
    size: float,
    hollow: bool = False,
    colour: QColor | None = None,
) -> None:
    """Draw the glyph of `kind` at `centre`: filled, or only outlined when `hollow` (not yet happened).

    `colour` defaults to the kind's light colour; pass `KindStyle.colour_for(palette)` for the view's.
    """
    style = KIND_STYLES[kind]
    fill = QColor(colour if colour is not None else style.colour)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    if hollow:
        painter.setPen(QPen(fill, max(size / 6, 1.5)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        path = glyph_path(style.glyph, centre, size - max(size / 6, 1.5))
    else:
        painter.setPen(QPen(fill.darker(135), 1.0))
        painter.setBrush(QBrush(fill))
        path = glyph_path(style.glyph, centre, size)
    painter.drawPath(path)
    painter.restore()


def glyph_pixmap(
    kind: Kind,
    colour: QColor,
    glyph_size: float,
    side: float,
    device_pixel_ratio: float = 1.0,
    hollow: bool = False,
) -> QPixmap:
    """A transparent square pixmap, `side` logical pixels across, with the glyph of `kind` in its middle,
    `glyph_size` across, in `colour` (drawn for a screen of `device_pixel_ratio`)."""
    pixels = round(side * device_pixel_ratio)
    pixmap = QPixmap(pixels, pixels)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_glyph(painter, kind, QPointF(side / 2, side / 2), glyph_size, hollow, colour)
    painter.end()
    return pixmap


def glyph_icon(kind: Kind, palette: QPalette, size: int = 16, device_pixel_ratio: float = 1.0) -> QIcon:
    """An icon of the glyph of `kind` in its colour for `palette` (for legends and lists)."""
    colour = KIND_STYLES[kind].colour_for(palette)
    return QIcon(glyph_pixmap(kind, colour, size * _ICON_GLYPH_SHARE, size, device_pixel_ratio))
