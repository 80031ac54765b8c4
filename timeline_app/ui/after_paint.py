"""Doing something once a widget's first frame is finished (the start-up defers what that frame needs not)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    """Watches a widget for its first paint; then, once the frame is finished, calls `action` once."""

    def __init__(self, action: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let every event through; after the first paint, act once the frame is finished."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False


def after_first_paint(widget: QObject, action: Callable[[], object]) -> None:
    """Call `action` after `widget`'s next first paint, once what that frame queued is done too."""
    widget.installEventFilter(AfterFirstPaint(lambda: QTimer.singleShot(0, action), widget))
