"""The main window: it builds its parts and keeps them in step with the session; each part is a module.

- `window_contents`: the views laid out (timeline, legend, list, detail pane, banner) and their splitters;
- `window_sync`: one selection across the views, the list's filter on the timeline;
- `window_menus`: the menus, their actions and keys, the file dialogs they open;
- `window_status`: the counts and the busy indicator in the status bar;
- `window_reader`: the article window; `window_export`: image and data exports;
- `window_curation`: add, edit, hide and remove events (the form is `event_form`, its contents
  `event_draft`); `window_articles`: add articles (the dialog is `article_dialog`);
- `curation_commands`: the undo history of every write, done by the model's `events_writer`.

It can paint its first frame before building actions and views."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from timeline_app.ui.settings import ViewState, WindowSettings
from timeline_app.ui.window_status import WindowStatus

if TYPE_CHECKING:
    from timeline_app.model.output.timeline import Timeline
    from timeline_app.model.problems import Problem
    from timeline_app.ui.article_reader import ArticleReader
    from timeline_app.ui.curation_commands import CurationStack
    from timeline_app.ui.detail_pane import DetailPane
    from timeline_app.ui.event_list import EventList
    from timeline_app.ui.kind_legend import KindLegend
    from timeline_app.ui.problem_banner import ProblemBanner
    from timeline_app.ui.reloader import BuildFunction
    from timeline_app.ui.session import TimelineSession
    from timeline_app.ui.shortcuts_dialog import ShortcutsDialog
    from timeline_app.ui.timeline_canvas import TimelineCanvas
    from timeline_app.ui.window_articles import WindowArticles
    from timeline_app.ui.window_contents import WindowContents
    from timeline_app.ui.window_curation import WindowCuration
    from timeline_app.ui.window_menus import WindowMenus
    from timeline_app.ui.window_reader import ReaderControl
    from timeline_app.ui.window_sync import ViewSync

MINIMUM_SIZE = QSize(800, 560)
DEFAULT_SIZE = QSize(1280, 820)
MENU_TITLES = ("&File", "&Edit", "&Event", "&View", "&Help")


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
        self._sync: ViewSync | None = None
        self._readers: ReaderControl | None = None
        self._history: CurationStack | None = None
        self._curation: WindowCuration | None = None
        self._articles: WindowArticles | None = None
        self._shortcuts: ShortcutsDialog | None = None
        self._view_restored = False
        self._defer_contents = defer_contents

        placeholder = QWidget()
        placeholder.setObjectName("contents_placeholder")
        self.setCentralWidget(placeholder)
        self._status = WindowStatus(self.statusBar(), self._is_loading)
        self._menu_bar_menus = [self.menuBar().addMenu(title) for title in MENU_TITLES]
        self.setMinimumSize(MINIMUM_SIZE)
        self.setAcceptDrops(True)
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
        from timeline_app.model.output.timeline import Timeline
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
            loaded=timeline is not None,
        )
        try:
            # A window that opens step by step makes the banner and the detail pane after the views' frame.
            contents = WindowContents(session, secondary_later=self._defer_contents)
        except BaseException:
            session.shutdown()
            raise
        session.setParent(self)
        self._contents = contents
        self._first_timeline = None
        contents.canvas.event_activated.connect(self.open_first_source)
        contents.event_list.event_activated.connect(self.open_first_source)
        session.timeline_changed.connect(self._on_timeline_changed)
        session.loading_changed.connect(self._status.loading_changed)
        session.events_path_changed.connect(self._update_title)
        self._offer_curation(contents)

        if self._settings is not None:
            self._space_shared = contents.restore_sizes(self._settings)
        self.update_panes()
        self.setCentralWidget(contents)
        if self.isVisible():
            contents.show()  # at once, not when the layout would get to it
            self._share_space_once()
        self._on_timeline_changed()
        if contents.is_complete():
            self._wire_secondary(contents)
        else:
            from timeline_app.ui.after_paint import after_first_paint

            after_first_paint(contents, self._complete_contents)
        return contents

    def _complete_contents(self) -> WindowContents:
        """The views with the banner and the detail pane, made and wired now if they were not."""
        contents = self.build_contents()
        if contents.complete():
            self._wire_secondary(contents)
            self.update_panes()
            self._show_problems()
            self._view_sync().select(self.selected_id())  # the detail pane describes the selection
        return contents

    def _wire_secondary(self, contents: WindowContents) -> None:
        """Connect the banner and the detail pane."""
        contents.detail_pane.source_requested.connect(self.open_source)
        contents.banner.problem_activated.connect(self.open_problem)
        contents.detail_pane.edit_requested.connect(lambda event_id: self.curation().edit_event(event_id))
        contents.detail_pane.hide_requested.connect(lambda event_id: self.curation().hide_event(event_id))
        contents.detail_pane.citation_requested.connect(
            lambda event_id, index: self.curation().copy_citation(event_id, index)
        )

    def built_contents(self) -> WindowContents | None:
        """The views, or None while they have not been built."""
        return self._contents

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
        return self._complete_contents().detail_pane

    def problem_banner(self) -> ProblemBanner:
        """The banner listing the problems of the last load."""
        return self._complete_contents().banner

    def update_panes(self) -> None:
        """Show or hide the event list and the detail pane as the View menu says."""
        if self._contents is not None:
            self._contents.event_list.setVisible(self.action("show_list").isChecked())
            self._contents.detail_place().setVisible(self.action("show_detail").isChecked())

    def article_reader(self) -> ArticleReader | None:
        """The article window, once an article has been opened."""
        return self._readers.reader() if self._readers is not None else None

    def status_text(self) -> str:
        """The counts shown in the status bar."""
        return self._status.counts_text()

    def is_loading_shown(self) -> bool:
        """Whether the busy indicator is showing."""
        return self._status.is_loading_shown()

    def selected_id(self) -> str | None:
        """The id of the selected event."""
        return self._sync.selected_id() if self._sync is not None else None

    def select(self, event_id: str | None) -> None:
        """Select an event everywhere (timeline, list, detail pane); None clears the selection."""
        self._view_sync().select(event_id or None)

    def reload(self) -> None:
        """Read the events file again (F5)."""
        self.session.reload()

    def load(self) -> None:
        """Read the events file in the background, showing "Loading…" in the status bar at once
        (the first load, after the window has painted its first frame); a small timeline that the disk
        cache keeps for the unchanged files is shown at once instead, with the views."""
        if self._contents is None and self._first_timeline is None:
            kept_small = getattr(self._build, "kept_small", None)
            self._first_timeline = kept_small(self._events_path) if kept_small is not None else None
            if self._first_timeline is not None:
                self.build_contents()
                self.statusBar().clearMessage()
                return
        session = self.session
        self._status.show_first_load()
        session.reload()
        if not session.is_loading():
            self._status.loading_changed(False)

    def shutdown(self) -> None:
        """Wait for a load in progress and stop watching files (before the application's threads end)."""
        if self._contents is not None:
            self._contents.session.shutdown()

    def focus_search(self) -> None:
        """Show the event list and put the cursor in its search field (Ctrl+F)."""
        self.action("show_list").setChecked(True)
        self.event_list().focus_search()

    def open_events_file(self, path: Path) -> None:
        """Show another events file (loaded in the background; remembered once it could be read)."""
        self.session.open(path)

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
        self.reader_control().open_source(self.session.timeline, event_id, index)

    @Slot(object)
    def open_problem(self, problem: Problem) -> None:
        """Open the file a problem is about, at its line."""
        self.reader_control().open_problem(self.session.timeline, problem)

    def export_image(self, path: Path) -> bool:
        """Save the timeline as PNG (at the screen's pixel density) or SVG, chosen by suffix."""
        from timeline_app.ui.window_export import export_image

        ok = export_image(self.canvas(), self.session.timeline.title, self.session.events_path, path)
        self._report_export(path, ok)
        return ok

    def export_data(self, path: Path, fmt: str) -> bool:
        """Save the events as JSON, CSV or iCalendar."""
        from timeline_app.ui.window_export import export_data

        failure = export_data(self.session.timeline, path, fmt)
        if failure is not None:
            self.statusBar().showMessage(f"Could not write {path}: {failure}", 8000)
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
        self._view_sync().show_timeline()
        self._show_problems()
        if self._settings is not None and session.events_file_readable and session.shows_readable_version:
            self._settings.set_last_events_file(session.events_path)  # never a file that could not be read
            if not self._view_restored:
                self._view_restored = True
                self._restore_view()
        self._update_title()
        self._update_counts()
        if self._readers is not None:
            self._readers.refresh(session.timeline)

    def _show_problems(self) -> None:
        """List the session's problems in the banner (once it is made)."""
        views = self.build_contents()
        if views.is_complete():
            session = views.session
            views.banner.set_problems(session.problems, session.events_file_readable, session.events_path.parent,
                                      earlier_version_shown=session.shows_readable_version)

    def _view_sync(self) -> ViewSync:
        if self._sync is None:
            from timeline_app.ui.window_sync import ViewSync

            self._sync = ViewSync(self.build_contents())
        return self._sync

    def _is_loading(self) -> bool:
        return self._contents is not None and self._contents.session.is_loading()

    def _update_title(self) -> None:
        path = self.events_path()
        timeline = self._contents.session.timeline if self._contents is not None else self._first_timeline
        title = (timeline.title if timeline is not None else "") or path.stem
        self.setWindowTitle(f"{title} — {path.name}")

    def _update_counts(self) -> None:
        events = self.session.timeline.events
        sources = sum(len(e.sources) for e in events)
        articles = len({s.article for e in events for s in e.sources})
        self._status.show_counts(len(events), sources, articles, len(self.session.problems))

    # -- curation -----------------------------------------------------------------------------

    def _offer_curation(self, contents: WindowContents) -> None:
        """Offer the curation commands on the views (their modules load at the first use): the context menus
        of the timeline and the list."""
        from PySide6.QtCore import Qt

        from timeline_app.ui.event_table_model import EVENT_ID_ROLE

        canvas, table = contents.canvas, contents.event_list.table()
        for view in (canvas, table):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        canvas.customContextMenuRequested.connect(
            lambda pos: self.curation().show_event_menu(canvas, pos, canvas.event_at(pos), self.open_first_source)
        )
        table.customContextMenuRequested.connect(
            lambda pos: self.curation().show_event_menu(
                table.viewport(), pos, table.indexAt(pos).data(EVENT_ID_ROLE), self.open_first_source
            )
        )
        # The detail pane's links are offered when the pane is made (`_wire_secondary`), the article window's
        # selection when the window is (`reader_control`).

    def history(self) -> CurationStack:
        """The undo history of the window's writes to events.yaml."""
        if self._history is None:
            from timeline_app.ui.curation_commands import CurationStack

            self._history = CurationStack(self)
            self._history.bind(self.action("undo"), self.action("redo"))
        return self._history

    def curation(self) -> WindowCuration:
        """The commands that add, edit, hide and remove events (made at the first call)."""
        if self._curation is None:
            from timeline_app.ui.window_curation import WindowCuration

            session = self.build_contents().session
            self._curation = WindowCuration(self, session, self.history(), self.open_events_file)
            self._curation.written_event.connect(self.select)
        return self._curation

    def articles(self) -> WindowArticles:
        """The commands that add articles (made at the first call)."""
        if self._articles is None:
            from timeline_app.ui.window_articles import WindowArticles

            session = self.build_contents().session
            self._articles = WindowArticles(self, session, self.history(), self.curation().ensure_writable)
        return self._articles

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files that could be articles."""
        from timeline_app.ui.window_articles import dropped_articles

        if dropped_articles(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Add the dropped files as articles."""
        from timeline_app.ui.window_articles import dropped_articles

        paths = dropped_articles(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.articles().add_files(paths)

    # -- article reader -----------------------------------------------------------------------

    def reader_control(self) -> ReaderControl:
        """The article window's keeper (made at the first call)."""
        if self._readers is None:
            from timeline_app.ui.window_reader import ReaderControl

            self._readers = ReaderControl(self, lambda text: self.statusBar().showMessage(text, 5000))
            self._readers.when_made(
                lambda reader: reader.add_event_requested.connect(
                    lambda article, start, end: self.curation().add_from_selection(article, start, end)
                )
            )
        return self._readers

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

    def _restore_view(self) -> None:
        """Show the events file as it was last seen, when it is the one that was: kinds hidden, search text,
        selection and range."""
        from timeline_app.model.events import Kind

        state = self._settings.view_state() if self._settings is not None else None
        if state is None or state.events_file != self.session.events_path.resolve():
            return
        known = {kind.value: kind for kind in Kind}
        kinds = frozenset(known[value] for value in state.hidden_kinds if value in known)
        if kinds:
            self.legend().set_hidden_kinds(kinds)
            self._view_sync().hide_kinds(kinds)
        if state.filter_text:
            self.event_list().set_query(state.filter_text)
        if state.selected is not None and self.session.timeline.event(state.selected) is not None:
            self.select(state.selected)
        if state.visible_range is not None:
            self.canvas().set_visible_range(*state.visible_range)

    def _save_view(self) -> None:
        if self._settings is None or self._contents is None or not self._contents.session.shows_readable_version:
            return
        contents = self._contents
        self._settings.set_view_state(ViewState(
            contents.session.events_path.resolve(),
            contents.canvas.asked_range(),
            self.selected_id(),
            contents.event_list.search_field().text(),
            tuple(sorted(kind.value for kind in contents.legend.hidden_kinds())),
        ))

    def _menu_actions(self) -> WindowMenus:
        """The menus' actions, made (with the panes' remembered states) at the first call."""
        if self._menus is None:
            from timeline_app.ui.window_menus import WindowMenus

            self._menus = WindowMenus(self, self, self._settings, self._menu_bar_menus)
            if self._settings is not None:
                self._menus.action("show_list").setChecked(self._settings.flag("window/show_list", True))
                self._menus.action("show_detail").setChecked(self._settings.flag("window/show_detail", True))
        return self._menus

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
            self._contents.save_sizes(self._settings)
        self._save_view()
        if self._menus is not None:
            self._settings.set_flag("window/show_list", self._menus.action("show_list").isChecked())
            self._settings.set_flag("window/show_detail", self._menus.action("show_detail").isChecked())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the settings, stop watching files, close the article window."""
        self.save_settings()
        self.shutdown()
        if self._readers is not None:
            self._readers.close()
        if self._shortcuts is not None:
            self._shortcuts.close()
        super().closeEvent(event)
