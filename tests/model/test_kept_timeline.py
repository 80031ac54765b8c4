"""A data set's whole timeline kept on disk: a launch on unchanged files shows it as it was, without reading
any article's extraction; a change to events.yaml, to an article or to the articles folder's listing builds
again, and a damaged or planted timeline file is ignored and written again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.model.test_disk_cache import _damage, build, cache_files, data_set, shown
from timeline_app.model import disk_cache
from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.disk_cache import digest_of, extractor_version
from timeline_app.model.kept_timeline import content_digest, read_kept_timeline
from timeline_app.model.output.timeline import Timeline

__all__ = ["data_set"]  # the fixture, shared with the tests of the extraction's cache


def fresh(events_path: Path) -> Timeline:
    """The timeline built without any disk cache."""
    return build_timeline(events_path, ExtractionCache())


def same(timeline: Timeline, other: Timeline) -> bool:
    """Whether two timelines are the same to a user and to the writers (texts, files, bytes read)."""
    return (shown(timeline) == shown(other) and timeline == other and timeline.events_data == other.events_data
            and timeline.articles == other.articles)


def test_unchanged_files_show_the_kept_timeline_without_reading_an_extraction(
    data_set: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    first, _ = build(data_set, folder)
    assert len(cache_files(folder, "timeline-")) == 1
    for path in cache_files(folder, "article-") + cache_files(folder, "merged-"):
        path.unlink()  # only the timeline file can give it now
    second, extracted = build(data_set, folder)
    assert extracted == 0
    assert same(second, first) and same(second, fresh(data_set))
    assert not cache_files(folder, "article-")  # nothing was extracted, nor written


@pytest.mark.parametrize("change", ["events.yaml", "an article's text", "an article added", "an article removed",
                                    "an article not UTF-8"])
def test_any_change_to_the_files_builds_again(data_set: Path, tmp_path: Path, change: str) -> None:
    folder = tmp_path / "cache"
    build(data_set, folder)
    articles = data_set.parent / "resources" / "articles"
    busan = articles / "004_064537f604493f91.txt"
    if change == "events.yaml":
        text = data_set.read_text(encoding="utf-8")
        data_set.write_text(text.replace("published: 2025-09-30", "published: 2025-10-01"), encoding="utf-8")
    elif change == "an article's text":
        busan.write_text(busan.read_text(encoding="utf-8").replace("Busan", "Ulsan"), encoding="utf-8")
    elif change == "an article added":
        shutil.copy(busan, articles / "005_copy.txt")
    elif change == "an article removed":
        busan.unlink()
    else:
        busan.write_bytes(busan.read_bytes() + b"\xff\n")
    timeline, _ = build(data_set, folder)
    assert same(timeline, fresh(data_set))
    assert same(build(data_set, folder)[0], timeline)  # kept again, for the new files


@pytest.mark.parametrize("how", ["truncated", "empty", "flipped byte", "foreign", "another key", "a folder"])
def test_a_damaged_timeline_file_is_ignored_and_written_again(data_set: Path, tmp_path: Path, how: str) -> None:
    folder = tmp_path / "cache"
    first, _ = build(data_set, folder)
    other_events = tmp_path / "other" / "events.yaml"
    shutil.copytree(data_set.parent, other_events.parent)
    build(other_events, folder)  # the same files elsewhere: another data set's timeline file
    key = digest_of(str(data_set), content_digest(data_set.read_bytes()))
    mine = folder / f"extraction-{extractor_version()}" / f"timeline-{key}.bin"
    (other,) = [path for path in cache_files(folder, "timeline-") if path != mine]
    _damage(mine, how, other)
    timeline, _ = build(data_set, folder)
    assert same(timeline, first)
    if how != "a folder":
        for path in cache_files(folder, "article-") + cache_files(folder, "merged-"):
            path.unlink()
        assert same(build(data_set, folder)[0], first)  # written again, and trusted again


def test_the_timeline_is_kept_only_when_the_cache_is_finished(data_set: Path, tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "cache")
    timeline = build_timeline(data_set, cache, finish=False)
    assert not cache_files(tmp_path / "cache", "timeline-")
    cache.finish()
    assert len(cache_files(tmp_path / "cache", "timeline-")) == 1
    cache.finish()  # nothing more to write
    assert same(build(data_set, tmp_path / "cache")[0], timeline)


def test_an_edit_of_events_yaml_finds_no_kept_timeline_and_keeps_its_own(data_set: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    before, _ = build(data_set, folder)
    text = data_set.read_text(encoding="utf-8")
    data_set.write_text(text.replace("published: 2025-09-30", "published: 2025-10-01"), encoding="utf-8")
    assert read_kept_timeline(folder, data_set) is None
    after, _ = build(data_set, folder)
    assert same(read_kept_timeline(folder, data_set) or Timeline(title=""), after)
    data_set.write_text(text, encoding="utf-8")  # undone: the first timeline is still kept
    assert same(read_kept_timeline(folder, data_set) or Timeline(title=""), before)
    assert len(cache_files(folder, "timeline-")) == 2


def test_a_stale_kept_timeline_is_found_so_before_its_events_are_unpacked(
    data_set: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    build(data_set, folder)
    busan = data_set.parent / "resources" / "articles" / "004_064537f604493f91.txt"
    busan.write_text(busan.read_text(encoding="utf-8").replace("Busan", "Ulsan"), encoding="utf-8")
    classes: list[str] = []
    find_class = disk_cache._ModelUnpickler.find_class

    def recorded(self: disk_cache._ModelUnpickler, module: str, name: str) -> object:
        classes.append(name)
        return find_class(self, module, name)

    monkeypatch.setattr(disk_cache._ModelUnpickler, "find_class", recorded)
    assert read_kept_timeline(folder, data_set) is None
    assert "Event" not in classes  # the file's record was read, not the timeline packed inside it
