"""Builds the timeline from an events.yaml file and the articles it names."""

from __future__ import annotations

import datetime as dt
import pickle
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.model.disk_cache import DiskCache, digest_of, extractor_version
from timeline_app.model.events import Event
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES
from timeline_app.model.kept_timeline import content_digest, keep_timeline, kept_timeline
from timeline_app.model.merging.clusters import ArticleInfo, merge_mentions
from timeline_app.model.merging.curation import apply_curation
from timeline_app.model.output.timeline import ArticleText, Timeline
from timeline_app.model.problems import Problem, Severity, decode_utf8, line_and_column
from timeline_app.model.reading.articles import Article, fold_spaces, read_article
from timeline_app.model.reading.dataset import Dataset, check_quotes, dataset_from_bytes, load_dataset
from timeline_app.model.reading.quotes import FoldedText
from timeline_app.model.reading.yaml_source import collector_paused

if TYPE_CHECKING:
    from timeline_app.model.extraction.mentions import Mention


class _Extracted:
    """One article read and extracted: at once, or from the disk cache, where its sentences and its mentions
    are each unpacked only when needed (a build whose merge is cached needs the mentions of no article, and
    the sentences of the articles that curated entries quote)."""

    __slots__ = ("_article", "_mentions", "folded", "key", "needing", "path", "problems", "stated_date", "text",
                 "title")

    def __init__(self, key: str, path: Path, text: str, title: str | None, stated_date: dt.date | None,
                 problems: list[Problem], needing: tuple[int, int, int] | None,
                 article: Article | Callable[[], Article],
                 mentions: list[Mention] | Callable[[_Extracted], list[Mention]]) -> None:
        self.key = key  # of the article's content, name, publication date, people and the extractor's version
        self.path = path
        self.text = text
        self.title = title
        self.stated_date = stated_date
        self.problems = problems
        self.needing = needing  # the first phrase that cannot be dated without a publication date, and count
        self.folded = FoldedText(text)
        self._article = article
        self._mentions = mentions

    @classmethod
    def of(cls, key: str, article: Article, mentions: list[Mention]) -> _Extracted:
        """The extraction of an article just read."""
        needing = [m.highlights[-1] for m in mentions if m.needs_anchor]
        first = (needing[0].start, needing[0].end, len(needing)) if needing else None
        return cls(key, article.path, article.text, article.title, article.stated_date, article.problems, first,
                   article, mentions)

    @property
    def article(self) -> Article:
        """The article, split into paragraphs and sentences."""
        if not isinstance(self._article, Article):
            self._article = self._article()
        return self._article

    @property
    def mentions(self) -> list[Mention]:
        """The article's event mentions."""
        if not isinstance(self._mentions, list):
            self._mentions = self._mentions(self)
        return self._mentions


class ExtractionCache:
    """Extraction results keyed by article content, name, publication date and people, so that a reload
    after an edit of events.yaml never reads an unchanged article twice; also the merge of the last build's
    mentions, reused while no article, publication date or people changed.

    With a `folder`, both are also kept on disk (see `disk_cache`), so that the next launch extracts
    only the articles that changed, and merges again only when one did; so is each data set's whole
    timeline (see `kept_timeline`), which a launch on unchanged files shows as it was."""

    def __init__(self, folder: Path | None = None, version: str | None = None) -> None:
        self._entries: dict[str, _Extracted] = {}
        self._people: tuple[Mapping[str, tuple[str, ...]], str] | None = None
        self._merged: tuple[str, list[Event]] | None = None
        self._version = version or extractor_version()
        self._disk = DiskCache(folder, self._version) if folder is not None else None
        self._to_keep: tuple[Timeline, dict[str, str]] | None = None
        self.misses = 0  # articles extracted (not found in memory nor on disk)

    def extract(self, path: Path, data: bytes, published: dt.date | None,
                people: Mapping[str, tuple[str, ...]], countries: tuple[str, str] = DEFAULT_COUNTRIES,
                content: str | None = None) -> _Extracted:
        """The article at `path` read from `data` (whose `content_digest` is `content`, when known), and its
        mentions; computed once per distinct input."""
        key = digest_of(self._version, path.name, content or content_digest(data), published,
                        self._people_key(people), countries)
        cached = self._entries.get(key)
        if cached is not None and cached.path == path:
            return cached
        result = self._load(key, path, data, published, people, countries)
        if result is None:
            self.misses += 1
            article = read_article(path, data)
            mentions = _extract_mentions(article, published, people, countries)
            result = _Extracted.of(key, article, mentions)
            if self._disk is not None:
                self._store(result, article)
        self._entries[key] = result
        return result

    def _store(self, result: _Extracted, article: Article) -> None:
        """Keep an article's extraction on disk, its sentences and its mentions packed apart."""
        assert self._disk is not None
        problems = [(p.line, p.column, p.severity.value, p.message) for p in article.problems]
        try:
            parts = self._disk.pack((article.paragraphs, article.sentences))
            mentions = self._disk.pack(result.mentions)
        except pickle.PicklingError:
            return  # a class of the model that cannot be kept: this article is extracted at every launch
        self._disk.save("article", result.key, (article.title, article.stated_date, article.dateline, problems,
                                                result.needing, parts, mentions))

    def _load(self, key: str, path: Path, data: bytes, published: dt.date | None,
              people: Mapping[str, tuple[str, ...]], countries: tuple[str, str]) -> _Extracted | None:
        """The extraction kept on disk for `key`, with the article's text from `data`; None when absent."""
        stored = self._disk.load("article", key) if self._disk is not None else None
        if stored is None:
            return None  # the caller reads the article, decoding it there
        text = decode_utf8(data)
        if not isinstance(text, str):
            return None
        try:
            title, stated_date, dateline, stored_problems, needing, parts, packed_mentions = stored
            problems = [Problem(path, line, column, Severity(severity), message)
                        for line, column, severity, message in stored_problems]
        except (TypeError, ValueError):
            return None
        unpack = DiskCache.unpack

        # The digest of the file matched: only a bug in this module gets either function to read again.
        def article() -> Article:
            unpacked = unpack(parts)
            if not (isinstance(unpacked, tuple) and len(unpacked) == 2):
                return read_article(path, data)
            return Article(path.name, path, text, fold_spaces(text), title, stated_date, dateline, *unpacked,
                           problems)

        def mentions(item: _Extracted) -> list[Mention]:
            unpacked = unpack(packed_mentions)
            if isinstance(unpacked, list):
                return unpacked
            return _extract_mentions(item.article, published, people, countries)

        return _Extracted(key, path, text, title, stated_date, problems, needing, article, mentions)

    def merge(self, extracted: Sequence[_Extracted], infos: dict[str, ArticleInfo],
              people_order: tuple[str, ...] = ()) -> list[Event]:
        """The events the mentions of `extracted` make, merged (titles naming people in `people_order`); fresh
        copies of the last merge (in memory or on disk) when its articles, their infos and the order are the
        same (the caller may change the events it gets)."""
        key = digest_of(self._version, [item.key for item in extracted],
                        [(name, info.outlet, info.published, info.title) for name, info in infos.items()],
                        people_order)
        if self._merged is None or self._merged[0] != key:
            events = self._disk.load("merged", key) if self._disk is not None else None
            if not (isinstance(events, list) and all(isinstance(event, Event) for event in events)):
                mentions = [mention for item in extracted for mention in item.mentions]
                events = merge_mentions(mentions, infos, people_order)
                if self._disk is not None:
                    self._disk.save("merged", key, events)
                    self._disk.keep_newest("merged")
            self._merged = (key, events)
        return [replace(event, sources=list(event.sources), conflicts=list(event.conflicts))
                for event in self._merged[1]]

    def kept_timeline(self, events_path: Path, data: bytes) -> Timeline | None:
        """The timeline kept on disk for the events file at `events_path`, when it is `data` and no article
        changed since; None without one (or without a folder)."""
        return kept_timeline(self._disk, events_path, data) if self._disk is not None else None

    def keep_timeline(self, timeline: Timeline, digests: dict[str, str]) -> None:
        """Keep `timeline` on disk (built from the articles whose content digests are given by name) at the
        next `finish`."""
        if self._disk is not None:
            self._to_keep = (timeline, digests)

    def finish(self) -> None:
        """Write what the last build left to write: its timeline (half a second at 10,000 articles, which the
        window spends after showing it)."""
        to_keep, self._to_keep = self._to_keep, None
        if to_keep is not None and self._disk is not None:
            keep_timeline(self._disk, *to_keep)

    def retain(self, paths: set[Path]) -> None:
        """Forget the articles that are no longer in the folder."""
        self._entries = {k: v for k, v in self._entries.items() if v.path in paths}

    def _people_key(self, people: Mapping[str, tuple[str, ...]]) -> str:
        """`people` as a key, computed once per mapping."""
        if self._people is None or self._people[0] is not people:
            self._people = (people, digest_of(sorted(people.items())))
        return self._people[1]


def _extract_mentions(article: Article, published: dt.date | None, people: Mapping[str, tuple[str, ...]],
                      countries: tuple[str, str]) -> list[Mention]:
    """The event mentions of an article."""
    # Imported here: a launch that finds every article in the disk cache never compiles the extraction's patterns.
    from timeline_app.model.extraction.mentions import extract_mentions

    return extract_mentions(article, published or article.stated_date, people, countries)


# The caches `build_timeline` uses when given none: one per process and cache folder, so that every reload
# of an events file (the app's, on the worker thread) reuses what the last build extracted.
_SHARED_CACHES: dict[Path | None, ExtractionCache] = {}


def shared_cache(folder: Path | None = None) -> ExtractionCache:
    """The process's cache kept in `folder` (None: in memory only)."""
    cache = _SHARED_CACHES.get(folder)
    if cache is None:
        cache = _SHARED_CACHES[folder] = ExtractionCache(folder)
    return cache


def build_timeline(events_path: Path, cache: ExtractionCache | None = None, *, finish: bool = True,
                   kept: bool = True) -> Timeline:
    """The whole timeline for `events_path`: curated entries merged over the events the articles report.

    Without `cache`, the process's shared cache serves. A cache with a folder gives the timeline kept there
    when no file changed (unless not `kept`: the caller has just looked), and keeps the new one otherwise:
    at once, or at the cache's `finish` when not `finish`ed here (the window does it once the timeline is on
    screen)."""
    cache = cache if cache is not None else shared_cache()
    # A build makes many objects and few cycles: with the collector paused (for the whole process), it runs
    # at the first allocation after the build instead of every few hundred objects over a cache it keeps
    # finding alive.
    with collector_paused():
        try:
            data = events_path.read_bytes()
        except (OSError, ValueError):
            return build_from_dataset(load_dataset(events_path), cache)  # which says why it cannot be read
        timeline = cache.kept_timeline(events_path, data) if kept else None
        if timeline is not None:
            return timeline
        digests: dict[str, str] = {}
        timeline = build_from_dataset(dataset_from_bytes(data, events_path), cache, digests)
        cache.keep_timeline(timeline, digests)
    if finish:
        cache.finish()
    return timeline


def build_from_dataset(dataset: Dataset, cache: ExtractionCache | None = None,
                       digests: dict[str, str] | None = None) -> Timeline:
    """The timeline for an already loaded events.yaml (with the shared cache when given none); `digests`
    gets the content digest of each article read, by name."""
    cache = cache if cache is not None else shared_cache()
    if not dataset.readable:
        # Nothing half-read is used: no articles folder is known, so no article is read either.
        return Timeline(title=dataset.title, problems=list(dataset.problems), events_file=dataset.path,
                        events_file_readable=False)
    problems: list[Problem] = list(dataset.problems)
    extracted: dict[str, _Extracted] = {}
    infos: dict[str, ArticleInfo] = {}
    files = [dataset.articles_dir / name for name in dataset.article_names or ()]
    for path in files:
        meta = dataset.sources.get(path.name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem.error(path, 1, 1, f"cannot read the article: {exc.strerror or exc}"))
            continue
        published = meta.published if meta is not None else None
        content = content_digest(data)
        if digests is not None:
            digests[path.name] = content
        item = extracted[path.name] = cache.extract(path, data, published, dataset.people, dataset.countries,
                                                    content)
        problems.extend(item.problems)
        infos[path.name] = ArticleInfo(
            outlet=meta.outlet if meta else None,
            published=published or item.stated_date,
            title=(meta.title if meta and meta.title else item.title),
            text=item.text,
        )
        problems.extend(_undated_problems(item, dataset))
    cache.retain(set(files))
    events = cache.merge(list(extracted.values()), infos, tuple(dataset.people))
    articles = _Articles(extracted)
    folded = {name: item.folded for name, item in extracted.items()}
    events, curation_problems = apply_curation(events, dataset.entries, articles, infos, dataset.path, folded)
    problems.extend(curation_problems)
    problems.extend(check_quotes(dataset, {name: item.text for name, item in extracted.items()}, folded))
    events.sort(key=lambda e: e.sort_key())
    return Timeline(
        title=dataset.title,
        events=events,
        problems=sorted(problems, key=lambda p: (str(p.file), p.line, p.column)),
        articles={name: ArticleText(name, item.path, item.text, infos[name].title, infos[name].outlet)
                  for name, item in extracted.items()},
        events_file=dataset.path,
        articles_dir=dataset.articles_dir,
        events_data=dataset.data,
        skipped_entries=dataset.skipped_entries,
        countries=dataset.countries,
    )


class _Articles(Mapping[str, Article]):
    """The articles by name, each split into sentences only when asked for (curation asks for the few that
    its quotes cite)."""

    def __init__(self, extracted: dict[str, _Extracted]) -> None:
        self._extracted = extracted

    def __getitem__(self, name: str) -> Article:
        return self._extracted[name].article

    def __iter__(self) -> Iterator[str]:
        return iter(self._extracted)

    def __len__(self) -> int:
        return len(self._extracted)


def _undated_problems(item: _Extracted, dataset: Dataset) -> list[Problem]:
    """A warning for an article whose events cannot be dated for want of its publication date."""
    if item.needing is None:
        return []
    start, end, count = item.needing
    line, column = line_and_column(item.text, start)
    more = f" and {count - 1} more" if count > 1 else ""
    return [Problem.warning(
        item.path, line, column,
        f"cannot date '{item.text[start:end]}'{more}: the article states no publication date; add `published:` "
        f"for {item.path.name} under `sources:` in {dataset.path.name}",
    )]
