"""The extractor on the reports of tests/model/unseen: every event a curator reads in each report, at the
right kind, date, precision and status, and nothing else.

These reports were once unseen, but rules have since been written while looking at them: they are a
development set, not a measure of news the extractor has never seen. The first-run figures on a later
held-out set are in tests/model/reports/README.md (`python benchmarks/report_eval.py DIR` scores either)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event
from timeline_app.model.reading.articles import read_article

UNSEEN = Path(__file__).resolve().parent / "unseen"


@dataclass(frozen=True, slots=True)
class Expected:
    """One event a curator reads in a report."""

    kind: str
    date: FuzzyDate
    status: str
    quote: str
    known_gap: str | None = None  # why the extractor is known to miss it (expected.yaml says)

    def describe(self) -> str:
        """'summit 2023-05 expected'."""
        return f"{self.kind} {self.date.iso()} {self.status}"


def _expectations() -> dict[str, dict[str, Any]]:
    loaded: dict[str, dict[str, Any]] = yaml.safe_load((UNSEEN / "expected.yaml").read_text(encoding="utf-8"))
    return loaded


def _expected_events(entry: dict[str, Any]) -> list[Expected]:
    return [Expected(e["kind"], FuzzyDate.parse_iso(str(e["date"])), e["status"], e["quote"], e.get("known_gap"))
            for e in entry["events"]]


def _extract_one(tmp_path: Path, name: str, published: str) -> list[Event]:
    """The events the timeline shows for one report alone, with its publication date given."""
    folder = tmp_path / name.removesuffix(".txt")
    (folder / "articles").mkdir(parents=True)
    shutil.copy(UNSEEN / name, folder / "articles" / name)
    data = {"title": "Unseen reports", "articles": "articles", "sources": {name: {"published": published}},
            "people": {}}
    path = folder / "events.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_timeline(path, ExtractionCache()).events


def _sentence(name: str, quote: str) -> str:
    """The sentence of the report that holds `quote` (the quote itself when no sentence does)."""
    article = read_article(UNSEEN / name)
    start = article.text.find(quote)
    for sentence in article.sentences:
        if sentence.start <= start < sentence.end:
            return article.text[sentence.start : sentence.end]
    return quote


def _shown(event: Event) -> str:
    return f"{event.kind.value} {event.date.iso()} {event.status.value}"


def _excerpts(event: Event) -> str:
    return " | ".join(dict.fromkeys(f"«{s.excerpt}»" for s in event.sources))


def _holds(event: Event, quote: str) -> bool:
    return any(quote in source.excerpt for source in event.sources)


def _compare(name: str, expected: list[Expected], events: list[Event]) -> list[str]:
    """Every difference between what the curator reads and what the timeline shows, one line each."""
    left = list(expected)
    found = list(events)
    lines: list[str] = []

    def pair(test: Callable[[Expected, Event], bool], describe: Callable[[Expected, Event], str]) -> None:
        for want in list(left):
            match = next((e for e in found if test(want, e)), None)
            if match is None:
                continue
            left.remove(want)
            found.remove(match)
            problem = describe(want, match)
            if problem:
                lines.append(f"  {problem}\n      sentence: «{_sentence(name, want.quote)}»")

    def mismatch(want: Expected, got: Event) -> str:
        wrong = [what for what, ok in (("KIND", want.kind == got.kind.value),
                                       ("DATE", want.date == got.date),
                                       ("STATUS", want.status == got.status.value)) if not ok]
        if not wrong:
            return ""
        return f"WRONG {'+'.join(wrong)}: expected {want.describe()}, got {_shown(got)} ({got.title})"

    pair(lambda w, e: w.kind == e.kind.value and w.date == e.date and w.status == e.status.value, mismatch)
    pair(lambda w, e: w.kind == e.kind.value and w.date == e.date and _holds(e, w.quote), mismatch)
    pair(lambda w, e: w.kind == e.kind.value and _holds(e, w.quote), mismatch)
    pair(lambda w, e: w.kind == e.kind.value and w.date == e.date, mismatch)
    pair(lambda w, e: w.kind == e.kind.value and w.date.overlaps(e.date), mismatch)
    pair(lambda w, e: _holds(e, w.quote), mismatch)
    for want in left:
        if want.known_gap:
            continue  # documented in expected.yaml; the rest of the report is still checked
        lines.append(f"  MISSING {want.describe()}\n      sentence: «{_sentence(name, want.quote)}»")
    for event in found:
        lines.append(f"  FALSE {_shown(event)} ({event.title})\n      from: {_excerpts(event)}")
    return lines


def test_every_unseen_report_gives_the_events_a_curator_reads(tmp_path: Path) -> None:
    report: list[str] = []
    total = failed = 0
    for name, entry in sorted(_expectations().items()):
        expected = _expected_events(entry)
        total += len(expected)
        lines = _compare(name, expected, _extract_one(tmp_path, name, str(entry["published"])))
        failed += sum(1 for line in lines if not line.startswith("      "))
        if lines:
            report.append(f"{name} (published {entry['published']}):")
            report.extend(lines)
    assert not report, f"{failed} mismatches ({total} expected events):\n" + "\n".join(report)


def test_every_page_header_date_is_read_as_the_publication_date() -> None:
    wrong = []
    for name, entry in sorted(_expectations().items()):
        stated = dt.date.fromisoformat(entry["stated"]) if entry["stated"] else None
        article = read_article(UNSEEN / name)
        if article.stated_date != stated:
            header = " / ".join(article.text.splitlines()[:5])
            wrong.append(f"  {name}: expected {stated}, read {article.stated_date}  [{header[:160]}]")
    assert not wrong, "publication dates misread:\n" + "\n".join(wrong)


def test_every_quote_is_in_its_report() -> None:
    absent = [f"{name}: {event.quote!r}" for name, entry in _expectations().items()
              for event in _expected_events(entry) if event.quote not in (UNSEEN / name).read_text(encoding="utf-8")]
    assert not absent


def test_known_gaps_stay_few() -> None:
    """Each known gap is a documented limit, not a way to pass: there are at most two."""
    gaps = [e for entry in _expectations().values() for e in _expected_events(entry) if e.known_gap]
    assert len(gaps) <= 2
