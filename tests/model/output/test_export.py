"""JSON, CSV and iCalendar exports of a timeline."""

import csv
import datetime as dt
import io
import json
import os
import stat
from pathlib import Path

import pytest

from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate
from timeline_app.model.events import Event, Kind, Origin, Source, Status
from timeline_app.model.output.export import export_timeline, to_csv, to_ics, to_json, write_text_atomically
from timeline_app.model.output.timeline import Timeline
from timeline_app.model.problems import Problem

EXPORTED_AT = dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def sample() -> Timeline:
    day = FuzzyDate.day(2025, 6, 17)
    month = FuzzyDate.month(2025, 8)
    return Timeline(
        title="Korea–Japan",
        events=[
            Event(
                id="2025-06-17-summit-kananaskis", title="Lee–Ishiba summit in Kananaskis", kind=Kind.SUMMIT,
                date=day, location="Kananaskis, Canada", participants=("Lee Jae-myung", "Shigeru Ishiba"),
                summary="First meeting; in Canada.",
                date_basis=(DateBasis("Tuesday", day, dt.date(2025, 6, 18), "001.txt"),),
                sources=[Source("001.txt", "Daily", dt.date(2025, 6, 18), "They met, on Tuesday; in Canada.", 10, 42)],
            ),
            Event(
                id="2025-W24-call", title="Phone call", kind=Kind.CALL, date=FuzzyDate.week_of(dt.date(2025, 6, 11)),
            ),
            Event(
                id="2025-08-summit-japan", title="Visit to Japan", kind=Kind.SUMMIT, date=month,
                status=Status.PLANNED, origin=Origin.MERGED, conflicts=["The sources disagree."],
            ),
        ],
        problems=[Problem.warning(Path("events.yaml"), 3, 5, "something odd")],
    )


def test_json_has_the_documented_shape():
    data = json.loads(to_json(sample()))
    assert list(data) == ["title", "events", "problems"]
    first = data["events"][0]
    assert {k: first[k] for k in ("id", "kind", "date", "precision", "end", "status", "origin", "date_basis")} == {
        "id": "2025-06-17-summit-kananaskis", "kind": "summit", "date": "2025-06-17", "precision": "day",
        "end": None, "status": "occurred", "origin": "extracted",
        "date_basis": "'Tuesday' in a report published 2025-06-18 → 2025-06-17",
    }
    assert first["sources"] == [{"article": "001.txt", "outlet": "Daily", "published": "2025-06-18",
                                 "excerpt": "They met, on Tuesday; in Canada.", "start": 10, "end": 42}]
    assert first["date_derivations"] == [{"phrase": "Tuesday", "value": "2025-06-17", "anchor": "2025-06-18",
                                          "article": "001.txt", "note": None}]
    assert data["events"][2]["date"] == "2025-08" and data["events"][2]["precision"] == "month"
    assert data["problems"] == [{"file": "events.yaml", "line": 3, "column": 5, "severity": "warning",
                                 "message": "something odd"}]


def test_csv_has_one_row_an_event():
    rows = list(csv.DictReader(io.StringIO(to_csv(sample()))))
    assert [r["id"] for r in rows] == ["2025-06-17-summit-kananaskis", "2025-W24-call", "2025-08-summit-japan"]
    assert rows[0]["participants"] == "Lee Jae-myung; Shigeru Ishiba"
    assert rows[0]["sources"] == "001.txt [10:42]: They met, on Tuesday; in Canada."
    assert rows[2]["conflicts"] == "The sources disagree."


def test_csv_and_ics_keep_the_curated_summary():
    rows = list(csv.DictReader(io.StringIO(to_csv(sample()))))
    assert [r["summary"] for r in rows] == ["First meeting; in Canada.", "", ""]
    unfolded = to_ics(sample(), exported_at=EXPORTED_AT).replace("\r\n ", "")
    assert "DESCRIPTION:First meeting\\; in Canada.\\n\\nParticipants:" in unfolded


def test_ics_has_all_day_events_over_the_days_they_are_known_to():
    text = to_ics(sample(), exported_at=EXPORTED_AT)
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    unfolded = text.replace("\r\n ", "")
    assert "DTSTART;VALUE=DATE:20250617\r\nDTEND;VALUE=DATE:20250618\r\n" in unfolded
    assert "STATUS:TENTATIVE" in unfolded
    assert "LOCATION:Kananaskis\\, Canada" in unfolded
    assert "Daily\\, 2025-06-18: “They met\\, on Tuesday\\; in Canada.”" in unfolded
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert text.count("BEGIN:VEVENT") == 3


def vevents(text: str) -> list[list[str]]:
    blocks = text.replace("\r\n ", "").split("BEGIN:VEVENT\r\n")[1:]
    return [block.split("END:VEVENT")[0].splitlines() for block in blocks]


def test_ics_gives_a_week_or_month_event_one_date_and_states_its_precision():
    """A calendar must not show an event known to the month as lasting a month (issue 10, 3.13)."""
    _, week, month = vevents(to_ics(sample(), exported_at=EXPORTED_AT))
    assert week[2:5] == ["DTSTART;VALUE=DATE:20250609",
                         "SUMMARY:Phone call (date known to the week: week of 9 June 2025)", "CATEGORIES:CALL"]
    assert month[2:5] == ["DTSTART;VALUE=DATE:20250801",
                          "SUMMARY:Visit to Japan (date known to the month: August 2025)", "CATEGORIES:SUMMIT"]
    assert month[-1] == ("DESCRIPTION:Date known to the month: August 2025. Shown on its first day (2025-08-01)\\, "
                         "without a duration.\\n\\nConflict: The sources disagree.")
    assert not any(line.startswith(("DTEND", "DURATION")) for line in week + month)


def test_ics_stamps_every_event_with_the_time_of_export():
    events = vevents(to_ics(sample(), exported_at=dt.datetime(2026, 3, 4, 14, 6, 7,
                                                               tzinfo=dt.timezone(dt.timedelta(hours=9)))))
    assert [e[1] for e in events] == ["DTSTAMP:20260304T050607Z"] * 3


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_exported_files_get_the_permissions_the_umask_allows(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        write_text_atomically(tmp_path / "out.json", "{}\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "out.json").stat().st_mode) == mode


def test_an_export_over_a_file_keeps_that_file_s_permissions(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    target.chmod(0o640)
    write_text_atomically(target, "new\n")
    assert target.read_text() == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_exports_of_the_same_timeline_are_identical():
    for fmt in ("json", "csv", "ics"):
        assert export_timeline(sample(), fmt, exported_at=EXPORTED_AT) == export_timeline(
            sample(), fmt, exported_at=EXPORTED_AT)


def test_the_first_and_last_days_of_the_calendar_build_and_export(make_dataset):
    """Dates at the calendar's ends: merging widens by days, iCalendar writes the day after the last."""
    from timeline_app.model.build import build_timeline

    path = make_dataset(
        """
        articles: articles
        sources:
          a.txt: {published: 9999-12-31}
        events:
          - {date: 9999-12-31, kind: summit, title: End of time}
          - {date: 0001-01-01, kind: summit, title: Start}
        """,
        {"a.txt": "President Kim Min-su and Prime Minister Taro Yamada held a Korea-Japan summit in Tokyo "
                  "on Dec. 30, 9999.\n"},
    )
    timeline = build_timeline(path)
    assert [(e.date.iso(), e.title) for e in timeline.events] == [
        ("0001-01-01", "Start"), ("9999-12-30", "Kim–Yamada summit in Tokyo"), ("9999-12-31", "End of time"),
    ]
    ics = to_ics(timeline, exported_at=EXPORTED_AT)
    assert "DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010102" in ics
    assert "DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D" in ics
