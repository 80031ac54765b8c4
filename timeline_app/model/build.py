"""Builds the timeline from an events.yaml file and the articles it names."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from timeline_app.model.articles import Article, Sentence, fold_spaces, is_article_file, read_article
from timeline_app.model.curation import apply_curation
from timeline_app.model.dataset import Dataset, check_quotes, load_dataset
from timeline_app.model.disk_cache import DiskCache, digest_of, extractor_version
from timeline_app.model.events import Event
from timeline_app.model.extraction import Mention, extract_mentions
from timeline_app.model.merging import ArticleInfo, merge_mentions
from timeline_app.model.problems import Problem, decode_utf8, line_and_column
from timeline_app.model.quotes import FoldedText
from timeline_app.model.timeline import ArticleText, Timeline
from timeline_app.model.yaml_source import collector_paused


@dataclass(frozen=True, slots=True)
class _Extracted:
    article: Article
    mentions: list[Mention]
    folded: FoldedText
    key: str  # of the article's content, name, publication date, people and the extractor's version


@dataclass(frozen=True, slots=True)
class _StoredArticle:
    """What the disk cache keeps of an extracted article: all but its text, which is read from the file."""

    title: str | None
    stated_date: dt.date | None
    dateline: str | None
    paragraphs: list[tuple[int, int]]
    sentences: list[Sentence]
    problems: list[Problem]
    mentions: list[Mention]


class ExtractionCache:
    """Extraction results keyed by article content, name, publication date and people, so that a reload
    after an edit of events.yaml never reads an unchanged article twice; also the merge of the last build's
    mentions, reused while no article, publication date or people changed.

    With a `folder`, both are also kept on disk (see `disk_cache`), so that the next launch extracts
    only the articles that changed, and merges again only when one did."""

    def __init__(self, folder: Path | None = None, version: str | None = None) -> None:
        self._entries: dict[str, _Extracted] = {}
        self._people: tuple[Mapping[str, tuple[str, ...]], str] | None = None
        self._merged: tuple[str, list[Event]] | None = None
        self._version = version or extractor_version()
        self._disk = DiskCache(folder, self._version) if folder is not None else None
        self.misses = 0  # articles extracted (not found in memory nor on disk)

    def extract(self, path: Path, data: bytes, published: dt.date | None,
                people: Mapping[str, tuple[str, ...]]) -> _Extracted:
        """The article at `path` read from `data`, and its mentions; computed once per distinct input."""
        key = digest_of(self._version, path.name, hashlib.blake2b(data, digest_size=16).hexdigest(),
                        published, self._people_key(people))
        cached = self._entries.get(key)
        if cached is not None and cached.article.path == path:
            return cached
        result = self._load(key, path, data)
        if result is None:
            self.misses += 1
            article = read_article(path, data)
            mentions = extract_mentions(article, published or article.stated_date, people)
            result = _Extracted(article, mentions, FoldedText(article.text), key)
            if self._disk is not None:
                self._disk.save("article", key, _StoredArticle(
                    article.title, article.stated_date, article.dateline, article.paragraphs,
                    article.sentences, article.problems, mentions))
        self._entries[key] = result
        return result

    def _load(self, key: str, path: Path, data: bytes) -> _Extracted | None:
        """The extraction kept on disk for `key`, with the article's text from `data`; None when absent."""
        stored = self._disk.load("article", key) if self._disk is not None else None
        if not isinstance(stored, _StoredArticle):
            return None
        text = decode_utf8(data)
        if not isinstance(text, str):
            return None  # stored for bytes that decode: not these
        article = Article(path.name, path, text, fold_spaces(text), stored.title, stored.stated_date,
                          stored.dateline, stored.paragraphs, stored.sentences,
                          [replace(problem, file=path) for problem in stored.problems])
        return _Extracted(article, stored.mentions, FoldedText(text), key)

    def merge(self, extracted: Sequence[_Extracted], infos: dict[str, ArticleInfo]) -> list[Event]:
        """The events the mentions of `extracted` make, merged; fresh copies of the last merge (in memory or
        on disk) when its articles and their infos are the same (the caller may change the events it gets)."""
        key = digest_of(self._version, [item.key for item in extracted],
                        [(name, info.outlet, info.published, info.title) for name, info in infos.items()])
        if self._merged is None or self._merged[0] != key:
            events = self._disk.load("merged", key) if self._disk is not None else None
            if not (isinstance(events, list) and all(isinstance(event, Event) for event in events)):
                mentions = [mention for item in extracted for mention in item.mentions]
                events = merge_mentions(mentions, infos)
                if self._disk is not None:
                    self._disk.save("merged", key, events)
                    self._disk.keep_newest("merged")
            self._merged = (key, events)
        return [replace(event, sources=list(event.sources), conflicts=list(event.conflicts))
                for event in self._merged[1]]

    def retain(self, paths: set[Path]) -> None:
        """Forget the articles that are no longer in the folder."""
        self._entries = {k: v for k, v in self._entries.items() if v.article.path in paths}

    def _people_key(self, people: Mapping[str, tuple[str, ...]]) -> str:
        """`people` as a key, computed once per mapping."""
        if self._people is None or self._people[0] is not people:
            self._people = (people, repr(sorted(people.items())))
        return self._people[1]


# The caches `build_timeline` uses when given none: one per process and cache folder, so that every reload
# of an events file (the app's, on the worker thread) reuses what the last build extracted.
_SHARED_CACHES: dict[Path | None, ExtractionCache] = {}


def shared_cache(folder: Path | None = None) -> ExtractionCache:
    """The process's cache kept in `folder` (None: in memory only)."""
    cache = _SHARED_CACHES.get(folder)
    if cache is None:
        cache = _SHARED_CACHES[folder] = ExtractionCache(folder)
    return cache


def article_files(folder: Path) -> list[Path]:
    """The article files of a folder, by name: visible files with a text suffix."""
    try:
        return sorted(p for p in folder.iterdir() if is_article_file(p))
    except OSError:
        return []


def build_timeline(events_path: Path, cache: ExtractionCache | None = None) -> Timeline:
    """The whole timeline for `events_path`: curated entries merged over the events the articles report.

    Without `cache`, the process's shared cache serves."""
    # A build makes many objects and few cycles: with the collector paused (for the whole process), it runs
    # at the first allocation after the build instead of every few hundred objects over a cache it keeps
    # finding alive.
    with collector_paused():
        dataset = load_dataset(events_path)
        return build_from_dataset(dataset, cache)


def build_from_dataset(dataset: Dataset, cache: ExtractionCache | None = None) -> Timeline:
    """The timeline for an already loaded events.yaml (with the shared cache when given none)."""
    cache = cache if cache is not None else shared_cache()
    if not dataset.readable:
        # Nothing half-read is used: no articles folder is known, so no article is read either.
        return Timeline(title=dataset.title, problems=list(dataset.problems), events_file=dataset.path,
                        events_file_readable=False)
    problems: list[Problem] = list(dataset.problems)
    articles: dict[str, Article] = {}
    folded: dict[str, FoldedText] = {}
    infos: dict[str, ArticleInfo] = {}
    extracted_articles: list[_Extracted] = []
    files = article_files(dataset.articles_dir) if dataset.articles_dir.is_dir() else []
    for path in files:
        meta = dataset.sources.get(path.name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            problems.append(Problem.error(path, 1, 1, f"cannot read the article: {exc.strerror or exc}"))
            continue
        published = meta.published if meta is not None else None
        extracted = cache.extract(path, data, published, dataset.people)
        article = extracted.article
        problems.extend(article.problems)
        articles[path.name] = article
        folded[path.name] = extracted.folded
        infos[path.name] = ArticleInfo(
            outlet=meta.outlet if meta else None,
            published=published or article.stated_date,
            title=(meta.title if meta and meta.title else article.title),
            text=article.text,
        )
        extracted_articles.append(extracted)
        problems.extend(_undated_problems(article, extracted.mentions, dataset))
    cache.retain(set(files))
    events = cache.merge(extracted_articles, infos)
    events, curation_problems = apply_curation(events, dataset.entries, articles, infos, dataset.path, folded)
    problems.extend(curation_problems)
    problems.extend(check_quotes(dataset, {name: a.text for name, a in articles.items()}, folded))
    events.sort(key=lambda e: e.sort_key())
    return Timeline(
        title=dataset.title,
        events=events,
        problems=sorted(problems, key=lambda p: (str(p.file), p.line, p.column)),
        articles={name: ArticleText(name, a.path, a.text, infos[name].title, infos[name].outlet)
                  for name, a in articles.items()},
        events_file=dataset.path,
        articles_dir=dataset.articles_dir,
    )


def _undated_problems(article: Article, mentions: list[Mention], dataset: Dataset) -> list[Problem]:
    """A warning for an article whose events cannot be dated for want of its publication date."""
    needing = [m for m in mentions if m.needs_anchor]
    if not needing:
        return []
    first = needing[0].highlights[-1]
    line, column = line_and_column(article.text, first.start)
    phrase = article.text[first.start : first.end]
    more = f" and {len(needing) - 1} more" if len(needing) > 1 else ""
    return [Problem.warning(
        article.path, line, column,
        f"cannot date '{phrase}'{more}: the article states no publication date; add `published:` for "
        f"{article.name} under `sources:` in {dataset.path.name}",
    )]
