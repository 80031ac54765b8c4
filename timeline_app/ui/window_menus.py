"""The main window's menus (File, Edit, View, Help), their actions and keys, and the dialogs they open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from timeline_app.ui.settings import WindowSettings
    from timeline_app.ui.shortcuts_dialog import ShortcutsDialog
    from timeline_app.ui.timeline_canvas import TimelineCanvas
    from timeline_app.ui.window_articles import WindowArticles
    from timeline_app.ui.window_curation import WindowCuration

DATA_FORMATS = {"json": "JSON (*.json)", "csv": "CSV (*.csv)", "ics": "iCalendar (*.ics)"}
IMAGE_FORMATS = {"png": "PNG image (*.png)", "svg": "SVG drawing (*.svg)"}

# Keys the timeline itself answers to when it has the focus (listed in Help ▸ Keyboard shortcuts).
CANVAS_KEYS = [
    ("Left, Right", "Previous, next event on the timeline"),
    ("Home, End", "First, last event on the timeline"),
    ("Enter", "Open the selected event's first article"),
    ("Escape", "Clear the selection"),
    ("+, -", "Zoom the timeline in, out"),
    ("Wheel", "Zoom about the pointer"),
    ("Shift+wheel, drag", "Scroll through time"),
    ("Shift+drag", "Zoom to the dragged range"),
    ("Double-click", "Zoom in, or open the event's article"),
    ("Click +N or a count", "Zoom in on the events it counts"),
    ("Click \u25c2 N or N \u25b8", "Scroll to the events beyond that edge"),
]


class MenuTarget(Protocol):
    """What the menus act on: the main window's views and commands."""

    def events_path(self) -> Path:
        """The events file shown."""

    def canvas(self) -> TimelineCanvas:
        """The timeline (built at the first call)."""

    def update_panes(self) -> None:
        """Show or hide the event list and the detail pane as their actions say."""

    def selected_id(self) -> str | None:
        """The id of the selected event."""

    def reload(self) -> None:
        """Read the events file again."""

    def focus_search(self) -> None:
        """Put the cursor in the search field."""

    def open_events_file(self, path: Path) -> None:
        """Show another events file."""

    def open_first_source(self, event_id: str) -> None:
        """Open the reader on the first source of an event."""

    def export_image(self, path: Path) -> bool:
        """Save the timeline as PNG or SVG."""

    def export_data(self, path: Path, fmt: str) -> bool:
        """Save the events as JSON, CSV or iCalendar."""

    def show_shortcuts(self) -> ShortcutsDialog:
        """Show the keyboard shortcuts window."""

    def curation(self) -> WindowCuration:
        """The commands that add, edit, hide and remove events."""

    def articles(self) -> WindowArticles:
        """The commands that add articles."""


class WindowMenus:
    """Fills the menus of `window` (File, Edit, View and Help, already in its menu bar) with actions acting
    on `target`; keeps the actions by name."""

    def __init__(
        self, window: QMainWindow, target: MenuTarget, settings: WindowSettings | None, menus: Sequence[QMenu]
    ) -> None:
        self._window = window
        self._target = target
        self._settings = settings
        self._actions: dict[str, QAction] = {}
        self._build(*menus)

    def action(self, name: str) -> QAction:
        """An action by object name ('reload', 'export_data', 'show_list', …)."""
        return self._actions[name]

    def actions(self) -> list[QAction]:
        """Every action, in menu order."""
        return list(self._actions.values())

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        shortcuts: list[QKeySequence] | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = self._new_action(name, text, shortcuts, tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _canvas_action(
        self, name: str, text: str, shortcuts: list[QKeySequence], act: Callable[[TimelineCanvas], object]
    ) -> QAction:
        """An action on the timeline (built when first needed)."""
        return self._action(name, text, lambda: act(self._target.canvas()), shortcuts)

    def _toggle(
        self, name: str, text: str, shortcut: QKeySequence, on_toggled: Callable[[bool], object]
    ) -> QAction:
        """A checkable action, checked at first, that calls `on_toggled` with its new state."""
        action = self._new_action(name, text, [shortcut], None)
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(on_toggled)
        return action

    def _new_action(
        self, name: str, text: str, shortcuts: list[QKeySequence] | None, tip: str | None
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcuts:
            action.setShortcuts(shortcuts)
        if tip:
            action.setStatusTip(tip)
        self._window.addAction(action)
        self._actions[name] = action
        return action

    def _build(
        self, file_menu: QMenu, edit_menu: QMenu, event_menu: QMenu, view_menu: QMenu, help_menu: QMenu
    ) -> None:
        key = QKeySequence
        target = self._target
        file_menu.addAction(
            self._action(
                "new_timeline", "&New timeline…", self._ask_new_timeline, [key(key.StandardKey.New)],
                "Make a folder with an events.yaml to fill and an empty articles folder",
            )
        )
        file_menu.addAction(
            self._action("open", "&Open events file…", self._ask_open, [key(key.StandardKey.Open)])
        )
        self._recent = file_menu.addMenu("Open &Recent")
        self._recent.setObjectName("recent_menu")
        self._recent.aboutToShow.connect(self._fill_recent)
        file_menu.addAction(
            self._action(
                "reload", "&Reload", target.reload, [key("F5")], "Read events.yaml and the articles again"
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                "add_articles", "&Add articles…", lambda: target.articles().ask_files(), None,
                "Add text files or saved web pages to the articles folder (or drop them on the window)",
            )
        )
        file_menu.addAction(
            self._action(
                "add_article_url", "Add article from &URL…", lambda: target.articles().ask_url(), None,
                "Fetch a web page and add its article",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action("export_image", "Export timeline as &image (PNG/SVG)…", self._ask_export_image)
        )
        file_menu.addAction(
            self._action("export_data", "Export &data (JSON/CSV/ICS)…", self._ask_export_data)
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", "&Quit", self._window.close, [key(key.StandardKey.Quit)]))

        # The undo history binds them when the first write makes it.
        undo = self._new_action("undo", "&Undo", [key(key.StandardKey.Undo)], "Take back the last write")
        redo = self._new_action(
            "redo", "&Redo", [key("Ctrl+Shift+Z"), key(key.StandardKey.Redo)], "Do the write taken back again"
        )
        for action in (undo, redo):
            action.setEnabled(False)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(
            self._action("find", "&Find events…", target.focus_search, [key(key.StandardKey.Find)])
        )
        edit_menu.addAction(
            self._action(
                "open_article",
                "&Open article of selected event",
                lambda: target.open_first_source(target.selected_id() or ""),
                [key("Ctrl+Return")],
            )
        )

        selected = target.selected_id
        event_menu.addAction(
            self._action(
                "add_event", "&Add event…", lambda: target.curation().add_event(), [key("Ctrl+Shift+N")],
                "Add an entry to events.yaml",
            )
        )
        event_menu.addAction(
            self._action(
                "edit_event", "&Edit selected event…",
                lambda: target.curation().edit_event(selected() or ""), [key("Ctrl+E")],
                "Edit the selected event's entry, or add one that refines an extracted event",
            )
        )
        event_menu.addAction(
            self._action(
                "hide_event", "&Hide selected event…",
                lambda: target.curation().hide_event(selected() or ""), [key("Ctrl+Shift+H")],
                "Hide an extracted event; remove a curated entry (asks first)",
            )
        )

        view_menu.addAction(
            self._canvas_action("fit_all", "&Fit all", [key("Ctrl+0")], lambda c: c.fit_all())
        )
        view_menu.addAction(
            self._canvas_action(
                "zoom_in", "Zoom &in", [key(key.StandardKey.ZoomIn), key("Ctrl+=")], lambda c: c.zoom_in()
            )
        )
        view_menu.addAction(
            self._canvas_action(
                "zoom_out", "Zoom &out", [key(key.StandardKey.ZoomOut)], lambda c: c.zoom_out()
            )
        )
        view_menu.addSeparator()
        for action in (
            self._canvas_action("next_event", "&Next event", [key("Alt+Right")], lambda c: c.select_next()),
            self._canvas_action(
                "previous_event", "&Previous event", [key("Alt+Left")], lambda c: c.select_previous()
            ),
            self._canvas_action("first_event", "First event", [key("Alt+Home")], lambda c: c.select_first()),
            self._canvas_action("last_event", "Last event", [key("Alt+End")], lambda c: c.select_last()),
        ):
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(
            self._toggle("show_list", "Event &list", key("Ctrl+1"), lambda _: target.update_panes())
        )
        view_menu.addAction(
            self._toggle("show_detail", "&Detail pane", key("Ctrl+2"), lambda _: target.update_panes())
        )

        help_menu.addAction(
            self._action(
                "shortcuts", "&Keyboard shortcuts", target.show_shortcuts, [key(key.StandardKey.HelpContents)]
            )
        )
        help_menu.addAction(self._action("about", "&About", self._show_about))

    # -- dialogs ------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        """Where a save dialog starts: the folder of the last export, else the events file's."""
        folder = self._settings.path("files/last_folder") if self._settings else None
        return str(folder or self._target.events_path().parent)

    def _remember_folder(self, path: Path) -> None:
        """Remember the folder of an export for the next save dialog."""
        if self._settings is not None:
            self._settings.set_path("files/last_folder", path.parent)

    def _ask_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        # The events file's own folder: data sets sit beside one another, exports elsewhere.
        name, _ = QFileDialog.getOpenFileName(
            self._window,
            "Open events file",
            str(self._target.events_path().parent),
            "Events files (*.yaml *.yml);;All files (*)",
        )
        if name:
            self._target.open_events_file(Path(name))

    def _fill_recent(self) -> None:
        self._recent.clear()
        paths = self._settings.recent_files() if self._settings is not None else []
        for path in paths:
            action = self._recent.addAction(f"{path.parent.name}/{path.name}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._target.open_events_file(p))
        if not paths:
            self._recent.addAction("No recent files").setEnabled(False)

    def _ask_new_timeline(self) -> None:
        from timeline_app.model.writing.new_timeline import create_timeline

        folder = ask_new_folder(self._window, Path(self._start_folder()))
        if folder is None:
            return
        try:
            events = create_timeline(folder)
        except (OSError, ValueError) as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self._window, "New timeline", f"Could not make the timeline: {exc}")
            return
        self._remember_folder(folder)
        self._target.open_events_file(events)

    def _ask_save(self, title: str, formats: dict[str, str], suggested: str) -> Path | None:
        """A file to write, asked for with a save dialog offering `formats` (suffix: filter); a name without
        one of their suffixes gets the chosen filter's (else the first's). None when cancelled."""
        from PySide6.QtWidgets import QFileDialog

        name, chosen = QFileDialog.getSaveFileName(
            self._window, title, str(Path(self._start_folder()) / suggested), ";;".join(formats.values())
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower().lstrip(".") not in formats:
            suffix = next((f for f, label in formats.items() if label == chosen), next(iter(formats)))
            path = path.with_suffix(f".{suffix}")
        self._remember_folder(path)
        return path

    def _report_failure(self, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self._window, "Export failed", f"Could not write {path}.")

    def _ask_export_image(self) -> None:
        stem = self._target.events_path().stem
        path = self._ask_save("Export timeline as image", IMAGE_FORMATS, f"{stem}-timeline.png")
        if path is not None and not self._target.export_image(path):
            self._report_failure(path)

    def _ask_export_data(self) -> None:
        path = self._ask_save("Export data", DATA_FORMATS, f"{self._target.events_path().stem}.json")
        if path is not None and not self._target.export_data(path, path.suffix.lower().lstrip(".")):
            self._report_failure(path)

    def _show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from timeline_app import installed_version

        QMessageBox.about(
            self._window,
            "About Timeline",
            f"<p><b>Timeline</b> {installed_version()}</p>"
            "<p>Turns news articles into a sourced, zoomable timeline.</p>"
            "<p>Every event links back to the excerpts that report it; edit <i>events.yaml</i> "
            "and the timeline follows.</p>",
        )


def ask_new_folder(parent: QMainWindow, start: Path) -> Path | None:
    """The folder to make for a new timeline (a name that does not exist yet), or None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(
        parent, "New timeline: name its folder", str(start / "my-timeline"), "Folders (*)",
        options=QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontConfirmOverwrite,
    )
    return Path(name) if name else None
