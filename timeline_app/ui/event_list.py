"""The sortable, searchable table of events beside the timeline."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.events import Event, Kind
from timeline_app.ui.event_table_model import (
    EVENT_ID_ROLE,
    ICON_SIZE,
    Column,
    EventFilterProxy,
    EventTableModel,
)

SIZED_ROWS = 100  # the rows (beyond those on screen) a column fitted to its contents is measured on


class EventList(QWidget):
    """A search field over a sortable table of events; its selection follows and leads the timeline's."""

    selection_changed = Signal(str)
    event_activated = Signal(str)
    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("event_list")
        self._syncing = False
        self._wanted: str | None = None
        self._model = EventTableModel(self)
        self._proxy = EventFilterProxy(self)
        self._proxy.setSourceModel(self._model)

        self._search = QLineEdit()
        self._search.setObjectName("event_search")
        self._search.setAccessibleName("Filter events")
        self._search.setPlaceholderText("Filter: title, people, place, kind, excerpt  (Ctrl+F)")
        self._search.setClearButtonEnabled(True)
        self._search.textChanged.connect(self._on_query)
        self._search.installEventFilter(self)
        self._count = QLabel()
        self._count.setObjectName("event_count")

        self._table = QTableView()
        self._table.setObjectName("event_table")
        self._table.setAccessibleName("Events")
        self._table.setModel(self._proxy)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSortingEnabled(True)
        self._table.sortByColumn(Column.DATE, Qt.SortOrder.AscendingOrder)
        self._table.setAlternatingRowColors(True)
        self._table.setShowGrid(False)
        self._table.setWordWrap(False)
        self._table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self._table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SOURCES, QHeaderView.ResizeMode.ResizeToContents)
        # Columns fit the rows on screen and the next ones, not the first thousand rows (Qt's default),
        # which the first frame with a large timeline waited for.
        header.setResizeContentsPrecision(SIZED_ROWS)
        self._table.selectionModel().selectionChanged.connect(self._on_selection)
        self._table.activated.connect(self._on_activated)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self._search, 1)
        top.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self._table, 1)
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the search field, Escape clears the search, Enter (Shift+Enter) selects the next (previous)
        match and Down moves into the table."""
        if watched is self._search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._search.text():
                backwards = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                self.select_next_match(backwards)
                return True
            if event.key() == Qt.Key.Key_Down and self._proxy.rowCount() > 0:
                self._table.setFocus(Qt.FocusReason.TabFocusReason)
                if not self._table.selectionModel().hasSelection():
                    self._table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def table(self) -> QTableView:
        """The table view."""
        return self._table

    def search_field(self) -> QLineEdit:
        """The search field."""
        return self._search

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+F)."""
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def set_events(self, events: Sequence[Event]) -> None:
        """Show these events, keeping the selected one selected when it is still there."""
        self._refilter(lambda: self._reset(events))

    def _reset(self, events: Sequence[Event]) -> None:
        self._model.set_events(events)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the kind glyphs in the new palette's colours (light or dark)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._model.set_look(self.palette(), self.devicePixelRatioF())

    def showEvent(self, event: QShowEvent) -> None:
        """Draw the kind glyphs for the screen the list is shown on."""
        super().showEvent(event)
        if self.devicePixelRatioF() != self._model.pixel_ratio():
            self._model.set_look(self.palette(), self.devicePixelRatioF())

    def set_hidden_kinds(self, kinds: Collection[Kind]) -> None:
        """Hide the rows of these kinds (the legend's checkboxes)."""
        self._refilter(lambda: self._proxy.set_hidden_kinds(kinds))

    def set_query(self, query: str) -> None:
        """Filter as if `query` had been typed in the search field."""
        self._search.setText(query)

    def matching_ids(self) -> frozenset[str] | None:
        """Ids of the events the search matches (whatever their kind), or None when not searching."""
        words = self._proxy.query_words()
        return self._model.matching_ids(words) if words else None

    def visible_ids(self) -> list[str]:
        """Ids of the rows shown, top to bottom."""
        return [
            str(self._proxy.data(self._proxy.index(row, 0), EVENT_ID_ROLE))
            for row in range(self._proxy.rowCount())
        ]

    def select_next_match(self, backwards: bool = False) -> None:
        """Select the row after the selected one (before it when `backwards`), from the first (last)
        when none is, round from the end; reported as a click on it would be."""
        count = self._proxy.rowCount()
        if count == 0:
            return
        rows = self._table.selectionModel().selectedRows()
        step = -1 if backwards else 1
        if rows:
            row = (rows[0].row() + step) % count
        else:
            row = count - 1 if backwards else 0
        index = self._proxy.index(row, 0)
        self._table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._table.scrollTo(index)

    def shows(self, event_id: str) -> bool:
        """Whether the event has a row among those shown (the search and the kinds let it through)."""
        row = self._model.row_of(event_id)
        return row is not None and self._proxy.mapFromSource(self._model.index(row, 0)).isValid()

    def selected_id(self) -> str | None:
        """The id of the selected row, if any."""
        rows = self._table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(EVENT_ID_ROLE))

    def select(self, event_id: str | None) -> None:
        """Select the row of `event_id` (None: no row) without emitting `selection_changed`.

        An event hidden by the filter gets its row back, selected, when the filter lets it through.
        """
        self._wanted = event_id or None
        self._show_wanted()

    def _show_wanted(self) -> None:
        if self._wanted == self.selected_id():
            return
        row = self._model.row_of(self._wanted) if self._wanted else None
        index = self._proxy.mapFromSource(self._model.index(row, 0)) if row is not None else QModelIndex()
        selection = self._table.selectionModel()
        self._syncing = True
        try:
            if index.isValid():
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self._table.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._syncing = False

    def _refilter(self, change: Callable[[], None]) -> None:
        self._syncing = True
        try:
            change()
        finally:
            self._syncing = False
        self._show_wanted()
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self._proxy.rowCount(), self._model.rowCount()
        self._count.setText(f"{total} events" if shown == total else f"{shown} of {total} events")

    @Slot(str)
    def _on_query(self, text: str) -> None:
        self._refilter(lambda: self._proxy.set_query(text))
        self.filter_changed.emit()

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if not self._syncing:
            self._wanted = self.selected_id()
            self.selection_changed.emit(self._wanted or "")

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        event_id = index.data(EVENT_ID_ROLE)
        if event_id:
            self.event_activated.emit(str(event_id))
