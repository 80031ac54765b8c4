"""The event form's contents: filled from words selected in an article (date, kind, people), checked before
writing, and turned into the writer's entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES
from timeline_app.model.output.timeline import ArticleText
from timeline_app.model.writing.events_writer import Anchor, EntryDraft
from timeline_app.ui.event_draft import (
    EventDraft,
    QuoteDraft,
    draft_from_selection,
    edited_entry,
    split_names,
)

PEOPLE = {"Lee Jae-myung": ("President Lee",), "Shigeru Ishiba": ("Prime Minister Ishiba",)}
PUBLISHED = dt.date(2025, 6, 18)  # a Wednesday


def selected(text: str, words: str) -> tuple[ArticleText, int, int]:
    start = text.index(words)
    return ArticleText("report.txt", Path("/a/report.txt"), text, title="Report"), start, start + len(words)


@pytest.mark.parametrize(
    ("sentence", "date", "kind"),
    [
        ("President Lee held a phone call with Prime Minister Ishiba on Monday.", "2025-06-16", Kind.CALL),
        ("President Lee and Prime Minister Ishiba held a summit on June 17 (local time).", "2025-06-17",
         Kind.SUMMIT),
        ("President Lee talked by phone with Prime Minister Ishiba last week.", "2025-W24", Kind.CALL),
        ("President Lee will hold a summit with Prime Minister Ishiba in August.", "2025-08", Kind.SUMMIT),
    ],
)
def test_a_selection_gives_the_date_it_states_resolved_against_the_publication_the_kind_and_the_people(
    sentence: str, date: str, kind: Kind
) -> None:
    text = f"Headline\n\nSome lead paragraph.\n\n{sentence} Another sentence follows.\n"
    article, start, end = selected(text, sentence)
    draft = draft_from_selection(article, start, end, PUBLISHED, PEOPLE, DEFAULT_COUNTRIES)
    assert (draft.date, draft.kind) == (date, kind)
    assert draft.participants == ("Lee Jae-myung", "Shigeru Ishiba")
    assert draft.sources == [QuoteDraft("report.txt", sentence)]
    assert draft.title == f"Lee–Ishiba {'phone call' if kind is Kind.CALL else 'summit'}"


def test_a_selection_states_a_planned_event_and_folds_its_line_breaks_into_the_quote() -> None:
    text = "T\n\nThe foreign ministers plan to hold talks\r\nin Tokyo next month, officials said.\n"
    article, start, end = selected(text, "The foreign ministers plan to hold talks\r\nin Tokyo next month")
    draft = draft_from_selection(article, start, end, PUBLISHED, PEOPLE, DEFAULT_COUNTRIES)
    assert draft.status is Status.PLANNED
    assert draft.date == "2025-07"
    assert draft.sources[0].quote == "The foreign ministers plan to hold talks in Tokyo next month"


def test_a_selection_without_a_date_or_event_words_leaves_them_for_the_user() -> None:
    text = "T\n\nThe weather was fine.\n"
    article, start, end = selected(text, "The weather was fine.")
    draft = draft_from_selection(article, start, end, None, {}, DEFAULT_COUNTRIES)
    assert (draft.date, draft.kind, draft.participants, draft.title) == ("", Kind.OTHER, (), "")


ARTICLES = {"report.txt": ArticleText("report.txt", Path("/a/report.txt"), "They met in Busan on 30 September.")}


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"title": " "}, "Title: write a title."),
        ({"date": ""}, "Date: write a date as YYYY-MM-DD, YYYY-MM or YYYY."),
        ({"date": "30/09/2025"}, "Date: expected YYYY-MM-DD, YYYY-MM or YYYY, found '30/09/2025'."),
        ({"date": "2025-02-30"}, "Date: 2025-02-30 is not a date on the calendar: day is out of range for month."),
        ({"end": "2025-09-01"}, "End: the end comes before the date."),
        ({"sources": [QuoteDraft("report.txt", "met in Seoul")]}, "Source 1: the quote is not in report.txt."),
        ({"sources": [QuoteDraft("other.txt", "met")]},
         "Source 1: no article named 'other.txt' in the articles folder."),
    ],
)
def test_each_problem_names_its_field(changes: dict[str, object], problem: str) -> None:
    fields: dict[str, object] = {"title": "Summit", "date": "2025-09-30",
                                 "sources": [QuoteDraft("report.txt", "met  in Busan")]}
    draft = EventDraft(**{**fields, **changes})  # type: ignore[arg-type]
    assert draft.problems(ARTICLES) == [problem]


def test_a_good_draft_has_no_problem_and_a_quote_matches_whatever_its_spaces() -> None:
    draft = EventDraft(title="Summit", date="2025-09", end="2025-10",
                       sources=[QuoteDraft("report.txt", "met\n in   Busan")])
    assert draft.problems(ARTICLES) == []


def test_the_entry_leaves_out_empty_fields_and_the_default_status() -> None:
    draft = EventDraft(title=" Busan summit ", kind=Kind.SUMMIT, date="2025-09-30",
                       participants=("Lee Jae-myung",), summary="Two\nlines",
                       sources=[QuoteDraft("report.txt", "met in Busan"), QuoteDraft("", "")])
    entry = draft.entry_draft()
    assert (entry.title, entry.kind, entry.date, entry.end, entry.status, entry.location) == (
        "Busan summit", "summit", "2025-09-30", None, None, None)
    assert entry.summary == "Two lines"
    assert [(a.article, a.quote) for a in entry.sources] == [("report.txt", "met in Busan")]


def test_an_edited_entry_keeps_the_fields_the_form_left_alone_and_drops_one_emptied() -> None:
    original = EntryDraft(id="busan", date="2025-09-30", title="Summit", location="Busan",
                          sources=(Anchor("report.txt", "met in Busan"),))
    before = EventDraft(title="Summit", kind=Kind.SUMMIT, date="2025-09-30", location="Busan",
                        participants=("Lee Jae-myung",), sources=[QuoteDraft("report.txt", "met in Busan")])
    after = EventDraft(title="Busan summit", kind=Kind.SUMMIT, date="2025-09-30", location="",
                       participants=("Lee Jae-myung",), sources=[QuoteDraft("report.txt", "met in Busan")])
    assert edited_entry(original, before, after) == EntryDraft(
        id="busan", date="2025-09-30", title="Busan summit", location=None,
        sources=(Anchor("report.txt", "met in Busan"),))


def test_participants_are_split_at_commas_once_each() -> None:
    assert split_names(" Lee Jae-myung ,Shigeru  Ishiba,, Lee Jae-myung") == ("Lee Jae-myung", "Shigeru Ishiba")
