"""Exports the main window offers: the timeline as an image, the events as data."""

from __future__ import annotations

from pathlib import Path

from timeline_app.model.output.timeline import Timeline
from timeline_app.ui.timeline_canvas import TimelineCanvas


def export_image(canvas: TimelineCanvas, title: str, events_path: Path, path: Path) -> bool:
    """Save the timeline as PNG (at the screen's pixel density) or SVG, chosen by suffix."""
    if path.suffix.lower() == ".svg":
        return canvas.write_svg(path, title, f"Timeline exported from {events_path.name}")
    return canvas.grab().save(str(path), "PNG")


def export_data(timeline: Timeline, path: Path, fmt: str) -> str | None:
    """Save the events as JSON, CSV or iCalendar; None when written, else why not."""
    import datetime as dt

    from timeline_app.model.output.export import export_timeline, write_text_atomically

    try:
        write_text_atomically(path, export_timeline(timeline, fmt, exported_at=dt.datetime.now(dt.UTC)))
    except OSError as exc:
        return exc.strerror or str(exc)
    return None
