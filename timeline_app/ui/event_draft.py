"""What the event form holds: an events.yaml entry being written, made from an event, from a selection in an
article, or from nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from timeline_app.model.dates.fuzzy_date import FuzzyDate, NotOnCalendar
from timeline_app.model.events import Event, Kind, Status
from timeline_app.model.output.timeline import ArticleText, Timeline
from timeline_app.model.reading.dataset import CuratedEntry, Dataset
from timeline_app.model.reading.quotes import find_quote
from timeline_app.model.writing.events_writer import Anchor, EntryDraft

_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class QuoteDraft:
    """One source of the entry: an article of the articles folder and words quoted from it."""

    article: str
    quote: str


@dataclass(slots=True)
class EventDraft:
    """The fields of one events.yaml entry, as text the user typed (checked by `problems`)."""

    title: str = ""
    kind: Kind = Kind.OTHER
    date: str = ""
    end: str = ""
    status: Status = Status.OCCURRED
    location: str = ""
    participants: tuple[str, ...] = ()
    summary: str = ""
    sources: list[QuoteDraft] = field(default_factory=list)

    def problems(self, articles: Mapping[str, ArticleText]) -> list[str]:
        """What stops the entry being written, each as a sentence naming the field."""
        problems: list[str] = []
        if not self.title.strip():
            problems.append("Title: write a title.")
        start = _date_problem("Date", self.date, required=True)
        if start:
            problems.append(start)
        end = _date_problem("End", self.end, required=False)
        if end:
            problems.append(end)
        elif (
            not start
            and self.end.strip()
            and FuzzyDate.parse_iso(self.end.strip()).end < FuzzyDate.parse_iso(self.date.strip()).start
        ):
            problems.append("End: the end comes before the date.")
        for number, source in enumerate(self.sources, 1):
            problem = quote_problem(source, articles)
            if problem:
                problems.append(f"Source {number}: {problem}")
        return problems

    def entry_draft(self, *, with_status: bool = False) -> EntryDraft:
        """The entry for the writer: empty fields left out, and the default status unless `with_status`
        (a refinement: the writer keeps only what differs from the event)."""
        return EntryDraft(
            date=self.date.strip() or None,
            end=self.end.strip() or None,
            kind=self.kind.value,
            title=self.title.strip() or None,
            location=self.location.strip() or None,
            participants=self.participants,
            status=self.status.value if with_status or self.status is not Status.OCCURRED else None,
            summary=_SPACES.sub(" ", self.summary).strip() or None,
            sources=self.anchors(),
        )

    def anchors(self) -> tuple[Anchor, ...]:
        """The sources that name both an article and a quote."""
        return tuple(Anchor(s.article, s.quote) for s in self.sources if s.article and s.quote)


def changes(before: EventDraft, after: EventDraft) -> dict[str, Any]:
    """The fields of an entry that the form changed, by the writer's names (a field emptied becomes None)."""
    changed: dict[str, Any] = {}
    for name in ("title", "date", "end", "location", "summary"):
        value = _SPACES.sub(" ", getattr(after, name)).strip()
        if value != _SPACES.sub(" ", getattr(before, name)).strip():
            changed[name] = value or None
    if after.kind is not before.kind:
        changed["kind"] = after.kind.value
    if after.status is not before.status:
        changed["status"] = after.status.value
    if after.participants != before.participants:
        changed["participants"] = after.participants
    if after.anchors() != before.anchors():
        changed["sources"] = after.anchors()
    return changed


def edited_entry(original: EntryDraft, before: EventDraft, after: EventDraft) -> EntryDraft:
    """An entry as it was written, with what the form changed: the fields left alone stay as they were
    (an entry that refines an extracted event keeps saying only what it said)."""
    return replace(original, **changes(before, after))


def _date_problem(label: str, text: str, *, required: bool) -> str | None:
    text = text.strip()
    if not text:
        return f"{label}: write a date as YYYY-MM-DD, YYYY-MM or YYYY." if required else None
    try:
        FuzzyDate.parse_iso(text)
    except NotOnCalendar as exc:
        return f"{label}: {exc.text} is not a date on the calendar: {exc.reason}."
    except ValueError:
        return f"{label}: expected YYYY-MM-DD, YYYY-MM or YYYY, found '{text}'."
    return None


def quote_problem(source: QuoteDraft, articles: Mapping[str, ArticleText]) -> str | None:
    """Why a source cannot be cited (no such article, quote not in it), as the reader checks it; None if it can."""
    if not source.article:
        return "choose an article." if source.quote.strip() else None
    article = articles.get(source.article)
    if article is None:
        return f"no article named '{source.article}' in the articles folder."
    if not source.quote.strip():
        return f"quote the words of {source.article} that report the event."
    if find_quote(article.text, source.quote) is None:
        return f"the quote is not in {source.article}."
    return None


def split_names(text: str) -> tuple[str, ...]:
    """Participants typed as a comma-separated list, each once, in order."""
    names = (_SPACES.sub(" ", part).strip() for part in text.split(","))
    return tuple(dict.fromkeys(name for name in names if name))


def draft_from_event(event: Event, entry: CuratedEntry | None = None) -> EventDraft:
    """The form filled with what the timeline says of `event`; its sources are the quotes of its entry
    (`entry`, when it has one: the articles' excerpts stay the event's without being written again)."""
    quotes = [QuoteDraft(q.article, q.quote) for q in entry.quotes] if entry is not None else []
    return EventDraft(
        title=event.title,
        kind=event.kind,
        date=event.date.iso(),
        end=event.end.iso() if event.end else "",
        status=event.status,
        location=event.location or "",
        participants=event.participants,
        summary=event.summary or "",
        sources=quotes,
    )


def entry_for(event: Event, dataset: Dataset) -> CuratedEntry | None:
    """The entry of events.yaml that adds or refines `event` (the one at its `entry_line` in the `dataset`
    the timeline was built from); None for an event no entry describes."""
    if event.entry_line is None:
        return None
    return next((e for e in dataset.entries if e.position.line == event.entry_line and not e.hide), None)


def known_names(timeline: Timeline, people: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The names the participants field completes: `people:` first, then every participant on the timeline."""
    names = dict.fromkeys(people)
    for event in timeline.events:
        names.update(dict.fromkeys(event.participants))
    return sorted(names, key=str.casefold)


def published_date(timeline: Timeline, article: str) -> dt.date | None:
    """The publication date the timeline gives `article` (from `sources:` or the article's header)."""
    for event in timeline.events:
        for source in event.sources:
            if source.article == article and source.published is not None:
                return source.published
    text = timeline.articles.get(article)
    if text is not None:
        from timeline_app.model.reading.articles import parse_article

        return parse_article(text.name, text.text, text.path).stated_date
    return None


def draft_from_selection(
    article: ArticleText, start: int, end: int, published: dt.date | None, people: Mapping[str, tuple[str, ...]],
    countries: tuple[str, str],
) -> EventDraft:
    """The form filled from words selected in an article: the quote, the date they state (resolved against
    `published` as extraction does), the kind their words suggest, the people they name."""
    from timeline_app.model.dates.finder import find_dates
    from timeline_app.model.extraction.people import PersonFinder
    from timeline_app.model.extraction.places import country_pair
    from timeline_app.model.extraction.triggers import find_triggers, status_near

    selected = article.text[start:end]
    quote = _SPACES.sub(" ", selected).strip()
    # The whole text is scanned so that "on the 17th" takes its month from the dates before it.
    dates = [
        m for m in find_dates(article.text, published, article=article.name)
        if start <= m.start < end and m.value is not None and not m.relative_to_event
    ]
    triggers = find_triggers(selected)
    people_found = PersonFinder(people, country_pair(countries)).find(selected)
    participants = tuple(dict.fromkeys(m.name for m in people_found))
    kind = Kind.OTHER
    status = Status.OCCURRED
    if triggers:
        trigger = triggers[0]
        kind = trigger.kind
        if trigger.generic and people_found and all(m.minister and not m.leader for m in people_found):
            kind = Kind.MINISTERIAL
        status = status_near(selected, trigger.start, trigger.end) or Status.OCCURRED
    first = dates[0] if dates else None
    return EventDraft(
        title=suggested_title(kind, participants),
        kind=kind,
        date=first.value.iso() if first is not None and first.value is not None else "",
        end=first.end_value.iso() if first is not None and first.end_value is not None else "",
        status=status,
        participants=participants,
        sources=[QuoteDraft(article.name, quote)] if quote else [],
    )


def suggested_title(kind: Kind, participants: Sequence[str]) -> str:
    """'Lee–Ishiba summit': the title the timeline gives such an event (the model's `event_title`); for an
    event of no known kind, the participants' family names alone."""
    from timeline_app.model.extraction.names import family_name
    from timeline_app.model.merging.clusters import event_title

    if kind is Kind.OTHER:
        return "–".join(family_name(name) for name in participants)
    return event_title(kind, None, participants, None)
