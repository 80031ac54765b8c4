"""The event form: Save only when every field is right, quotes marked as found or not, names completing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from timeline_app.model.events import Kind, Status
from timeline_app.model.output.timeline import ArticleText
from timeline_app.ui.event_draft import EventDraft, QuoteDraft
from timeline_app.ui.event_form import EventForm

ARTICLES = {
    "busan.txt": ArticleText("busan.txt", Path("/a/busan.txt"), "Ishiba was in Busan on September 30."),
    "tokyo.txt": ArticleText("tokyo.txt", Path("/a/tokyo.txt"), "Lee visited Tokyo in August."),
}
NAMES = ["Lee Jae-myung", "Shigeru Ishiba", "Takeshi Iwaya"]


def make_form(qtbot: QtBot, draft: EventDraft | None = None) -> EventForm:
    form = EventForm(draft or EventDraft(), ARTICLES, NAMES)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def test_save_waits_for_a_title_and_a_date_and_says_what_is_missing(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    assert not form.save_button().isEnabled()
    assert form.problems_text() == "Title: write a title.\nDate: write a date as YYYY-MM-DD, YYYY-MM or YYYY."
    qtbot.keyClicks(form.title, "Busan summit")
    qtbot.keyClicks(form.date, "2025-09-31")
    assert form.problems_text() == "Date: 2025-09-31 is not a date on the calendar: day is out of range for month."
    form.date.clear()
    qtbot.keyClicks(form.date, "2025-09")
    assert form.save_button().isEnabled()
    assert not form.problems_text()


def test_a_quote_is_marked_found_or_not_as_it_is_typed(qtbot: QtBot) -> None:
    form = make_form(qtbot, EventDraft(title="Busan summit", date="2025-09-30"))
    qtbot.mouseClick(form.findChild(type(form.save_button()), "add_source"), Qt.MouseButton.LeftButton)
    row = form.source_rows()[0]
    row.article.setCurrentText("busan.txt")
    qtbot.keyClicks(row.quote, "in Seoul")
    assert row.check.text() == "✗"
    assert "Source 1: the quote is not in busan.txt." in form.problems_text()
    assert not form.save_button().isEnabled()
    row.quote.clear()
    qtbot.keyClicks(row.quote, "in  Busan on September 30")
    assert row.check.text() == "✓"
    assert form.save_button().isEnabled()


def test_the_form_gives_back_what_was_typed(qtbot: QtBot) -> None:
    draft = EventDraft(title="Tokyo summit", kind=Kind.SUMMIT, date="2025-08-23",
                       sources=[QuoteDraft("tokyo.txt", "Lee visited Tokyo")])
    form = make_form(qtbot, draft)
    form.kind.setCurrentIndex(form.kind.findData(Kind.MINISTERIAL))
    form.status.setCurrentIndex(form.status.findData(Status.PLANNED))
    qtbot.keyClicks(form.location, "Tokyo, Japan")
    qtbot.keyClicks(form.participants, "Lee Jae-myung, Shigeru Ishiba")
    qtbot.keyClicks(form.summary, "The first visit.")
    assert form.draft() == EventDraft(
        title="Tokyo summit", kind=Kind.MINISTERIAL, date="2025-08-23", status=Status.PLANNED,
        location="Tokyo, Japan", participants=("Lee Jae-myung", "Shigeru Ishiba"), summary="The first visit.",
        sources=[QuoteDraft("tokyo.txt", "Lee visited Tokyo")],
    )
    with qtbot.waitSignal(form.accepted):
        qtbot.mouseClick(form.save_button(), Qt.MouseButton.LeftButton)


def test_a_removed_source_is_no_longer_written(qtbot: QtBot) -> None:
    form = make_form(qtbot, EventDraft(title="T", date="2025", sources=[QuoteDraft("tokyo.txt", "nowhere")]))
    assert not form.save_button().isEnabled()
    remove = form.source_rows()[0].findChild(type(form.save_button()), "source_remove")
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert form.draft().sources == []
    assert form.save_button().isEnabled()


def test_participants_complete_the_name_after_the_last_comma(qtbot: QtBot) -> None:
    form = make_form(qtbot)
    form.activateWindow()
    form.participants.setFocus()
    qtbot.waitUntil(form.participants.hasFocus)  # a line edit takes completions while it has the focus
    completer = form.participants.completer()
    qtbot.keyClicks(form.participants, "Lee Jae-myung, ishi")
    assert completer.completionCount() == 1
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.participants.text() == "Lee Jae-myung, Shigeru Ishiba"
    qtbot.keyClicks(form.participants, ", iwa")
    assert completer.currentCompletion() == "Lee Jae-myung, Shigeru Ishiba, Takeshi Iwaya"
