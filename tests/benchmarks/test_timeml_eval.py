"""The TimeML scorer reads gold from handmade .tml text and scores the date finder against it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from benchmarks.timeml_eval import Timex, calendar_value, main, read_report, score, skip_kind


def _tml(text: str, created: str = "2011-03-09") -> str:
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>X</DOCID>\n'
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{created}" functionInDocument="CREATION_TIME">'
        f"{created}</TIMEX3></DCT>\n<TITLE>A title 1999</TITLE>\n<TEXT>\n{text}\n</TEXT>\n"
        '<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST"/>\n</TimeML>\n')


# A Wednesday report: "Monday" is 7 March, "in June" is June 2011, "for three days" is no date.
_REPORT = _tml(
    'Rosa Klein <EVENT eid="e1" class="OCCURRENCE">arrived</EVENT> in Lyon '
    '<TIMEX3 tid="t1" type="DATE" value="2011-03-07">Monday</TIMEX3>. She &amp; her aides stayed '
    '<SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. '
    'The vote is set for <TIMEX3 tid="t3" type="DATE" value="2011-06">June</TIMEX3>, '
    '<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3> officials say. '
    'It opened at <TIMEX3 tid="t5" type="TIME" value="2011-03-08T09:00">9 a.m. Tuesday</TIMEX3>.')


def test_reads_the_report_date_the_plain_text_and_the_gold_offsets() -> None:
    report = read_report("x.tml", _REPORT)
    assert report.created == dt.date(2011, 3, 9)
    assert "<" not in report.text and "Lyon Monday. She & her aides stayed for three days." in report.text
    spans = {report.text[t.start:t.end]: (t.kind, t.value) for t in report.timexes}
    assert spans == {"Monday": ("DATE", "2011-03-07"), "three days": ("DURATION", "P3D"),
                     "June": ("DATE", "2011-06"), "now": ("DATE", "PRESENT_REF"),
                     "9 a.m. Tuesday": ("TIME", "2011-03-08T09:00")}


def test_a_report_without_its_creation_time_is_refused() -> None:
    with pytest.raises(ValueError, match="y.tml: no CREATION_TIME"):
        read_report("y.tml", "<TimeML><TEXT>On Monday.</TEXT></TimeML>")


@pytest.mark.parametrize(("kind", "value", "scored"), [
    ("DATE", "1998-08-07", "1998-08-07"), ("DATE", "1998", "1998"), ("DATE", "1998-08", "1998-08"),
    ("DATE", "2000-W7", "2000-W07"), ("TIME", "1998-08-07T06:18", "1998-08-07"),
    ("DATE", "2000-01-05TEV", "2000-01-05"), ("DATE", "1998-Q3", None), ("DATE", "PRESENT_REF", None),
    ("DATE", "1998-XX-XX", None), ("DURATION", "P3D", None), ("SET", "P1W", None)])
def test_only_calendar_values_are_scored(kind: str, value: str, scored: str | None) -> None:
    assert calendar_value(Timex(0, 1, kind, value)) == scored


def test_values_not_scored_are_counted_by_kind() -> None:
    assert skip_kind(Timex(0, 1, "DATE", "1998-Q3")) == "DATE:quarter"
    assert skip_kind(Timex(0, 1, "DURATION", "P3D")) == "DURATION"
    assert skip_kind(Timex(0, 1, "DATE", "1998-FA")) == "DATE:season"


def test_scores_values_detection_and_false_dates() -> None:
    # Gold says Monday is 7 March and June is 2011-06; one gold value is made wrong on purpose ("2010-06")
    # so that the figures show a miss as well as hits.
    wrong_june = _REPORT.replace('value="2011-06"', 'value="2010-06"')
    result = score([read_report("a.tml", _REPORT), read_report("b.tml", wrong_june)])
    assert result.reports == 2
    assert result.scorable == 6  # Monday, June and Tuesday in each; "now" and the duration are skipped
    assert result.skipped == {"DATE:PRESENT_REF": 2, "DURATION": 2}
    assert result.detected == 6
    assert result.correct == 5
    assert result.found_values == 6
    assert result.false_dates == []
    figures = result.figures()
    assert figures["recall"] == pytest.approx(5 / 6)
    assert figures["precision"] == pytest.approx(5 / 6)


def test_a_value_where_gold_has_no_time_expression_is_a_false_date() -> None:
    report = read_report("c.tml", _tml("The 747 jets flew on, and Pascal Roy spoke on Friday."))
    result = score([report])
    assert result.scorable == 0
    assert [(item.phrase, item.value, item.gold) for item in result.false_dates] == [
        ("Friday", "2011-03-04", "none")]
    assert "spoke on [Friday]." in result.false_dates[0].context
    assert result.figures()["false_dates_per_100"] == 100


def test_the_command_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.tml").write_text(_REPORT, encoding="utf-8")
    assert main([str(tmp_path), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["scorable"] == 3 and printed["f1"] == pytest.approx(1.0)
    assert main([str(tmp_path / "missing")]) == 2


def test_the_command_lists_wrong_and_missed_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # gold values one cannot find: a wrong year for June, and a day the finder cannot know for "the weeks"
    report = _REPORT.replace('value="2011-06"', 'value="2010-06"').replace(
        "officials say.", 'officials say, as in <TIMEX3 tid="t9" type="DATE" value="2011-02">the weeks</TIMEX3> '
        "before.")
    (tmp_path / "a.tml").write_text(report, encoding="utf-8")
    assert main([str(tmp_path), "--wrong", "--missed"]) == 0
    printed = capsys.readouterr().out
    wrong = next(line for line in printed.splitlines() if "'June' ->" in line)
    assert wrong.startswith("  a.tml: 'June' -> 2011-06 (gold 2010-06) … ") and "[June]" in wrong
    assert "  a.tml: 'the weeks' (gold 2011-02) … " in printed and "as in [the weeks] before." in printed
