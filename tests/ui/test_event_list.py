"""The event list: chronological, sortable, searchable, and in step with the timeline's selection."""
# pytest-qt's mouse and key helpers carry no type annotations.

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event, Kind, Source
from timeline_app.ui.event_list import EventList
from timeline_app.ui.event_table_model import Column


def source(excerpt: str) -> Source:
    return Source("a.txt", "Outlet", dt.date(2025, 9, 30), excerpt, 0, len(excerpt))


EVENTS = [
    Event(
        id="busan",
        title="Summit in Busan",
        kind=Kind.SUMMIT,
        date=FuzzyDate.day(2025, 9, 30),
        location="Busan",
        participants=("Lee Jae-myung", "Shigeru Ishiba"),
        sources=[source("held a summit in Busan on September 30"), source("Ishiba's visit to Busan")],
    ),
    Event(
        id="call",
        title="First phone call",
        kind=Kind.CALL,
        date=FuzzyDate.day(2025, 6, 9),
        participants=("Lee Jae-myung", "Shigeru Ishiba"),
        sources=[source("following their first phone call on the 9th")],
    ),
    Event(
        id="defence",
        title="Defence ministers' meeting",
        kind=Kind.MINISTERIAL,
        date=FuzzyDate.day(2025, 9, 8),
        sources=[source("the Korea-Japan Defense Ministers' Meeting (September 8)")],
    ),
    Event(
        id="tokyo",
        title="Summit in Tokyo",
        kind=Kind.SUMMIT,
        date=FuzzyDate.month(2025, 8),
        location="Tokyo",
        sources=[source("President Lee's visit to Japan last month")],
    ),
]


def make_list(qtbot: QtBot) -> EventList:
    widget = EventList()
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.set_events(EVENTS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(widget: EventList, row: int, column: Column) -> str:
    model = widget.table().model()
    return str(model.data(model.index(row, column)))


def click_row(qtbot: QtBot, widget: EventList, row: int) -> None:
    table = widget.table()
    rect = table.visualRect(table.model().index(row, Column.TITLE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_rows_are_in_date_order_with_dates_at_their_precision(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    assert widget.visible_ids() == ["call", "tokyo", "defence", "busan"]
    assert [cell(widget, row, Column.DATE) for row in range(4)] == [
        "9 June 2025",
        "August 2025",
        "8 September 2025",
        "30 September 2025",
    ]
    assert cell(widget, 3, Column.KIND) == "Summit"


def test_the_sources_column_counts_articles_not_excerpts(qtbot: QtBot) -> None:
    """Issue 10, 3.15: Busan's two excerpts come from one article."""
    widget = make_list(qtbot)
    model = widget.table().model()
    assert cell(widget, 3, Column.SOURCES) == "1"
    tooltip = model.data(model.index(3, Column.SOURCES), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "2 excerpts from 1 article\nOutlet"


def test_clicking_a_header_sorts_by_that_column(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    header = widget.table().horizontalHeader()
    title_x = header.sectionViewportPosition(Column.TITLE) + header.sectionSize(Column.TITLE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    assert widget.visible_ids() == ["defence", "call", "busan", "tokyo"]


def test_each_column_sorts_both_ways_and_the_selection_stays_on_its_event(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    widget.select("tokyo")
    header = widget.table().horizontalHeader()
    title_x = header.sectionViewportPosition(Column.TITLE) + header.sectionSize(Column.TITLE) // 2
    with qtbot.assertNotEmitted(widget.selection_changed):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(title_x, header.height() // 2))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert widget.visible_ids() == ["tokyo", "busan", "call", "defence"]
    assert widget.selected_id() == "tokyo"
    assert widget.table().selectionModel().selectedRows()[0].row() == 0
    widget.set_events(list(reversed(EVENTS)))  # new events come in the order asked for
    assert widget.visible_ids() == ["tokyo", "busan", "call", "defence"]
    widget.set_query("summit")
    assert widget.visible_ids() == ["tokyo", "busan"]
    widget.set_query("")
    widget.table().sortByColumn(Column.KIND, Qt.SortOrder.AscendingOrder)  # lane order, then by date
    assert widget.visible_ids() == ["call", "tokyo", "busan", "defence"]
    widget.table().sortByColumn(Column.SOURCES, Qt.SortOrder.AscendingOrder)  # one article each: by date
    assert widget.visible_ids() == ["call", "tokyo", "defence", "busan"]
    widget.table().sortByColumn(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert widget.visible_ids() == ["busan", "defence", "tokyo", "call"]
    assert widget.selected_id() == "tokyo"


def test_the_search_field_filters_on_title_people_place_kind_and_excerpt(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    widget.search_field().setFocus()
    qtbot.keyClicks(widget.search_field(), "busan")
    assert widget.visible_ids() == ["busan"]
    assert widget.matching_ids() == frozenset({"busan"})
    for query, expected in (
        ("ishiba", ["call", "busan"]),
        ("tokyo", ["tokyo"]),
        ("ministerial", ["defence"]),
        ("last month", ["tokyo"]),
        ("phone 9th", ["call"]),
        ("nothing like this", []),
    ):
        widget.set_query(query)
        assert widget.visible_ids() == expected, query
    widget.set_query("")
    assert widget.matching_ids() is None
    assert len(widget.visible_ids()) == 4


def test_hidden_kinds_disappear_from_the_list(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    widget.set_hidden_kinds({Kind.SUMMIT})
    assert widget.visible_ids() == ["call", "defence"]
    widget.set_hidden_kinds(set())
    assert len(widget.visible_ids()) == 4


def test_clicking_a_row_reports_the_event_and_select_does_not_echo(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    with qtbot.waitSignal(widget.selection_changed) as selected:
        click_row(qtbot, widget, 1)
    assert selected.args == ["tokyo"]
    with qtbot.assertNotEmitted(widget.selection_changed):
        widget.select("busan")
    assert widget.selected_id() == "busan"


def test_the_selection_survives_new_events_and_filtering(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    widget.select("defence")
    with qtbot.assertNotEmitted(widget.selection_changed):
        widget.set_events(list(reversed(EVENTS)))
        widget.set_query("busan")
        assert widget.selected_id() is None
        widget.set_query("")
    assert widget.selected_id() == "defence"


def test_escape_clears_the_search_and_down_enters_the_table(qtbot: QtBot) -> None:
    widget = make_list(qtbot)
    widget.set_query("summit")
    qtbot.keyClick(widget.search_field(), Qt.Key.Key_Escape)
    assert widget.search_field().text() == ""
    assert len(widget.visible_ids()) == 4
    with qtbot.waitSignal(widget.selection_changed) as selected:
        qtbot.keyClick(widget.search_field(), Qt.Key.Key_Down)
    assert selected.args == ["call"]
