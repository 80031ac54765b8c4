"""A data set's whole timeline kept on disk, one file per events file, so that a launch on unchanged files
shows it without parsing events.yaml, loading each article's extraction, merging or curating.

The file is trusted only for the very files it was built from: the bytes of events.yaml, the names listed
in the articles folder and the content digest of every article, each checked again before it is used (the
extractor's version is in the disk cache's folder name, the events file's path and digest in the file's
key, so that an edit of events.yaml finds no file at once). A file that is missing, damaged or stale reads
as absent: the timeline is built the usual way and kept again.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from timeline_app.model.disk_cache import DiskCache, digest_of
from timeline_app.model.output.timeline import ArticleText, Timeline
from timeline_app.model.reading.listing import article_names

KIND = "timeline"
_KEPT = 4  # the timelines kept, of any data sets (about 1 KB an event)


def content_digest(data: bytes) -> str:
    """The digest an article or events file is known by."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def keep_timeline(disk: DiskCache, timeline: Timeline, digests: dict[str, str]) -> None:
    """Keep `timeline`, built from its events file's bytes and the articles whose content `digests` are
    given by name; nothing is kept when the articles folder could not be listed or an article read."""
    folder = timeline.articles_dir
    if not timeline.events_file_readable or timeline.events_file is None or folder is None:
        return
    names = tuple(sorted(digests))
    if names != tuple(sorted(timeline.articles)):
        return
    # The texts are the files' own (read again to check their digests): only what the build made is kept.
    articles = [(name, str(item.path), item.title, item.outlet) for name, item in timeline.articles.items()]
    bare = Timeline(
        title=timeline.title,
        events=timeline.events,
        problems=timeline.problems,
        events_file=timeline.events_file,
        articles_dir=folder,
        events_file_readable=True,
        skipped_entries=timeline.skipped_entries,
        countries=timeline.countries,
    )
    try:
        packed = disk.pack(bare)  # apart: a file found stale costs no unpacking of its events
    except pickle.PicklingError:
        return
    record = (content_digest(timeline.events_data), str(folder), names, tuple(digests[n] for n in names),
              articles, packed)
    disk.save(KIND, _key(timeline.events_file, record[0]), record)
    disk.keep_newest(KIND, _KEPT)


def read_kept_timeline(folder: Path, events_path: Path, max_bytes: int | None = None) -> Timeline | None:
    """The timeline kept in the disk cache `folder` for the events file at `events_path`, when no file
    changed since (and, with `max_bytes`, its file is no larger); None otherwise. Imports none of the
    reading, extraction or merging of a build."""
    try:
        data = events_path.read_bytes()
    except (OSError, ValueError):
        return None
    return kept_timeline(DiskCache(folder), events_path, data, max_bytes)


def kept_timeline(disk: DiskCache, events_path: Path, data: bytes,
                  max_bytes: int | None = None) -> Timeline | None:
    """The timeline kept for `events_path` when its events file is `data` and its articles are those it
    was built from (and, with `max_bytes`, its file is no larger); None otherwise."""
    stored = disk.load(KIND, _key(events_path, content_digest(data)), max_bytes)
    if not (isinstance(stored, tuple) and len(stored) == 6):
        return None
    events_digest, folder, names, digests, articles, packed = stored
    if not (isinstance(packed, bytes) and isinstance(folder, str) and isinstance(names, tuple)
            and isinstance(digests, tuple) and isinstance(articles, list) and len(digests) == len(names)):
        return None
    if events_digest != content_digest(data) or article_names(Path(folder)) != names:
        return None
    texts: dict[str, str] = {}
    for name, digest in zip(names, digests):
        try:
            with open(os.path.join(folder, name), "rb") as file:
                content = file.read()
            text = content.decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return None  # the build says why the article cannot be read
        if content_digest(content) != digest:
            return None
        texts[name] = text
    timeline = DiskCache.unpack(packed)
    if not isinstance(timeline, Timeline):
        return None
    try:
        timeline.articles = {name: ArticleText(name, Path(path), texts[name], title, outlet)
                             for name, path, title, outlet in articles}
    except (KeyError, TypeError, ValueError):
        return None
    if len(timeline.articles) != len(names):
        return None
    timeline.events_data = data
    return timeline


def _key(events_path: Path, events_digest: str) -> str:
    return digest_of(str(events_path), events_digest)
