"""Writing the timeline as JSON, CSV or iCalendar, for scripts, spreadsheets and calendar applications."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

from timeline_app.model.atomic_file import replace_atomically
from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.events import Event, Status
from timeline_app.model.output.timeline import Timeline
from timeline_app.model.problems import display_path

FORMATS = ("json", "csv", "ics")


def write_text_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` (UTF-8, line endings as given, its folder made) so that a reader never sees
    half a file; it gets the permissions a plain `open` would give it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    replace_atomically(path, text.encode("utf-8"))


def export_timeline(timeline: Timeline, fmt: str, *, exported_at: dt.datetime) -> str:
    """The timeline in `fmt` (json, csv or ics); `exported_at` is the time of the export (iCalendar's DTSTAMP)."""
    if fmt == "json":
        return to_json(timeline)
    if fmt == "csv":
        return to_csv(timeline)
    if fmt == "ics":
        return to_ics(timeline, exported_at=exported_at)
    raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


def date_basis_text(event: Event) -> str:
    """How the event's date was derived, one derivation after another."""
    return "; ".join(basis.describe() for basis in event.date_basis)


def event_record(event: Event) -> dict[str, Any]:
    """The event as plain JSON-ready data (the `events` items of the JSON export)."""
    return {
        "id": event.id,
        "title": event.title,
        "kind": event.kind.value,
        "date": event.date.iso(),
        "precision": event.date.precision.value,
        "end": event.end.iso() if event.end else None,
        "status": event.status.value,
        "location": event.location,
        "participants": list(event.participants),
        "origin": event.origin.value,
        "date_basis": date_basis_text(event),
        "date_derivations": [
            {
                "phrase": basis.phrase,
                "value": basis.value.iso(),
                "anchor": basis.anchor.isoformat() if basis.anchor else None,
                "article": basis.article,
                "note": basis.note,
            }
            for basis in event.date_basis
        ],
        "sources": [
            {
                "article": s.article,
                "outlet": s.outlet,
                "published": s.published.isoformat() if s.published else None,
                "excerpt": s.excerpt,
                "start": s.start,
                "end": s.end,
            }
            for s in event.sources
        ],
        "conflicts": list(event.conflicts),
        "summary": event.summary,
        "notes": list(event.notes),
    }


def to_json(timeline: Timeline) -> str:
    """`{"title", "events": [...], "problems": [...]}`, as the command line documents it; problem files are
    given relative to the events file's folder, so that the export does not depend on where it was run."""
    base = timeline.events_file.parent if timeline.events_file is not None else None
    data = {
        "title": timeline.title,
        "events": [event_record(e) for e in timeline.events],
        "problems": [
            {"file": display_path(p.file, base), "line": p.line, "column": p.column, "severity": p.severity.value,
             "message": p.message}
            for p in timeline.problems
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ("id", "title", "kind", "date", "precision", "end", "status", "location", "participants", "origin",
               "date_basis", "sources", "conflicts", "summary")


def to_csv(timeline: Timeline) -> str:
    """One row an event; participants, sources and conflicts joined within their cell."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for event in timeline.events:
        record = event_record(event)
        record["participants"] = "; ".join(event.participants)
        record["sources"] = " | ".join(
            f"{s.article} [{s.start}:{s.end}]: {' '.join(s.excerpt.split())}" for s in event.sources
        )
        record["conflicts"] = " | ".join(event.conflicts)
        writer.writerow(["" if record[c] is None else record[c] for c in CSV_COLUMNS])
    return out.getvalue()


def _ics_date(day: dt.date) -> str:
    """YYYYMMDD, four digits of year even before 1000 (strftime's %Y may write fewer)."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def to_ics(timeline: Timeline, *, exported_at: dt.datetime) -> str:
    """An iCalendar file of all-day events; `exported_at` is the DTSTAMP of each (RFC 5545: when it was made).

    An event known to the day covers its days. One known only to the week, month or year is a single date-only
    event on the first day of that period, its precision stated in its SUMMARY and DESCRIPTION: a calendar
    would otherwise show it lasting the whole period.
    """
    stamp = exported_at.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//timeline-app//timeline-app 0.1//EN",
             "CALSCALE:GREGORIAN", f"X-WR-CALNAME:{_escape(timeline.title)}"]
    for event in timeline.events:
        status = "CANCELLED" if event.status is Status.CANCELLED else (
            "TENTATIVE" if event.status.is_tentative else "CONFIRMED")
        lines += ["BEGIN:VEVENT", f"UID:{event.id}@timeline-app", f"DTSTAMP:{stamp}",
                  f"DTSTART;VALUE=DATE:{_ics_date(event.date.start)}"]
        title = event.title
        if _known_to_the_day(event):
            last = event.last_day
            # DTEND is the day after; the calendar's last day has none, so that period says how long it is.
            lines.append(f"DTEND;VALUE=DATE:{_ics_date(last + dt.timedelta(days=1))}" if last < dt.date.max
                         else f"DURATION:P{(last - event.date.start).days + 1}D")
        else:
            # A date-only DTSTART without DTEND is one day (RFC 5545, 3.6.1).
            title += f" ({_period_text(event)})"
        lines += [f"SUMMARY:{_escape(title)}", f"CATEGORIES:{event.kind.value.upper()}", f"STATUS:{status}"]
        if event.location:
            lines.append(f"LOCATION:{_escape(event.location)}")
        lines.append(f"DESCRIPTION:{_escape(_description(event))}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _known_to_the_day(event: Event) -> bool:
    return event.date.precision is Precision.DAY and (event.end is None or event.end.precision is Precision.DAY)


def _period_text(event: Event) -> str:
    """'date known to the month: August 2025', 'from June 2025 to August 2025, known to the month'."""
    if event.end is None:
        return f"date known to the {event.date.precision.value}: {event.date.human()}"
    coarsest = max(event.date.precision, event.end.precision, key=lambda p: p.rank)
    return f"from {event.date.human()} to {event.end.human()}, known to the {coarsest.value}"


def _description(event: Event) -> str:
    parts = []
    if event.summary:
        parts.append(event.summary)
    if not _known_to_the_day(event):
        period = _period_text(event)
        parts.append(f"{period[0].upper()}{period[1:]}. Shown on its first day ({event.date.start.isoformat()}), "
                     "without a duration.")
    if event.participants:
        parts.append("Participants: " + ", ".join(event.participants) + ".")
    if event.date_basis:
        parts.append("Date: " + date_basis_text(event) + ".")
    parts.extend(f"Conflict: {c}" for c in event.conflicts)
    for source in event.sources:
        published = f", {source.published.isoformat()}" if source.published else ""
        parts.append(f"{source.outlet or source.article}{published}: “{' '.join(source.excerpt.split())}”")
    return "\n\n".join(parts)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\n").replace(
        "\n", "\\n")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with a space (RFC 5545, 3.1), never splitting a character."""
    out: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > (75 if not out else 74):
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)
