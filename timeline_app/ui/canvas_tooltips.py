"""The texts of the timeline's tooltips: an event, a '+N' badge or a count, a count beyond an edge."""

from __future__ import annotations

import datetime as dt

from timeline_app.model.events import Status
from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.ticks import MONTH_ABBREVIATIONS
from timeline_app.timescale.time_units import to_date
from timeline_app.ui.canvas_frame import ZoomTarget
from timeline_app.ui.kind_style import KIND_STYLES


def event_tooltip(index: EventIndex, row: int) -> str:
    """Title; date at its precision (and end), kind and status; number of sources."""
    date = index.date(row).human()
    end = index.end_date(row)
    if end is not None and end != index.date(row):
        date = f"{date} – {end.human()}"
    kind = KIND_STYLES[index.kind(row)].label
    status = index.status(row)
    status_text = "" if status is Status.OCCURRED else f" ({status.value})"
    sources = index.source_count(row)
    noun = "source" if sources == 1 else "sources"
    return f"{index.title(row)}\n{date} · {kind}{status_text}\n{sources} {noun}"


def target_tooltip(target: ZoomTarget) -> str:
    """What a badge, bar or edge count counts, and what clicking it does."""
    style = KIND_STYLES[target.kind]
    noun = style.label if target.count == 1 else style.plural
    first, last = to_date(target.t0), to_date(max(target.t1 - 1, target.t0))
    when = short_date(first) if first == last else f"{short_date(first)} – {short_date(last)}"
    if target.edge is not None:
        side = "later" if target.edge.later else "earlier"
        them = "it" if target.count == 1 else "them"
        return f"{target.count:,} {side} {noun} ({when})\nClick to scroll to {them}"
    if target.badge is not None and target.badge.text.startswith("+"):
        return f"{target.count} more {noun} without a label here ({when})\nClick to zoom in"
    return f"{target.count:,} {noun}, {when}\nClick to zoom in"


def short_date(day: dt.date) -> str:
    """'17 Jun 2025', whatever the locale."""
    return f"{day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
