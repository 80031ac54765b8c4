"""What the events writer is asked to write: an entry of `events:` or an item of `sources:` as a draft, and
the anchor (`match:`) that finds an extracted event."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline_app.model.events import Event
from timeline_app.model.reading.dataset import ENTRY_KEYS, CuratedEntry

# The order keys are written in: the reader's, with hide and the anchor just after the id.
KEY_ORDER = ("id", "hide", "match", *(key for key in ENTRY_KEYS if key not in ("id", "hide", "match")))


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an extracted event is reported: an article and words of the excerpt that reports it.

    Written as `match: {article: FILE, quote: "..."}`; it finds the event whatever its id, title or date."""

    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """An entry of `events:` as the writer renders it; None (or empty) leaves a key out.

    Dates, kind and status are text as a user types them: the reader checks them when the result is
    read back, so a bad value is refused with the reader's own message."""

    id: str | None = None
    date: str | None = None
    end: str | None = None
    kind: str | None = None
    title: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    status: str | None = None
    summary: str | None = None
    sources: tuple[Anchor, ...] = ()
    hide: bool = False
    match: Anchor | None = None


@dataclass(frozen=True, slots=True)
class SourceDraft:
    """What `sources:` says of one article; None leaves a key out."""

    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


def draft_from_entry(entry: CuratedEntry) -> EntryDraft:
    """The draft that renders `entry` (to fill a form that edits it)."""
    return EntryDraft(
        id=entry.id,
        date=entry.date.iso() if entry.date is not None else None,
        end=entry.end.iso() if entry.end is not None else None,
        kind=entry.kind.value if entry.kind is not None else None,
        title=entry.title,
        location=entry.location,
        participants=entry.participants,
        status=entry.status.value if entry.status is not None else None,
        summary=entry.summary,
        sources=tuple(Anchor(quote.article, quote.quote) for quote in entry.quotes),
        hide=entry.hide,
        match=Anchor(entry.match.article, entry.match.quote) if entry.match is not None else None,
    )


def draft_from_event(event: Event) -> EntryDraft:
    """The draft that says what `event` says (to fill a form that refines it)."""
    return EntryDraft(
        date=event.date.iso(),
        end=event.end.iso() if event.end is not None else None,
        kind=event.kind.value,
        title=event.title,
        location=event.location,
        participants=event.participants,
        status=event.status.value,
        summary=event.summary,
    )
