"""Chronology lines: a line that opens with its date ("Oct. 8, 1998: ...", "2004: ...", "7 July 2017 – ...",
"2006 -- Oct. 9: ...") dates the events it lists, in every sentence of the line ("7 July 2017 – Hamburg. First
bilateral summit."), over a phrase that only restates the day ("Telephone conversation, the day after Moon's
inauguration"); the present tense of such a line is historical."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from timeline_app.model.dates.finder import DateMention, find_dates
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate, Precision
from timeline_app.model.dates.words import MONTH
from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.triggers import Trigger, status_near
from timeline_app.model.reading.articles import Article, Sentence

_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"
# What ends a line's head: a colon or a dash ("Oct. 8, 1998:", "7 July 2017 –", "2004 --").
_HEAD_END = re.compile(r"[ \t]*(?:--|[:–—]|-(?=[ \t]))[ \t]*")
# "2004: ...", "2004 -- July 21: ...", "1998 - Oct. 8 - ...": the year alone heads the line.
_YEAR_HEAD = re.compile(rf"{_YEAR}[ \t]*(?:--|[-–—:,])[ \t]*(?=\S)")
# A line that opens with a month and day under a year on a line of its own ("2004" / "July 21 - ...").
_DAY_LINE = re.compile(rf"{MONTH}\s+\d{{1,2}}\s*(?:--|[-–—:])")
_YEAR_LINE = re.compile(r"^[ \t]*(1[89]\d\d|20\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)
_MONTH_NAME = re.compile(MONTH)


@dataclass(frozen=True, slots=True)
class LineHead:
    """What heads a chronology line: its year, and the full date when the head gives one."""

    year: int
    date: DateMention | None = None

    def dated(self, dates: list[DateMention]) -> list[DateMention]:
        """The line's dates with the months and days said without a year put in the head's year."""
        return [_in_year(d, self.year) for d in dates]

    def date_the_rest(self, text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention]) -> None:
        """Every event phrase of the line (`text`, its sentence) without a date of its own happens on the head's
        date ("Oct. 8, 1998: ... sign the declaration after summit talks in Tokyo": the talks too), unless it is
        a plan made that day ("the leaders agreed to meet at an early date")."""
        if self.date is None:
            return
        for trigger in triggers:
            own = assigned.get(trigger)
            if ((own is None or own.value is None) and trigger.kind is not Kind.OTHER
                    and status_near(text, trigger.start, trigger.end) is Status.OCCURRED):
                assigned[trigger] = self.date


def line_head(article: Article, sentence: Sentence, dates: list[DateMention],
              published: dt.date | None = None) -> LineHead | None:
    """The head of the chronology line that `sentence` opens (its first words at the start of a line) or continues
    (its full date then), if any. `dates` are the sentence's date phrases, offsets in the sentence."""
    text = article.plain
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if text[line_start : sentence.start].strip():
        return _head_before(text, line_start, sentence.start, published, article.name)
    first = next((d for d in dates if d.start == 0), None)
    if (first is not None and first.value is not None and not first.anchored
            and first.value.precision in (Precision.DAY, Precision.MONTH)
            and _HEAD_END.match(text, sentence.start + first.end)):
        return LineHead(first.value.start.year, first)  # "Oct. 8, 1998:", "Dec. 17–18, 2011:", "March 2019 –"
    head = _YEAR_HEAD.match(text, sentence.start)
    if head is not None:
        return LineHead(int(head.group("year")))
    if not _DAY_LINE.match(text, sentence.start):
        return None
    heading = None
    for heading in _YEAR_LINE.finditer(text, 0, line_start):
        pass
    return LineHead(int(heading.group(1))) if heading is not None else None


def _head_before(text: str, line_start: int, start: int, published: dt.date | None, name: str) -> LineHead | None:
    """The full date that heads the line a sentence continues ("9 May 2018 – Tokyo. Moon and Abe held talks"),
    its offsets counted from the sentence's start (so before it)."""
    first = next((d for d in find_dates(text[line_start:start], published, article=name) if d.start == 0), None)
    if (first is None or first.value is None or first.anchored or first.value.precision is not Precision.DAY
            or not _HEAD_END.match(text, line_start + first.end)):
        return None
    shift = line_start - start
    return LineHead(first.value.start.year, replace(first, start=first.start + shift, end=first.end + shift))


def _in_year(date: DateMention, year: int) -> DateMention:
    """A month and day said without a year, put in the chronology line's year."""
    value = date.value
    if (not date.anchored or value is None or date.end_value is not None
            or value.precision not in (Precision.DAY, Precision.MONTH) or not _MONTH_NAME.search(date.phrase)):
        return date
    moved = (FuzzyDate.day(year, value.start.month, value.start.day) if value.precision is Precision.DAY
             else FuzzyDate.month(year, value.start.month))
    basis = DateBasis(date.phrase, moved, None, date.basis.article if date.basis else None,
                      f"in the year {year} that heads the line")
    return replace(date, value=moved, anchored=False, basis=basis)
