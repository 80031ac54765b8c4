"""What the timeline holds: events, each with the sources it comes from."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate


class Kind(enum.Enum):
    """The lanes of the timeline."""

    CALL = "call"
    SUMMIT = "summit"
    MINISTERIAL = "ministerial"
    OTHER = "other"

    @property
    def order(self) -> int:
        """Position of the kind in sort order and in the lanes."""
        return _KIND_ORDER[self]


_KIND_ORDER = {kind: position for position, kind in enumerate(Kind)}


class Status(enum.Enum):
    """Whether the event happened, according to its sources."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    EXPECTED = "expected"
    POSSIBLE = "possible"
    CANCELLED = "cancelled"

    @property
    def is_tentative(self) -> bool:
        """Planned, expected and possible events have not (yet) happened."""
        return self in (Status.PLANNED, Status.EXPECTED, Status.POSSIBLE)


class Origin(enum.Enum):
    """Where an event comes from: the articles, events.yaml, or both."""

    EXTRACTED = "extracted"
    CURATED = "curated"
    MERGED = "merged"


@dataclass(frozen=True, slots=True)
class Span:
    """A range of character offsets [start, end) into an article's text as stored on disk."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Source:
    """One excerpt of one article that reports an event.

    `start`/`end` are character offsets into the article file's decoded text
    (nothing stripped, line endings kept), so `text[start:end] == excerpt`.
    `highlights` are the spans, in the same offsets, of the words that date the
    event and name its kind.
    """

    article: str
    outlet: str | None
    published: dt.date | None
    excerpt: str
    start: int
    end: int
    article_title: str | None = None
    highlights: tuple[Span, ...] = ()


@dataclass(slots=True)
class Event:
    """One real event on the timeline, with every excerpt that reports it."""

    id: str
    title: str
    kind: Kind
    date: FuzzyDate
    end: FuzzyDate | None = None
    status: Status = Status.OCCURRED
    location: str | None = None
    participants: tuple[str, ...] = ()
    origin: Origin = Origin.EXTRACTED
    date_basis: tuple[DateBasis, ...] = ()
    sources: list[Source] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    summary: str | None = None
    notes: tuple[str, ...] = ()
    # The line in events.yaml of the entry that adds or refines the event (the last one), if any.
    entry_line: int | None = None

    def sort_key(self) -> tuple[dt.date, int, str, str]:
        """Date (start of its period), then kind, then title; the id breaks ties."""
        return (self.date.start, self.kind.order, self.title.casefold(), self.id)

    @property
    def last_day(self) -> dt.date:
        """The last day the event may cover, given its end and precision."""
        return (self.end or self.date).end
