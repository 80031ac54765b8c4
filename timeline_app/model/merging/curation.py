"""Merging the curated entries of events.yaml over the extracted events: curated fields win, sources unite."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate
from timeline_app.model.events import Event, Kind, Origin, Source, Span, Status
from timeline_app.model.merging.clusters import (
    ArticleInfo,
    assign_ids,
    event_title,
    months_touched,
    places_compatible,
)
from timeline_app.model.problems import Problem
from timeline_app.model.reading.articles import Article
from timeline_app.model.reading.dataset import CuratedEntry
from timeline_app.model.reading.quotes import FoldedText
from timeline_app.model.reading.suggest import did_you_mean


def apply_curation(
    events: list[Event],
    entries: list[CuratedEntry],
    articles: Mapping[str, Article],
    infos: dict[str, ArticleInfo],
    events_file: Path,
    folded: Mapping[str, FoldedText],
) -> tuple[list[Event], list[Problem]]:
    """The events with every curated entry applied: hidden, refining an extracted event, or added
    (`folded`: the articles' texts folded for their quotes, by name)."""
    problems: list[Problem] = []
    by_id = {event.id: event for event in events}
    extracted_ids = dict(by_id)
    result = list(events)
    if not entries:
        return assign_ids(result), problems  # nothing curated: no index of the events to build
    candidates = _Candidates(events)
    anchors = _Anchors(events, folded)
    for entry in entries:
        if entry.match is not None:
            target = anchors.find(entry.match.article, entry.match.quote)
            missing = f"no extracted event reports the words quoted from {entry.match.article}"
        else:
            target = by_id.get(entry.id) if entry.id else None
            missing = f"no extracted event has the id '{entry.id}'"
        if entry.hide:
            if target is None:
                # A quote missing from its article is reported by the quotes' check, once.
                if entry.match is None or anchors.quoted(entry.match.article, entry.match.quote):
                    problems.append(Problem.warning(events_file, entry.position.line, entry.position.column,
                                                    f"hide: {missing}{_id_hint(entry, extracted_ids)}"))
            else:
                anchors.discard(target)
                result.remove(target)
                candidates.discard(target)
                del by_id[target.id]
            continue
        sources = _quote_sources(entry, articles, infos, folded)
        if target is None and entry.match is None:
            target = _matching_event(entry, candidates.near(entry))
        if target is not None:
            _refine(target, entry, sources)
            target.entry_line = entry.position.line
            if entry.id and target.id != entry.id:
                by_id.pop(target.id, None)
                target.id = entry.id
                by_id[target.id] = target
            continue
        if entry.date is None or entry.kind is None:
            needed = "date" if entry.date is None else "kind"
            problems.append(Problem.error(
                events_file, entry.position.line, entry.position.column,
                f"{missing}, so the entry needs its own `{needed}:`{_id_hint(entry, extracted_ids)}",
            ))
            continue
        event = Event(
            id=entry.id or "",
            title=entry.title or event_title(entry.kind, None, entry.participants, entry.location),
            kind=entry.kind,
            date=entry.date,
            end=entry.end,
            status=entry.status or Status.OCCURRED,
            location=entry.location,
            participants=entry.participants,
            origin=Origin.CURATED,
            date_basis=(_curated_basis(entry, entry.date),),
            sources=sources,
            summary=entry.summary,
            entry_line=entry.position.line,
        )
        result.append(event)
        if event.id:
            by_id[event.id] = event
    return assign_ids(result), problems


class _Anchors:
    """The extracted events by the articles that report them, to find the one whose excerpt holds a quote
    (what `match:` names: it holds whatever the event's id, title or date)."""

    def __init__(self, events: list[Event], folded: Mapping[str, FoldedText]) -> None:
        self._folded = folded
        self._by_article: dict[str, list[tuple[Source, Event]]] = {}
        for event in events:
            for source in event.sources:
                self._by_article.setdefault(source.article, []).append((source, event))
        self._gone: set[int] = set()

    def quoted(self, article: str, quote: str) -> bool:
        """Whether the article is there and holds the quote."""
        text = self._folded.get(article)
        return text is not None and text.find(quote) is not None

    def find(self, article: str, quote: str) -> Event | None:
        """The event whose excerpt of `article` holds the quote: the most overlap with the words that date it
        and name its kind first (two events may share a sentence), then with the excerpt."""
        text = self._folded.get(article)
        found = text.find(quote) if text is not None else None
        if found is None:
            return None
        start, end = found
        best: tuple[tuple[int, int], Event] | None = None
        for source, event in self._by_article.get(article, ()):
            overlap = min(end, source.end) - max(start, source.start)
            if overlap <= 0 or id(event) in self._gone:
                continue
            words = sum(max(0, min(end, span.end) - max(start, span.start)) for span in source.highlights)
            if best is None or (words, overlap) > best[0]:
                best = ((words, overlap), event)
        return best[1] if best else None

    def discard(self, event: Event) -> None:
        """Leave `event` out from now on (it was hidden)."""
        self._gone.add(id(event))


class _Candidates:
    """The extracted events an entry may describe, by kind and by the months their dates cover, so that an
    entry is compared with the events of its time only; hidden and refined events drop out."""

    def __init__(self, events: list[Event]) -> None:
        self._order = {id(event): position for position, event in enumerate(events)}
        self._by_month: dict[tuple[Kind, int], list[Event]] = {}
        for event in events:
            for month in months_touched(event.date):
                self._by_month.setdefault((event.kind, month), []).append(event)
        self._gone: set[int] = set()

    def discard(self, event: Event) -> None:
        """Leave `event` out from now on (it was hidden)."""
        self._gone.add(id(event))

    def near(self, entry: CuratedEntry) -> list[Event]:
        """The extracted events of the entry's kind whose dates may meet its date, in their order."""
        if entry.kind is None or entry.date is None:
            return []
        found: dict[int, Event] = {}
        for month in months_touched(entry.date):
            for event in self._by_month.get((entry.kind, month), ()):
                if event.origin is Origin.EXTRACTED and id(event) not in self._gone:
                    found[self._order[id(event)]] = event
        return [found[position] for position in sorted(found)]



def _id_hint(entry: CuratedEntry, ids: Mapping[str, Event]) -> str:
    """"; did you mean '...'?" for an id close to the entry's (asked only when the entry found no event:
    comparing with every id costs a whole build when asked for every entry)."""
    return "" if entry.match is not None else did_you_mean(entry.id or "", ids)

def _matching_event(entry: CuratedEntry, events: list[Event]) -> Event | None:
    """The extracted event an entry describes: same kind, compatible dates, shared people or place."""
    if entry.kind is None or entry.date is None:
        return None
    best: tuple[int, Event] | None = None
    for event in events:
        if event.kind is not entry.kind or not event.date.overlaps(entry.date):
            continue
        people = len(set(event.participants) & set(entry.participants))
        place = bool(entry.location and event.location and places_compatible(event.location, entry.location))
        if not people and not place:
            continue
        score = 2 * people + 3 * place
        if best is None or score > best[0]:
            best = (score, event)
    return best[1] if best else None


def _refine(event: Event, entry: CuratedEntry, sources: list[Source]) -> None:
    given = entry.fields
    if entry.date is not None:
        if not event.date.overlaps(entry.date):
            event.conflicts.append(
                f"events.yaml gives {entry.date.iso()}; the articles give {event.date.iso()}."
            )
        if entry.date != event.date:
            event.date_basis = (_curated_basis(entry, entry.date), *event.date_basis)
        event.date = entry.date
    if "end" in given:
        event.end = entry.end
    if entry.kind is not None:
        event.kind = entry.kind
    if "title" in given and entry.title:
        event.title = entry.title
    if "location" in given:
        if entry.location and event.location and not places_compatible(event.location, entry.location):
            event.conflicts.append(f"events.yaml gives the place {entry.location}; the articles give {event.location}.")
        event.location = entry.location
    if "participants" in given:
        event.participants = entry.participants
    if entry.status is not None:
        event.status = entry.status
    if entry.summary is not None:
        event.summary = entry.summary
    known = {(s.article, s.start, s.end) for s in event.sources}
    event.sources.extend(s for s in sources if (s.article, s.start, s.end) not in known)
    event.origin = Origin.MERGED


def _curated_basis(entry: CuratedEntry, date: FuzzyDate) -> DateBasis:
    return DateBasis(phrase=f"date: {date.iso()}", value=date, note=f"curated in events.yaml, line {entry.position.line}")


def _quote_sources(entry: CuratedEntry, articles: Mapping[str, Article], infos: dict[str, ArticleInfo],
                   folded: Mapping[str, FoldedText]) -> list[Source]:
    sources = []
    for quote in entry.quotes:
        article = articles.get(quote.article)
        if article is None:
            continue
        found = folded[quote.article].find(quote.quote)
        if found is None:
            continue
        start, end = found
        for sentence in article.sentences:
            if sentence.start <= start and end <= sentence.end:
                start, end = sentence.start, sentence.end
                break
        info = infos[quote.article]
        sources.append(Source(quote.article, info.outlet, info.published, article.text[start:end], start, end,
                              info.title, (Span(*found),)))
    return sources



