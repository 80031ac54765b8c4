"""Live reload: file changes (in place, by rename, new articles) rebuild the timeline off the UI thread."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from pytestqt.qtbot import QtBot

from timeline_app.model.events import Event, Kind
from timeline_app.model.fuzzy_date import FuzzyDate
from timeline_app.model.problems import Problem
from timeline_app.model.timeline import Timeline
from timeline_app.ui.reloader import Reloader, TimelineSession

LOAD_TIMEOUT_MS = 5000


def yaml_build(events_path: Path) -> Timeline:
    """A stand-in for the model: `title:` and a list of event ids under `events:`."""
    try:
        data = yaml.safe_load(events_path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        return Timeline(
            title="",
            events_file=events_path,
            events_file_readable=False,
            problems=[Problem.error(events_path, line, 1, f"YAML syntax error: {exc}")],
        )
    events = [
        Event(id=str(name), title=str(name), kind=Kind.CALL, date=FuzzyDate.day(2025, 6, 9 + i))
        for i, name in enumerate(data.get("events", []))
    ]
    return Timeline(title=str(data.get("title", "")), events=events, events_file=events_path)


def write_events(path: Path, title: str, ids: list[str]) -> None:
    path.write_text(yaml.safe_dump({"title": title, "events": ids}), encoding="utf-8")


def replace_events(path: Path, title: str, ids: list[str]) -> None:
    """Save the way many editors do: write a temporary file, then rename it over the original."""
    temporary = path.with_name(f".{path.name}.tmp-save")
    write_events(temporary, title, ids)
    os.replace(temporary, path)


@pytest.fixture
def events_file(tmp_path: Path) -> Path:
    path = tmp_path / "events.yaml"
    write_events(path, "First", ["a"])
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text("An article.", encoding="utf-8")
    return path


@pytest.fixture
def reloader(qtbot: QtBot, events_file: Path) -> Iterator[Reloader]:
    watcher = Reloader(events_file, yaml_build, debounce_ms=50)
    yield watcher
    watcher.shutdown()


def test_saving_the_events_file_delivers_the_new_timeline(
    qtbot: QtBot, reloader: Reloader, events_file: Path
) -> None:
    with qtbot.waitSignal(reloader.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
        write_events(events_file, "Second", ["a", "b"])
    timeline = blocker.args[0]
    assert timeline.title == "Second"
    assert [e.id for e in timeline.events] == ["a", "b"]


def test_a_save_by_rename_is_seen_every_time(qtbot: QtBot, reloader: Reloader, events_file: Path) -> None:
    for round_, title in enumerate(["Renamed once", "Renamed twice", "Renamed thrice"]):
        with qtbot.waitSignal(reloader.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            replace_events(events_file, title, ["a"] * (round_ + 1))
        assert blocker.args[0].title == title
        assert str(events_file) in {str(p) for p in reloader.watched_paths()}


def test_a_new_article_file_triggers_a_reload(qtbot: QtBot, reloader: Reloader, events_file: Path) -> None:
    with qtbot.waitSignal(reloader.loaded, timeout=LOAD_TIMEOUT_MS):
        (events_file.parent / "articles" / "two.txt").write_text("Another article.", encoding="utf-8")


def test_a_watched_article_edited_in_place_triggers_a_reload(
    qtbot: QtBot, reloader: Reloader, events_file: Path
) -> None:
    article = events_file.parent / "articles" / "one.txt"
    reloader.watch_files([article])
    assert article in reloader.watched_paths()
    with (
        qtbot.waitSignal(reloader.loaded, timeout=LOAD_TIMEOUT_MS),
        article.open("a", encoding="utf-8") as out,
    ):
        out.write(" More text.")


def test_the_timeline_is_built_off_the_ui_thread(qtbot: QtBot, events_file: Path) -> None:
    threads: list[int] = []

    def build(path: Path) -> Timeline:
        threads.append(threading.get_ident())
        return yaml_build(path)

    watcher = Reloader(events_file, build, debounce_ms=10)
    try:
        with qtbot.waitSignal(watcher.loading_changed, timeout=LOAD_TIMEOUT_MS) as started:
            watcher.reload()
        assert started.args == [True]
        assert watcher.is_loading()
        with qtbot.waitSignal(watcher.loaded, timeout=LOAD_TIMEOUT_MS):
            pass
        assert not watcher.is_loading()
        assert threads and threads[0] != threading.get_ident()
    finally:
        watcher.shutdown()


def test_a_result_overtaken_by_a_newer_load_is_dropped(qtbot: QtBot, events_file: Path) -> None:
    release_first = threading.Event()
    first_started = threading.Event()
    calls: list[int] = []

    def build(path: Path) -> Timeline:
        calls.append(len(calls) + 1)
        number = len(calls)
        if number == 1:
            first_started.set()
            release_first.wait(timeout=10)
        return Timeline(title=f"load {number}", events_file=path)

    watcher = Reloader(events_file, build, debounce_ms=10)
    delivered: list[str] = []
    watcher.loaded.connect(lambda timeline: delivered.append(timeline.title))
    try:
        watcher.reload()
        qtbot.waitUntil(first_started.is_set, timeout=LOAD_TIMEOUT_MS)
        watcher.reload()
        release_first.set()
        qtbot.waitUntil(lambda: bool(delivered), timeout=LOAD_TIMEOUT_MS)
        qtbot.waitUntil(lambda: not watcher.is_loading(), timeout=LOAD_TIMEOUT_MS)
        assert delivered == ["load 2"]
    finally:
        release_first.set()
        watcher.shutdown()


def test_a_crash_in_the_build_becomes_a_problem(qtbot: QtBot, events_file: Path) -> None:
    def build(path: Path) -> Timeline:
        raise RuntimeError("extraction bug")

    watcher = Reloader(events_file, build, debounce_ms=10)
    try:
        with qtbot.waitSignal(watcher.loaded, timeout=LOAD_TIMEOUT_MS) as blocker:
            watcher.reload()
        timeline = blocker.args[0]
        assert not timeline.events_file_readable
        assert "extraction bug" in timeline.problems[0].message
    finally:
        watcher.shutdown()


@pytest.fixture
def session(qtbot: QtBot, events_file: Path) -> Iterator[TimelineSession]:
    document = TimelineSession(yaml_build(events_file), events_file, yaml_build, debounce_ms=50)
    yield document
    document.shutdown()


def test_an_unreadable_file_keeps_the_last_good_timeline(
    qtbot: QtBot, session: TimelineSession, events_file: Path
) -> None:
    with qtbot.waitSignal(session.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        events_file.write_text("title: [unclosed\nevents: [a\n", encoding="utf-8")
    assert session.timeline.title == "First"
    assert [e.id for e in session.timeline.events] == ["a"]
    assert not session.events_file_readable
    assert session.problems and "YAML syntax error" in session.problems[0].message

    with qtbot.waitSignal(session.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        write_events(events_file, "Fixed", ["a", "b"])
    assert session.timeline.title == "Fixed"
    assert session.events_file_readable
    assert session.problems == []


def test_opening_an_unreadable_file_does_not_show_the_previous_one(
    qtbot: QtBot, session: TimelineSession, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    with qtbot.waitSignal(session.timeline_changed, timeout=LOAD_TIMEOUT_MS):
        session.open(broken)
    assert session.events_path == broken
    assert session.timeline.events == []
    assert session.problems


def test_a_session_without_watching_reloads_at_once(events_file: Path) -> None:
    document = TimelineSession(yaml_build(events_file), events_file, yaml_build, watch=False)
    write_events(events_file, "Now", ["x", "y", "z"])
    document.reload()
    assert document.timeline.title == "Now"
    assert document.reloader is None
