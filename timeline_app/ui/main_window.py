"""The main window: menus (their actions in `window_menus`) and status bar around its contents
(`window_contents`); it can paint its first frame before building actions and views, and keeps the views in
step with the session."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QWidget

from timeline_app.ui.settings import WindowSettings
from timeline_app.ui.wording import plural

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter

    from timeline_app.model.events import Event, Kind
    from timeline_app.model.problems import Problem
    from timeline_app.model.timeline import ArticleText, Timeline
    from timeline_app.ui.article_reader import ArticleReader
    from timeline_app.ui.detail_pane import DetailPane
    from timeline_app.ui.event_list import EventList
    from timeline_app.ui.kind_legend import KindLegend
    from timeline_app.ui.problem_banner import ProblemBanner
    from timeline_app.ui.reloader import BuildFunction
    from timeline_app.ui.session import TimelineSession
    from timeline_app.ui.shortcuts_dialog import ShortcutsDialog
    from timeline_app.ui.timeline_canvas import TimelineCanvas
    from timeline_app.ui.window_contents import WindowContents
    from timeline_app.ui.window_menus import WindowMenus

MINIMUM_SIZE = QSize(800, 560)
DEFAULT_SIZE = QSize(1280, 820)
PROGRESS_DELAY_MS = 150
MENU_TITLES = ("&File", "&Edit", "&View", "&Help")


class MainWindow(QMainWindow):
    """The application window around a `TimelineSession`: every view follows the session's timeline."""

    def __init__(
        self,
        timeline: Timeline | None,
        events_path: Path,
        *,
        build: BuildFunction | None = None,
        settings: WindowSettings | None = None,
        watch: bool = True,
        debounce_ms: int | None = None,
        defer_contents: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Show `timeline` (None: an empty one until `load`), read from `events_path` by `build` (by default
        the model's build, after `debounce_ms` of quiet when `watch`ed files change).

        With `defer_contents`, the window has only its menu titles and status bar until `build_contents`
        (or the first call that needs a view or an action): its first frame comes sooner, before the
        actions, the views and the model are imported."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self._events_path = events_path
        self._first_timeline = timeline
        self._build = build
        self._watch = watch
        self._debounce_ms = debounce_ms
        self._settings = settings
        self._contents: WindowContents | None = None
        self._menus: WindowMenus | None = None
        self._space_shared = False
        self._selected: str | None = None
        self._syncing = False
        self._reader: ArticleReader | None = None
        self._reader_source: tuple[str, int] | None = None
        self._shortcuts: ShortcutsDialog | None = None

        placeholder = QWidget()
        placeholder.setObjectName("contents_placeholder")
        self.setCentralWidget(placeholder)
        self._build_status_bar()
        self._menu_bar_menus = [self.menuBar().addMenu(title) for title in MENU_TITLES]
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(DEFAULT_SIZE)
        self._restore_settings()
        self._update_title()
        if defer_contents:
            self.statusBar().showMessage(f"Opening {events_path.name}…")
        else:
            self.build_contents()

    # -- construction -------------------------------------------------------------------------

    def build_contents(self) -> WindowContents:
        """The views (timeline, legend, list, detail pane, banner): built and wired at the first call."""
        if self._contents is not None:
            return self._contents
        self._menu_actions()
        from timeline_app.model.timeline import Timeline
        from timeline_app.ui.reloader import DEBOUNCE_MS, build_timeline
        from timeline_app.ui.session import TimelineSession
        from timeline_app.ui.window_contents import WindowContents

        timeline = self._first_timeline
        session = TimelineSession(
            Timeline(title="", events_file=self._events_path) if timeline is None else timeline,
            self._events_path,
            self._build or build_timeline,
            watch=self._watch,
            debounce_ms=DEBOUNCE_MS if self._debounce_ms is None else self._debounce_ms,
        )
        try:
            contents = WindowContents(session)
        except BaseException:
            session.shutdown()
            raise
        session.setParent(self)
        self._contents = contents
        self._first_timeline = None
        contents.canvas.selection_changed.connect(self._on_canvas_selection)
        contents.canvas.event_activated.connect(self.open_first_source)
        contents.legend.hidden_kinds_changed.connect(self._on_hidden_kinds)
        contents.event_list.selection_changed.connect(self._on_list_selection)
        contents.event_list.event_activated.connect(self.open_first_source)
        contents.event_list.filter_changed.connect(self._on_filter_changed)
        contents.detail_pane.source_requested.connect(self.open_source)
        contents.banner.problem_activated.connect(self.open_problem)
        session.timeline_changed.connect(self._on_timeline_changed)
        session.loading_changed.connect(self._on_loading_changed)
        session.events_path_changed.connect(self._update_title)

        self._restore_splitters(contents)
        self.update_panes()
        self.setCentralWidget(contents)
        if self.isVisible():
            contents.show()  # at once, not when the layout would get to it
            self._share_space_once()
        self._on_timeline_changed()
        return contents

    def built_contents(self) -> WindowContents | None:
        """The views, or None while they have not been built."""
        return self._contents

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
        return self.build_contents().session

    def events_path(self) -> Path:
        """The events file shown (or about to be)."""
        return self._contents.session.events_path if self._contents is not None else self._events_path

    def action(self, name: str) -> QAction:
        """A menu action by object name ('reload', 'export_data', 'show_list', …)."""
        return self._menu_actions().action(name)

    def canvas(self) -> TimelineCanvas:
        """The timeline."""
        return self.build_contents().canvas

    def legend(self) -> KindLegend:
        """The kind legend above the timeline."""
        return self.build_contents().legend

    def event_list(self) -> EventList:
        """The event table."""
        return self.build_contents().event_list

    def detail_pane(self) -> DetailPane:
        """The pane describing the selected event."""
        return self.build_contents().detail_pane

    def problem_banner(self) -> ProblemBanner:
        """The banner listing the problems of the last load."""
        return self.build_contents().banner

    def update_panes(self) -> None:
        """Show or hide the event list and the detail pane as the View menu says."""
        if self._contents is not None:
            self._contents.event_list.setVisible(self.action("show_list").isChecked())
            self._contents.detail_pane.setVisible(self.action("show_detail").isChecked())

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
        self.session.reload()

    def load(self) -> None:
        """Read the events file in the background, showing "Loading…" in the status bar at once
        (the first load, after the window has painted its first frame)."""
        session = self.session
        self._progress.setToolTip("Loading the timeline…")
        self._progress.show()
        self.statusBar().showMessage("Loading…")
        session.reload()
        if not session.is_loading():
            self._on_loading_changed(False)

    def shutdown(self) -> None:
        """Wait for a load in progress and stop watching files (before the application's threads end)."""
        if self._contents is not None:
            self._contents.session.shutdown()

    def focus_search(self) -> None:
        """Show the event list and put the cursor in its search field (Ctrl+F)."""
        self.action("show_list").setChecked(True)
        self.event_list().focus_search()

    def open_events_file(self, path: Path) -> None:
        """Show another events file (loaded in the background)."""
        self.session.open(path)
        if self._settings is not None:
            self._settings.set_last_events_file(path)

    def open_first_source(self, event_id: str) -> None:
        """Open the reader on the first source of an event (Enter or double-click on it)."""
        event = self.session.timeline.event(event_id) if event_id else None
        if event is not None and event.sources:
            self.open_source(event_id, 0)
        elif event is not None:
            self.statusBar().showMessage(f"“{event.title}” cites no article.", 5000)

    @Slot(str, int)
    def open_source(self, event_id: str, index: int) -> None:
        """Open the article of one source of an event, its excerpt highlighted and in view."""
        timeline = self.session.timeline
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
            from timeline_app.model.timeline import ArticleText

            article = ArticleText(problem.file.name, problem.file, text, title=problem.file.name)
        reader = self._ensure_reader()
        reader.show_line(article, problem.line)
        self._reader_source = None
        self._raise_reader(reader)

    def export_image(self, path: Path) -> bool:
        """Save the timeline as PNG (at the screen's pixel density) or SVG, chosen by suffix."""
        canvas = self.canvas()
        if path.suffix.lower() == ".svg":
            description = f"Timeline exported from {self.session.events_path.name}"
            ok = canvas.write_svg(path, self.session.timeline.title, description)
        else:
            ok = canvas.grab().save(str(path), "PNG")
        self._report_export(path, ok)
        return ok

    def export_data(self, path: Path, fmt: str) -> bool:
        """Save the events as JSON, CSV or iCalendar."""
        from timeline_app.model.export import export_timeline, write_text_atomically

        try:
            write_text_atomically(path, export_timeline(self.session.timeline, fmt))
        except OSError as exc:
            self.statusBar().showMessage(f"Could not write {path}: {exc.strerror}", 8000)
            return False
        self._report_export(path, True)
        return True

    def show_shortcuts(self) -> ShortcutsDialog:
        """Show the keyboard shortcuts window."""
        if self._shortcuts is None:
            from timeline_app.ui.shortcuts_dialog import ShortcutsDialog, action_entries
            from timeline_app.ui.window_menus import CANVAS_KEYS

            actions = self._menu_actions().actions()
            self._shortcuts = ShortcutsDialog([*action_entries(actions), *CANVAS_KEYS], self)
        self._shortcuts.show()
        self._shortcuts.raise_()
        return self._shortcuts

    # -- reacting to the session and the views ------------------------------------------------

    @Slot()
    def _on_timeline_changed(self) -> None:
        views = self.build_contents()
        session = views.session
        timeline = session.timeline
        self._syncing = True
        try:
            views.canvas.set_events(timeline.events)
            views.legend.set_counts(views.canvas.index().lane_counts())
            views.event_list.set_events(timeline.events)
            views.canvas.set_dimmed(views.event_list.matching_ids())
        finally:
            self._syncing = False
        selected = self._selected if self._selected and timeline.event(self._selected) else None
        self._set_selection(selected, None)
        views.banner.set_problems(session.problems, session.events_file_readable, session.events_path.parent)
        self._update_title()
        self._update_counts()
        self._refresh_reader()

    def _set_selection(self, event_id: str | None, origin: object) -> None:
        views = self.build_contents()
        self._selected = event_id
        self._syncing = True
        try:
            if origin is not views.canvas and views.canvas.selected_id() != event_id:
                views.canvas.select(event_id)
            if origin is not views.event_list:
                views.event_list.select(event_id)
        finally:
            self._syncing = False
        timeline = views.session.timeline
        views.detail_pane.show_event(timeline.event(event_id) if event_id else None, timeline.articles)

    @Slot(str)
    def _on_canvas_selection(self, event_id: str) -> None:
        if not self._syncing and (event_id or None) != self._selected:
            self._set_selection(event_id or None, self.canvas())

    @Slot(str)
    def _on_list_selection(self, event_id: str) -> None:
        if not self._syncing and (event_id or None) != self._selected:
            self._set_selection(event_id or None, self.event_list())

    @Slot()
    def _on_filter_changed(self) -> None:
        self.canvas().set_dimmed(self.event_list().matching_ids())
        self.canvas().bring_matches_into_view()
        self._drop_unlisted_selection()

    @Slot(object)
    def _on_hidden_kinds(self, kinds: frozenset[Kind]) -> None:
        self.canvas().set_hidden_kinds(kinds)
        self.event_list().set_hidden_kinds(kinds)
        self._drop_unlisted_selection()

    def _drop_unlisted_selection(self) -> None:
        """Clear the selection (and the detail pane) when the search or the kinds leave its event out."""
        if self._selected is not None and not self.event_list().shows(self._selected):
            self._set_selection(None, None)

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
        if self.session.is_loading() and not self._progress.isVisibleTo(self):
            self._progress.show()
            self.statusBar().showMessage("Reloading…")

    def _update_title(self) -> None:
        path = self.events_path()
        timeline = self._contents.session.timeline if self._contents is not None else self._first_timeline
        title = (timeline.title if timeline is not None else "") or path.stem
        self.setWindowTitle(f"{title} — {path.name}")

    def _update_counts(self) -> None:
        events = self.session.timeline.events
        sources = sum(len(e.sources) for e in events)
        articles = len({s.article for e in events for s in e.sources})
        problems = len(self.session.problems)
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
        for article in self.session.timeline.articles.values():
            if article.path == path or article.path.resolve() == path.resolve():
                return article
        return None

    def _refresh_reader(self) -> None:
        """Keep an open reader in step with a reloaded article."""
        if self._reader is None or not self._reader.isVisible() or self._reader_source is None:
            return
        event_id, index = self._reader_source
        event: Event | None = self.session.timeline.event(event_id)
        if event is not None and index < len(event.sources):
            article = self.session.timeline.articles.get(event.sources[index].article)
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
        self._settings.set_last_events_file(self._events_path)

    def _menu_actions(self) -> WindowMenus:
        """The menus' actions, made (with the panes' remembered states) at the first call."""
        if self._menus is None:
            from timeline_app.ui.window_menus import WindowMenus

            self._menus = WindowMenus(self, self, self._settings, self._menu_bar_menus)
            if self._settings is not None:
                self._menus.action("show_list").setChecked(self._settings.flag("window/show_list", True))
                self._menus.action("show_detail").setChecked(self._settings.flag("window/show_detail", True))
        return self._menus

    @staticmethod
    def _splitters(contents: WindowContents) -> tuple[tuple[str, QSplitter], ...]:
        """The splitters whose sizes are remembered, with their settings keys."""
        return (
            ("window/main_splitter", contents.main_splitter),
            ("window/left_splitter", contents.left_splitter),
        )

    def _restore_splitters(self, contents: WindowContents) -> None:
        if self._settings is None:
            return
        for key, splitter in self._splitters(contents):
            state = self._settings.bytes_value(key)
            if state is not None:
                self._space_shared = splitter.restoreState(state) or self._space_shared

    def _share_space_once(self) -> None:
        """Share the space out between the views when first shown (unless their sizes were restored)."""
        if self._contents is not None and not self._space_shared:
            self._space_shared = True
            self._contents.share_space()

    def showEvent(self, event: QShowEvent) -> None:
        """Share the space out the first time the window is shown with its views."""
        super().showEvent(event)
        self._share_space_once()

    def save_settings(self) -> None:
        """Remember geometry, splitter sizes and panes shown."""
        if self._settings is None:
            return
        self._settings.set_bytes_value("window/geometry", self.saveGeometry())
        if self._contents is not None:
            for key, splitter in self._splitters(self._contents):
                self._settings.set_bytes_value(key, splitter.saveState())
        if self._menus is not None:
            self._settings.set_flag("window/show_list", self._menus.action("show_list").isChecked())
            self._settings.set_flag("window/show_detail", self._menus.action("show_detail").isChecked())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings, stop watching files, close the article window."""
        self.save_settings()
        self.shutdown()
        if self._reader is not None:
            self._reader.close()
        if self._shortcuts is not None:
            self._shortcuts.close()
        super().closeEvent(event)
