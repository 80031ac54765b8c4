"""The session behind the window: the last good timeline kept through unreadable saves, the articles
folder that events.yaml names watched, and loads at once when not watching."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import BUSAN, CALL, FIRST_CONTACT, G7, RELOAD_MS, write_articles, write_events
from timeline_app.model.build import build_timeline
from timeline_app.ui.session import TimelineSession


@pytest.fixture
def session(qtbot: QtBot, events_file: Path) -> Iterator[TimelineSession]:
    document = TimelineSession(build_timeline(events_file), events_file, build_timeline, debounce_ms=50)
    yield document
    document.shutdown()


def test_an_unreadable_file_keeps_the_last_good_timeline(
    qtbot: QtBot, session: TimelineSession, events_file: Path
) -> None:
    with qtbot.waitSignal(session.timeline_changed, timeout=RELOAD_MS):
        events_file.write_text("title: [unclosed\nevents: [a\n", encoding="utf-8")
    assert session.timeline.title == "Test timeline"
    assert [e.id for e in session.timeline.events] == ["call", "g7", "busan"]
    assert not session.events_file_readable
    assert session.problems and "invalid YAML" in session.problems[0].message

    with qtbot.waitSignal(session.timeline_changed, timeout=RELOAD_MS):
        write_events(events_file, CALL, G7, title="Fixed")
    assert session.timeline.title == "Fixed"
    assert session.events_file_readable
    assert session.problems == []


def test_opening_an_unreadable_file_does_not_show_the_previous_one(
    qtbot: QtBot, session: TimelineSession, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    with qtbot.waitSignal(session.timeline_changed, timeout=RELOAD_MS):
        session.open(broken)
    assert session.events_path == broken
    assert session.timeline.events == []
    assert session.problems


def test_the_articles_folder_named_in_the_events_file_is_watched_and_follows_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    events_file = tmp_path / "events.yaml"
    news, wire = tmp_path / "news", tmp_path / "wire"
    news.mkdir()
    wire.mkdir()
    write_events(events_file, articles="news")
    document = TimelineSession(build_timeline(events_file), events_file, build_timeline, debounce_ms=50)
    try:
        reloader = document.reloader
        assert reloader is not None and news in reloader.watched_paths()
        with qtbot.waitSignal(document.timeline_changed, timeout=RELOAD_MS):
            write_articles(news)
        assert FIRST_CONTACT in document.timeline.articles

        with qtbot.waitSignal(document.timeline_changed, timeout=RELOAD_MS):
            write_events(events_file, articles="wire")
        assert document.timeline.articles_dir == wire and not document.timeline.articles
        assert wire in reloader.watched_paths() and news not in reloader.watched_paths()
        with qtbot.waitSignal(document.timeline_changed, timeout=RELOAD_MS):
            (wire / "late.txt").write_text("A late report.\n\nIt adds little.\n", encoding="utf-8")
        assert "late.txt" in document.timeline.articles
    finally:
        document.shutdown()


def test_a_session_without_watching_reloads_at_once(events_file: Path) -> None:
    document = TimelineSession(build_timeline(events_file), events_file, build_timeline, watch=False)
    write_events(events_file, CALL, G7, BUSAN, title="Now")
    document.reload()
    assert document.timeline.title == "Now"
    assert document.reloader is None


def test_the_articles_of_a_large_data_set_are_watched_once_its_timeline_is_shown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from timeline_app.ui import session as session_module

    monkeypatch.setattr(session_module, "WATCH_AT_ONCE", 0)  # every data set counts as large
    events_file = tmp_path / "events.yaml"
    (tmp_path / "news").mkdir()
    write_events(events_file, articles="news")
    document = TimelineSession(build_timeline(events_file), events_file, build_timeline, debounce_ms=50)
    try:
        reloader = document.reloader
        assert reloader is not None
        with qtbot.waitSignal(document.timeline_changed, timeout=RELOAD_MS):
            write_articles(tmp_path / "news")
        articles = [a.path for a in document.timeline.articles.values()]
        assert articles
        qtbot.waitUntil(lambda: set(articles) <= set(reloader.watched_paths()), timeout=RELOAD_MS)
        with qtbot.waitSignal(document.timeline_changed, timeout=RELOAD_MS):
            with articles[0].open("a", encoding="utf-8") as edited:  # an edit in place: seen by its watch
                edited.write("\nA closing line.\n")
    finally:
        document.shutdown()
