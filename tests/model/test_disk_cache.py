"""The extraction kept on disk between launches: a warm build extracts nothing, a change to an article, its
date, the people or the extractor extracts again, and no cache file, however damaged or planted, changes
the timeline or stops a build."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import os
import pickle
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from timeline_app.model import disk_cache
from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.disk_cache import DiskCache, extractor_version, xdg_cache_folder
from timeline_app.model.events import Kind, Status
from timeline_app.model.output.export import export_timeline
from timeline_app.model.output.timeline import Timeline

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture
def data_set(tmp_path: Path) -> Path:
    """A copy of the bundled data set (five articles, curated entries with quotes); its events.yaml."""
    shutil.copytree(REPOSITORY / "resources" / "articles", tmp_path / "data" / "resources" / "articles")
    shutil.copy(REPOSITORY / "events.yaml", tmp_path / "data" / "events.yaml")
    return tmp_path / "data" / "events.yaml"


EXPORTED_AT = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)

def build(events_path: Path, folder: Path, version: str | None = None) -> tuple[Timeline, int]:
    """A build as a new launch makes it (a new cache on `folder`): the timeline, and how many articles
    it extracted."""
    cache = ExtractionCache(folder, version)
    timeline = build_timeline(events_path, cache)
    return timeline, cache.misses


def shown(timeline: Timeline) -> str:
    """Everything a user can see of a timeline: its events with their sources, and its problems."""
    return export_timeline(timeline, "json", exported_at=EXPORTED_AT) + "\n".join(p.format() for p in timeline.problems)


def cache_files(folder: Path, kind: str = "") -> list[Path]:
    return sorted(folder.glob(f"extraction-*/{kind}*.bin"))


def test_a_second_launch_extracts_nothing_and_shows_the_same_timeline(data_set: Path, tmp_path: Path) -> None:
    first, extracted = build(data_set, tmp_path / "cache")
    assert extracted == 5
    assert len(cache_files(tmp_path / "cache", "article-")) == 5
    second, extracted_again = build(data_set, tmp_path / "cache")
    assert extracted_again == 0
    assert shown(second) == shown(first)
    assert shown(second) == shown(build_timeline(data_set, ExtractionCache()))  # as without a disk cache


def test_without_a_folder_nothing_is_written(data_set: Path, tmp_path: Path) -> None:
    build_timeline(data_set, ExtractionCache())
    assert not list(tmp_path.rglob("*.bin"))


def test_an_edited_article_alone_is_extracted_again(data_set: Path, tmp_path: Path) -> None:
    build(data_set, tmp_path / "cache")
    article = data_set.parent / "resources" / "articles" / "004_064537f604493f91.txt"
    article.write_text(article.read_text(encoding="utf-8").replace("Busan", "Ulsan"), encoding="utf-8")
    timeline, extracted = build(data_set, tmp_path / "cache")
    assert extracted == 1
    assert "Ulsan" in shown(timeline) and shown(timeline) == shown(build_timeline(data_set, ExtractionCache()))


def test_a_new_publication_date_or_new_people_extract_again(data_set: Path, tmp_path: Path) -> None:
    build(data_set, tmp_path / "cache")
    text = data_set.read_text(encoding="utf-8")
    data_set.write_text(text.replace("published: 2025-09-30", "published: 2025-10-01"), encoding="utf-8")
    timeline, extracted = build(data_set, tmp_path / "cache")
    assert extracted == 1
    assert shown(timeline) == shown(build_timeline(data_set, ExtractionCache()))
    data_set.write_text(text.replace("  Yoon Suk Yeol: [", "  Yoon Suk Yeol: [Suk-yeol Yoon, "), encoding="utf-8")
    _, extracted = build(data_set, tmp_path / "cache")
    assert extracted == 5


def test_another_version_s_folder_goes_after_a_week_unused(tmp_path: Path) -> None:
    now = time.time()
    for name, age_days in (("month-old", 30), ("day-old", 1)):
        folder = tmp_path / f"extraction-{name}"
        folder.mkdir()
        os.utime(folder, (now - age_days * 86400, now - age_days * 86400))
    DiskCache(tmp_path, "new").save("merged", "key", [])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["extraction-day-old", "extraction-new"]


def test_another_extractor_version_extracts_again_and_keeps_apart(data_set: Path, tmp_path: Path) -> None:
    build(data_set, tmp_path / "cache", version="one")
    assert build(data_set, tmp_path / "cache", version="two")[1] == 5
    assert build(data_set, tmp_path / "cache", version="one")[1] == 0
    assert {p.parent.name for p in cache_files(tmp_path / "cache")} == {"extraction-one", "extraction-two"}


def test_the_extractor_version_follows_every_source_file_of_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "model"
    shutil.copytree(REPOSITORY / "timeline_app" / "model", model, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(disk_cache, "_MODEL", model)
    compute = extractor_version.__wrapped__
    before = compute()
    assert compute() == before
    rule = model / "merging" / "clusters.py"
    rule.write_text(rule.read_text(encoding="utf-8").replace("_NEAR_DAYS = 3", "_NEAR_DAYS = 4"), encoding="utf-8")
    edited = compute()
    assert edited != before
    (model / "places.tsv").write_text("Seoul\tKR\n", encoding="utf-8")  # a data table the rules read
    assert compute() not in (before, edited)


def _damage(path: Path, how: str, other: Path) -> None:
    data = path.read_bytes()
    if how == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "flipped byte":
        at = len(data) - 40
        path.write_bytes(data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1 :])
    elif how == "foreign":
        path.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    elif how == "another key":
        path.write_bytes(other.read_bytes())
    elif how == "a folder":
        path.unlink()
        path.mkdir()


@pytest.mark.parametrize("how", ["truncated", "empty", "flipped byte", "foreign", "another key", "a folder"])
def test_a_damaged_cache_file_is_ignored_and_written_again(data_set: Path, tmp_path: Path, how: str) -> None:
    folder = tmp_path / "cache"
    first, _ = build(data_set, folder)
    files = cache_files(folder)
    for path, other in zip(files, files[1:] + files[:1]):
        _damage(path, how, other)
    timeline, extracted = build(data_set, folder)
    assert shown(timeline) == shown(first)
    assert extracted == 5
    if how != "a folder":
        assert build(data_set, folder)[1] == 0  # written again, and trusted again


def test_a_planted_pickle_runs_nothing(data_set: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    first, _ = build(data_set, folder)
    witness = tmp_path / "ran"

    class Planted:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, (f"touch {witness}",))

    for path in cache_files(folder):
        key = path.stem.split("-", 1)[1]
        payload = pickle.dumps((path.parent.name.removeprefix("extraction-"), key, Planted()))
        digest = hashlib.blake2b(payload, digest_size=32).digest()
        path.write_bytes(b"timeline-app cache 1\n" + digest + payload)
    timeline, extracted = build(data_set, folder)
    assert not witness.exists()
    assert extracted == 5 and shown(timeline) == shown(first)


def test_a_folder_that_cannot_be_written_to_only_costs_the_extraction(data_set: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    timeline, extracted = build(data_set, blocked / "cache")
    assert extracted == 5
    assert shown(timeline) == shown(build_timeline(data_set, ExtractionCache()))


def test_a_cache_file_round_trips_the_models_classes_only(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "v")
    cache.save("merged", "k", [1, "two", (3.0, None)])
    assert cache.load("merged", "k") == [1, "two", (3.0, None)]
    assert cache.load("merged", "other") is None
    buffer = io.BytesIO()
    pickle.dump(("v", "k", io.BytesIO(b"")), buffer)
    payload = buffer.getvalue()
    (tmp_path / "extraction-v" / "merged-k.bin").write_bytes(
        b"timeline-app cache 1\n" + hashlib.blake2b(payload, digest_size=32).digest() + payload
    )
    assert cache.load("merged", "k") is None


def test_only_the_newest_merges_are_kept(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "v")
    for number in range(7):
        cache.save("merged", str(number), [number])
        os.utime(cache.folder / f"merged-{number}.bin", (number, number))
    cache.keep_newest("merged", 4)
    assert sorted(p.name for p in cache.folder.glob("merged-*")) == [f"merged-{n}.bin" for n in (3, 4, 5, 6)]


_WRITER = """
import sys
from pathlib import Path
from timeline_app.model.build import ExtractionCache, build_timeline
for _ in range(3):
    build_timeline(Path(sys.argv[1]), ExtractionCache(Path(sys.argv[2])))
"""


def test_two_processes_filling_one_folder_leave_it_whole(data_set: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPOSITORY), os.environ.get("PYTHONPATH", "")])}
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(data_set), str(folder)], env=env) for _ in range(2)
    ]
    # Meanwhile this process reads whatever is there: never a wrong timeline.
    expected = shown(build_timeline(data_set, ExtractionCache()))
    while any(writer.poll() is None for writer in writers):
        assert shown(build(data_set, folder)[0]) == expected
    assert [writer.returncode for writer in writers] == [0, 0]
    assert not [p for p in folder.rglob("*") if p.name.startswith(".")]
    timeline, extracted = build(data_set, folder)
    assert extracted == 0 and shown(timeline) == expected


def test_the_xdg_rule_names_the_folder(tmp_path: Path) -> None:
    assert xdg_cache_folder({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "timeline-app"
    assert xdg_cache_folder({"XDG_CACHE_HOME": "relative/path"}) == Path.home() / ".cache" / "timeline-app"
    assert xdg_cache_folder({}) == Path.home() / ".cache" / "timeline-app"


def test_without_the_merge_the_cached_mentions_are_merged_again(data_set: Path, tmp_path: Path) -> None:
    first, _ = build(data_set, tmp_path / "cache")
    for path in cache_files(tmp_path / "cache", "merged-") + cache_files(tmp_path / "cache", "timeline-"):
        path.unlink()
    timeline, extracted = build(data_set, tmp_path / "cache")
    assert extracted == 0 and shown(timeline) == shown(first)


_WARM_LAUNCH = """
import sys
from pathlib import Path
from timeline_app.model.build import ExtractionCache, build_timeline
timeline = build_timeline(Path(sys.argv[1]), ExtractionCache(Path(sys.argv[2])))
print(len(timeline.events), "timeline_app.model.extraction.mentions" in sys.modules,
      "timeline_app.model.dates.finder" in sys.modules, "timeline_app.model.extraction.people" in sys.modules)
"""


def test_a_warm_launch_loads_neither_the_extraction_nor_the_date_rules(data_set: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPOSITORY), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-c", _WARM_LAUNCH, str(data_set), str(tmp_path / "cache")]
    cold = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout.split()
    warm = subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout.split()
    assert cold[1:] == ["True", "True", "True"]
    assert warm == [cold[0], "False", "False", "False"]


@pytest.mark.parametrize("member", [Kind.SUMMIT, Status.PLANNED, Precision.MONTH])
def test_a_member_of_an_enum_is_kept_by_value_whatever_python_reduces_it_to(
    member: enum.Enum, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Python 3.11.2 (Debian 12) reduces members to getattr(cls, name), which the reader refuses.
    monkeypatch.setattr(type(member), "__reduce_ex__", lambda self, protocol: (getattr, (type(self), self.name)))
    assert DiskCache.unpack(DiskCache.pack([member])) == [member]


def test_a_value_that_cannot_be_pickled_is_not_kept_and_stops_nothing(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path, "v")
    cache.save("merged", "k", [lambda: None])
    assert cache.load("merged", "k") is None
    with pytest.raises(pickle.PicklingError):
        DiskCache.pack(lambda: None)


def test_equal_immutable_parts_are_read_back_as_one_object_and_nothing_else_changes() -> None:
    from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate
    from timeline_app.model.events import Source

    sources = [Source(f"{n % 3}.txt", "Outlet", dt.date(2025, 9, 30), "the summit", 0, 10) for n in range(30)]
    bases = [DateBasis(f"on the {n}th", FuzzyDate.day(2025, 9, 30), dt.date(2025, 10, 1), "a.txt", None)
             for n in range(30)]
    value = [sources, bases, (0.0, -0.0), [[1], [1]]]
    packed = DiskCache.pack(value)
    back = DiskCache.unpack(packed)
    assert back == value
    assert len({id(s.published) for s in back[0]}) == 1 and len({id(b.value) for b in back[1]}) == 1
    assert len({id(s) for s in back[0]}) == 30  # the sources are in a list: each stays itself
    assert str(back[2][1]) == "-0.0"  # floats equal to others are not taken for them
    assert back[3][0] is not back[3][1]  # nor lists
    assert len(packed) < len(pickle.dumps(value))
