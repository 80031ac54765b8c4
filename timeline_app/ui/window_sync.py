"""Keeps the main window's views in step: one selection on the timeline, in the list and in the detail pane;
the list's filter dims the timeline; the legend's hidden kinds hide them in both."""

from __future__ import annotations

from PySide6.QtCore import QObject, Slot

from timeline_app.model.events import Kind
from timeline_app.ui.window_contents import WindowContents


class ViewSync(QObject):
    """Shows the session's timeline in every view and carries a selection made in one view to the others."""

    def __init__(self, views: WindowContents) -> None:
        super().__init__(views)
        self._views = views
        self._selected: str | None = None
        self._syncing = False
        views.canvas.selection_changed.connect(self._on_canvas_selection)
        views.event_list.selection_changed.connect(self._on_list_selection)
        views.event_list.filter_changed.connect(self._on_filter_changed)
        views.legend.hidden_kinds_changed.connect(self.hide_kinds)

    def selected_id(self) -> str | None:
        """The id of the selected event."""
        return self._selected

    def show_timeline(self) -> None:
        """Show the session's timeline in the timeline, legend and list; keep the selection if it is still
        there."""
        views = self._views
        timeline = views.session.timeline
        self._syncing = True
        try:
            views.canvas.set_events(timeline.events)
            views.legend.set_counts(views.canvas.index().lane_counts())
            views.event_list.set_events(timeline.events)
            views.canvas.set_dimmed(views.event_list.matching_ids())
        finally:
            self._syncing = False
        selected = self._selected if self._selected and timeline.event(self._selected) else None
        self.select(selected)

    def select(self, event_id: str | None, origin: object = None) -> None:
        """Select an event in every view but `origin` (the one where it was selected); None clears it."""
        views = self._views
        self._selected = event_id
        self._syncing = True
        try:
            if origin is not views.canvas and views.canvas.selected_id() != event_id:
                views.canvas.select(event_id)
            if origin is not views.event_list:
                views.event_list.select(event_id)
        finally:
            self._syncing = False
        if views.is_complete():  # else the pane, when made, is told
            timeline = views.session.timeline
            views.detail_pane.show_event(timeline.event(event_id) if event_id else None, timeline.articles)

    @Slot(str)
    def _on_canvas_selection(self, event_id: str) -> None:
        if not self._syncing and (event_id or None) != self._selected:
            self.select(event_id or None, self._views.canvas)

    @Slot(str)
    def _on_list_selection(self, event_id: str) -> None:
        if not self._syncing and (event_id or None) != self._selected:
            self.select(event_id or None, self._views.event_list)

    @Slot()
    def _on_filter_changed(self) -> None:
        self._views.canvas.set_dimmed(self._views.event_list.matching_ids())
        self._views.canvas.bring_matches_into_view()
        self._drop_unlisted_selection()

    @Slot(object)
    def hide_kinds(self, kinds: frozenset[Kind]) -> None:
        """Hide the events of `kinds` on the timeline and in the list."""
        self._views.canvas.set_hidden_kinds(kinds)
        self._views.event_list.set_hidden_kinds(kinds)
        self._drop_unlisted_selection()

    def _drop_unlisted_selection(self) -> None:
        """Clear the selection (and the detail pane) when the search or the kinds leave its event out."""
        if self._selected is not None and not self._views.event_list.shows(self._selected):
            self.select(None)
