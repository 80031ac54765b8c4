"""Scores the date finder on TimeML gold: `python benchmarks/timeml_eval.py DIR [--json]`.

Reads every `.tml` file of DIR (TempEval-3 TimeML 1.2.1: the report's date from the TIMEX3 whose
functionInDocument is CREATION_TIME, the report from <TEXT> with its EVENT and SIGNAL tags stripped), runs
`find_dates` on the plain text and compares with the gold TIMEX3 spans, mapped to offsets in that text.

Only calendar values are scored (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www; a TIME reduced to its day); other gold
values (durations, sets, seasons, quarters, PRESENT_REF, ...) are skipped and counted by kind. Spans match
when they overlap (relaxed). A found value counts against precision when it overlaps scorable gold with
another value, a DURATION or SET span, or no time expression at all (those last two are "false dates");
found values over skipped DATE/TIME gold (a season, a quarter, "now") are neither right nor wrong.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_app.model.dates.finder import find_dates

_CALENDAR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_WEEK = re.compile(r"(\d{4})-W(\d\d?)")
_TIME_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)T.*")
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_CONTEXT = 50
_TIMED_RUNS = 5


@dataclass(frozen=True)
class Timex:
    """One gold time expression: where it is in the plain text, its type and its value."""

    start: int
    end: int
    kind: str
    value: str


@dataclass(frozen=True)
class Report:
    """One TimeML report: its name, its date, its plain text and its gold time expressions."""

    name: str
    created: dt.date
    text: str
    timexes: tuple[Timex, ...]


def read_report(name: str, markup: str) -> Report:
    """The report of one .tml file's contents (raises ValueError when it has no CREATION_TIME or TEXT)."""
    created = None
    for tag in _TAG.finditer(markup):
        attributes = dict(_ATTRIBUTE.findall(tag.group(3)))
        if tag.group(2) == "TIMEX3" and attributes.get("functionInDocument") == "CREATION_TIME":
            created = dt.date.fromisoformat(attributes["value"][:10])
            break
    body = _TEXT.search(markup)
    if created is None or body is None:
        raise ValueError(f"{name}: no CREATION_TIME TIMEX3 or no <TEXT>")
    text, timexes = _plain(body.group(1))
    return Report(name, created, text, tuple(timexes))


def _plain(markup: str) -> tuple[str, list[Timex]]:
    """The text without its tags (entities decoded), and the TIMEX3 spans in it."""
    pieces: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(markup):
        chunk = html.unescape(markup[pos:tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex is not None:
                start, attributes = open_timex
                timexes.append(Timex(start, length, attributes.get("type", ""), attributes.get("value", "")))
                open_timex = None
        elif not tag.group(4):
            open_timex = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
    pieces.append(html.unescape(markup[pos:]))
    return "".join(pieces), timexes


def calendar_value(timex: Timex) -> str | None:
    """The gold value scored for a time expression, or None when it is not a calendar value."""
    if timex.kind not in ("DATE", "TIME"):
        return None
    day = _TIME_VALUE.fullmatch(timex.value)
    if day is not None:
        return day.group(1)  # a time of day (some are typed DATE: "Wednesday evening") names its day
    week = _WEEK.fullmatch(timex.value)
    if week is not None:
        return f"{week.group(1)}-W{int(week.group(2)):02d}"  # a few gold weeks are written 2000-W7
    return timex.value if _CALENDAR.fullmatch(timex.value) else None


def skip_kind(timex: Timex) -> str:
    """The kind a gold value not scored is counted under: 'DURATION', 'DATE:quarter', 'TIME:part of day'..."""
    if timex.kind in ("DURATION", "SET"):
        return timex.kind
    value = timex.value
    if value.endswith("_REF"):
        kind = value
    elif re.fullmatch(r"\d{4}-Q\d", value):
        kind = "quarter"
    elif re.fullmatch(r"\d{4}-H\d", value):
        kind = "half year"
    elif re.fullmatch(r"\d{4}-(SP|SU|FA|WI)", value):
        kind = "season"
    elif "X" in value:
        kind = "unspecified (X)"
    elif re.fullmatch(r"\d{2,3}", value):
        kind = "decade or century"
    elif re.fullmatch(r"\d{4}-W\d\d-WE", value):
        kind = "weekend"
    else:
        kind = "other"
    return f"{timex.kind}:{kind}"


@dataclass
class FalseDate:
    """A value the finder gave to a span that names no date."""

    report: str
    phrase: str
    value: str
    gold: str  # "DURATION", "SET" or "none"
    context: str


@dataclass
class Score:
    """The counts over a set of reports, and the figures made from them."""

    reports: int = 0
    scorable: int = 0
    detected: int = 0
    found_values: int = 0  # values that count for precision
    correct: int = 0
    seconds: float = 0.0
    skipped: Counter[str] = field(default_factory=Counter)
    false_dates: list[FalseDate] = field(default_factory=list)
    # report, phrase, found, gold, context
    wrong: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    missed: list[tuple[str, str, str, str]] = field(default_factory=list)  # report, phrase, gold, context

    def figures(self) -> dict[str, float]:
        """Detection recall, value precision, recall and F1, false dates per 100 reports, reports/s."""
        precision = self.correct / self.found_values if self.found_values else 0.0
        recall = self.correct / self.scorable if self.scorable else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "detected": self.detected / self.scorable if self.scorable else 0.0,
            "precision": precision, "recall": recall, "f1": f1,
            "false_dates_per_100": 100 * len(self.false_dates) / self.reports if self.reports else 0.0,
            "reports_per_second": self.reports / self.seconds if self.seconds else 0.0,
        }


def score(reports: Sequence[Report]) -> Score:
    """Runs the date finder on each report and scores it against its gold."""
    total = Score()
    found_by_report = [find_dates(report.text, report.created) for report in reports]  # also warms up
    runs = []
    for _ in range(_TIMED_RUNS):
        # processor time of this process, and the fastest of a few runs: on a shared machine the wall clock
        # also counts the other programs' turns
        started = time.process_time()
        for report in reports:
            find_dates(report.text, report.created)
        runs.append(time.process_time() - started)
    total.seconds = min(runs)
    for report, mentions in zip(reports, found_by_report, strict=True):
        total.reports += 1
        found = [(m.start, m.end, m.value.iso()) for m in mentions if m.value is not None]
        # A range ("June 30 to July 2") is one mention: its last day is found over the same span.
        found.extend((m.start, m.end, m.end_value.iso()) for m in mentions if m.end_value is not None)
        _score_report(report, sorted(found), [(m.start, m.end) for m in mentions], total)
    return total


def _overlaps(start: int, end: int, timex: Timex) -> bool:
    return start < timex.end and timex.start < end


def _score_report(report: Report, found: list[tuple[int, int, str]], spans: list[tuple[int, int]],
                  total: Score) -> None:
    scorable = []
    for timex in report.timexes:
        value = calendar_value(timex)
        if value is None:
            total.skipped[skip_kind(timex)] += 1
        else:
            scorable.append((timex, value))
    total.scorable += len(scorable)
    for timex, value in scorable:
        over = [item for item in found if _overlaps(item[0], item[1], timex)]
        if any(_overlaps(start, end, timex) for start, end in spans):
            total.detected += 1
        if any(item[2] == value for item in over):
            total.correct += 1
        elif over:
            phrase = report.text[timex.start:timex.end]
            total.wrong.append((report.name, phrase, ", ".join(item[2] for item in over), value,
                                _context(report.text, timex.start, timex.end)))
        else:
            total.missed.append((report.name, report.text[timex.start:timex.end], value,
                                 _context(report.text, timex.start, timex.end)))
    for start, end, value in found:
        touched = [timex for timex in report.timexes if _overlaps(start, end, timex)]
        if any(calendar_value(timex) is not None for timex in touched):
            total.found_values += 1
        elif not touched or all(timex.kind in ("DURATION", "SET") for timex in touched):
            total.found_values += 1
            gold = touched[0].kind if touched else "none"
            total.false_dates.append(FalseDate(report.name, report.text[start:end], value, gold,
                                               _context(report.text, start, end)))
    # A found value counted twice over one gold span would make precision unfair; one per gold is counted.
    total.found_values -= _extra_over_one_gold(found, scorable)


def _context(text: str, start: int, end: int) -> str:
    """The words around text[start:end], the phrase in brackets, on one line."""
    left, right = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    return " ".join(f"{text[left:start]}[{text[start:end]}]{text[end:right]}".split())


def _extra_over_one_gold(found: list[tuple[int, int, str]], scorable: list[tuple[Timex, str]]) -> int:
    """How many found values beyond the first overlap the same scorable gold span (counted once)."""
    extra = 0
    for timex, _ in scorable:
        over = sum(1 for start, end, _ in found if _overlaps(start, end, timex))
        extra += max(0, over - 1)
    return extra


def read_folder(folder: Path) -> list[Report]:
    """The reports of every .tml file in `folder`, in name order."""
    return [read_report(path.name, path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.tml"))]


def text_report(result: Score) -> str:
    """The figures as a reader's table, then the skipped kinds and the false dates with their context."""
    figures = result.figures()
    lines = [
        f"reports: {result.reports}    scorable gold values: {result.scorable}",
        f"detected (relaxed span): {figures['detected']:.3f}",
        f"value precision {figures['precision']:.3f}   recall {figures['recall']:.3f}   "
        f"F1 {figures['f1']:.3f}",
        f"false dates: {len(result.false_dates)} ({figures['false_dates_per_100']:.1f} per 100 reports)",
        f"speed: {figures['reports_per_second']:.0f} reports per second of processor time",
        "skipped gold, by kind: " + ", ".join(f"{kind} {count}" for kind, count in sorted(result.skipped.items())),
    ]
    if result.false_dates:
        lines.append("false dates:")
        lines.extend(f"  {item.report}: {item.value} ({item.gold}) … {item.context} …"
                     for item in result.false_dates)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Reads the folder, scores it and prints the result."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path, help="a folder of TimeML .tml files")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--wrong", action="store_true", help="also list the wrong values")
    parser.add_argument("--missed", action="store_true", help="also list the gold values given no value")
    args = parser.parse_args(argv)
    reports = read_folder(args.folder)
    if not reports:
        print(f"{args.folder}: no .tml files", file=sys.stderr)
        return 2
    result = score(reports)
    if args.json:
        print(json.dumps({"reports": result.reports, "scorable": result.scorable, **result.figures(),
                          "skipped": dict(sorted(result.skipped.items())),
                          "false_dates": [asdict(item) for item in result.false_dates]}, indent=2))
    else:
        print(text_report(result))
        if args.wrong:
            print("wrong values:")
            for name, phrase, found, gold, context in result.wrong:
                print(f"  {name}: {phrase!r} -> {found} (gold {gold}) … {context} …")
        if args.missed:
            print("missed values:")
            for name, phrase, gold, context in result.missed:
                print(f"  {name}: {phrase!r} (gold {gold}) … {context} …")
    return 0


if __name__ == "__main__":
    sys.exit(main())
