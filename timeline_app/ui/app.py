"""Starting the application, and rendering the main window to a PNG without a display."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from timeline_app.ui.after_paint import AfterFirstPaint, after_first_paint
from timeline_app.ui.main_window import MINIMUM_SIZE, MainWindow
from timeline_app.ui.settings import APPLICATION, ORGANIZATION, WindowSettings

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from timeline_app.ui.reloader import BuildFunction

DISPLAY_NAME = "Timeline"
DESKTOP_FILE = "timeline-app"
# Set to 1, the app prints "first-paint SECONDS" (wall clock, since the epoch) once the window has painted its
# first frame (menus and status bar, before the views are built), then "loaded SECONDS" once the timeline has
# been painted with the events of the first load, and quits: the start-up benchmark (benchmarks/run.py) times
# both.
STARTUP_PROBE = "TIMELINE_APP_STARTUP_PROBE"


class _StartupProbe(QObject):
    """Prints the time of the window's first frame, then of the first frame that shows the loaded timeline;
    then quits."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        window.installEventFilter(AfterFirstPaint(self._first_frame, self))

    def _first_frame(self) -> None:
        print(f"first-paint {time.time():.6f}", flush=True)
        QTimer.singleShot(0, self._follow_load)  # runs after the window's `load`, queued before it

    def _follow_load(self) -> None:
        contents = self._window.built_contents()
        if contents is None:  # the load failed, and the application is exiting
            return
        if contents.session.is_loading():
            contents.session.loading_changed.connect(self._on_loading)
        else:
            self._watch_next_paint()

    def _on_loading(self, loading: bool) -> None:
        if not loading:
            self._window.session.loading_changed.disconnect(self._on_loading)
            self._watch_next_paint()

    def _watch_next_paint(self) -> None:
        canvas = self._window.canvas()
        canvas.installEventFilter(AfterFirstPaint(self._loaded, self))
        canvas.update()

    def _loaded(self) -> None:
        print(f"loaded {time.time():.6f}", flush=True)
        QCoreApplication.quit()


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, less the offscreen platform's notes that it cannot resize or raise windows."""
    if not message.startswith("This plugin does not support"):
        print(message, file=sys.stderr)


def _set_icon(app: QApplication) -> None:
    """Give the application, and so every window, its icon from the bundled resources/icons (SVG, with a PNG for
    platforms without SVG support)."""
    from PySide6.QtGui import QIcon

    from timeline_app.model.reading.bundled import bundled_icons

    icons = bundled_icons()
    icon = QIcon()
    for name in ("timeline-app.svg", "timeline-app.png"):
        if (icons / name).is_file():
            icon.addFile(str(icons / name))
    if not icon.isNull():
        app.setWindowIcon(icon)


def _application(argv: list[str]) -> QApplication:
    """The running QApplication, or a new one named for this program (its icon is set by `_set_icon`)."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(argv)
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(DESKTOP_FILE)
    return app


def user_cache_folder() -> Path | None:
    """The platform's cache folder for this application (after `_application` named it), if it has one."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(location) if location else None


def run_app(
    events_path: Path, argv: list[str], *, build: BuildFunction | None = None, disk_cache: bool = True
) -> int:
    """Open the main window on `events_path` and run until it is closed; returns the exit code.

    Unless given `build`, the model builds with the extraction kept in the user's cache folder between
    launches (in memory only without `disk_cache`)."""
    app = _application(argv)
    if build is None:
        from timeline_app.ui.reloader import cached_build

        build = cached_build(user_cache_folder() if disk_cache else None)
    # The window paints its frame (menu titles, status bar) first; then it gets its actions and views (with
    # the events when the disk cache keeps them, small, for the files as they are), and the events file is read
    # on the worker thread; then its icon.
    window = MainWindow(
        None, events_path, build=build, settings=WindowSettings.for_user(), defer_contents=True
    )

    def load() -> None:
        try:
            window.load()
        except Exception as exc:  # noqa: BLE001 - as in cli.main: a message and status 2, never a traceback
            print(f"timeline-app: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            app.exit(2)
            return
        after_first_paint(window, lambda: _set_icon(app))  # once the views' first frame is finished

    window.installEventFilter(AfterFirstPaint(load, window))
    if os.environ.get(STARTUP_PROBE) == "1":
        _StartupProbe(window)  # filters run newest first: it reports the first frame before the load starts
    window.show()
    code = app.exec()
    window.shutdown()  # a load started as the app quit must end before its thread is destroyed
    return code


def save_screenshot(
    events_path: Path,
    output: Path,
    select: str | None,
    size: tuple[int, int],
    *,
    build: BuildFunction | None = None,
) -> int:
    """Render the main window at exactly `size` pixels, `select` selected, to the PNG `output`.

    Needs no display (renders offscreen). Returns 0, or 2 after a message on stderr when the event
    id is unknown, the size is below the window's minimum, or the PNG cannot be written.
    """
    from PySide6.QtCore import QByteArray, Qt, qInstallMessageHandler
    from PySide6.QtGui import QImage, QImageWriter

    from timeline_app.ui.reloader import build_timeline

    width, height = size
    if width < MINIMUM_SIZE.width() or height < MINIMUM_SIZE.height():
        print(
            f"timeline-app: a screenshot must be at least {MINIMUM_SIZE.width()}x{MINIMUM_SIZE.height()}"
            f" pixels, not {width}x{height}",
            file=sys.stderr,
        )
        return 2
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        qInstallMessageHandler(_quiet_offscreen)
    app = _application([sys.argv[0] if sys.argv else DESKTOP_FILE])
    _set_icon(app)
    build = build or build_timeline
    timeline = build(events_path)
    if select is not None and timeline.event(select) is None:
        known = ", ".join(e.id for e in timeline.events[:12]) or "none"
        more = " …" if len(timeline.events) > 12 else ""
        print(
            f"timeline-app: no event with id {select!r} in {events_path} (known ids: {known}{more})",
            file=sys.stderr,
        )
        return 2
    window = MainWindow(timeline, events_path, build=build, watch=False)
    try:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        window.resize(width, height)
        window.show()
        app.processEvents()
        if select is not None:
            window.select(select)
        app.processEvents()
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(window.palette().window().color())
        window.render(image)
        writer = QImageWriter(str(output), QByteArray(b"png"))
        if not writer.write(image):
            print(
                f"timeline-app: cannot write the screenshot to {output}: {writer.errorString()}",
                file=sys.stderr,
            )
            return 2
    finally:
        window.close()
        window.deleteLater()
    return 0
