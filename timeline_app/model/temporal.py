"""Finds the date expressions of news reports and works out the dates they name."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline_app.model.fuzzy_date import DateBasis, FuzzyDate
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


_NOTE = re.compile(
    r"\s*,?\s*\(\s*(?P<n>(?i:local\s+time|local)|KST|JST|EST|EDT|ET|PST|PDT|PT|GMT|UTC|CET|CEST|BST"
    r"|(?:Korea|Korean|Seoul|Japan|Japanese|Tokyo|Beijing|China|Washington|Eastern|Pacific|Central|U\.S\.|US)"
    r"\s+(?:(?i:standard)\s+)?(?i:time))\s*\)|,?\s+(?P<n2>(?i:local\s+time))(?![\w])")
_OPEN_ENDS = re.compile(r"[ \t]*(?:$|[,.;:!?)\]}\"'”’—–]|(?i:that|this|then)(?![\w]))", re.MULTILINE)


@dataclass(slots=True)
class _Resolved:
    raw: RawMention
    value: FuzzyDate | None = None
    end_value: FuzzyDate | None = None
    anchored: bool = False


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
        resolved.append(_resolve(raw, reference, stated))
    for index, item in enumerate(resolved):
        if item.raw.kind == "offset":
            _resolve_offset(index, resolved, text)
    return [_mention(item, text, reference, article) for item in resolved]


def _parts(raw: RawMention) -> tuple[RawMention, ...]:
    return (raw,) if raw.end_part is None else (raw, raw.end_part)


def _resolve(raw: RawMention, reference: dt.date | None, direction: Direction) -> _Resolved:
    item = _Resolved(raw)
    if raw.kind == "offset":
        return item
    second = raw.end_part
    if second is not None and second.kind == "date" and second.year is not None and raw.year is None:
        item.end_value = resolve(second, reference, direction)
        item.value = resolve_before(raw, item.end_value) if item.end_value else None
    else:
        item.value = resolve(raw, reference, direction)
        item.anchored = needs_reference(raw)
        if second is not None:
            item.end_value = resolve_end(second, item.value, reference, direction)
    return item


def _resolve_offset(index: int, resolved: list[_Resolved], text: str) -> None:
    item = resolved[index]
    raw = item.raw
    anchor: _Resolved | None = None
    if raw.anchor == "open":
        following = resolved[index + 1] if index + 1 < len(resolved) else None
        gap = _gap_end(text, raw.follow_pos)
        if following is not None and following.raw.start == gap and following.raw.kind != "offset":
            anchor = following
        elif _OPEN_ENDS.match(text, raw.follow_pos):
            anchor = _previous_dated(resolved, index)
    else:
        anchor = _previous_dated(resolved, index)
    if anchor is None or anchor.value is None:
        return
    base = anchor.end_value if raw.count > 0 and anchor.end_value is not None else anchor.value
    item.value = shift(base, raw.unit or "day", raw.count)
    item.anchored = anchor.anchored


def _gap_end(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _previous_dated(resolved: list[_Resolved], index: int) -> _Resolved | None:
    for item in reversed(resolved[:index]):
        if item.value is not None:
            return item
    return None


def _mention(item: _Resolved, text: str, reference: dt.date | None, article: str | None) -> DateMention:
    raw = item.raw
    note = None
    found = _NOTE.match(text, raw.end)
    if found is not None:
        stated = " ".join((found.group("n") or found.group("n2")).split())
        note = "local time" if stated.lower().startswith("local") else stated
    basis = None
    if item.value is not None:
        basis = DateBasis(text[raw.start:raw.end], item.value, anchor=reference if item.anchored else None,
                          article=article, note=note)
    return DateMention(raw.start, raw.end, text[raw.start:raw.end], item.value, item.end_value, item.anchored,
                       raw.kind == "offset", raw.qualifier, note, basis)
