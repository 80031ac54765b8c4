"""Reads events.yaml: the curated entries of a data set and what a curator knows of its articles.

The file is a mapping; every key is optional:

    title:    the window title (default "Timeline").
    articles: the folder of article files, relative to events.yaml. When left out,
              resources/articles next to events.yaml (a warning when that does not exist either).
    sources:  article file name -> {published: YYYY-MM-DD, outlet, title, url} (each optional).
    people:   canonical name -> list of the aliases the articles use (one alias may stand alone).
    events:   a list of entries with the keys id, date, end, kind, title, location,
              participants, status, summary, sources ([{article, quote}]), hide and match
              ({article, quote}: the extracted event whose excerpt of that article holds the quote).
    countries: the two countries whose meetings the articles are read for, by English name or ISO
              code (default [South Korea, Japan]).

Which keys an entry needs:
  * `hide: true` hides the extracted event that `match:` (or `id`) names: it needs nothing else.
  * An entry with `match:` refines the extracted event it names; an `id:` beside it renames the event.
  * An entry without `id` adds an event: it needs `date`, `kind` and `title`.
  * An entry with `id` refines the extracted event of that id, or adds an event with a stable id:
    it needs nothing more. A field left out keeps the extracted event's value, so the merge must
    report an id that matches no extracted event when the entry lacks date, kind or title.
  * A field left out is None (or empty); `CuratedEntry.fields` names the keys written, so that
    "not given" differs from "given empty". `status` None means occurred for a new event and
    unchanged for a refinement.

Values:
  * Dates are YYYY-MM-DD, YYYY-MM or YYYY (YYYY-Www for an ISO week), quoted or not; `end` may
    not end before `date` begins. `published` is a day.
  * Text takes the scalar as written, stripped (`title: 2025` is the text "2025", `yes` is "yes").
  * `kind` is call, summit, ministerial or other; `status` is occurred, planned, expected,
    possible or cancelled; `hide` is true or false.
  * `participants` is a list of names; an empty value is no one.

Problems carry the line and column of the offending key or value. An error inside an entry, a
`sources:` item or a `people:` item skips that item and the rest loads; a warning skips nothing.
A repeated key, source or person is reported and ignored (the first stands); a repeated id skips
the later entry. A file that cannot be read, is not UTF-8 or is not YAML gives exactly one problem
and nothing else (`readable` False). YAML tags are refused: nothing in the file ever runs code.
"""

from __future__ import annotations

import codecs
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from timeline_app.model.dates.fuzzy_date import FuzzyDate
from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES
from timeline_app.model.problems import BadByte, Problem, decode_utf8
from timeline_app.model.reading.quotes import check_quotes, find_quote
from timeline_app.model.reading.yaml_source import Position, collector_paused, compose

__all__ = [
    "ENTRY_KEYS",
    "QUOTE_KEYS",
    "SOURCE_KEYS",
    "TOP_KEYS",
    "CuratedEntry",
    "Dataset",
    "Position",
    "Quote",
    "SourceMeta",
    "check_quotes",
    "dataset_from_bytes",
    "find_quote",
    "load_dataset",
    "parse_dataset",
]

DEFAULT_TITLE = "Timeline"
DEFAULT_ARTICLES = PurePath("resources/articles")
TOP_KEYS = ("title", "articles", "sources", "people", "events", "countries")
SOURCE_KEYS = ("published", "outlet", "title", "url")
ENTRY_KEYS = (
    "id",
    "date",
    "end",
    "kind",
    "title",
    "location",
    "participants",
    "status",
    "summary",
    "sources",
    "hide",
    "match",
)
QUOTE_KEYS = ("article", "quote")


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """What the curator knows of one article file."""

    name: str
    published: dt.date | None
    outlet: str | None
    title: str | None
    url: str | None
    position: Position


@dataclass(frozen=True, slots=True)
class Quote:
    """An entry's citation: words that must appear in an article (`position` is the quote's)."""

    article: str
    quote: str
    position: Position
    article_position: Position | None = None


@dataclass(frozen=True, slots=True)
class CuratedEntry:
    """One item of `events:`, with None for every field it leaves out."""

    id: str | None
    date: FuzzyDate | None
    end: FuzzyDate | None
    kind: Kind | None
    title: str | None
    location: str | None
    participants: tuple[str, ...]
    status: Status | None
    summary: str | None
    quotes: tuple[Quote, ...]
    hide: bool
    position: Position
    fields: frozenset[str]
    # `match: {article, quote}`: the extracted event this entry hides or refines, found by the excerpt of
    # that article that holds the quote (it survives changes to the event's id, title and date).
    match: Quote | None = None

    @property
    def cited(self) -> tuple[Quote, ...]:
        """Every quote the entry makes of an article: its sources' and its `match:`."""
        return self.quotes if self.match is None else (*self.quotes, self.match)


@dataclass(slots=True)
class Dataset:
    """Everything events.yaml says, and every problem found in it."""

    path: Path
    title: str
    articles_dir: Path
    # The article files of `articles_dir` by name, sorted, as listed when the file was read (None: the folder
    # could not be listed, or is none): what the file says is compared, not what the folder holds.
    article_names: tuple[str, ...] | None = field(default=None, compare=False)
    sources: dict[str, SourceMeta] = field(default_factory=dict)
    people: dict[str, tuple[str, ...]] = field(default_factory=dict)
    countries: tuple[str, str] = DEFAULT_COUNTRIES
    entries: list[CuratedEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # False when the file could not be read or parsed at all (missing, YAML syntax error, not UTF-8).
    readable: bool = True
    # The bytes the data set was read from (empty when the file could not be read): what a writer compares
    # with the file on disk to know whether it changed since.
    data: bytes = field(default=b"", compare=False, repr=False)
    skipped_entries: int = 0  # items of `events:` left out for their errors


def load_dataset(path: Path) -> Dataset:
    """The data set described by the file at `path`; never raises, reports problems instead."""
    try:
        data = path.read_bytes()
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return _unreadable(path, Position(1, 1), f"cannot read {path.name}: {reason}")
    return dataset_from_bytes(data, path)


def dataset_from_bytes(data: bytes, path: Path) -> Dataset:
    """The data set described by the bytes `data` of the file at `path` (kept as `Dataset.data`)."""
    text = decode_utf8(data.removeprefix(codecs.BOM_UTF8))
    if isinstance(text, BadByte):
        message = f"not UTF-8 text: the byte 0x{text.byte:02X} cannot be decoded; save the file as UTF-8"
        return _unreadable(path, Position(text.line, text.column), message)
    dataset = parse_dataset(text, path)
    dataset.data = data
    return dataset


def parse_dataset(text: str, path: Path) -> Dataset:
    """The data set described by `text`, read as if from `path` (for messages and relative folders)."""
    with collector_paused():
        composed = compose(text.removeprefix("\ufeff"))
        if composed.fault is not None:
            return _unreadable(path, composed.fault.position, composed.fault.message)
        # Imported here: the reader builds this module's types, so it imports this module.
        from timeline_app.model.reading.dataset_reader import Reader

        return Reader(path).read(composed.root)


def _unreadable(path: Path, where: Position, message: str) -> Dataset:
    """A data set with nothing in it but the one problem that stopped the file being read."""
    problem = Problem.error(path, where.line, where.column, message)
    return Dataset(path, DEFAULT_TITLE, path.parent / DEFAULT_ARTICLES, problems=[problem], readable=False)
