"""Live reload: watch the events file and its articles, rebuild the timeline off the UI thread."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

if TYPE_CHECKING:
    from timeline_app.model.output.timeline import Timeline

# The model is imported when a timeline is first built: the app's first frame waits for none of it.
BuildFunction = Callable[[Path], "Timeline"]
"""Turns an events file into a timeline (the model's `build_timeline`, or a fake in tests)."""


def build_timeline(events_path: Path) -> Timeline:
    """The model's `build_timeline`, imported on first use so that the views load without the extraction."""
    from timeline_app.model.build import build_timeline as build

    return build(events_path)


# A kept timeline up to this size (about 200 events) is read on the UI thread as the window opens, so that
# the first frame of its views shows the events; a larger one is read on the worker, as a build.
KEPT_AT_ONCE_BYTES = 256 * 1024


class _CachedBuild:
    """The model's `build_timeline` with the extraction also kept in a folder; what it has to write to the
    folder waits for `finish`, which the worker calls once it has sent the timeline to the window."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder

    def __call__(self, events_path: Path) -> Timeline:
        if self._folder is not None:
            # Alone, and first: a launch on unchanged files imports nothing else of the model.
            from timeline_app.model.kept_timeline import read_kept_timeline

            timeline = read_kept_timeline(self._folder, events_path)
            if timeline is not None:
                return timeline
        from timeline_app.model.build import build_timeline, shared_cache

        return build_timeline(events_path, shared_cache(self._folder), finish=False, kept=False)

    def kept_small(self, events_path: Path) -> Timeline | None:
        """The timeline kept on disk for `events_path`, when no file changed and it is small enough to read
        at once on the UI thread (a few milliseconds); None otherwise."""
        if self._folder is None:
            return None
        from timeline_app.model.kept_timeline import read_kept_timeline

        return read_kept_timeline(self._folder, events_path, KEPT_AT_ONCE_BYTES)

    def finish(self) -> None:
        """Write what the last build left to write."""
        from timeline_app.model.build import shared_cache

        shared_cache(self._folder).finish()


def cached_build(folder: Path | None) -> BuildFunction:
    """The model's `build_timeline` with the extraction also kept in `folder` (None: in memory only)."""
    return _CachedBuild(folder)


DEBOUNCE_MS = 200

# One stat per watched file plus the visible names of each watched folder: cheap to take, and it
# changes whenever an editor replaces a file by renaming a new one over it.
_Signature = tuple[tuple[str, tuple[int, int, int] | None], ...]


def _is_editor_scratch(name: str) -> bool:
    """Hidden files, backups and swap files that editors create next to the file being saved."""
    return name.startswith((".", "#")) or name.endswith(("~", ".swp", ".swx", ".tmp"))


def _stat(path: str) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_ino, info.st_size, info.st_mtime_ns)


def unreadable_timeline(events_path: Path, message: str) -> Timeline:
    """The timeline of a load that failed outright: no events, one problem saying why."""
    from timeline_app.model.output.timeline import Timeline
    from timeline_app.model.problems import Problem

    return Timeline(
        title=events_path.stem,
        events_file=events_path,
        events_file_readable=False,
        problems=[Problem.error(events_path, 1, 1, message)],
    )


class _BuildWorker(QObject):
    """Lives on the worker thread; builds one timeline per request, skipping requests already stale."""

    built = Signal(int, object)

    def __init__(self, build: BuildFunction, newest: Callable[[], int]) -> None:
        super().__init__()
        self._build = build
        self._newest = newest

    @Slot(int, str)
    def build(self, generation: int, events_path: str) -> None:
        """Build the timeline for `events_path` and send it back tagged with `generation`."""
        if generation != self._newest():
            return
        path = Path(events_path)
        try:
            timeline = self._build(path)
        except Exception as exc:  # noqa: BLE001 - a bug in the model must not take the window down
            timeline = unreadable_timeline(path, f"could not build the timeline: {type(exc).__name__}: {exc}")
        self.built.emit(generation, timeline)
        finish = getattr(self._build, "finish", None)
        if finish is not None:
            try:
                finish()
            except Exception:  # noqa: BLE001 - a cache that cannot be written costs the next launch time only
                pass


class Reloader(QObject):
    """Watches the events file, its folder, the articles folder and the article files; rebuilds the
    timeline on change.

    Changes are debounced, builds run on a worker thread, and only the newest build is delivered
    through `loaded`: a result overtaken by a later request is dropped.
    """

    loaded = Signal(object)
    loading_changed = Signal(bool)
    _requested = Signal(int, str)

    def __init__(
        self,
        events_path: Path,
        build: BuildFunction = build_timeline,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._events_path = events_path
        self._build = build
        self._generation = 0
        self._loading = False
        self._forced = False
        self._signature: _Signature = ()
        self._articles_dir: Path | None = None
        self._article_files: tuple[str, ...] = ()  # as strings: thousands are stat'ed at each change
        self._thread: QThread | None = None
        self._worker: _BuildWorker | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._on_debounced)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_file_changed)
        self._watcher.directoryChanged.connect(self._on_directory_changed)
        self._sync_watches()
        self._signature = self._take_signature()

    def set_events_path(self, events_path: Path) -> None:
        """Watch another events file instead (and no articles until told), and load it now."""
        self._events_path = events_path
        self._articles_dir = None
        self._article_files = ()
        self._sync_watches()
        self.reload()

    def watch_articles(self, folder: Path | None, files: Iterable[Path]) -> None:
        """Also watch the articles folder (None: none), for articles added or removed, and these article
        files and their folders, for edits in place; replaces the articles watched before."""
        self._articles_dir = folder
        self._article_files = tuple(sorted({str(path) for path in files}))
        self._sync_watches()
        self._signature = self._take_signature()

    def watched_paths(self) -> list[Path]:
        """Every file and folder currently watched."""
        return [Path(p) for p in [*self._watcher.files(), *self._watcher.directories()]]

    def is_loading(self) -> bool:
        """Whether a build is under way."""
        return self._loading

    def reload(self) -> None:
        """Start building now; a build already running is overtaken and its result dropped."""
        self._start(self._take_signature())

    def _start(self, signature: _Signature) -> None:
        """Build now, the watched files being as `signature` says."""
        self._debounce.stop()
        self._forced = False
        self._signature = signature
        self._generation += 1
        self._ensure_worker()
        self._set_loading(True)
        self._requested.emit(self._generation, str(self._events_path))

    def shutdown(self) -> None:
        """Stop watching and wait for the worker thread to finish (safe to call twice)."""
        self._debounce.stop()
        self._generation += 1
        paths = [*self._watcher.files(), *self._watcher.directories()]
        if paths:
            self._watcher.removePaths(paths)
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None
        self._set_loading(False)

    def _ensure_worker(self) -> None:
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("timeline-build")
        self._worker = _BuildWorker(self._build, lambda: self._generation)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.build)
        self._worker.built.connect(self._on_built)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        self._thread.start()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    @Slot(int, object)
    def _on_built(self, generation: int, timeline: Timeline) -> None:
        if generation != self._generation:
            return
        self._set_loading(False)
        self.loaded.emit(timeline)

    def _wanted_files(self) -> list[str]:
        return [str(self._events_path), *self._article_files]

    def _wanted_folders(self) -> list[str]:
        folders = {os.path.dirname(path) or os.curdir for path in self._wanted_files()}
        if self._articles_dir is not None and self._articles_dir.is_dir():
            folders.add(str(self._articles_dir))
        return sorted(folders)

    def _sync_watches(self) -> None:
        """Watch what should be watched; a file replaced by a rename drops out of the watcher."""
        wanted = {path for path in self._wanted_files() if os.path.isfile(path)}
        wanted |= {path for path in self._wanted_folders() if os.path.isdir(path)}
        current = set(self._watcher.files()) | set(self._watcher.directories())
        stale = sorted(current - wanted)
        if stale:
            self._watcher.removePaths(stale)
        missing = sorted(wanted - current)
        if missing:
            self._watcher.addPaths(missing)

    def _take_signature(self) -> _Signature:
        entries: list[tuple[str, tuple[int, int, int] | None]] = [
            (path, _stat(path)) for path in self._wanted_files()
        ]
        for folder in self._wanted_folders():
            try:
                names = sorted(n for n in os.listdir(folder) if not _is_editor_scratch(n))
            except OSError:
                names = []
            entries.extend((os.path.join(folder, name), None) for name in names)
        return tuple(entries)

    @Slot(str)
    def _on_file_changed(self, _path: str) -> None:
        self._forced = True
        self._debounce.start()

    @Slot(str)
    def _on_directory_changed(self, _path: str) -> None:
        self._debounce.start()

    @Slot()
    def _on_debounced(self) -> None:
        self._sync_watches()
        signature = self._take_signature()
        if self._forced or signature != self._signature:
            self._start(signature)
