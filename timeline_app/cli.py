"""The `timeline-app` command: the window by default, `check`, `export` and `screenshot` without one.

This is the one module that wires the model and the UI together; the UI is imported only when needed,
so that `check` and `export` run on machines without Qt's system libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline_app.model.timeline import Timeline

REPOSITORY_EVENTS = Path(__file__).resolve().parent.parent / "events.yaml"
# The same as timeline_app.model.export.FORMATS (a test keeps them equal); written out so that opening the
# window does not import the model's export code.
EXPORT_FORMATS = ("json", "csv", "ics")


def default_events_path(remembered: Path | None = None) -> Path:
    """./events.yaml when there is one, else `remembered` (the window's last file), else the bundled one."""
    here = Path("events.yaml")
    if here.is_file():
        return here
    return remembered if remembered is not None else REPOSITORY_EVENTS


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
    from timeline_app.model.problems import Severity

    timeline = _build(events_path, disk_cache)
    for problem in timeline.problems:
        print(problem.format())
    errors = sum(1 for p in timeline.problems if p.severity is Severity.ERROR)
    warnings = len(timeline.problems) - errors
    summary = (f"{events_path}: {len(timeline.events)} events from {len(timeline.articles)} articles; "
               f"{_plural(errors, 'error')}, {_plural(warnings, 'warning')}")
    print(summary)
    return 1 if errors else 0


def _export(events_path: Path, fmt: str, output: Path | None, disk_cache: bool = True) -> int:
    from timeline_app.model.export import export_timeline, write_text_atomically

    timeline = _build(events_path, disk_cache)
    if not timeline.events_file_readable:
        for problem in timeline.problems:
            print(problem.format(), file=sys.stderr)
        if output is not None:
            return 1  # an existing export is worth more than an empty one
    text = export_timeline(timeline, fmt)
    if output is None:
        sys.stdout.write(text)
    else:
        protected = {events_path.resolve(), *(a.path.resolve() for a in timeline.articles.values())}
        if output.resolve() in protected:
            print(f"timeline-app: refusing to overwrite {output}: it is an input of the timeline", file=sys.stderr)
            return 2
        write_text_atomically(output, text)
    return 0 if timeline.events_file_readable else 1


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


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


if __name__ == "__main__":
    sys.exit(main())
