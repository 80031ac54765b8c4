"""The extractor scored on a folder of news reports with gold: `python benchmarks/report_eval.py DIR [--json]`.

DIR holds plain-text reports and an expected.yaml giving, per report, its `published` day, the gold
`events` (kind, date, status, quote and optional `also` quotes), optional `traps` (words of sentences that
must give no event) and an optional `countries` pair (default South Korea and Japan). Each report is built
alone, as a user would: a temporary folder with the report and an events.yaml giving its publication day
(and its `countries:`, when the gold names a pair and the dataset reader accepts that key).

A shown event matches a gold event when their kinds agree and one of its excerpts overlaps a sentence that
holds one of the gold event's quotes; each gold event and each shown event is matched at most once (pairs
with the exact date are made first). Per report and in total:
  found            gold events matched / gold events
  shown that real  matched shown events / shown events
  right date       gold events matched with the exact date (value and precision) / gold events
  traps fired      trap sentences that give a shown event
Totals are given for Korea–Japan reports and for the other pairs separately.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event
from timeline_app.model.reading.articles import read_article

DEFAULT_PAIR = ("South Korea", "Japan")
Span = tuple[int, int]


@dataclass(frozen=True)
class GoldEvent:
    """One event a curator reads in a report."""

    kind: str
    date: FuzzyDate
    status: str
    quotes: tuple[str, ...]  # the quote first, then the `also` quotes

    def describe(self) -> str:
        """'summit 2023-05 expected'."""
        return f"{self.kind} {self.date.iso()} {self.status}"


@dataclass(frozen=True)
class Report:
    """One report of the folder with its gold."""

    name: str
    published: str
    countries: tuple[str, str] | None
    events: tuple[GoldEvent, ...]
    traps: tuple[str, ...]

    @property
    def pair(self) -> tuple[str, str]:
        """The pair of countries the report follows."""
        return self.countries or DEFAULT_PAIR

    @property
    def korea_japan(self) -> bool:
        """Whether the report follows South Korea and Japan."""
        return set(self.pair) == set(DEFAULT_PAIR)


@dataclass
class Score:
    """The counts of one report (or of a sum of reports) and what went wrong, one line each."""

    gold: int = 0
    found: int = 0
    shown: int = 0
    real: int = 0
    right_date: int = 0
    right_status: int = 0
    traps: int = 0
    traps_fired: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Add `other`'s counts to these (not its lines)."""
        for name in ("gold", "found", "shown", "real", "right_date", "right_status", "traps", "traps_fired"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, Any]:
        """The counts and the ratios (None when there is nothing to divide by)."""
        return {
            "gold": self.gold, "found": self.found, "shown": self.shown, "real": self.real,
            "right_date": self.right_date, "right_status": self.right_status,
            "traps": self.traps, "traps_fired": self.traps_fired,
            "found_ratio": _ratio(self.found, self.gold), "real_ratio": _ratio(self.real, self.shown),
            "date_ratio": _ratio(self.right_date, self.gold), "status_ratio": _ratio(self.right_status, self.gold),
        }

    def row(self) -> str:
        """'found 0.75 (3/4)  real ...' as one line."""
        return (f"found {_show(self.found, self.gold)}  real {_show(self.real, self.shown)}  "
                f"date {_show(self.right_date, self.gold)}  status {_show(self.right_status, self.gold)}  "
                f"traps fired {self.traps_fired}/{self.traps}")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _show(part: int, whole: int) -> str:
    ratio = _ratio(part, whole)
    return f"{'-' if ratio is None else f'{ratio:.2f}'} ({part}/{whole})"


def load_reports(folder: Path) -> list[Report]:
    """The reports of `folder` with their gold, in file-name order."""
    loaded: dict[str, dict[str, Any]] = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    reports = []
    for name, entry in sorted(loaded.items()):
        events = tuple(GoldEvent(e["kind"], FuzzyDate.parse_iso(str(e["date"])), e["status"],
                                 (e["quote"], *e.get("also", ()))) for e in entry.get("events") or ())
        countries = entry.get("countries")
        reports.append(Report(name, str(entry["published"]), tuple(countries) if countries else None,
                              events, tuple(entry.get("traps") or ())))
    return reports


def _events_yaml(report: Report, with_countries: bool) -> dict[str, Any]:
    data: dict[str, Any] = {"title": "Held-out reports", "articles": "articles",
                            "sources": {report.name: {"published": report.published}}, "people": {}}
    if with_countries and report.countries:
        data["countries"] = list(report.countries)
    return data


def extract_report(folder: Path, report: Report, scratch: Path) -> tuple[list[Event], bool, list[str]]:
    """The events the timeline shows for one report alone, whether its `countries:` was accepted (False when
    the report names no pair, or the dataset reader rejects the key), and the build's problems."""
    work = scratch / report.name.removesuffix(".txt")
    (work / "articles").mkdir(parents=True)
    shutil.copy(folder / report.name, work / "articles" / report.name)
    path = work / "events.yaml"
    for with_countries in ((True, False) if report.countries else (False,)):
        path.write_text(yaml.safe_dump(_events_yaml(report, with_countries), allow_unicode=True), encoding="utf-8")
        timeline = build_timeline(path, ExtractionCache())
        rejected = any("unknown key 'countries'" in problem.message for problem in timeline.problems)
        if with_countries and rejected:
            continue
        return timeline.events, with_countries, [problem.format(work) for problem in timeline.problems]
    raise AssertionError("unreachable: the last try writes no countries key")


def quote_spans(text: str, sentences: Iterable[Span], quote: str) -> list[Span]:
    """The sentences of `text` that hold `quote` (those its words overlap; the quote itself when no sentence
    does, e.g. in the headline); empty when the text does not hold it."""
    start = text.find(quote)
    if start < 0:
        return []
    end = start + len(quote)
    held = [(s, e) for s, e in sentences if s < end and start < e]
    return held or [(start, end)]


def _overlaps(event: Event, spans: Sequence[Span]) -> bool:
    return any(source.start < end and start < source.end for source in event.sources for start, end in spans)


def score_report(folder: Path, report: Report, events: list[Event]) -> Score:
    """What the timeline shows for `report`, counted against its gold."""
    article = read_article(folder / report.name)
    text = article.text
    sentences = [(s.start, s.end) for s in article.sentences]
    score = Score(gold=len(report.events), shown=len(events), traps=len(report.traps))
    spans: list[list[Span]] = []
    for gold in report.events:
        held = [span for quote in gold.quotes for span in quote_spans(text, sentences, quote)]
        if not held:
            score.lines.append(f"  QUOTE NOT IN REPORT: {gold.quotes[0]!r}")
        spans.append(held)
    pairs: dict[int, Event] = {}
    left = list(events)
    for exact in (True, False):
        for index, gold in enumerate(report.events):
            if index in pairs:
                continue
            match = next((e for e in left if e.kind.value == gold.kind and _overlaps(e, spans[index])
                          and (not exact or e.date == gold.date)), None)
            if match is not None:
                pairs[index] = match
                left.remove(match)
    for index, gold in enumerate(report.events):
        got = pairs.get(index)
        sentence = text[spans[index][0][0] : spans[index][0][1]].strip() if spans[index] else gold.quotes[0]
        if got is None:
            score.lines.append(f"  MISSING {gold.describe()}\n      «{sentence}»")
            continue
        score.found += 1
        score.right_date += got.date == gold.date
        score.right_status += got.status.value == gold.status
        wrong = [w for w, ok in (("DATE", got.date == gold.date), ("STATUS", got.status.value == gold.status))
                 if not ok]
        if wrong:
            score.lines.append(f"  WRONG {'+'.join(wrong)}: expected {gold.describe()}, got "
                               f"{got.kind.value} {got.date.iso()} {got.status.value}\n      «{sentence}»")
    score.real = len(pairs)
    for event in left:
        excerpts = " | ".join(dict.fromkeys(f"«{s.excerpt.strip()}»" for s in event.sources))
        score.lines.append(f"  FALSE {event.kind.value} {event.date.iso()} {event.status.value} ({event.title})\n"
                           f"      from: {excerpts}")
    for trap in report.traps:
        trap_spans = quote_spans(text, sentences, trap)
        if not trap_spans:
            score.lines.append(f"  TRAP NOT IN REPORT: {trap!r}")
        fired = [e for e in events if _overlaps(e, trap_spans)]
        if fired:
            score.traps_fired += 1
            shown = ", ".join(f"{e.kind.value} {e.date.iso()}" for e in fired)
            score.lines.append(f"  TRAP FIRED ({shown}): «{trap}»")
    return score


def evaluate(folder: Path) -> dict[str, Any]:
    """Every report of `folder` scored, with the totals (all, Korea–Japan, other pairs) and notes."""
    reports = load_reports(folder)
    per_report: dict[str, Any] = {}
    totals = {"all": Score(), "korea_japan": Score(), "other_pairs": Score()}
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="report_eval_") as scratch:
        for report in reports:
            events, accepted, problems = extract_report(folder, report, Path(scratch))
            notes.extend(f"{report.name}: {problem}" for problem in problems)
            score = score_report(folder, report, events)
            if report.countries and not accepted:
                notes.append(f"{report.name}: the dataset reader rejects `countries:`; built without it "
                             f"(the default pair), so {' and '.join(report.pair)} events cannot be found")
            per_report[report.name] = {"pair": list(report.pair), "countries_written": accepted,
                                       **score.figures(), "lines": score.lines}
            totals["all"].add(score)
            totals["korea_japan" if report.korea_japan else "other_pairs"].add(score)
    return {"folder": str(folder), "reports": per_report,
            "totals": {name: total.figures() for name, total in totals.items()}, "notes": notes,
            "rows": {name: total.row() for name, total in totals.items()}}


def text_report(result: dict[str, Any]) -> str:
    """The result as lines a reader follows: each report with what went wrong, then the totals."""
    lines = []
    for name, figures in result["reports"].items():
        score = Score(**{k: figures[k] for k in ("gold", "found", "shown", "real", "right_date", "right_status",
                                                  "traps", "traps_fired")})
        pair = "" if set(figures["pair"]) == set(DEFAULT_PAIR) else f"  [{'–'.join(figures['pair'])}]"
        lines.append(f"{name}{pair}\n  {score.row()}")
        lines.extend(figures["lines"])
    counts = {"all": len(result["reports"]),
              "korea_japan": sum(set(f["pair"]) == set(DEFAULT_PAIR) for f in result["reports"].values())}
    counts["other_pairs"] = counts["all"] - counts["korea_japan"]
    lines.append("")
    for name, label in (("all", "total"), ("korea_japan", "Korea–Japan"), ("other_pairs", "other pairs")):
        lines.append(f"{label:12} ({counts[name]:2} reports)  {result['rows'][name]}")
    lines.extend(f"note: {note}" for note in result["notes"])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Score the folder; prints the report (or one JSON object with --json); exit 0 when it ran."""
    parser = argparse.ArgumentParser(prog="benchmarks/report_eval.py", description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, metavar="DIR", help="a folder of reports with an expected.yaml")
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    args = parser.parse_args(argv)
    result = evaluate(args.folder)
    if args.json:
        del result["rows"]
        print(json.dumps(result, indent=1, ensure_ascii=False))
    else:
        print(text_report(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
