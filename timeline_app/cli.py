"""The `timeline-app` command: the window by default; `check`, `export`, `add`, `hide` and `screenshot`
without one.

This is the one module that wires the model and the UI together; the UI is imported only when needed,
so that `check` and `export` run on machines without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.model.output.timeline import Timeline
    from timeline_app.model.writing.events_writer import WriteError

# The same as timeline_app.model.output.export.FORMATS (a test keeps them equal); written out so that opening the
# window does not import the model's export code.
EXPORT_FORMATS = ("json", "csv", "ics")


def default_events_path(remembered: Path | None = None) -> Path:
    """./events.yaml when there is one, else `remembered` (the window's last file), else the bundled one."""
    here = Path("events.yaml")
    if here.is_file():
        return here
    if remembered is not None:
        return remembered
    from timeline_app.model.reading.bundled import bundled_events_path

    return bundled_events_path()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="A sourced, zoomable timeline of the events that news articles report.",
    )
    parser.add_argument("--events", type=Path, metavar="FILE",
                        help="the events.yaml to open (default: ./events.yaml, else the bundled one)")
    no_cache = "extract every article again, and keep nothing in the cache folder"
    parser.add_argument("--no-cache", action="store_true", help=no_cache)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    check = commands.add_parser("check", help="report the problems of events.yaml and the articles")
    check.add_argument("--events", type=Path, metavar="FILE", dest="sub_events")
    check.add_argument("--no-cache", action="store_true", dest="sub_no_cache", help=no_cache)
    export = commands.add_parser("export", help="write the whole timeline as JSON, CSV or iCalendar")
    export.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--events", type=Path, metavar="FILE", dest="sub_events")
    export.add_argument("--no-cache", action="store_true", dest="sub_no_cache", help=no_cache)
    export.add_argument("-o", "--output", type=Path, metavar="OUT", help="file to write (default: stdout)")
    add = commands.add_parser("add", help="append an entry to events.yaml and print the id of its event")
    add.add_argument("--events", type=Path, metavar="FILE", dest="sub_events")
    add.add_argument("--date", required=True, metavar="D", help="YYYY-MM-DD, YYYY-MM or YYYY")
    add.add_argument("--kind", required=True, metavar="K", help="call, summit, ministerial or other")
    add.add_argument("--title", required=True, metavar="T")
    add.add_argument("--end", metavar="D", help="the last day, month or year, for an event of several days")
    add.add_argument("--status", metavar="S", help="occurred, planned, expected, possible or cancelled")
    add.add_argument("--location", metavar="L")
    add.add_argument("--participant", action="append", default=[], metavar="NAME",
                     help="a person taking part (repeat for each)")
    add.add_argument("--summary", metavar="S")
    add.add_argument("--source", action="append", default=[], metavar="ARTICLE",
                     help="an article file that reports the event (with --quote: words of it)")
    add.add_argument("--quote", action="append", default=[], metavar="Q")
    hide = commands.add_parser("hide", help="hide the event with this id (as the window does)")
    hide.add_argument("id", metavar="ID")
    hide.add_argument("--events", type=Path, metavar="FILE", dest="sub_events")
    shot = commands.add_parser("screenshot", help="render the main window offscreen to a PNG")
    shot.add_argument("-o", "--output", type=Path, metavar="FILE.png", required=True)
    shot.add_argument("--events", type=Path, metavar="FILE", dest="sub_events")
    shot.add_argument("--select", metavar="ID", help="the id of the event to select")
    shot.add_argument("--size", default="1400x900", metavar="WxH", help="window size (default 1400x900)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    explicit: Path | None = getattr(args, "sub_events", None) or args.events
    events_path = explicit or default_events_path()
    disk_cache = not (args.no_cache or getattr(args, "sub_no_cache", False))
    try:
        if args.command == "check":
            return _check(events_path, disk_cache)
        if args.command == "export":
            return _export(events_path, args.format, args.output, disk_cache)
        if args.command == "add":
            return _add(events_path, args, disk_cache)
        if args.command == "hide":
            return _hide(events_path, args.id, disk_cache)
        if args.command == "screenshot":
            return _screenshot(events_path, args.output, args.select, args.size)
        from timeline_app.ui.app import run_app
        from timeline_app.ui.settings import WindowSettings

        if explicit is None:
            events_path = default_events_path(WindowSettings.for_user().last_events_file())
        return run_app(events_path, [sys.argv[0]], disk_cache=disk_cache)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback, whatever the input
        print(f"timeline-app: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


def _build(events_path: Path, disk_cache: bool) -> Timeline:
    """The timeline, the extraction kept in the XDG cache folder unless not `disk_cache`."""
    from timeline_app.model.build import build_timeline, shared_cache
    from timeline_app.model.disk_cache import xdg_cache_folder

    return build_timeline(events_path, shared_cache(xdg_cache_folder() if disk_cache else None))


def _check(events_path: Path, disk_cache: bool = True) -> int:
    timeline = _build(events_path, disk_cache)
    for problem in timeline.problems:
        print(problem.format())
    print(f"{events_path}: {len(timeline.events)} events from {len(timeline.articles)} articles; "
          f"{_problem_counts(timeline)}")
    return 1 if timeline.has_errors else 0


def _problem_counts(timeline: Timeline) -> str:
    """'2 errors, 1 warning'."""
    from timeline_app.model.problems import Severity

    errors = sum(1 for p in timeline.problems if p.severity is Severity.ERROR)
    return f"{_plural(errors, 'error')}, {_plural(len(timeline.problems) - errors, 'warning')}"


def _export(events_path: Path, fmt: str, output: Path | None, disk_cache: bool = True) -> int:
    from timeline_app.model.output.export import export_timeline, write_text_atomically

    timeline = _build(events_path, disk_cache)
    for problem in timeline.problems:
        print(problem.format(), file=sys.stderr)
    if not timeline.events_file_readable:
        if output is not None:
            return 1  # an existing export is worth more than an empty one
    elif timeline.problems:
        skipped = timeline.skipped_entries
        entries = _plural(skipped, "entry", "entries")
        left_out = f"{entries} of {events_path.name} left out for errors; " if skipped else ""
        exported = _plural(len(timeline.events), "event")
        print(f"timeline-app: exported {exported}; {left_out}{_problem_counts(timeline)}", file=sys.stderr)
    text = export_timeline(timeline, fmt, exported_at=dt.datetime.now(dt.UTC))
    if output is None:
        sys.stdout.write(text)
    else:
        protected = {events_path.resolve(), *(a.path.resolve() for a in timeline.articles.values())}
        if output.resolve() in protected:
            print(f"timeline-app: refusing to overwrite {output}: it is an input of the timeline", file=sys.stderr)
            return 2
        write_text_atomically(output, text)
    return 0 if timeline.events_file_readable else 1


def _add(events_path: Path, args: argparse.Namespace, disk_cache: bool = True) -> int:
    from timeline_app.model.writing.events_writer import Anchor, EntryDraft, WriteError, add_entry

    if len(args.source) != len(args.quote):
        print("timeline-app: each --source needs its --quote (words of the article that report the event)",
              file=sys.stderr)
        return 2
    draft = EntryDraft(
        date=args.date, end=args.end, kind=args.kind, title=args.title, status=args.status,
        location=args.location, participants=tuple(args.participant), summary=args.summary,
        sources=tuple(Anchor(article, quote) for article, quote in zip(args.source, args.quote, strict=True)),
    )
    try:
        result = add_entry(events_path, draft)
    except WriteError as exc:
        return _refused(exc)
    timeline = _build(events_path, disk_cache)
    added = next((event for event in timeline.events if event.entry_line == result.line), None)
    print(added.id if added is not None else f"{events_path}:{result.line}: added")
    return 0


def _hide(events_path: Path, event_id: str, disk_cache: bool = True) -> int:
    from timeline_app.model.reading.suggest import did_you_mean
    from timeline_app.model.writing.events_writer import WriteError, hide_event

    timeline = _build(events_path, disk_cache)
    try:
        if not timeline.events_file_readable:
            raise WriteError(timeline.problems)
        event = timeline.event(event_id)
        if event is None:
            hint = did_you_mean(event_id, [e.id for e in timeline.events])
            raise WriteError.at(events_path, 1, 1, f"no event has the id '{event_id}'{hint}")
        hide_event(events_path, event, base=timeline.events_data)
    except WriteError as exc:
        return _refused(exc)
    print(f"hidden: {event_id}")
    return 0


def _refused(error: WriteError) -> int:
    """Prints why a write was refused (each problem as FILE:LINE:COL: error: ...); exit status 1."""
    for problem in error.problems:
        print(problem.format(), file=sys.stderr)
    return 1


def _screenshot(events_path: Path, output: Path, select: str | None, size_text: str) -> int:
    try:
        width, height = (int(part) for part in size_text.lower().split("x"))
    except ValueError:
        print(f"timeline-app: --size expects WIDTHxHEIGHT such as 1400x900, found {size_text!r}", file=sys.stderr)
        return 2
    if not (200 <= width <= 10000 and 200 <= height <= 10000):
        print(f"timeline-app: --size must be between 200x200 and 10000x10000, found {size_text}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from timeline_app.ui.app import save_screenshot

    return save_screenshot(events_path, output, select, (width, height))


def _plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


if __name__ == "__main__":
    sys.exit(main())
