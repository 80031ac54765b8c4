"""Text and pills (badges) of the timeline canvas, drawn once per look onto small pixmaps and then copied:
drawing text anew costs more than copying its pixels. Onto a vector device (SVG, PDF) they are drawn as they
are, so that exports keep their text as text."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

# At most this many pre-drawn texts and badges are kept (then all are forgotten at once).
_STAMP_LIMIT = 4000
_TEXT_MARGIN = 3.0

PillStyle = tuple[QColor, QColor, QColor]
"""A pill's outline, fill and text colours."""


class Stamps:
    """Pre-drawn texts and pills, for the device of the paint under way (`set_device`)."""

    def __init__(self) -> None:
        self._pixmaps: dict[tuple[object, ...], QPixmap] = {}
        self._font_keys: dict[int, tuple[QFont, str]] = {}
        self._vector = False
        self._ratio = 1.0

    def set_device(self, vector: bool, ratio: float) -> None:
        """Paint onto a vector device (drawn as they are), or onto a bitmap of this device pixel ratio."""
        self._vector, self._ratio = vector, ratio

    def text(
        self, painter: QPainter, rect: QRectF, text: str, font: QFont, colour: QColor, align: Qt.AlignmentFlag
    ) -> None:
        """`text` drawn in `rect` as `drawText` would."""
        if self._vector:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, align, text)
            return
        ratio = self._ratio
        width, height = rect.width(), rect.height()
        key = ("text", text, self._font_key(font), width, height, int(align), colour.rgba(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            # A margin either side for the overhang of italics and of the last glyph.
            pixmap = self._new(key, width + 2 * _TEXT_MARGIN, height, ratio)
            stamp = QPainter(pixmap)
            stamp.setFont(font)
            stamp.setPen(colour)
            stamp.drawText(QRectF(_TEXT_MARGIN, 0, width, height), align, text)
            stamp.end()
        painter.drawPixmap(QPointF(rect.left() - _TEXT_MARGIN, rect.top()), pixmap)

    def pills(
        self, painter: QPainter, pills: Sequence[tuple[QRectF, str]], style: PillStyle, font: QFont
    ) -> None:
        """Rounded boxes with their text centred, in `style` and `font`."""
        if self._vector:
            painter.setFont(font)
            draw_pills(painter, pills, *style)
            return
        for rect, label in pills:
            painter.drawPixmap(QPointF(rect.left() - 1, rect.top() - 1), self._pill(rect, label, style, font))

    def _pill(self, rect: QRectF, label: str, style: PillStyle, font: QFont) -> QPixmap:
        """A pill of `rect`'s size with its text, in `style`, one pixel of margin."""
        outline, fill, text = style
        ratio = self._ratio
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
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._new(key, rect.width() + 2, rect.height() + 2, ratio)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setFont(font)
            draw_pills(painter, [(QRectF(1, 1, rect.width(), rect.height()), label)], outline, fill, text)
            painter.end()
        return pixmap

    def _font_key(self, font: QFont) -> str:
        """`font.key()`, asked once per font object (it is slow to ask)."""
        known = self._font_keys.get(id(font))
        if known is None or known[0] is not font:
            known = self._font_keys[id(font)] = (font, font.key())
        return known[1]

    def _new(self, key: tuple[object, ...], width: float, height: float, ratio: float) -> QPixmap:
        """A new transparent pixmap of `width` x `height` (device independent pixels), kept under `key`."""
        if len(self._pixmaps) > _STAMP_LIMIT:
            self._pixmaps.clear()
        pixmap = QPixmap(max(math.ceil(width * ratio), 1), max(math.ceil(height * ratio), 1))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        self._pixmaps[key] = pixmap
        return pixmap


def draw_pills(
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
