"""A report's dateline ("TOKYO, Jan. 8 (Jiji Press)--", "SEOGWIPO, South Korea, June 23 —"): its day is the
report's, no event's; and when it is a day or two before the page's date (a paper dated the next morning), "today",
"yesterday" and the weekdays of the report count from the dateline's day."""

from __future__ import annotations

import datetime as dt
import re

from timeline_app.model.dates.finder import DateMention, find_dates
from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.reading.articles import Article

# The place, with its country or state after a comma: "SEOGWIPO, South Korea, ", "THURMONT, Md., ".
_DATELINE_PLACE = re.compile(r"\s*[A-Z][\w .'’-]{1,30},(?:\s*[A-Z][\w .'’-]{1,30},)?\s*")
_DATELINE_END = re.compile(r"(?:,?\s*\d{4})?\s*(?:\([^()]{1,40}\))?\s*(?:--|—|–|(?<=\))\s*-(?=\s))")
# How many days a page may be dated after its dispatch.
_PAGE_AFTER_DISPATCH = dt.timedelta(days=2)


def in_dateline(text: str, date: DateMention) -> bool:
    """"Tokyo, Jan. 8 (Jiji Press)--Lee will visit ...": the dateline's day is the report's, no event's."""
    return bool(_DATELINE_PLACE.fullmatch(text, 0, date.start) and _DATELINE_END.match(text, date.end))


def dispatch_day(article: Article, published: dt.date | None) -> dt.date | None:
    """The day the report was written: its first sentence's dateline day when that is up to two days before
    `published` (the page's date), else `published`."""
    if published is None or not article.sentences:
        return published
    lead = article.sentences[0]
    line_start = article.plain.rfind("\n", 0, lead.start) + 1
    head = article.plain[line_start : lead.start] + article.sentence_text(lead)
    day = next((d.value.start for d in find_dates(head[:80], published, article=article.name)
                if d.value is not None and d.value.precision is Precision.DAY and in_dateline(head, d)), None)
    return day if day is not None and published - _PAGE_AFTER_DISPATCH <= day < published else published
