"""The document behind the main window: the timeline on screen, the problems of the last load, reloads."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot

from timeline_app.model.output.timeline import Timeline
from timeline_app.model.problems import Problem
from timeline_app.ui.reloader import DEBOUNCE_MS, BuildFunction, Reloader, build_timeline

# Watching a file costs Qt about 0.1 ms: beyond this many articles, they are watched just after the frame
# that shows the new timeline (10,000 articles held their events back by a second).
WATCH_AT_ONCE = 500
# Posted at low priority, as the repaints a new timeline asks for are, and so handled after them; the watching
# then waits for the events queued behind them too.
_WATCH_AFTER_FRAME = QEvent.Type(QEvent.registerEventType())


class TimelineSession(QObject):
    """The document behind the main window: the timeline on screen and the problems of the last load.

    When a load cannot read the events file at all, the last good timeline of the same file stays
    on screen and only the problems change. `timeline` given to the constructor counts as a load of
    `events_path` unless `loaded` is False (a placeholder shown until the first load).
    """

    timeline_changed = Signal()
    loading_changed = Signal(bool)
    events_path_changed = Signal()

    def __init__(
        self,
        timeline: Timeline,
        events_path: Path,
        build: BuildFunction = build_timeline,
        *,
        watch: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
        loaded: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self._readable_shown = loaded and timeline.events_file_readable
        self._latest = timeline  # the newest load's, shown or not
        self._shows_current_file = True
        self._reloader: Reloader | None = None
        self._events_path = events_path
        self._build = build
        if watch:
            self._reloader = Reloader(events_path, build, debounce_ms=debounce_ms, parent=self)
            self._reloader.loaded.connect(self._on_loaded)
            self._reloader.loading_changed.connect(self.loading_changed)
            self._watch_articles(timeline)

    @property
    def timeline(self) -> Timeline:
        """The timeline on screen: the newest one whose events file could be read."""
        return self._timeline

    @property
    def problems(self) -> list[Problem]:
        """The problems found by the newest load (also when it could not read the events file)."""
        return self._latest.problems

    @property
    def events_file_readable(self) -> bool:
        """False when the newest load could not read or parse the events file."""
        return self._latest.events_file_readable

    @property
    def shows_readable_version(self) -> bool:
        """Whether a version of the events file that could be read is on screen (the newest load's, or,
        when the newest could not read the file, an earlier one's)."""
        return self._readable_shown

    @property
    def events_path(self) -> Path:
        """The events file this session shows."""
        return self._events_path

    @property
    def reloader(self) -> Reloader | None:
        """The file watcher, or None for a session that does not watch (screenshots)."""
        return self._reloader

    def is_loading(self) -> bool:
        """Whether a load is under way."""
        return self._reloader is not None and self._reloader.is_loading()

    def reload(self) -> None:
        """Load the events file again (in the background when watching, at once otherwise)."""
        if self._reloader is not None:
            self._reloader.reload()
        else:
            self._on_loaded(self._build(self._events_path))

    def open(self, events_path: Path) -> None:
        """Show another events file."""
        self._events_path = events_path
        self._shows_current_file = False
        self._readable_shown = False
        self.events_path_changed.emit()
        if self._reloader is not None:
            self._reloader.set_events_path(events_path)
        else:
            self.reload()

    def shutdown(self) -> None:
        """Stop watching and wait for any build in progress."""
        if self._reloader is not None:
            self._reloader.shutdown()

    def _watch_articles(self, timeline: Timeline) -> None:
        """Watch the folder the events file names and the articles the timeline holds."""
        if self._reloader is not None:
            paths = [article.path for article in timeline.articles.values()]
            self._reloader.watch_articles(timeline.articles_dir, paths)

    @Slot(object)
    def _on_loaded(self, timeline: Timeline) -> None:
        self._latest = timeline
        if timeline.events_file_readable or not self._shows_current_file:
            self._timeline = timeline
            self._shows_current_file = True
            self._readable_shown = timeline.events_file_readable
            if len(timeline.articles) <= WATCH_AT_ONCE:
                self._watch_articles(timeline)
        self.timeline_changed.emit()
        if timeline is self._timeline and len(timeline.articles) > WATCH_AT_ONCE:
            QCoreApplication.postEvent(self, QEvent(_WATCH_AFTER_FRAME), Qt.EventPriority.LowEventPriority.value)

    def customEvent(self, event: QEvent) -> None:
        """Watch the articles of a large timeline once the frame that shows it is painted."""
        if event.type() == _WATCH_AFTER_FRAME:
            QTimer.singleShot(0, self, lambda: self._watch_articles(self._timeline))
        else:
            super().customEvent(event)
