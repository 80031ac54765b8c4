"""The finished product of the model: an ordered, sourced timeline and the problems met on the way."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.model.events import Event
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES
from timeline_app.model.problems import Problem, Severity


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article as the reader shows it: its whole text, as decoded from the file."""

    name: str
    path: Path
    text: str
    title: str | None = None
    outlet: str | None = None


@dataclass(slots=True)
class Timeline:
    """Events sorted by date, kind and title; the articles they cite; every problem found."""

    title: str
    events: list[Event] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    articles: dict[str, ArticleText] = field(default_factory=dict)
    events_file: Path | None = None
    articles_dir: Path | None = None  # the folder events.yaml names; None when it could not be read
    # False when events.yaml could not be read or parsed at all (missing, YAML syntax error, not UTF-8):
    # a view should then keep showing the last good timeline.
    events_file_readable: bool = True
    # The bytes of events.yaml the timeline was built from: what a write compares with the file on disk.
    events_data: bytes = field(default=b"", compare=False, repr=False)
    skipped_entries: int = 0  # curated entries left out for their errors
    countries: tuple[str, str] = DEFAULT_COUNTRIES  # the pair the articles were read for

    @property
    def has_errors(self) -> bool:
        """Whether any problem is an error (not a warning)."""
        return any(p.severity is Severity.ERROR for p in self.problems)

    def event(self, event_id: str) -> Event | None:
        """The event with this id, if any."""
        for event in self.events:
            if event.id == event_id:
                return event
        return None
