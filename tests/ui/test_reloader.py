"""Live reload: file changes (in place, by rename, new articles) rebuild the timeline off the UI thread."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import BUSAN, CALL, FIRST_CONTACT, G7, RELOAD_MS, write_events
from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.output.timeline import Timeline
from timeline_app.ui.reloader import Reloader, cached_build


def replace_events(path: Path, *entries: Mapping[str, object], title: str) -> None:
    """Save the way many editors do: write a temporary file, then rename it over the original."""
    temporary = path.with_name(f".{path.name}.tmp-save")
    write_events(temporary, *entries, title=title)
    os.replace(temporary, path)


@pytest.fixture
def reloader(qtbot: QtBot, events_file: Path) -> Iterator[Reloader]:
    watcher = Reloader(events_file, build_timeline, debounce_ms=50)
    yield watcher
    watcher.shutdown()


def test_saving_the_events_file_delivers_the_new_timeline(
    qtbot: QtBot, reloader: Reloader, events_file: Path
) -> None:
    with qtbot.waitSignal(reloader.loaded, timeout=RELOAD_MS) as blocker:
        write_events(events_file, CALL, BUSAN, title="Second")
    timeline = blocker.args[0]
    assert timeline.title == "Second"
    assert [e.id for e in timeline.events] == ["call", "busan"]


def test_a_save_by_rename_is_seen_every_time(qtbot: QtBot, reloader: Reloader, events_file: Path) -> None:
    for count, title in enumerate(["Renamed once", "Renamed twice", "Renamed thrice"], start=1):
        with qtbot.waitSignal(reloader.loaded, timeout=RELOAD_MS) as blocker:
            replace_events(events_file, *[CALL, G7, BUSAN][:count], title=title)
        assert blocker.args[0].title == title
        assert len(blocker.args[0].events) == count
        assert str(events_file) in {str(p) for p in reloader.watched_paths()}


def test_a_new_file_in_the_articles_folder_triggers_a_reload(
    qtbot: QtBot, reloader: Reloader, events_file: Path
) -> None:
    folder = events_file.parent / "articles"
    reloader.watch_articles(folder, [])
    assert folder in reloader.watched_paths()
    with qtbot.waitSignal(reloader.loaded, timeout=RELOAD_MS) as blocker:
        (folder / "two.txt").write_text("Another article.\n\nIt says little.\n", encoding="utf-8")
    assert "two.txt" in blocker.args[0].articles


def test_a_watched_article_edited_in_place_triggers_a_reload(
    qtbot: QtBot, reloader: Reloader, events_file: Path
) -> None:
    article = events_file.parent / "articles" / FIRST_CONTACT
    reloader.watch_articles(None, [article])
    assert article in reloader.watched_paths()
    with (
        qtbot.waitSignal(reloader.loaded, timeout=RELOAD_MS) as blocker,
        article.open("a", encoding="utf-8") as out,
    ):
        out.write("More text.\n")
    assert blocker.args[0].articles[FIRST_CONTACT].text.endswith("More text.\n")


def test_the_timeline_is_built_off_the_ui_thread(qtbot: QtBot, events_file: Path) -> None:
    threads: list[int] = []

    def build(path: Path) -> Timeline:
        threads.append(threading.get_ident())
        return build_timeline(path)

    watcher = Reloader(events_file, build, debounce_ms=10)
    try:
        with qtbot.waitSignal(watcher.loading_changed, timeout=RELOAD_MS) as started:
            watcher.reload()
        assert started.args == [True]
        assert watcher.is_loading()
        with qtbot.waitSignal(watcher.loaded, timeout=RELOAD_MS):
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
        qtbot.waitUntil(first_started.is_set, timeout=RELOAD_MS)
        watcher.reload()
        release_first.set()
        qtbot.waitUntil(lambda: bool(delivered), timeout=RELOAD_MS)
        qtbot.waitUntil(lambda: not watcher.is_loading(), timeout=RELOAD_MS)
        assert delivered == ["load 2"]
    finally:
        release_first.set()
        watcher.shutdown()


def test_a_crash_in_the_build_becomes_a_problem(qtbot: QtBot, events_file: Path) -> None:
    def build(path: Path) -> Timeline:
        raise RuntimeError("extraction bug")

    watcher = Reloader(events_file, build, debounce_ms=10)
    try:
        with qtbot.waitSignal(watcher.loaded, timeout=RELOAD_MS) as blocker:
            watcher.reload()
        timeline = blocker.args[0]
        assert not timeline.events_file_readable
        assert "extraction bug" in timeline.problems[0].message
    finally:
        watcher.shutdown()


def test_what_a_build_leaves_to_write_is_written_on_the_worker_after_it(
    qtbot: QtBot, events_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    calls: list[tuple[str, int]] = []
    folder = tmp_path_factory.mktemp("cache")  # away from the watched folder of events.yaml
    cached = cached_build(folder)

    class Recording:
        def __call__(self, path: Path) -> Timeline:
            calls.append(("build", threading.get_ident()))
            return cached(path)

        def finish(self) -> None:
            cached.finish()  # type: ignore[attr-defined]
            calls.append(("finish", threading.get_ident()))

    watcher = Reloader(events_file, Recording(), debounce_ms=10)
    try:
        with qtbot.waitSignal(watcher.loaded, timeout=RELOAD_MS) as blocker:
            watcher.reload()
        qtbot.waitUntil(lambda: len(calls) == 2, timeout=RELOAD_MS)
    finally:
        watcher.shutdown()
    assert [name for name, _ in calls] == ["build", "finish"]
    assert calls[0][1] == calls[1][1] != threading.get_ident()
    # The next launch shows the timeline kept then.
    assert list(folder.rglob("timeline-*.bin"))
    assert build_timeline(events_file, ExtractionCache(folder)) == blocker.args[0]
