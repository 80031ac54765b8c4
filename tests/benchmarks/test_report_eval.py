"""The held-out report scorer (benchmarks/report_eval.py) counts found, real, right-date and trap figures as
its docstring says, on two made-up reports with made-up extractor output."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml

import benchmarks.report_eval as report_eval
from benchmarks.report_eval import Report, evaluate, extract_report, load_reports, score_report, text_report
from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Event, Kind, Source, Status
from timeline_app.model.reading.dataset import load_dataset

SEOUL = """Leaders meet in Seoul

Herald of Nowhere
March 4, 2031

President Han Min-seo and Prime Minister Taro Yamada held talks in Seoul on Tuesday.

Their foreign ministers spoke by phone in February.

The two leaders and the Chinese premier met in Busan in January, on the sidelines of the bilateral talks.

No meeting of the finance ministers is planned this year.

Yamada visited a museum on Wednesday.
"""

PARIS = """Chancellor in Paris

Gazette of Elsewhere
May 2, 2031

Chancellor Anna Weber met President Paul Martin in Paris on Friday.

The two foreign ministers will meet next week.

The chancellor spoke by phone with the Italian prime minister on Thursday.
"""

GOLD = """
a_seoul.txt:
  published: "2031-03-04"
  stated: "2031-03-04"
  events:
    - {kind: summit, date: "2031-03-04", status: occurred, participants: [], quote: "held talks in Seoul on Tuesday"}
    - {kind: call, date: "2031-02", status: occurred, participants: [], quote: "spoke by phone in February"}
    - {kind: summit, date: "2031-01", status: occurred, participants: [], quote: "met in Busan in January"}
    - {kind: summit, date: "2031", status: occurred, participants: [], quote: "on the sidelines of the bilateral",
       also: ["Yamada visited a museum"]}
  traps:
    - "No meeting of the finance ministers is planned"
b_paris.txt:
  published: "2031-05-02"
  stated: "2031-05-02"
  countries: [Germany, France]
  events:
    - {kind: summit, date: "2031-05-02", status: occurred, participants: [], quote: "met President Paul Martin"}
    - {kind: ministerial, date: "2031-W19", status: planned, participants: [], quote: "will meet next week"}
  traps:
    - "spoke by phone with the Italian prime minister"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two made-up reports with their gold."""
    (tmp_path / "a_seoul.txt").write_text(SEOUL, encoding="utf-8")
    (tmp_path / "b_paris.txt").write_text(PARIS, encoding="utf-8")
    (tmp_path / "expected.yaml").write_text(textwrap.dedent(GOLD), encoding="utf-8")
    return tmp_path


def _event(text: str, words: str, kind: Kind, date: str, status: Status = Status.OCCURRED) -> Event:
    """An extracted event whose one excerpt is `words` of `text`."""
    start = text.index(words)
    source = Source("x.txt", None, dt.date(2031, 1, 1), words, start, start + len(words))
    return Event(f"{kind.value}-{date}-{start}", words, kind, FuzzyDate.parse_iso(date), status=status,
                 sources=[source])


def _report(folder: Path, name: str) -> Report:
    return next(r for r in load_reports(folder) if r.name == name)


def test_the_gold_is_read_with_its_also_quotes_traps_and_pair(folder: Path) -> None:
    seoul, paris = load_reports(folder)
    assert (seoul.name, seoul.countries, seoul.korea_japan, len(seoul.events), seoul.traps) == (
        "a_seoul.txt", None, True, 4, ("No meeting of the finance ministers is planned",))
    assert seoul.events[3].quotes == ("on the sidelines of the bilateral", "Yamada visited a museum")
    assert (paris.countries, paris.korea_japan, paris.events[1].date) == (
        ("Germany", "France"), False, FuzzyDate.parse_iso("2031-W19"))


def test_found_real_date_and_traps_are_counted_one_to_one(folder: Path) -> None:
    events = [
        _event(SEOUL, "held talks in Seoul on Tuesday", Kind.SUMMIT, "2031-03-04"),  # found, right date
        _event(SEOUL, "spoke by phone in February", Kind.CALL, "2030-02"),  # found, wrong date
        # one event for a sentence that holds two gold summits: only one of them is found
        _event(SEOUL, "met in Busan in January", Kind.SUMMIT, "2031-01"),
        _event(SEOUL, "No meeting of the finance ministers", Kind.MINISTERIAL, "2031"),  # a trap, not real
        _event(SEOUL, "Their foreign ministers", Kind.SUMMIT, "2031-02"),  # wrong kind: not real
    ]
    score = score_report(folder, _report(folder, "a_seoul.txt"), events)
    assert (score.gold, score.found, score.shown, score.real, score.right_date, score.traps, score.traps_fired) == (
        4, 3, 5, 3, 2, 1, 1)
    assert sum(line.startswith("  MISSING") for line in score.lines) == 1
    assert sum(line.startswith("  FALSE") for line in score.lines) == 2
    assert sum(line.startswith("  WRONG DATE") for line in score.lines) == 1


def test_an_also_quote_finds_the_event(folder: Path) -> None:
    events = [_event(SEOUL, "Yamada visited a museum", Kind.SUMMIT, "2031-W10")]
    score = score_report(folder, _report(folder, "a_seoul.txt"), events)
    assert (score.found, score.real, score.right_date, score.traps_fired) == (1, 1, 0, 0)


def test_pairs_with_the_exact_date_are_made_first(folder: Path) -> None:
    # two gold summits (2031-01 and 2031) in one sentence; the first event listed has neither date
    events = [_event(SEOUL, "met in Busan in January", Kind.SUMMIT, "2030-01"),
              _event(SEOUL, "met in Busan in January", Kind.SUMMIT, "2031-01")]
    score = score_report(folder, _report(folder, "a_seoul.txt"), events)
    assert (score.found, score.real, score.right_date) == (2, 2, 1)


def test_nothing_shown_finds_nothing_and_fires_nothing(folder: Path) -> None:
    score = score_report(folder, _report(folder, "b_paris.txt"), [])
    assert (score.gold, score.found, score.shown, score.real, score.right_date, score.traps_fired) == (
        2, 0, 0, 0, 0, 0)
    assert score.figures()["real_ratio"] is None and score.figures()["found_ratio"] == 0.0


def test_totals_are_split_between_korea_japan_and_other_pairs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = {"a_seoul.txt": [_event(SEOUL, "held talks in Seoul on Tuesday", Kind.SUMMIT, "2031-03-04")],
             "b_paris.txt": [_event(PARIS, "met President Paul Martin", Kind.SUMMIT, "2031-05"),
                             _event(PARIS, "spoke by phone with the Italian", Kind.CALL, "2031-05-01")]}

    def fake_extract(folder: Path, report: Report, scratch: Path) -> tuple[list[Event], bool, list[str]]:
        return shown[report.name], True, []

    monkeypatch.setattr(report_eval, "extract_report", fake_extract)
    result = evaluate(folder)
    totals = result["totals"]
    assert (totals["korea_japan"]["found"], totals["korea_japan"]["gold"], totals["korea_japan"]["real"]) == (1, 4, 1)
    assert (totals["other_pairs"]["found"], totals["other_pairs"]["right_date"], totals["other_pairs"]["shown"],
            totals["other_pairs"]["traps_fired"]) == (1, 0, 2, 1)
    assert (totals["all"]["found"], totals["all"]["gold"], totals["all"]["traps_fired"]) == (2, 6, 1)
    assert result["notes"] == []
    assert "other pairs  ( 1 reports)  found 0.50 (1/2)" in text_report(result)


def test_the_pair_is_written_when_the_reader_accepts_it_and_noted_when_not(folder: Path, tmp_path: Path) -> None:
    probe = tmp_path / "probe.yaml"
    probe.write_text(yaml.safe_dump({"title": "t", "articles": "articles", "countries": ["Germany", "France"]}),
                     encoding="utf-8")
    accepts = not any("unknown key 'countries'" in problem.message for problem in load_dataset(probe).problems)
    events, accepted, problems = extract_report(folder, _report(folder, "b_paris.txt"), tmp_path / "scratch")
    assert accepted == accepts
    assert not any("countries" in problem for problem in problems)
    assert all(isinstance(event, Event) for event in events)
    assert extract_report(folder, _report(folder, "a_seoul.txt"), tmp_path / "scratch")[1] is False


@pytest.mark.parametrize("name", ["reports", "reports2", "reports3", "reports4", "reports5", "unseen"])
def test_every_gold_quote_and_trap_is_in_its_report(name: str) -> None:
    folder = Path(__file__).resolve().parents[1] / "model" / name
    absent = [(report.name, quote) for report in load_reports(folder)
              for quote in (*(q for gold in report.events for q in gold.quotes), *report.traps)
              if quote not in (folder / report.name).read_text(encoding="utf-8")]
    assert not absent
