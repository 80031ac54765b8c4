"""The texts of the timeline's tooltips: an event, a '+N' badge or a count, a count beyond an edge."""

from __future__ import annotations

from timeline_app.timescale.event_index import EventIndex
from timeline_app.timescale.ticks import short_date
from timeline_app.timescale.time_units import to_date
from timeline_app.ui.canvas_frame import ZoomTarget
from timeline_app.ui.event_text import DATE_SEPARATOR, kind_label, period_text, status_suffix
from timeline_app.ui.kind_style import KIND_STYLES
from timeline_app.ui.wording import plural


def event_tooltip(index: EventIndex, row: int) -> str:
    """Title; date at its precision (and end), kind and status; number of sources."""
    date = period_text(index.date(row), index.end_date(row))
    status_text = status_suffix(index.status(row))
    sources = plural(index.source_count(row), "source")
    return f"{index.title(row)}\n{date} · {kind_label(index.kind(row))}{status_text}\n{sources}"


def target_tooltip(target: ZoomTarget) -> str:
    """What a badge, bar or edge count counts, and what clicking it does."""
    style = KIND_STYLES[target.kind]
    first, last = to_date(target.t0), to_date(max(target.t1 - 1, target.t0))
    when = short_date(first) if first == last else f"{short_date(first)}{DATE_SEPARATOR}{short_date(last)}"
    if target.edge is not None:
        side = "later" if target.edge.later else "earlier"
        them = "it" if target.count == 1 else "them"
        counted = plural(target.count, f"{side} {style.label}", f"{side} {style.plural}")
        return f"{counted} ({when})\nClick to scroll to {them}"
    if target.badge is not None and target.badge.text.startswith("+"):
        counted = plural(target.count, f"more {style.label}", f"more {style.plural}")
        return f"{counted} without a label here ({when})\nClick to zoom in"
    return f"{plural(target.count, style.label, style.plural)}, {when}\nClick to zoom in"
