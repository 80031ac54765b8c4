"""How the views write an event's date (and end) and its kind, the same in every view."""

from __future__ import annotations

from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event, Kind, Status
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
