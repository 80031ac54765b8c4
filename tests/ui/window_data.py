"""Events files, articles and a stand-in for the model's build, shared by the main window's tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

import yaml

from timeline_app.model.events import Event, Kind, Source, Span
from timeline_app.model.fuzzy_date import FuzzyDate
from timeline_app.model.problems import Problem
from timeline_app.model.timeline import ArticleText, Timeline
from timeline_app.ui.main_window import MainWindow

REPOSITORY = Path(__file__).resolve().parents[2]
ARTICLES = REPOSITORY / "resources" / "articles"
RELOAD_MS = 5000

WindowFactory = Callable[..., MainWindow]
"""Makes a shown main window on an events file (the `make_window` fixture)."""

G7: dict[str, object] = {
    "id": "g7",
    "title": "Lee–Ishiba summit at the G7",
    "kind": "summit",
    "date": "2025-06-17",
    "location": "Kananaskis, Canada",
    "participants": ["Lee Jae-myung", "Shigeru Ishiba"],
    "sources": [
        {
            "article": "002_442a0a7fa0bc0e83.txt",
            "quote": "held a summit meeting in Kananaskis, Canada, on June 17 (local time)",
            "highlight": ["summit meeting", "June 17"],
        },
        {
            "article": "003_8631131a1bd5f464.txt",
            "quote": "held a summit meeting with Japanese Prime Minister Shigeru Ishiba on June 17 (local time)",
            "highlight": ["June 17"],
        },
    ],
}
BUSAN: dict[str, object] = {
    "id": "busan",
    "title": "Lee–Ishiba summit in Busan",
    "kind": "summit",
    "date": "2025-09-30",
    "location": "Busan, South Korea",
    "sources": [{"article": "004_064537f604493f91.txt", "quote": "in Busan on September 30"}],
}
DEFENCE: dict[str, object] = {
    "id": "defence",
    "title": "Defence ministers' meeting",
    "kind": "ministerial",
    "date": "2025-09-08",
    "sources": [{"article": "004_064537f604493f91.txt", "quote": "Defense Ministers' Meeting (September 8)"}],
}
CALL: dict[str, object] = {
    "id": "call",
    "title": "First phone call",
    "kind": "call",
    "date": "2025-06-09",
    "sources": [{"article": "000_1eb21017e8f7b451.txt", "quote": "their first phone call on the 9th"}],
}


def fake_build(events_path: Path) -> Timeline:
    """A stand-in for the model's build: events as written, each quote found in its article."""
    try:
        data = yaml.safe_load(events_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        return Timeline(
            title="",
            events_file=events_path,
            events_file_readable=False,
            problems=[Problem.error(events_path, line, 1, f"YAML syntax error: {exc}")],
        )
    folder = events_path.parent / "articles"
    articles = {
        path.name: ArticleText(
            path.name, path, path.read_text(encoding="utf-8"), title=f"Title of {path.stem}"
        )
        for path in sorted(folder.glob("*.txt"))
    }
    events: list[Event] = []
    problems: list[Problem] = []
    for number, entry in enumerate(data.get("events") or [], start=1):
        sources = []
        for quoted in entry.get("sources", []):
            text = articles[quoted["article"]].text
            start = text.find(quoted["quote"])
            if start < 0:
                problems.append(Problem.error(events_path, number, 1, f"quote not found: {quoted['quote']}"))
                continue
            end = start + len(quoted["quote"])
            spans = tuple(
                Span(text.index(word, start), text.index(word, start) + len(word))
                for word in quoted.get("highlight", [])
            )
            sources.append(
                Source(
                    quoted["article"],
                    "An outlet",
                    dt.date(2025, 9, 30),
                    text[start:end],
                    start,
                    end,
                    None,
                    spans,
                )
            )
        events.append(
            Event(
                id=entry["id"],
                title=entry["title"],
                kind=Kind(entry["kind"]),
                date=FuzzyDate.parse_iso(str(entry["date"])),
                location=entry.get("location"),
                participants=tuple(entry.get("participants", [])),
                sources=sources,
            )
        )
    events.sort(key=lambda e: e.sort_key())
    return Timeline(
        title=data.get("title", ""),
        events=events,
        problems=problems,
        articles=articles,
        events_file=events_path,
    )


def write_events(path: Path, *entries: Mapping[str, object], title: str = "Test timeline") -> None:
    path.write_text(
        yaml.safe_dump({"title": title, "events": [dict(e) for e in entries]}, allow_unicode=True),
        encoding="utf-8",
    )
