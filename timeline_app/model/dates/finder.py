"""Finds the date expressions of news reports and works out the dates they name."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.model.dates.direction import Sentences, sentence_direction
from timeline_app.model.dates.forms import RawMention
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate, Precision
from timeline_app.model.dates.resolve import (
    Direction,
    needs_direction,
    needs_reference,
    resolve,
    resolve_before,
    resolve_end,
    shift,
)
from timeline_app.model.dates.scan import scan

__all__ = ["DateMention", "Direction", "find_dates", "sentence_direction"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date expression of a text and the date it names."""

    start: int
    end: int
    phrase: str
    value: FuzzyDate | None
    end_value: FuzzyDate | None
    anchored: bool
    relative_to_event: bool
    qualifier: str | None
    note: str | None
    basis: DateBasis | None


_ZONES = "KST|JST|EST|EDT|ET|PST|PDT|PT|GMT|UTC|CET|CEST|BST"
# A clock time between a date and its time-zone note: "December 24, 2019 21:40 (JST)", "at 10 a.m. KST".
_TIME = r"(?:,?\s+(?:(?i:at)\s+)?(?:\d{1,2}:\d\d(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?|\d{1,2}\s*(?i:a\.m\.|p\.m\.)))"
_NOTE = re.compile(
    rf"{_TIME}?(?:\s*,?\s*\(\s*(?P<n>(?i:local\s+time|local)|{_ZONES}"
    r"|(?:Korea|Korean|Seoul|Japan|Japanese|Tokyo|Beijing|China|Washington|Eastern|Pacific|Central|U\.S\.|US)"
    r"\s+(?:(?i:standard)\s+)?(?i:time))\s*\)|,?\s+(?P<n2>(?i:local\s+time))(?![\w]))"
    rf"|{_TIME}\s+(?P<n3>{_ZONES})(?![\w])")
_OPEN_ENDS = re.compile(r"[ \t]*(?:$|[,.;:!?)\]}\"'”’—–]|(?i:that|this|then)(?![\w]))", re.MULTILINE)


@dataclass(slots=True)
class _Resolved:
    raw: RawMention
    value: FuzzyDate | None = None
    end_value: FuzzyDate | None = None
    anchored: bool = False
    relative: bool = False


def find_dates(text: str, reference: dt.date | None, *, article: str | None = None,
               direction: Direction | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved against `reference`, in text order, non-overlapping."""
    sentences: Sentences | None = None
    resolved: list[_Resolved] = []
    previous_end = 0
    for raw in scan(text):
        stated: Direction = direction or "either"
        firm = direction is not None
        if direction is None and any(needs_direction(part) for part in _parts(raw)):
            sentences = sentences or Sentences(text)
            stated, firm = sentences.direction_at(raw.start, raw.end, after=previous_end)
        if raw.appointment:
            # "for Friday": set for that day, ahead unless its own clause tells of the past ("a service
            # planned for Saturday was canceled"), where the nearest such day is meant
            stated = "either" if stated == "past" and firm else "future"
        elif raw.lean_future and stated == "either":
            stated = "future"
        resolved.append(_resolve(raw, reference, stated, firm))
        previous_end = raw.end
    resolved = _join_clocks(resolved, text)
    for index, item in enumerate(resolved):
        if item.raw.kind != "offset":
            continue
        sentences = sentences or Sentences(text)
        if item.raw.anchor == "clock":
            _resolve_clock(index, resolved, sentences)
        elif item.raw.anchor == "sentence":
            _resolve_in_sentence(index, resolved, sentences.span(item.raw.start)[0])
        else:
            _resolve_offset(index, resolved, text, sentences)
        if item.value is None and item.raw.fallback:
            _resolve_from_report(item, reference)
    return [_mention(item, text, reference, article) for item in resolved
            if item.value is not None or item.raw.anchor != "clock"]  # a time of day alone is no date


def _parts(raw: RawMention) -> tuple[RawMention, ...]:
    return (raw,) if raw.end_part is None else (raw, raw.end_part)


def _resolve(raw: RawMention, reference: dt.date | None, direction: Direction, firm: bool) -> _Resolved:
    item = _Resolved(raw)
    if raw.kind == "offset":
        return item
    second = raw.end_part
    if (second is not None and second.kind == "date" and raw.year is None and raw.year_offset is None
            and (second.year is not None or second.year_offset is not None)):
        item.end_value = resolve(second, reference, direction, firm=firm)
        item.value = resolve_before(raw, item.end_value) if item.end_value else None
        item.anchored = needs_reference(second)
    else:
        item.value = resolve(raw, reference, direction, firm=firm)
        item.anchored = needs_reference(raw)
        if second is not None:
            item.end_value = resolve_end(second, item.value, reference, direction)
    return item


def _resolve_offset(index: int, resolved: list[_Resolved], text: str, sentences: Sentences) -> None:
    item = resolved[index]
    raw = item.raw
    anchor: _Resolved | None = None
    if raw.anchor == "open":
        following = resolved[index + 1] if index + 1 < len(resolved) else None
        gap = _gap_end(text, raw.follow_pos)
        if following is not None and following.raw.start == gap and following.raw.kind != "offset":
            anchor = following
        elif _OPEN_ENDS.match(text, raw.follow_pos):
            anchor = _previous_dated(resolved, index, sentences)
    else:
        anchor = _previous_dated(resolved, index, sentences)
    if anchor is None or anchor.value is None:
        return
    base = anchor.end_value if raw.count > 0 and anchor.end_value is not None else anchor.value
    if raw.weekday is not None:
        item.value = _weekday_from(base, raw.weekday, raw.count)
    else:
        item.value = shift(base, raw.unit or "day", raw.count, keep_precision=raw.same_day)
    item.anchored = anchor.anchored
    item.relative = True


def _weekday_from(base: FuzzyDate, weekday: int, step: int) -> FuzzyDate | None:
    """The first `weekday` after a day (`step` 1), the last before it (-1) or the one of its week, Monday to
    Sunday (0)."""
    if base.precision is not Precision.DAY:
        return None
    if step > 0:
        days = (weekday - base.start.weekday()) % 7 or 7
    elif step < 0:
        days = -((base.start.weekday() - weekday) % 7 or 7)
    else:
        days = weekday - base.start.weekday()
    try:
        return FuzzyDate(base.start + dt.timedelta(days=days), Precision.DAY)
    except OverflowError:
        return None


# What may stand between a date and the time of day that belongs to it: "June 5 at 10 a.m.", "9 a.m. Tuesday",
# "10:35 a.m. (0735 GMT) Friday".
_DATE_TO_CLOCK = re.compile(r"[ \t]*,?[ \t]*(?:(?i:at|around|about|from|by|before|after|until)[ \t]+)?")
_CLOCK_TO_DATE = re.compile(r"[ \t]*(?:\([^()\n]{0,24}\)[ \t]*)?(?:[A-Z]{2,4}[ \t]+)?,?[ \t]*"
                            r"(?:(?i:on)[ \t]+)?")


def _join_clocks(resolved: list[_Resolved], text: str) -> list[_Resolved]:
    """A time of day next to a date is part of it: "June 5 at 10 a.m." stays "June 5", "9 a.m. Tuesday" is
    one phrase."""
    kept: list[_Resolved] = []
    for index, item in enumerate(resolved):
        raw = item.raw
        if raw.anchor == "clock" and raw.kind == "offset":
            if kept and kept[-1].raw.kind != "offset" and _DATE_TO_CLOCK.fullmatch(text, kept[-1].raw.end,
                                                                                   raw.start):
                continue
            following = resolved[index + 1] if index + 1 < len(resolved) else None
            if (following is not None and following.raw.kind != "offset"
                    and _CLOCK_TO_DATE.fullmatch(text, raw.end, following.raw.start)):
                following.raw.start = raw.start
                continue
        kept.append(item)
    return kept


def _resolve_clock(index: int, resolved: list[_Resolved], sentences: Sentences) -> None:
    """'At 7:15 p.m.' on its own names the day of the last date known to the day before it in its sentence,
    else of the first after it there ("shot at 10 p.m. as he stood in his kitchen on Oct. 23"); a time of
    day never stands for a week, a month or a year, nor for a day the sentence does not state."""
    item = resolved[index]
    sentence_start, sentence_end = sentences.span(item.raw.start)
    for earlier in reversed(resolved[:index]):
        if earlier.raw.start < sentence_start:
            break
        if earlier.value is not None and earlier.value.precision is Precision.DAY:
            _take_day(item, earlier)
            return
    for later in resolved[index + 1:]:
        if later.raw.start >= sentence_end:
            return
        if later.raw.kind != "offset" and later.value is not None and later.value.precision is Precision.DAY:
            _take_day(item, later)
            return


def _take_day(item: _Resolved, dated: _Resolved) -> None:
    item.value = dated.value
    item.anchored = dated.anchored
    item.relative = True


# The part a date must state to anchor "the year", "the month" or "the week" of the same sentence.
_STATED_PART = {"year": "year", "month": "month", "week": "day"}


def _resolve_in_sentence(index: int, resolved: list[_Resolved], sentence_start: int) -> None:
    """'The end of the year' after 'in 2019' in the same sentence: the year that sentence states."""
    item = resolved[index]
    stated = _STATED_PART.get(item.raw.unit or "", "day")
    for earlier in reversed(resolved[:index]):
        if earlier.raw.start < sentence_start:
            return
        if (earlier.raw.kind == "date" and earlier.value is not None
                and getattr(earlier.raw, stated) is not None):
            item.value = shift(earlier.value, item.raw.unit or "day", item.raw.count)
            item.anchored = earlier.anchored
            item.relative = True
            return


def _resolve_from_report(item: _Resolved, reference: dt.date | None) -> None:
    """'Later in the day', 'the end of the year' with nothing to count from: the report's own day or year."""
    item.anchored = True
    if reference is None:
        return
    if item.raw.weekday is not None:
        item.value = _weekday_from(FuzzyDate(reference, Precision.DAY), item.raw.weekday, item.raw.count)
    else:
        item.value = shift(FuzzyDate(reference, Precision.DAY), item.raw.unit or "day", item.raw.count)


def _gap_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


_SENTENCES_AN_OFFSET_REACHES_BACK = 2


def _previous_dated(resolved: list[_Resolved], index: int, sentences: Sentences) -> _Resolved | None:
    """The nearest dated mention before mention `index`, passing over the dates of relative clauses of its
    own sentence ("Kishida, who runs in the race on Sept. 27, arrived earlier in the day").

    "Seven days later", "the next day" count from a date of the story told just before them: of their own
    sentence or of the two before it. Farther back the story has moved on ("If the family fails to appeal
    within 14 days, the soonest he could leave would be seven days later" counts from no date stated)."""
    start = resolved[index].raw.start
    sentence_start = sentences.span(start)[0]
    reach = sentences.start_before(start, _SENTENCES_AN_OFFSET_REACHES_BACK)
    for item in reversed(resolved[:index]):
        if item.raw.start < reach:
            return None
        if item.value is None:
            continue
        if item.raw.start >= sentence_start:
            clause = sentences.relative_clause(item.raw.start)
            if clause is not None and not clause[0] <= start < clause[1]:
                continue
        return item
    return None


def _mention(item: _Resolved, text: str, reference: dt.date | None, article: str | None) -> DateMention:
    raw = item.raw
    note = None
    found = _NOTE.match(text, raw.end)
    if found is not None:
        stated = " ".join((found.group("n") or found.group("n2") or found.group("n3")).split())
        note = "local time" if stated.lower().startswith("local") else stated
    basis = None
    if item.value is not None:
        basis = DateBasis(text[raw.start:raw.end], item.value, anchor=reference if item.anchored else None,
                          article=article, note=note)
    return DateMention(raw.start, raw.end, text[raw.start:raw.end], item.value, item.end_value, item.anchored,
                       item.relative or (raw.kind == "offset" and not raw.fallback), raw.qualifier, note,
                       basis)
