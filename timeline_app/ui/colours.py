"""Colours the views derive from their palette: opaque blends, the warning accent, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

WARNING = QColor(230, 160, 0)
"""The accent of warnings (the problem banner, the sources' disagreements), tinted into either palette."""


def blend(under: QColor, over: QColor, opacity: float) -> QColor:
    """The opaque colour of `over` drawn at `opacity` (0 to 1) on `under`."""
    return QColor.fromRgbF(
        under.redF() + (over.redF() - under.redF()) * opacity,
        under.greenF() + (over.greenF() - under.greenF()) * opacity,
        under.blueF() + (over.blueF() - under.blueF()) * opacity,
    )


def is_dark(palette: QPalette) -> bool:
    """Whether the palette's base (the background of views) is dark."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128
