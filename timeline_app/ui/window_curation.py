"""The main window's curation commands: the event form opened to add or edit an event, hiding and removing
events, each write done by the model's writer as an undoable command; the live reload then shows it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QWidget

from timeline_app.model.events import Event, Origin
from timeline_app.model.output.timeline import ArticleText
from timeline_app.model.reading.dataset import Dataset
from timeline_app.model.writing.events_writer import (
    WriteResult,
    add_entry,
    draft_from_entry,
    hide_event,
    refine_event,
    remove_entry,
    replace_entry,
)
from timeline_app.ui.curation_commands import CurationStack
from timeline_app.ui.event_draft import (
    EventDraft,
    draft_from_event,
    draft_from_selection,
    edited_entry,
    entry_for,
    known_names,
    published_date,
)
from timeline_app.ui.event_form import EventForm
from timeline_app.ui.session import TimelineSession


class WindowCuration(QObject):
    """Add, edit, hide and remove events from the window; Undo and Redo of those writes. `written_event` gives
    the id of the event a write added or changed, once the reload shows it."""

    written_event = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        session: TimelineSession,
        history: CurationStack,
        open_file: Callable[[Path], None],
    ) -> None:
        """Commands on the events file of `session`, kept in `history`; a bundled data set copied elsewhere
        is opened with `open_file`."""
        super().__init__(window)
        self._window = window
        self._session = session
        self._open_file = open_file
        self.history = history
        self._dataset: tuple[bytes, Dataset] | None = None
        self.history.failed.connect(self._on_failed)
        # An undo would write to a file no longer shown: the history is the events file's.
        session.events_path_changed.connect(self.history.stack.clear)
        self._form: EventForm | None = None
        self._written: WriteResult | None = None
        session.timeline_changed.connect(self._on_timeline_changed)

    def form(self) -> EventForm | None:
        """The event form while it is open."""
        return self._form if self._form is not None and self._form.isVisible() else None

    def dataset(self) -> Dataset:
        """What the events file said when the timeline on screen was built from it (`people:`, `sources:`, the
        entries at the lines the events give)."""
        timeline = self._session.timeline
        data = timeline.events_data
        if self._dataset is None or self._dataset[0] is not data:
            from timeline_app.model.reading.dataset import dataset_from_bytes

            self._dataset = (data, dataset_from_bytes(data, self._session.events_path))
        return self._dataset[1]

    def people(self) -> dict[str, tuple[str, ...]]:
        """The `people:` of the events file."""
        return self.dataset().people

    def show_event_menu(
        self, widget: QWidget, position: QPoint, event_id: object, open_article: Callable[[str], object]
    ) -> QMenu | None:
        """Pop up the context menu of the event `event_id` (None or "": no event there, no menu)."""
        event = self._session.timeline.event(event_id) if isinstance(event_id, str) else None
        if event is None:
            return None
        from timeline_app.ui.event_menu import show_event_menu

        return show_event_menu(widget, position, event, self, open_article)

    def copy_citation(self, event_id: str, index: int) -> None:
        """Put the citation of one excerpt of an event on the clipboard (plain text and rich text)."""
        event = self._session.timeline.event(event_id)
        if event is None or not 0 <= index < len(event.sources):
            return
        from timeline_app.ui.citation import citation_mime

        source = event.sources[index]
        meta = self.dataset().sources.get(source.article)
        article = self._session.timeline.articles.get(source.article)
        title = (meta.title if meta else None) or (article.title if article else None)
        outlet = (meta.outlet if meta else None) or (article.outlet if article else None)
        QGuiApplication.clipboard().setMimeData(
            citation_mime(source, title, outlet, meta.url if meta else None)
        )
        self._show_message(f"Copied the citation of {source.article}.")

    def ensure_writable(self) -> bool:
        """Whether the events file may be written; a bundled or read-only data set is first copied to a
        folder the user chooses, and the copy opened."""
        from timeline_app.ui.writable_copy import offer_copy

        copy = offer_copy(self._window, self._session.events_path, self._session.timeline.articles_dir)
        if copy is None:
            return False
        if copy != self._session.events_path:
            self._open_file(copy)
        return True

    def _show_message(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    # -- opening the form ---------------------------------------------------------------------

    def add_event(self, draft: EventDraft | None = None, note: str = "") -> EventForm:
        """Open the form on a new entry (empty, or as `draft` fills it)."""
        note = note or f"Saving adds an entry at the end of {self._session.events_path.name}."
        return self._open_form(draft or EventDraft(), "Add event", note, self._write_new)

    def add_from_selection(self, article: ArticleText, start: int, end: int) -> EventForm | None:
        """Open the form filled from words selected in an article."""
        timeline = self._session.timeline
        shown = timeline.articles.get(article.name)
        if shown is None:
            self._show_message(f"{article.name} is not an article of this timeline: select words in an article.")
            return None
        if shown != article:
            self._show_message(f"{article.name} changed since it was opened: open it again, then select.")
            return None
        draft = draft_from_selection(
            article, start, end, published_date(timeline, article.name), self.people(),
            timeline.countries,
        )
        note = (
            f"Filled from the words selected in {article.name}: check the date, the kind and the people. "
            f"Saving adds an entry at the end of {self._session.events_path.name}."
        )
        return self.add_event(draft, note)

    def edit_event(self, event_id: str) -> EventForm | None:
        """Open the form on an event: a curated one's entry is edited in place, an extracted one gets an entry
        that refines it (saying only what the form changes)."""
        event = self._session.timeline.event(event_id)
        if event is None:
            return None
        dataset = self.dataset()
        entry = entry_for(event, dataset)
        draft = draft_from_event(event, entry)
        if entry is None and event.origin is not Origin.EXTRACTED:
            self._on_failed(f"Edit “{event.title}”", f"No entry of {dataset.path.name} describes it; edit the file by hand.")
            return None
        name = dataset.path.name
        if entry is not None:
            title = f"Edit “{event.title}”"
            note = f"Saving rewrites the entry at line {entry.position.line} of {name}; the rest stays as it is."
        else:
            title = f"Refine “{event.title}”"
            note = (
                f"The articles report this event. Saving adds an entry to {name} that says what you change "
                f"here, anchored on its excerpt of {event.sources[0].article}; its excerpts stay its sources."
            )
        return self._open_form(draft, title, note, lambda d: self._write_edit(event, draft, d))

    def _open_form(
        self, draft: EventDraft, title: str, note: str, save: Callable[[EventDraft], object]
    ) -> EventForm:
        if self._form is not None:
            self._form.close()
            self._form.deleteLater()
        timeline = self._session.timeline
        names = known_names(timeline, self.people())
        form = EventForm(draft, timeline.articles, names, title, note, self._window)
        form.accepted.connect(lambda: save(form.draft()))
        self._form = form
        form.open()
        return form

    # -- writing ------------------------------------------------------------------------------

    def _write(self, text: str, write: Callable[[Path, bytes | None], WriteResult]) -> bool:
        """Run one write to the events file (after offering to copy a bundled data set) as an undoable
        command; whether it was written."""
        if not self.ensure_writable():
            return False
        path = self._session.events_path
        base = self._session.timeline.events_data or None
        result = self.history.run(text, lambda: write(path, base))
        if result is None:
            return False
        self._show_message(f"{text}: saved in {path.name} (Ctrl+Z undoes it).")
        self._written = result
        return True

    @Slot()
    def _on_timeline_changed(self) -> None:
        """Select the event the last write added or changed, once the reload shows it."""
        written = self._written
        timeline = self._session.timeline
        if written is None or timeline.events_data != written.after:
            return  # not yet the reload of that write
        self._written = None
        event = next((e for e in timeline.events if written.line and e.entry_line == written.line), None)
        if event is not None:
            self.written_event.emit(event.id)

    def _write_new(self, draft: EventDraft) -> None:
        entry = draft.entry_draft()
        self._write(f"Add “{draft.title.strip()}”", lambda path, base: add_entry(path, entry, base=base))

    def _write_edit(self, event: Event, before: EventDraft, after: EventDraft) -> None:
        entry = entry_for(event, self.dataset())
        if entry is None:
            refined = after.entry_draft(with_status=True)  # the writer keeps what differs from the event
            self._write(f"Refine “{event.title}”", lambda path, base: refine_event(path, event, refined, base=base))
            return
        line = entry.position.line
        replacement = edited_entry(draft_from_entry(entry), before, after)
        self._write(f"Edit “{event.title}”", lambda path, base: replace_entry(path, line, replacement, base=base))

    def hide_event(self, event_id: str) -> bool:
        """Hide an event the articles report; for a curated one, ask, then remove its entry. Whether it was
        written."""
        event = self._session.timeline.event(event_id)
        if event is None:
            return False
        if event.origin is Origin.CURATED:
            entry = entry_for(event, self.dataset())
            if entry is None:
                self._on_failed(f"Remove “{event.title}”", f"No entry of {self._session.events_path.name} describes it.")
                return False
            if not self.confirm_removal(event):
                return False
            line = entry.position.line
            return self._write(
                f"Remove “{event.title}”", lambda path, base: remove_entry(path, line, base=base)
            )
        return self._write(f"Hide “{event.title}”", lambda path, base: hide_event(path, event, base=base))

    def confirm_removal(self, event: Event) -> bool:
        """Ask before removing a curated entry (tests replace this)."""
        answer = QMessageBox.question(
            self._window,
            "Remove event",
            f"“{event.title}” is an entry of {self._session.events_path.name}. Remove the entry?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot(str, str)
    def _on_failed(self, what: str, why: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Nothing was written", f"{what}: nothing was written.",
                          parent=self._window)
        box.setInformativeText(why)
        box.setObjectName("write_failed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
