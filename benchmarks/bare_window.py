"""The floor of start-up: a bare PySide6 window with one label, timed like the app.

Run as a script; prints "first-paint SECONDS" (wall clock) once the label has been painted, then quits.
timeline-app prints the same line with TIMELINE_APP_STARTUP_PROBE=1 (and "loaded SECONDS" later).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaintProbe(QObject):
    """Watches a widget for its first paint; then prints the time and quits the application."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let every event through; after the first paint, report once the frame is finished."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QCoreApplication.quit()


def main() -> int:
    """Show the window and run until its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    label = QLabel("Timeline")
    window.setCentralWidget(label)
    window.resize(1280, 820)
    probe = FirstPaintProbe(window)
    label.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
