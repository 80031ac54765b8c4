"""The sortable, searchable table of events beside the timeline."""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QPalette, QShowEvent
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

from timeline_app.model.events import Event, Kind, Status
from timeline_app.ui.kind_style import KIND_STYLES, glyph_icon

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_ICON_SIZE = 14

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The columns of the table, left to right."""

    DATE = 0
    KIND = 1
    TITLE = 2
    SOURCES = 3


_HEADERS = {Column.DATE: "Date", Column.KIND: "Kind", Column.TITLE: "Title", Column.SOURCES: "Sources"}


def search_text(event: Event) -> str:
    """Everything the search field looks through, case-folded: title, people, place, kind, excerpts."""
    parts = [event.title, *event.participants, event.location or "", event.kind.value, event.summary or ""]
    parts.extend(source.excerpt for source in event.sources)
    return "\n".join(parts).casefold()


def matches(event: Event, query: str) -> bool:
    """Whether every word of `query` occurs in the event's searchable text."""
    haystack = search_text(event)
    return all(word in haystack for word in query.casefold().split())


class EventTableModel(QAbstractTableModel):
    """One row per event: date at its precision, kind, title, number of sources."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._icons: dict[Kind, QIcon] = {}
        self._palette = QPalette()
        self._pixel_ratio = 1.0

    def set_events(self, events: Sequence[Event]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def set_look(self, palette: QPalette, pixel_ratio: float) -> None:
        """Draw the kind glyphs in `palette`'s colours for a screen of this pixel density."""
        self._palette = QPalette(palette)
        self._pixel_ratio = pixel_ratio
        self._icons.clear()
        if self._events:
            self.dataChanged.emit(
                self.index(0, Column.KIND),
                self.index(len(self._events) - 1, Column.KIND),
                [Qt.ItemDataRole.DecorationRole],
            )

    def pixel_ratio(self) -> float:
        """The pixel density the kind glyphs are drawn for."""
        return self._pixel_ratio

    def events(self) -> list[Event]:
        """The events, in model order."""
        return list(self._events)

    def event_at(self, row: int) -> Event:
        """The event of a model row."""
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        """The model row of an event, if present."""
        for row, event in enumerate(self._events):
            if event.id == event_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of events (a table has no children)."""
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Number of columns."""
        return 0 if parent.isValid() else len(Column)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, icon, tooltip and font for each role."""
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == Qt.ItemDataRole.DecorationRole and column is Column.KIND:
            if event.kind not in self._icons:
                self._icons[event.kind] = glyph_icon(event.kind, self._palette, _ICON_SIZE, self._pixel_ratio)
            return self._icons[event.kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event, column)
        if role == Qt.ItemDataRole.FontRole and (
            event.status.is_tentative or event.status is Status.CANCELLED
        ):
            font = QFont()
            font.setItalic(event.status.is_tentative)
            font.setStrikeOut(event.status is Status.CANCELLED)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SOURCES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(event: Event, column: Column) -> str:
        if column is Column.DATE:
            return event.date.human()
        if column is Column.KIND:
            return KIND_STYLES[event.kind].label.capitalize()
        if column is Column.TITLE:
            return event.title
        return str(len(event.sources))

    @staticmethod
    def _tooltip(event: Event, column: Column) -> str:
        if column is Column.DATE:
            end = f" – {event.end.human()}" if event.end is not None else ""
            return f"{event.date.human()}{end} ({event.date.iso()})"
        if column is Column.TITLE:
            status = "" if event.status is Status.OCCURRED else f" ({event.status.value})"
            return f"{event.title}{status}"
        if column is Column.SOURCES:
            return "\n".join(sorted({s.outlet or s.article for s in event.sources}))
        return event.kind.value.capitalize()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[Column(section)]
        return None


class EventFilterProxy(QSortFilterProxyModel):
    """Hides rows of hidden kinds and rows that do not match the search; sorts dates chronologically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._hidden: frozenset[Kind] = frozenset()
        self.setDynamicSortFilter(True)

    def _event_model(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    def query(self) -> str:
        """The search text in effect."""
        return self._query

    def set_query(self, query: str) -> None:
        """Keep only rows matching every word of `query` ('' keeps all)."""
        if query != self._query:
            self.beginFilterChange()
            self._query = query
            self._end_row_filter_change()

    def set_hidden_kinds(self, kinds: Collection[Kind]) -> None:
        """Hide rows of these kinds."""
        hidden = frozenset(kinds)
        if hidden != self._hidden:
            self.beginFilterChange()
            self._hidden = hidden
            self._end_row_filter_change()

    def _end_row_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and later
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Kind shown and search matched."""
        event = self._event_model().event_at(source_row)
        return event.kind not in self._hidden and matches(event, self._query)

    def lessThan(self, left: _Index, right: _Index) -> bool:
        """Dates by period start then precision; kinds in lane order; titles ignoring case."""
        model = self._event_model()
        a, b = model.event_at(left.row()), model.event_at(right.row())
        column = Column(left.column())
        if column is Column.KIND:
            return (a.kind.order, a.sort_key()) < (b.kind.order, b.sort_key())
        if column is Column.TITLE:
            return (a.title.casefold(), a.sort_key()) < (b.title.casefold(), b.sort_key())
        if column is Column.SOURCES:
            return (len(a.sources), a.sort_key()) < (len(b.sources), b.sort_key())
        return (a.date.start, a.date.precision.rank, a.sort_key()) < (
            b.date.start,
            b.date.precision.rank,
            b.sort_key(),
        )


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
        self._table.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
        self._table.verticalHeader().hide()
        self._table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self._table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.SOURCES, QHeaderView.ResizeMode.ResizeToContents)
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
        """In the search field, Escape clears the search and Down moves into the table."""
        if watched is self._search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self._search.text():
                self._search.clear()
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
        query = self._proxy.query()
        if not query.split():
            return None
        return frozenset(e.id for e in self._model.events() if matches(e, query))

    def visible_ids(self) -> list[str]:
        """Ids of the rows shown, top to bottom."""
        return [
            str(self._proxy.data(self._proxy.index(row, 0), EVENT_ID_ROLE))
            for row in range(self._proxy.rowCount())
        ]

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
