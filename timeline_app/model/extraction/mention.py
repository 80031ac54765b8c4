"""A mention: one phrase of one article that reports an event, with what its sentence says of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate
from timeline_app.model.events import Kind, Span, Status


@dataclass(frozen=True, slots=True)
class Mention:
    """One phrase of one article that reports an event, with what the sentence says of it."""

    article: str
    kind: Kind
    date: FuzzyDate | None
    end: FuzzyDate | None
    basis: DateBasis | None
    needs_anchor: bool
    status: Status
    participants: tuple[str, ...]
    location: str | None
    name: str | None
    noun: str  # what the text calls it: "phone call", "summit", "talks", "visit", "reception"...
    sentence: Span
    highlights: tuple[Span, ...]
    notes: tuple[str, ...]
    published: dt.date | None
    between: str  # the pair of countries, as a title names it: "Korea–Japan", "Germany–France"
    trilateral: bool = False  # a third country at the table: another event than the pair's bilateral
    recent: bool = False  # "their recent phone conversation": an earlier event, not long before the report
