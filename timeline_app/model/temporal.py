"""Finds the date expressions of news reports and works out the dates they name."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.model.fuzzy_date import DateBasis, FuzzyDate, Precision
from timeline_app.model.temporal_calendar import (
    Direction,
    needs_direction,
    needs_reference,
    resolve,
    resolve_before,
    resolve_end,
    shift,
)
from timeline_app.model.temporal_direction import Sentences, sentence_direction
from timeline_app.model.temporal_forms import RawMention
from timeline_app.model.temporal_scan import scan

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
    for raw in scan(text):
        stated: Direction = direction or "either"
        if direction is None and any(needs_direction(part) for part in _parts(raw)):
            sentences = sentences or Sentences(text)
            stated = sentences.direction_at(raw.start, raw.end)
        if raw.future_only and stated != "future":
            continue  # "the first time in 16 years" is a length of time, not a date
        if raw.lean_future and stated == "either":
            stated = "future"
        elif raw.appointment and stated == "past":
            stated = "either"
        resolved.append(_resolve(raw, reference, stated))
    for index, item in enumerate(resolved):
        if item.raw.kind != "offset":
            continue
        sentences = sentences or Sentences(text)
        if item.raw.anchor == "sentence":
            _resolve_in_sentence(index, resolved, sentences.span(item.raw.start)[0])
        else:
            _resolve_offset(index, resolved, text, sentences)
        if item.value is None and item.raw.fallback:
            _resolve_from_report(item, reference)
    return [_mention(item, text, reference, article) for item in resolved]


def _parts(raw: RawMention) -> tuple[RawMention, ...]:
    return (raw,) if raw.end_part is None else (raw, raw.end_part)


def _resolve(raw: RawMention, reference: dt.date | None, direction: Direction) -> _Resolved:
    item = _Resolved(raw)
    if raw.kind == "offset":
        return item
    second = raw.end_part
    if (second is not None and second.kind == "date" and raw.year is None and raw.year_offset is None
            and (second.year is not None or second.year_offset is not None)):
        item.end_value = resolve(second, reference, direction)
        item.value = resolve_before(raw, item.end_value) if item.end_value else None
        item.anchored = needs_reference(second)
    else:
        item.value = resolve(raw, reference, direction)
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
    item.value = shift(base, raw.unit or "day", raw.count)
    item.anchored = anchor.anchored
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
        if earlier.raw.kind == "date" and earlier.value is not None and getattr(earlier.raw, stated) is not None:
            item.value = shift(earlier.value, item.raw.unit or "day", 0)
            item.anchored = earlier.anchored
            item.relative = True
            return


def _resolve_from_report(item: _Resolved, reference: dt.date | None) -> None:
    """'Later in the day', 'the end of the year' with nothing to count from: the report's own day or year."""
    item.anchored = True
    if reference is not None:
        item.value = shift(FuzzyDate(reference, Precision.DAY), item.raw.unit or "day", 0)


def _gap_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _previous_dated(resolved: list[_Resolved], index: int, sentences: Sentences) -> _Resolved | None:
    """The nearest dated mention before mention `index`, passing over the dates of relative clauses of its
    own sentence ("Kishida, who runs in the race on Sept. 27, arrived earlier in the day")."""
    start = resolved[index].raw.start
    sentence_start = sentences.span(start)[0]
    for item in reversed(resolved[:index]):
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
