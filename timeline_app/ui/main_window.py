"""The main window: timeline and legend, event list, detail pane, problem banner and status bar (menus live in
`window_menus`)."""

from __future__ import annotations

import collections
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.events import Event, Kind
from timeline_app.model.problems import Problem
from timeline_app.model.timeline import ArticleText, Timeline
from timeline_app.ui.kind_legend import KindLegend
from timeline_app.ui.reloader import DEBOUNCE_MS, BuildFunction, build_timeline
from timeline_app.ui.session import TimelineSession
from timeline_app.ui.settings import WindowSettings
from timeline_app.ui.timeline_canvas import TimelineCanvas
from timeline_app.ui.window_menus import CANVAS_KEYS, WindowMenus
from timeline_app.ui.wording import plural

if TYPE_CHECKING:
    from timeline_app.ui.article_reader import ArticleReader
    from timeline_app.ui.detail_pane import DetailPane
    from timeline_app.ui.event_list import EventList
    from timeline_app.ui.problem_banner import ProblemBanner
    from timeline_app.ui.shortcuts_dialog import ShortcutsDialog

MINIMUM_SIZE = QSize(800, 560)
DEFAULT_SIZE = QSize(1280, 820)
PROGRESS_DELAY_MS = 150
DETAIL_MINIMUM_WIDTH = 300


class MainWindow(QMainWindow):
    """The application window around a `TimelineSession`: every view follows the session's timeline."""

    def __init__(
        self,
        timeline: Timeline,
        events_path: Path,
        *,
        build: BuildFunction = build_timeline,
        settings: WindowSettings | None = None,
        watch: bool = True,
        debounce_ms: int = DEBOUNCE_MS,
        defer_panes: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """With `defer_panes`, the event list, detail pane and problem banner are built by `build_panes`
        (or when first asked for), so that the first frame comes sooner; placeholders hold their places."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self._session = TimelineSession(
            timeline, events_path, build, watch=watch, debounce_ms=debounce_ms, parent=self
        )
        self._settings = settings
        self._splitters_restored = False
        self._selected: str | None = None
        self._syncing = False
        self._reader: ArticleReader | None = None
        self._reader_source: tuple[str, int] | None = None
        self._shortcuts: ShortcutsDialog | None = None

        self._banner: ProblemBanner | None = None
        self._list: EventList | None = None
        self._detail: DetailPane | None = None
        self._legend = KindLegend()
        self._canvas = TimelineCanvas()
        self._list_slot = QWidget()
        self._list_slot.setObjectName("event_list_placeholder")
        self._detail_slot = QWidget()
        self._detail_slot.setObjectName("detail_pane_placeholder")
        self._build_layout()
        self._build_status_bar()
        self._menus = WindowMenus(self, self, settings)

        self._canvas.selection_changed.connect(self._on_canvas_selection)
        self._canvas.event_activated.connect(self.open_first_source)
        self._legend.hidden_kinds_changed.connect(self._on_hidden_kinds)
        self._session.timeline_changed.connect(self._on_timeline_changed)
        self._session.loading_changed.connect(self._on_loading_changed)
        self._session.events_path_changed.connect(self._update_title)

        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._on_timeline_changed()
        self._restore_settings()
        if not defer_panes:
            self.build_panes()

    # -- construction -------------------------------------------------------------------------

    def _build_layout(self) -> None:
        timeline_box = QWidget()
        timeline_box.setObjectName("timeline_box")
        box_layout = QVBoxLayout(timeline_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(self._legend)
        box_layout.addWidget(self._canvas, 1)

        self._left_splitter = QSplitter(Qt.Orientation.Vertical)
        self._left_splitter.setObjectName("left_splitter")
        self._left_splitter.setChildrenCollapsible(False)
        self._left_splitter.addWidget(timeline_box)
        self._left_splitter.addWidget(self._list_slot)
        self._left_splitter.setStretchFactor(0, 3)
        self._left_splitter.setStretchFactor(1, 2)

        self._main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self._main_splitter.setObjectName("main_splitter")
        self._main_splitter.setChildrenCollapsible(False)
        self._main_splitter.addWidget(self._left_splitter)
        self._main_splitter.addWidget(self._detail_slot)
        self._main_splitter.setStretchFactor(0, 3)
        self._main_splitter.setStretchFactor(1, 1)
        self._detail_slot.setMinimumWidth(DETAIL_MINIMUM_WIDTH)
        self._list_slot.setMinimumHeight(120)
        self._canvas.setMinimumHeight(200)

        central = QWidget()
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(6, 6, 6, 0)
        self._central_layout.setSpacing(6)
        self._central_layout.addWidget(self._main_splitter, 1)
        self.setCentralWidget(central)

    def build_panes(self) -> None:
        """Build the event list, detail pane and problem banner in place of their placeholders (once)."""
        if self._list is not None:
            return
        from timeline_app.ui.detail_pane import DetailPane
        from timeline_app.ui.event_list import EventList
        from timeline_app.ui.problem_banner import ProblemBanner

        self._banner = ProblemBanner()
        self._list = EventList()
        self._detail = DetailPane()
        self._detail.setMinimumWidth(DETAIL_MINIMUM_WIDTH)
        self._list.setMinimumHeight(120)
        self._list.setVisible(self._list_slot.isVisibleTo(self._left_splitter))
        self._detail.setVisible(self._detail_slot.isVisibleTo(self._main_splitter))
        self._central_layout.insertWidget(0, self._banner)
        self._left_splitter.replaceWidget(1, self._list)
        self._main_splitter.replaceWidget(1, self._detail)
        self._list_slot.deleteLater()
        self._detail_slot.deleteLater()

        self._list.selection_changed.connect(self._on_list_selection)
        self._list.event_activated.connect(self.open_first_source)
        self._list.filter_changed.connect(self._on_filter_changed)
        self._list.set_hidden_kinds(self._legend.hidden_kinds())
        self._detail.source_requested.connect(self.open_source)
        self._banner.problem_activated.connect(self.open_problem)
        self._on_timeline_changed()

    def _build_status_bar(self) -> None:
        self._counts = QLabel()
        self._counts.setObjectName("status_counts")
        self._progress = QProgressBar()
        self._progress.setObjectName("load_progress")
        self._progress.setRange(0, 0)
        self._progress.setTextVisible(False)
        self._progress.setMaximumWidth(120)
        self._progress.setMaximumHeight(self.fontMetrics().height())
        self._progress.setToolTip("Reloading the timeline…")
        self._progress.hide()
        # A load that ends quickly never shows the indicator, so that saving does not make it flicker.
        self._progress_delay = QTimer(self)
        self._progress_delay.setSingleShot(True)
        self._progress_delay.setInterval(PROGRESS_DELAY_MS)
        self._progress_delay.timeout.connect(self._show_progress)
        self.statusBar().addPermanentWidget(self._progress)
        self.statusBar().addPermanentWidget(self._counts)

    # -- public API ---------------------------------------------------------------------------

    @property
    def session(self) -> TimelineSession:
        """The document shown."""
        return self._session

    def action(self, name: str) -> QAction:
        """A menu action by object name ('reload', 'export_data', 'show_list', …)."""
        return self._menus.action(name)

    def canvas(self) -> TimelineCanvas:
        """The timeline."""
        return self._canvas

    def legend(self) -> KindLegend:
        """The kind legend above the timeline."""
        return self._legend

    def event_list(self) -> EventList:
        """The event table."""
        self.build_panes()
        assert self._list is not None
        return self._list

    def detail_pane(self) -> DetailPane:
        """The pane describing the selected event."""
        self.build_panes()
        assert self._detail is not None
        return self._detail

    def problem_banner(self) -> ProblemBanner:
        """The banner listing the problems of the last load."""
        self.build_panes()
        assert self._banner is not None
        return self._banner

    def article_reader(self) -> ArticleReader | None:
        """The article window, once an article has been opened."""
        return self._reader

    def status_text(self) -> str:
        """The counts shown in the status bar."""
        return self._counts.text()

    def is_loading_shown(self) -> bool:
        """Whether the busy indicator is showing."""
        return self._progress.isVisibleTo(self)

    def selected_id(self) -> str | None:
        """The id of the selected event."""
        return self._selected

    def select(self, event_id: str | None) -> None:
        """Select an event everywhere (timeline, list, detail pane); None clears the selection."""
        self._set_selection(event_id or None, None)

    def reload(self) -> None:
        """Read the events file again (F5)."""
        self._session.reload()

    def load(self) -> None:
        """Read the events file in the background, showing "Loading…" in the status bar at once
        (the first load, after the window has painted an empty timeline)."""
        self.build_panes()
        self._progress.setToolTip("Loading the timeline…")
        self._progress.show()
        self.statusBar().showMessage("Loading…")
        self._session.reload()
        if not self._session.is_loading():
            self._on_loading_changed(False)

    def focus_search(self) -> None:
        """Show the event list and put the cursor in its search field (Ctrl+F)."""
        self._menus.action("show_list").setChecked(True)
        self.event_list().focus_search()

    def open_events_file(self, path: Path) -> None:
        """Show another events file (loaded in the background)."""
        self._session.open(path)
        if self._settings is not None:
            self._settings.set_last_events_file(path)

    def open_first_source(self, event_id: str) -> None:
        """Open the reader on the first source of an event (Enter or double-click on it)."""
        event = self._session.timeline.event(event_id) if event_id else None
        if event is not None and event.sources:
            self.open_source(event_id, 0)
        elif event is not None:
            self.statusBar().showMessage(f"“{event.title}” cites no article.", 5000)

    @Slot(str, int)
    def open_source(self, event_id: str, index: int) -> None:
        """Open the article of one source of an event, its excerpt highlighted and in view."""
        timeline = self._session.timeline
        event = timeline.event(event_id)
        if event is None or not 0 <= index < len(event.sources):
            return
        source = event.sources[index]
        article = timeline.articles.get(source.article)
        if article is None:
            self.statusBar().showMessage(f"The article {source.article} is not available.", 5000)
            return
        reader = self._ensure_reader()
        reader.show_source(article, source)
        self._reader_source = (event_id, index)
        self._raise_reader(reader)

    @Slot(object)
    def open_problem(self, problem: Problem) -> None:
        """Open the file a problem is about, at its line."""
        article = self._article_at(problem.file)
        if article is None:
            try:
                text = problem.file.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                self.statusBar().showMessage(f"Cannot open {problem.file}: {exc.strerror}", 5000)
                return
            article = ArticleText(problem.file.name, problem.file, text, title=problem.file.name)
        reader = self._ensure_reader()
        reader.show_line(article, problem.line)
        self._reader_source = None
        self._raise_reader(reader)

    def export_image(self, path: Path) -> bool:
        """Save the timeline as PNG (at the screen's pixel density) or SVG, chosen by suffix."""
        if path.suffix.lower() == ".svg":
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(self._canvas.size())
            generator.setViewBox(QRect(0, 0, self._canvas.width(), self._canvas.height()))
            generator.setTitle(self._session.timeline.title)
            generator.setDescription(f"Timeline exported from {self._session.events_path.name}")
            painter = QPainter(generator)
            self._canvas.render(painter, QPoint())
            ok = painter.end()
        else:
            ok = self._canvas.grab().save(str(path), "PNG")
        self._report_export(path, ok)
        return ok

    def export_data(self, path: Path, fmt: str) -> bool:
        """Save the events as JSON, CSV or iCalendar."""
        from timeline_app.model.export import export_timeline, write_text_atomically

        try:
            write_text_atomically(path, export_timeline(self._session.timeline, fmt))
        except OSError as exc:
            self.statusBar().showMessage(f"Could not write {path}: {exc.strerror}", 8000)
            return False
        self._report_export(path, True)
        return True

    def show_shortcuts(self) -> ShortcutsDialog:
        """Show the keyboard shortcuts window."""
        if self._shortcuts is None:
            from timeline_app.ui.shortcuts_dialog import ShortcutsDialog, action_entries

            self._shortcuts = ShortcutsDialog([*action_entries(self._menus.actions()), *CANVAS_KEYS], self)
        self._shortcuts.show()
        self._shortcuts.raise_()
        return self._shortcuts

    # -- reacting to the session and the views ------------------------------------------------

    @Slot()
    def _on_timeline_changed(self) -> None:
        timeline = self._session.timeline
        self._syncing = True
        try:
            self._canvas.set_events(timeline.events)
            self._legend.set_counts(dict(collections.Counter(e.kind for e in timeline.events)))
            if self._list is not None:
                self._list.set_events(timeline.events)
                self._canvas.set_dimmed(self._list.matching_ids())
        finally:
            self._syncing = False
        selected = self._selected if self._selected and timeline.event(self._selected) else None
        self._set_selection(selected, None)
        if self._banner is not None:
            self._banner.set_problems(
                self._session.problems, self._session.events_file_readable, self._session.events_path.parent
            )
        self._update_title()
        self._update_counts()
        self._refresh_reader()

    def _set_selection(self, event_id: str | None, origin: object) -> None:
        self._selected = event_id
        self._syncing = True
        try:
            if origin is not self._canvas and self._canvas.selected_id() != event_id:
                self._canvas.select(event_id)
            if self._list is not None and origin is not self._list:
                self._list.select(event_id)
        finally:
            self._syncing = False
        if self._detail is not None:
            event = self._session.timeline.event(event_id) if event_id else None
            self._detail.show_event(event, self._session.timeline.articles)

    @Slot(str)
    def _on_canvas_selection(self, event_id: str) -> None:
        if not self._syncing and (event_id or None) != self._selected:
            self._set_selection(event_id or None, self._canvas)

    @Slot(str)
    def _on_list_selection(self, event_id: str) -> None:
        if not self._syncing and (event_id or None) != self._selected:
            self._set_selection(event_id or None, self._list)

    @Slot()
    def _on_filter_changed(self) -> None:
        self._canvas.set_dimmed(self.event_list().matching_ids())

    @Slot(object)
    def _on_hidden_kinds(self, kinds: frozenset[Kind]) -> None:
        self._canvas.set_hidden_kinds(kinds)
        if self._list is not None:
            self._list.set_hidden_kinds(kinds)

    @Slot(bool)
    def _on_loading_changed(self, loading: bool) -> None:
        if loading:
            self._progress_delay.start()
        else:
            self._progress_delay.stop()
            if self._progress.isVisibleTo(self):
                self._progress.hide()
                self._progress.setToolTip("Reloading the timeline…")
                self.statusBar().clearMessage()

    @Slot()
    def _show_progress(self) -> None:
        if self._session.is_loading() and not self._progress.isVisibleTo(self):
            self._progress.show()
            self.statusBar().showMessage("Reloading…")

    def _update_title(self) -> None:
        title = self._session.timeline.title or self._session.events_path.stem
        self.setWindowTitle(f"{title} — {self._session.events_path.name}")

    def _update_counts(self) -> None:
        events = self._session.timeline.events
        sources = sum(len(e.sources) for e in events)
        articles = len({s.article for e in events for s in e.sources})
        problems = len(self._session.problems)
        parts = [plural(len(events), "event"), plural(sources, "source"), plural(problems, "problem")]
        self._counts.setText(" · ".join(parts))
        self._counts.setToolTip(f"Sources are excerpts from {plural(articles, 'article')}.")

    # -- article reader -----------------------------------------------------------------------

    def _ensure_reader(self) -> ArticleReader:
        if self._reader is None:
            from timeline_app.ui.article_reader import ArticleReader

            self._reader = ArticleReader(self)
        return self._reader

    @staticmethod
    def _raise_reader(reader: ArticleReader) -> None:
        reader.show()
        reader.raise_()
        reader.activateWindow()

    def _article_at(self, path: Path) -> ArticleText | None:
        for article in self._session.timeline.articles.values():
            if article.path == path or article.path.resolve() == path.resolve():
                return article
        return None

    def _refresh_reader(self) -> None:
        """Keep an open reader in step with a reloaded article."""
        if self._reader is None or not self._reader.isVisible() or self._reader_source is None:
            return
        event_id, index = self._reader_source
        event: Event | None = self._session.timeline.event(event_id)
        if event is not None and index < len(event.sources):
            article = self._session.timeline.articles.get(event.sources[index].article)
            if article is not None:
                self._reader.show_source(article, event.sources[index])

    def _report_export(self, path: Path, ok: bool) -> None:
        message = f"Exported to {path}" if ok else f"Could not write {path}"
        self.statusBar().showMessage(message, 8000)

    # -- persistence --------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        if self._settings is None:
            return
        geometry = self._settings.bytes_value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in (
            ("window/main_splitter", self._main_splitter),
            ("window/left_splitter", self._left_splitter),
        ):
            state = self._settings.bytes_value(key)
            if state is not None:
                self._splitters_restored = splitter.restoreState(state) or self._splitters_restored
        self._menus.action("show_list").setChecked(self._settings.flag("window/show_list", True))
        self._menus.action("show_detail").setChecked(self._settings.flag("window/show_detail", True))
        self._settings.set_last_events_file(self._session.events_path)

    def showEvent(self, event: QShowEvent) -> None:
        """Share the space out the first time the window is shown (unless sizes were restored)."""
        super().showEvent(event)
        if not self._splitters_restored:
            self._splitters_restored = True
            width, height = self._main_splitter.width(), self._left_splitter.height()
            detail = max(DETAIL_MINIMUM_WIDTH, min(460, round(width * 0.3)))
            self._main_splitter.setSizes([width - detail, detail])
            timeline = round(height * 0.6)
            self._left_splitter.setSizes([timeline, height - timeline])

    def save_settings(self) -> None:
        """Remember geometry, splitter sizes and panes shown."""
        if self._settings is None:
            return
        self._settings.set_bytes_value("window/geometry", self.saveGeometry())
        self._settings.set_bytes_value("window/main_splitter", self._main_splitter.saveState())
        self._settings.set_bytes_value("window/left_splitter", self._left_splitter.saveState())
        self._settings.set_flag("window/show_list", self._menus.action("show_list").isChecked())
        self._settings.set_flag("window/show_detail", self._menus.action("show_detail").isChecked())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings, stop watching files, close the article window."""
        self.save_settings()
        self._session.shutdown()
        if self._reader is not None:
            self._reader.close()
        if self._shortcuts is not None:
            self._shortcuts.close()
        super().closeEvent(event)
