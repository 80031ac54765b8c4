"""What the extractor makes of a short report of our own making: the text under a headline, alone."""

from __future__ import annotations

import datetime as dt

from timeline_app.model.extraction.mentions import Mention, extract_mentions
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES
from timeline_app.model.reading.articles import parse_article

Row = tuple[object, ...]


def mentions(text: str, published: dt.date | None, countries: tuple[str, str] | None = None) -> list[Mention]:
    """The mentions of `text` reported on `published`, for `countries` (default: South Korea and Japan)."""
    article = parse_article("report.txt", "A headline for the report\n\n" + text)
    return extract_mentions(article, published, {}, countries or DEFAULT_COUNTRIES)


def summary(text: str, published: dt.date, countries: tuple[str, str] | None = None) -> list[Row]:
    """(kind, date, status) of each mention, in order."""
    return [(m.kind.value, m.date.iso() if m.date else None, m.status.value)
            for m in mentions(text, published, countries)]


def dated(text: str, published: dt.date, countries: tuple[str, str] | None = None) -> list[Row]:
    """(kind, date, status) of each dated mention: what the timeline shows."""
    return [row for row in summary(text, published, countries) if row[1] is not None]
