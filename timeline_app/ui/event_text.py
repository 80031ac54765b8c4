"""How the views write an event's date (and end), its kind, how many articles report it and what Edit and
Hide do to it, the same in every view."""

from __future__ import annotations

from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event, Kind, Origin, Status
from timeline_app.ui.kind_style import KIND_STYLES

DATE_SEPARATOR = " – "
"""What stands between the first and the last date of an event that lasts."""


def date_parts(date: FuzzyDate, end: FuzzyDate | None) -> tuple[str, ...]:
    """The date at its precision, and the end when there is one other than the date itself."""
    if end is None or end == date:
        return (date.human(),)
    return (date.human(), end.human())


def period_text(date: FuzzyDate, end: FuzzyDate | None) -> str:
    """'17 June 2025', or '1 March 2024 – May 2024' for an event with an end."""
    return DATE_SEPARATOR.join(date_parts(date, end))


def date_text(event: Event) -> str:
    """The event's date (and end) as a reader writes them."""
    return period_text(event.date, event.end)


def status_suffix(status: Status) -> str:
    """' (planned)', ' (cancelled)'…: what follows a title or a kind; nothing for an event that occurred."""
    return "" if status is Status.OCCURRED else f" ({status.value})"


def kind_label(kind: Kind) -> str:
    """The name of a kind as a view shows it on its own: 'Call', 'Summit', 'Ministerial meeting'."""
    return KIND_STYLES[kind].label.capitalize()


def article_count(event: Event) -> int:
    """How many articles report the event (a source is an article, however many of its sentences are quoted)."""
    return len({source.article for source in event.sources})


def hide_text(event: Event) -> str:
    """What Hide does to `event`: a curated entry is removed, anything the articles report is hidden."""
    return "&Remove entry…" if event.origin is Origin.CURATED else "&Hide"


def edit_text(event: Event) -> str:
    """What Edit does: a curated entry is edited in place, an extracted event gets an entry refining it."""
    return "&Edit…" if event.origin is not Origin.EXTRACTED else "&Edit (adds an entry)…"
