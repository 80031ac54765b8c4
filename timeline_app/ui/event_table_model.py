"""The rows of the event list: a table model of the events, and the proxy that filters and sorts them."""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPalette

from timeline_app.model.events import Event, Kind, Status
from timeline_app.ui.event_text import article_count, date_text, kind_label, status_suffix
from timeline_app.ui.kind_style import glyph_icon
from timeline_app.ui.wording import sources_phrase

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ICON_SIZE = 14

_Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    """The columns of the table, left to right."""

    DATE = 0
    KIND = 1
    TITLE = 2
    SOURCES = 3


_HEADERS = {Column.DATE: "Date", Column.KIND: "Kind", Column.TITLE: "Title", Column.SOURCES: "Sources"}


# What each column sorts by; the event's own order breaks ties.
_SORT_KEYS: dict[Column, Callable[[Event], tuple[Any, ...]]] = {
    Column.DATE: lambda e: (e.date.sort_key(), e.sort_key()),
    Column.KIND: lambda e: (e.kind.order, e.sort_key()),
    Column.TITLE: lambda e: (e.title.casefold(), e.sort_key()),
    Column.SOURCES: lambda e: (article_count(e), e.sort_key()),
}


def search_text(event: Event) -> str:
    """Everything the search field looks through, case-folded: title, people, place, kind, excerpts."""
    parts = [event.title, *event.participants, event.location or "", event.kind.value, event.summary or ""]
    parts.extend(source.excerpt for source in event.sources)
    return "\n".join(parts).casefold()


def query_words(query: str) -> tuple[str, ...]:
    """The words of a search, case-folded: an event matches when its search text holds every one."""
    return tuple(query.casefold().split())


class EventTableModel(QAbstractTableModel):
    """One row per event: date at its precision, kind, title, number of sources.

    The rows are kept sorted by the model itself (`sort`), with Python's sort on a key per event: a proxy
    sorting them would call back into Python for each of its N log N comparisons (a second at 10,000 events).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[Event] = []  # in the order given
        self._search_texts: list[str] | None = None  # of the events given, made at the first search
        self._order: list[int] = []  # the given event of each row
        self._events: list[Event] = []  # in the order of the rows
        self._rows: dict[str, int] = {}
        self._sorting: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._icons: dict[Kind, QIcon] = {}
        self._palette = QPalette()
        self._pixel_ratio = 1.0

    def set_events(self, events: Sequence[Event]) -> None:
        """Replace all rows (sorted as the last `sort` asked)."""
        self.beginResetModel()
        self._given = list(events)
        self._search_texts = None
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by `column` (dates by period start then precision, kinds in lane order, titles ignoring
        case, sources by articles; ties in the events' own order); -1 for the order given."""
        self.layoutAboutToBeChanged.emit()
        before = self._order
        self._sorting = (column, order)
        self._arrange()
        new_row = [0] * len(self._order)
        for row, given in enumerate(self._order):
            new_row[given] = row
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[before[index.row()]], index.column()) for index in persistent]
        )
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        """Put the given events in the rows' order."""
        column, order = self._sorting
        rows = list(range(len(self._given)))
        if column in _SORT_KEYS:
            key = _SORT_KEYS[Column(column)]
            keys = [key(event) for event in self._given]
            rows.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._order = rows
        self._events = [self._given[row] for row in rows]
        self._rows = {}
        for row, event in enumerate(self._events):
            self._rows.setdefault(event.id, row)

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

    def event_at(self, row: int) -> Event:
        """The event of a model row."""
        return self._events[row]

    def row_of(self, event_id: str) -> int | None:
        """The model row of an event, if present."""
        return self._rows.get(event_id)

    def row_matches(self, row: int, words: Sequence[str]) -> bool:
        """Whether the event of a model row holds every one of the (case-folded) `words`."""
        if self._search_texts is None:
            self._search_texts = [search_text(event) for event in self._given]
        haystack = self._search_texts[self._order[row]]
        return all(word in haystack for word in words)

    def matching_ids(self, words: Sequence[str]) -> frozenset[str]:
        """The ids of the events holding every one of the (case-folded) `words`."""
        return frozenset(
            event.id for row, event in enumerate(self._events) if self.row_matches(row, words)
        )

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
                self._icons[event.kind] = glyph_icon(event.kind, self._palette, ICON_SIZE, self._pixel_ratio)
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
            return kind_label(event.kind)
        if column is Column.TITLE:
            return event.title
        return str(article_count(event))

    @staticmethod
    def _tooltip(event: Event, column: Column) -> str:
        if column is Column.DATE:
            return f"{date_text(event)} ({event.date.iso()})"
        if column is Column.TITLE:
            return f"{event.title}{status_suffix(event.status)}"
        if column is Column.SOURCES:
            outlets = sorted({s.outlet or s.article for s in event.sources})
            return "\n".join([sources_phrase(len(event.sources), article_count(event)), *outlets])
        return kind_label(event.kind)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[Column(section)]
        return None


class EventFilterProxy(QSortFilterProxyModel):
    """Hides rows of hidden kinds and rows that do not match the search; its source model sorts the rows."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._hidden: frozenset[Kind] = frozenset()
        self.setDynamicSortFilter(True)

    def _event_model(self) -> EventTableModel:
        model = self.sourceModel()
        assert isinstance(model, EventTableModel)
        return model

    def query_words(self) -> tuple[str, ...]:
        """The case-folded words of the search in effect (none: every row matches)."""
        return self._words

    def set_query(self, query: str) -> None:
        """Keep only rows matching every word of `query` ('' keeps all)."""
        words = query_words(query)
        if words != self._words:
            self.beginFilterChange()
            self._words = words
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

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Have the source model sort its rows (the view asks the proxy, on a click on a header)."""
        self._event_model().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        """Kind shown and search matched."""
        if not self._hidden and not self._words:
            return True
        model = self._event_model()
        if model.event_at(source_row).kind in self._hidden:
            return False
        return model.row_matches(source_row, self._words)
