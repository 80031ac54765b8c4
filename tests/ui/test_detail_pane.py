"""The detail pane describes the selected event and quotes its sources, never rendering article markup."""
# pytest-qt's mouse and key helpers carry no type annotations.

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextCursor
from pytestqt.qtbot import QtBot

from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate
from timeline_app.model.events import Event, Kind, Origin, Source, Span, Status
from timeline_app.model.output.timeline import ArticleText
from timeline_app.ui.detail_pane import DetailPane

ARTICLE = (
    "Seoul, 18 June. President Lee held a summit with Prime Minister Ishiba on Tuesday in Kananaskis. "
    "They agreed to <b>resume</b> shuttle diplomacy <script>alert(1)</script>."
)


def sourced_event() -> tuple[Event, dict[str, ArticleText]]:
    excerpt = ARTICLE[ARTICLE.index("President Lee") :]
    start = ARTICLE.index(excerpt)

    def span(word: str) -> Span:
        at = ARTICLE.index(word)
        return Span(at, at + len(word))

    source = Source(
        article="001.txt",
        outlet="Korea JoongAng Daily",
        published=dt.date(2025, 6, 18),
        excerpt=excerpt,
        start=start,
        end=start + len(excerpt),
        article_title="Lee calls relations inseparable",
        highlights=(span("summit"), span("Tuesday")),
    )
    event = Event(
        id="2025-06-17-summit",
        title="Lee–Ishiba summit at the G7",
        kind=Kind.SUMMIT,
        date=FuzzyDate.day(2025, 6, 17),
        status=Status.OCCURRED,
        location="Kananaskis, Canada",
        participants=("Lee Jae-myung", "Shigeru Ishiba"),
        origin=Origin.MERGED,
        date_basis=(DateBasis("Tuesday", FuzzyDate.day(2025, 6, 17), anchor=dt.date(2025, 6, 18)),),
        sources=[source],
        conflicts=["001.txt says Tuesday; 000.txt says the 16th"],
        summary="First meeting of the two leaders.",
    )
    articles = {"001.txt": ArticleText("001.txt", Path("/a/001.txt"), ARTICLE, "Lee calls", "JoongAng")}
    return event, articles


def make_pane(qtbot: QtBot) -> DetailPane:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(420, 900)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def find(pane: DetailPane, text: str) -> QTextCursor:
    cursor = pane.browser().document().find(text)
    assert not cursor.isNull(), f"{text!r} is not shown"
    return cursor


def test_everything_known_about_the_event_is_shown(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    event, articles = sourced_event()
    pane.show_event(event, articles)
    shown = pane.browser().toPlainText()
    for expected in (
        "Lee–Ishiba summit at the G7",
        "17 June 2025",
        "Summit",
        "Occurred",
        "Kananaskis, Canada",
        "Lee Jae-myung, Shigeru Ishiba",
        "'Tuesday' in a report published 2025-06-18 → 2025-06-17",
        "Merged",
        "The sources disagree",
        "001.txt says Tuesday; 000.txt says the 16th",
        "First meeting of the two leaders.",
        "Korea JoongAng Daily",
        "Lee calls relations inseparable",
        "published 2025-06-18",
        "Open article",
    ):
        assert expected in shown
    assert pane.event_id() == "2025-06-17-summit"


def test_a_month_precise_date_says_so(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    event = Event(
        id="x", title="Talks", kind=Kind.MINISTERIAL, date=FuzzyDate.month(2025, 8), status=Status.PLANNED
    )
    pane.show_event(event, {})
    shown = pane.browser().toPlainText()
    assert "August 2025 (known to the month)" in shown
    assert "Planned (planned, not yet held)" in shown
    assert "17" not in shown.split("Talks", 1)[1].split("Kind", 1)[0]


def test_the_excerpt_highlights_the_dating_and_kind_words(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.show_event(*sourced_event())
    for word in ("summit", "Tuesday"):
        cursor = pane.browser().document().find(word, find(pane, "President Lee").selectionStart())
        assert cursor.charFormat().fontWeight() == QFont.Weight.Bold, word
    plain = find(pane, "Prime Minister Ishiba")
    assert plain.charFormat().fontWeight() == QFont.Weight.Normal


def test_article_markup_is_shown_as_text(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.show_event(*sourced_event())
    shown = pane.browser().toPlainText()
    assert "<b>resume</b>" in shown
    assert "<script>alert(1)</script>" in shown
    resume = pane.browser().document().find("resume", find(pane, "<b>").selectionEnd())
    assert resume.charFormat().fontWeight() == QFont.Weight.Normal


def test_clicking_open_article_asks_for_that_source(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.show_event(*sourced_event())
    link = find(pane, "Open article")
    link.setPosition(link.selectionStart() + 2)
    browser = pane.browser()
    browser.setTextCursor(link)
    browser.ensureCursorVisible()
    position = browser.cursorRect(link).center()
    with qtbot.waitSignal(pane.source_requested) as requested:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=position)
    assert requested.args == ["2025-06-17-summit", 0]


def test_without_a_selection_the_pane_says_what_to_do(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.show_event(*sourced_event())
    pane.show_event(None, {})
    assert "No event selected" in pane.browser().toPlainText()
    assert pane.event_id() is None


def test_the_colours_follow_a_dark_palette(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.show_event(*sourced_event())

    def excerpt_background() -> QColor:
        excerpt = find(pane, "President Lee held")
        table = excerpt.currentTable()
        assert table is not None
        return table.format().background().color()

    assert excerpt_background().lightness() > 200
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    pane.setPalette(dark)
    assert excerpt_background().lightness() < 60


def test_two_excerpts_of_one_article_are_not_two_sources(qtbot: QtBot) -> None:
    """Issue 10, 3.15: a source is an article, however many of its sentences are quoted."""
    from dataclasses import replace

    pane = make_pane(qtbot)
    event, articles = sourced_event()
    first = event.sources[0]
    second = replace(first, start=0, end=len("Seoul"), excerpt="Seoul", highlights=())
    pane.show_event(replace(event, sources=[first, second]), articles)
    shown = pane.browser().toPlainText()
    assert "2 excerpts from 1 article" in shown
    assert "2 sources" not in shown
    pane.show_event(event, articles)
    assert "1 source" in pane.browser().toPlainText()
