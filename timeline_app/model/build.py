"""Builds the timeline from an events.yaml file and the articles it names."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from timeline_app.model.articles import Article, is_article_file, read_article
from timeline_app.model.curation import apply_curation
from timeline_app.model.dataset import Dataset, check_quotes, load_dataset
from timeline_app.model.events import Event
from timeline_app.model.extraction import Mention, extract_mentions
from timeline_app.model.merging import ArticleInfo, merge_mentions
from timeline_app.model.places import DEFAULT_COUNTRIES
from timeline_app.model.problems import Problem, line_and_column
from timeline_app.model.quotes import FoldedText
from timeline_app.model.timeline import ArticleText, Timeline
from timeline_app.model.yaml_source import collector_paused


@dataclass(frozen=True, slots=True)
class _Extracted:
    article: Article
    mentions: list[Mention]
    folded: FoldedText


class ExtractionCache:
    """Extraction results keyed by article content, publication date and people, so that a reload after an
    edit of events.yaml never reads an unchanged article twice; also the merge of the last build's
    mentions, reused while no article, publication date or people changed."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str, dt.date | None, str, tuple[str, str]], _Extracted] = {}
        self._people: tuple[Mapping[str, tuple[str, ...]], str] | None = None
        # The last merge: its articles, their infos, its events and the people's order its titles follow.
        self._merged: tuple[tuple[_Extracted, ...], dict[str, ArticleInfo], list[Event], tuple[str, ...]] | None
        self._merged = None
        self.misses = 0

    def extract(self, path: Path, data: bytes, published: dt.date | None,
                people: Mapping[str, tuple[str, ...]], countries: tuple[str, str] = DEFAULT_COUNTRIES) -> _Extracted:
        """The article at `path` read from `data`, and its mentions; computed once per distinct input."""
        key = (path.name, hashlib.blake2b(data, digest_size=16).hexdigest(), published, self._people_key(people),
               countries)
        cached = self._entries.get(key)
        if cached is not None and cached.article.path == path:
            return cached
        self.misses += 1
        article = read_article(path, data)
        mentions = extract_mentions(article, published or article.stated_date, people, countries)
        result = _Extracted(article, mentions, FoldedText(article.text))
        self._entries[key] = result
        return result

    def merge(self, extracted: Sequence[_Extracted], infos: dict[str, ArticleInfo],
              people_order: tuple[str, ...] = ()) -> list[Event]:
        """The events the mentions of `extracted` make, merged (titles naming people in `people_order`);
        fresh copies of the last merge when its articles, their infos and the order are the same (the caller
        may change the events it gets)."""
        last = self._merged
        if (
            last is None
            or len(last[0]) != len(extracted)
            or any(a is not b for a, b in zip(last[0], extracted))
            or last[1] != infos
            or last[3] != people_order
        ):
            mentions = [mention for item in extracted for mention in item.mentions]
            merged = merge_mentions(mentions, infos, people_order)
            last = self._merged = (tuple(extracted), dict(infos), merged, people_order)
        return [replace(event, sources=list(event.sources), conflicts=list(event.conflicts)) for event in last[2]]

    def retain(self, paths: set[Path]) -> None:
        """Forget the articles that are no longer in the folder."""
        self._entries = {k: v for k, v in self._entries.items() if v.article.path in paths}

    def _people_key(self, people: Mapping[str, tuple[str, ...]]) -> str:
        """`people` as a key, computed once per mapping."""
        if self._people is None or self._people[0] is not people:
            self._people = (people, repr(sorted(people.items())))
        return self._people[1]


# The cache `build_timeline` uses when given none: one per process, so that every reload of an events file
# (the app's, on the worker thread) reuses what the last build extracted.
_SHARED_CACHE = ExtractionCache()


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
    cache = cache if cache is not None else _SHARED_CACHE
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
        extracted = cache.extract(path, data, published, dataset.people, dataset.countries)
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
    events = cache.merge(extracted_articles, infos, tuple(dataset.people))
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
        events_data=dataset.data,
        skipped_entries=dataset.skipped_entries,
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
