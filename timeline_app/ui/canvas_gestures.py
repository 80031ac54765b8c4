"""What the wheel, the mouse and the keys do on the timeline canvas: zoom, pan, zoom to a range, walk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from timeline_app.ui.timeline_canvas import TimelineCanvas

WHEEL_ZOOM_PER_NOTCH = 0.8
WHEEL_PAN_PER_NOTCH = 60.0
DOUBLE_CLICK_ZOOM = 0.5
RUBBER_BAND_MIN_PX = 4


class CanvasGestures:
    """Turns the input events of a timeline canvas into moves of its view and its selection, and keeps
    the state of a drag (a pan, or with Shift a rubber band that zooms to the range dragged out)."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        self._canvas = canvas
        self._press: QPointF | None = None
        self._press_range: tuple[float, float] | None = None
        self._dragging = False
        self._band: tuple[float, float] | None = None

    def rubber_band(self) -> tuple[float, float] | None:
        """The (from, to) x of the range being dragged out with Shift, if any."""
        return self._band

    def wheel(self, event: QWheelEvent) -> None:
        """Zoom about the cursor; pan with a horizontal wheel or Shift+wheel."""
        angle = event.angleDelta()
        pixels = event.pixelDelta()
        horizontal, vertical = angle.x(), angle.y()
        pixel_x = pixels.x()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and horizontal == 0:
            horizontal, vertical = vertical, 0
            pixel_x = pixels.y()
        if horizontal:
            self._canvas.pan_by_pixels(pixel_x if pixel_x else horizontal / 120 * WHEEL_PAN_PER_NOTCH)
        elif vertical:
            factor = WHEEL_ZOOM_PER_NOTCH ** (vertical / 120)
            self._canvas.zoom_about(self._canvas.time_at(event.position().x()), factor)
        event.accept()

    def press(self, event: QMouseEvent) -> bool:
        """Start a click, a drag (pan) or, with Shift, a rubber band; False for other buttons."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._press = event.position()
        self._press_range = self._canvas.visible_range()
        self._dragging = False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            x = self._clamp_x(event.position().x())
            self._band = (x, x)
        event.accept()
        return True

    def move(self, event: QMouseEvent) -> None:
        """Pan while dragging, grow the rubber band, or track what is under the cursor."""
        position = event.position()
        canvas = self._canvas
        if self._press is None:
            canvas.hover_at(position)
            return
        if self._band is not None:
            self._band = (self._band[0], self._clamp_x(position.x()))
            canvas.update()
            return
        if (
            not self._dragging
            and (position - self._press).manhattanLength() >= QApplication.startDragDistance()
        ):
            self._dragging = True
            canvas.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._dragging and self._press_range is not None:
            t0, t1 = self._press_range
            left, right = canvas.plot_span()
            shift = (position.x() - self._press.x()) * (t1 - t0) / max(right - left, 1.0)
            canvas.set_visible_range(t0 - shift, t1 - shift)

    def release(self, event: QMouseEvent) -> bool:
        """Finish: zoom to the rubber band, end the pan, or act on the click; False when no left-button
        press started here."""
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return False
        band, dragging = self._band, self._dragging
        self._press = self._press_range = self._band = None
        self._dragging = False
        canvas = self._canvas
        canvas.unsetCursor()
        if band is not None:
            if abs(band[1] - band[0]) >= RUBBER_BAND_MIN_PX:
                canvas.set_visible_range(canvas.time_at(band[0]), canvas.time_at(band[1]))
            canvas.update()
        elif not dragging:
            canvas.click_at(event.position())
        canvas.hover_at(event.position())
        event.accept()
        return True

    def double_click(self, event: QMouseEvent) -> bool:
        """On an event: select and activate it; elsewhere: zoom in about the cursor. False for other
        buttons than the left one."""
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        canvas = self._canvas
        if not canvas.activate_at(event.position()):
            canvas.zoom_about(canvas.time_at(event.position().x()), DOUBLE_CLICK_ZOOM)
        event.accept()
        return True

    def key(self, event: QKeyEvent) -> bool:
        """Zoom, walk the events, fit, activate or clear the selection; False for other keys."""
        canvas = self._canvas
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            canvas.zoom_in()
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            canvas.zoom_out()
        elif key == Qt.Key.Key_0 and ctrl:
            canvas.fit_all()
        elif key == Qt.Key.Key_Right:
            canvas.select_next()
        elif key == Qt.Key.Key_Left:
            canvas.select_previous()
        elif key == Qt.Key.Key_Home:
            canvas.select_first()
        elif key == Qt.Key.Key_End:
            canvas.select_last()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and canvas.selected_id() is not None:
            canvas.activate_selected()
        elif key == Qt.Key.Key_Escape and canvas.selected_id() is not None:
            canvas.select(None)
        else:
            return False
        event.accept()
        return True

    def _clamp_x(self, x: float) -> float:
        """x kept inside the plot."""
        left, right = self._canvas.plot_span()
        return min(max(x, left), right)
