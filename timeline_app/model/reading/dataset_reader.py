"""Reads the composed nodes of events.yaml into a Dataset: what each key may hold, and each problem found.

The rules it applies are those described in `timeline_app.model.reading.dataset`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePath
from typing import TypeVar

from timeline_app.model.dates.fuzzy_date import FuzzyDate, NotOnCalendar, Precision
from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.places import gazetteer
from timeline_app.model.problems import Problem
from timeline_app.model.reading.dataset import (
    DEFAULT_ARTICLES,
    DEFAULT_TITLE,
    ENTRY_KEYS,
    QUOTE_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
    CuratedEntry,
    Dataset,
    Quote,
    SourceMeta,
)
from timeline_app.model.reading.listing import article_names
from timeline_app.model.reading.suggest import closest, did_you_mean
from timeline_app.model.reading.yaml_source import (
    Mapping,
    Node,
    Position,
    Scalar,
    Sequence,
    describe,
    foreign_tag,
    is_null,
    shorten,
)

__all__ = ["Reader"]

_NEEDED_WITHOUT_ID = ("date", "kind", "title")
_TRUE = frozenset(("true", "yes", "on"))
_FALSE = frozenset(("false", "no", "off"))
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_KINDS = {kind.value: kind for kind in Kind}
_STATUSES = {status.value: status for status in Status}
# Key names that need no checking: the hot path of a large file.
_KEY_NAMES = frozenset((*TOP_KEYS, *SOURCE_KEYS, *ENTRY_KEYS, *QUOTE_KEYS))

_T = TypeVar("_T")
_E = TypeVar("_E", bound=enum.Enum)
_C = TypeVar("_C", Mapping, Sequence)


def _is_dir(path: Path) -> bool:
    """Whether `path` is a folder; False for any path the system cannot look at."""
    try:
        return path.is_dir()
    except (OSError, ValueError):
        return False


def _exists(path: Path) -> bool:
    """Whether anything is at `path`; False for any path the system cannot look at."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _folder_names(folder: Path) -> list[str]:
    """The names of the folders in `folder` (none when it cannot be listed)."""
    try:
        return [p.name for p in folder.iterdir() if p.is_dir()]
    except (OSError, ValueError):
        return []


def _file_name_problem(name: str) -> str | None:
    """Why `name` cannot be the name of a file in the articles folder, if it cannot."""
    if "/" in name or "\\" in name:
        return f"expected an article file name, found the path '{shorten(name)}'"
    if name in (".", "..") or _CONTROL.search(name):
        return f"expected an article file name, found {name!r}"
    return None


class Reader:
    """Turns the composed nodes of events.yaml into a Dataset, collecting problems on the way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.failures = 0
        self.memo: dict[int, tuple[object, bool]] = {}

    def error(self, where: Position, message: str) -> None:
        """Records an error; items count errors to know whether to skip themselves."""
        self.problems.append(Problem.error(self.path, where.line, where.column, message))
        self.failures += 1

    def warning(self, where: Position, message: str) -> None:
        """Records a warning."""
        self.problems.append(Problem.warning(self.path, where.line, where.column, message))

    def read(self, root: Node | None) -> Dataset:
        """The data set in the document `root` (None for an empty document)."""
        dataset = Dataset(self.path, DEFAULT_TITLE, self.path.parent / DEFAULT_ARTICLES)
        expected = f"expected a mapping with the keys {', '.join(TOP_KEYS)}"
        if root is None:
            self.error(Position(1, 1), f"{expected}, found an empty document")
        elif self.tag_ok(root) and not isinstance(root, Mapping):
            self.error(root.position, f"{expected}, found {describe(root)}")
        elif isinstance(root, Mapping):
            self.read_top(root, dataset)
        dataset.problems = _in_order(self.problems)
        return dataset

    def read_top(self, root: Mapping, dataset: Dataset) -> None:
        """Fills `dataset` from the keys of the top-level mapping."""
        fields = self.fields(root, TOP_KEYS)
        if "title" in fields:
            dataset.title = self.text(fields["title"][1], "a title", "for 'title'") or DEFAULT_TITLE
        listing: tuple[str, ...] | None = None
        if "articles" in fields:
            dataset.articles_dir, listing = self.articles(fields["articles"][1], dataset.articles_dir)
        elif _is_dir(dataset.articles_dir):
            listing = article_names(dataset.articles_dir)
        else:
            message = (
                f"no 'articles:' key and no {DEFAULT_ARTICLES} folder next to {self.path.name}: "
                "expected 'articles:' with the folder of the articles"
            )
            self.warning(Position(1, 1), message)
        # An 'articles:' that is no folder name leaves the default folder: its articles are read, but the
        # sources are not checked against them.
        dataset.article_names = listing if listing is not None or "articles" not in fields else (
            article_names(dataset.articles_dir))
        if "sources" in fields:
            dataset.sources = self.sources(fields["sources"][1], frozenset(listing) if listing is not None else None)
        if "people" in fields:
            dataset.people = self.people(fields["people"][1])
        if "events" in fields:
            dataset.entries = self.entries(fields["events"][1])
            items = fields["events"][1]
            dataset.skipped_entries = len(items.items) - len(dataset.entries) if isinstance(items, Sequence) else 0
        if "countries" in fields:
            dataset.countries = self.countries(fields["countries"][1]) or dataset.countries

    def tag_ok(self, node: Node) -> bool:
        """False (with an error) when the node carries a tag other than plain YAML's."""
        if node.tag is None:
            return True
        tag = foreign_tag(node)
        if tag is None:
            return True
        self.error(node.position, f"unsupported YAML tag '{tag}': expected a value without a tag")
        return False

    def key_name(self, key: Node) -> str | None:
        """The text of a mapping key, or None (with an error) when it cannot be a key name."""
        if type(key) is Scalar and key.tag is None and key.text in _KEY_NAMES:
            return key.text
        if not self.tag_ok(key):
            return None
        if not isinstance(key, Scalar) or is_null(key) or not key.text.strip():
            found = "an empty value" if isinstance(key, Scalar) else describe(key)
            self.error(key.position, f"expected a key name, found {found}")
            return None
        if key.plain and key.text == "<<":
            self.error(key.position, "merge keys ('<<') are not supported: write the keys out in full")
            return None
        return key.text.strip()

    def fields(self, node: Mapping, allowed: tuple[str, ...]) -> dict[str, tuple[Node, Node]]:
        """The known keys of `node` with their key and value nodes; errors for unknown and repeated keys."""
        return {name: (key, value) for name, key, value in self.unique_keys(node, allowed)}

    def unique_keys(
        self, node: Mapping, allowed: tuple[str, ...] | None = None
    ) -> Iterator[tuple[str, Node, Node]]:
        """Each key name of `node` (of `allowed`, when given) with its key and value nodes; errors for bad,
        unknown and repeated keys."""
        lines: dict[str, int] = {}
        for key, value in node.pairs:
            name = self.key_name(key)
            if name is None:
                continue
            if allowed is not None and name not in allowed:
                hint = did_you_mean(name, allowed)
                self.error(key.position, f"unknown key '{name}': expected one of {', '.join(allowed)}{hint}")
            elif name in lines:
                self.error(key.position, f"duplicate key '{name}': already given on line {lines[name]}")
            else:
                lines[name] = key.line
                yield name, key, value

    def container(self, node: Node, kind: type[_C], expected: str) -> _C | None:
        """`node` when it is a `kind`; None when it is empty or, with an error, anything else."""
        if not self.tag_ok(node) or is_null(node):
            return None
        if not isinstance(node, kind):
            self.error(node.position, f"{expected}, found {describe(node)}")
            return None
        return node

    def memoized(self, node: Node, read: Callable[[Node], _T]) -> _T:
        """`read(node)`, once per node: an alias repeats a node, not its problems."""
        known = self.memo.get(id(node))
        if known is not None:
            value, failed = known
            self.failures += failed
            return value  # type: ignore[return-value]
        before = self.failures
        result = read(node)
        self.memo[id(node)] = (result, self.failures > before)
        return result

    def text(self, node: Node, expected: str, context: str) -> str | None:
        """The stripped text of a scalar, or None (with an error) for anything else or nothing."""
        if not self.tag_ok(node):
            return None
        if isinstance(node, Scalar) and not is_null(node):
            text = node.text.strip()
            if text:
                return text
        found = "an empty value" if isinstance(node, Scalar) else describe(node)
        self.error(node.position, f"expected {expected} {context}, found {found}")
        return None

    def flag(self, node: Node, key: str) -> bool | None:
        """true or false (also yes/no, on/off), or None with an error."""
        if not self.tag_ok(node):
            return None
        if isinstance(node, Scalar):
            word = node.text.strip().lower()
            if word in _TRUE or word in _FALSE:
                return word in _TRUE
        self.error(node.position, f"expected true or false for '{key}', found {describe(node)}")
        return None

    def date(self, node: Node, key: str, *, day_only: bool = False) -> FuzzyDate | None:
        """The date written in `node`, or None with an error saying what is wrong with it."""
        if not self.tag_ok(node):
            return None
        expected = "a day as YYYY-MM-DD" if day_only else "a date as YYYY-MM-DD, YYYY-MM or YYYY"
        try:
            value = FuzzyDate.parse_iso(node.text.strip()) if isinstance(node, Scalar) else None
        except NotOnCalendar as exc:
            self.error(node.position, f"{exc.text} is not a date on the calendar: {exc.reason}")
            return None
        except ValueError:
            value = None
        if value is None or day_only and value.precision is not Precision.DAY:
            self.error(node.position, f"expected {expected} for '{key}', found {describe(node)}")
            return None
        return value

    def choice(self, node: Node, key: str, by_value: dict[str, _E]) -> _E | None:
        """The member named by `node` (`by_value` maps names to members), or None with an error."""
        if not self.tag_ok(node):
            return None
        listed = ", ".join(by_value)
        if not isinstance(node, Scalar) or is_null(node):
            self.error(node.position, f"expected one of {listed} for '{key}', found {describe(node)}")
            return None
        word = node.text.strip()
        if word in by_value:
            return by_value[word]
        self.error(
            node.position, f"unknown {key} '{word}': expected one of {listed}{did_you_mean(word, by_value)}"
        )
        return None

    def names(self, node: Node, key: str, *, single: bool) -> tuple[str, ...] | None:
        """A list of names (or, when `single`, one name alone); nothing is no names."""
        if not self.tag_ok(node):
            return None
        if is_null(node):
            return ()
        if single and isinstance(node, Scalar):
            name = self.text(node, "a name", f"for '{key}'")
            return None if name is None else (name,)
        if not isinstance(node, Sequence):
            self.error(node.position, f"expected a list of names for '{key}', found {describe(node)}")
            return None
        names = [self.text(item, "a name", f"in '{key}'") for item in node.items]
        if None in names:
            return None
        return tuple(dict.fromkeys(name for name in names if name is not None))

    def articles(self, node: Node, default: Path) -> tuple[Path, tuple[str, ...] | None]:
        """The articles folder named by `node` and its files (None when it cannot be listed)."""
        written = self.text(node, "a folder", "for 'articles'")
        if written is None:
            return default, None
        folder = self.path.parent / written
        if _is_dir(folder):
            return folder, article_names(folder)
        if _exists(folder):
            self.error(node.position, f"articles folder '{written}' is not a folder")
            return folder, None
        parent = PurePath(written).parent
        near = closest(PurePath(written).name, _folder_names(self.path.parent / parent))
        hint = f"; did you mean '{(parent / near).as_posix()}'?" if near is not None else ""
        self.error(
            node.position, f"articles folder '{written}' does not exist (relative to {self.path.name}){hint}"
        )
        return folder, None

    def sources(self, node: Node, listing: frozenset[str] | None) -> dict[str, SourceMeta]:
        """What `sources:` says of each article; a bad item is skipped."""
        mapping = self.container(
            node, Mapping, "expected a mapping of article file names to their details for 'sources'"
        )
        if mapping is None:
            return {}
        result: dict[str, SourceMeta] = {}
        for name, key, value in self.unique_keys(mapping):
            before = self.failures
            meta = self.source_meta(name, key.position, value)
            problem = _file_name_problem(name)
            if problem is not None:
                self.error(key.position, problem)
            if meta is None or self.failures > before:
                continue
            if listing is not None and name not in listing:
                self.warning(
                    key.position, f"no article '{name}' in the articles folder{did_you_mean(name, listing)}"
                )
            result[name] = meta
        return result

    def source_meta(self, name: str, where: Position, node: Node) -> SourceMeta | None:
        """The details of one article; None when they are not a mapping."""
        if not self.tag_ok(node):
            return None
        if is_null(node):
            return SourceMeta(name, None, None, None, None, where)
        if not isinstance(node, Mapping):
            expected = f"expected a mapping of {', '.join(SOURCE_KEYS)} for '{name}'"
            self.error(node.position, f"{expected}, found {describe(node)}")
            return None
        fields = self.fields(node, SOURCE_KEYS)
        published = None
        if "published" in fields:
            day = self.date(fields["published"][1], "published", day_only=True)
            published = day.start if day is not None else None
        texts = {
            key: self.text(fields[key][1], what, f"for '{key}'") if key in fields else None
            for key, what in (("outlet", "an outlet"), ("title", "a title"), ("url", "an address"))
        }
        return SourceMeta(name, published, texts["outlet"], texts["title"], texts["url"], where)

    def people(self, node: Node) -> dict[str, tuple[str, ...]]:
        """Canonical names and their aliases; a person whose name or alias is bad or taken is skipped."""
        mapping = self.container(node, Mapping, "expected a mapping of names to aliases for 'people'")
        if mapping is None:
            return {}
        result: dict[str, tuple[str, ...]] = {}
        owners: dict[str, tuple[str, int]] = {}
        for name, key, value in self.unique_keys(mapping):
            before = self.failures
            aliases = self.names(value, name, single=True)
            if aliases is None:
                continue
            alias_nodes = value.items if isinstance(value, Sequence) else [value]
            for alias, where in ((name, key.position), *zip(aliases, (n.position for n in alias_nodes))):
                owner = owners.get(alias)
                if owner is not None and owner[0] != name:
                    message = (
                        f"'{alias}' already names '{owner[0]}' (line {owner[1]}): a name must name one person"
                    )
                    self.error(where, message)
            if self.failures > before:
                continue
            for alias in (name, *aliases):
                owners.setdefault(alias, (name, key.line))
            result[name] = tuple(alias for alias in aliases if alias != name)
        return result

    def countries(self, node: Node) -> tuple[str, str] | None:
        """The two countries of `countries:` (their English names), or None with an error: the default
        pair then stands."""
        expected = "expected a list of two countries for 'countries'"
        sequence = self.container(node, Sequence, expected)
        if sequence is None:
            if is_null(node):
                self.error(node.position, f"{expected}, found an empty value")
            return None
        if len(sequence.items) != 2:
            self.error(node.position, f"{expected}, found {len(sequence.items)}")
            return None
        names: list[str] = []
        for item in sequence.items:
            written = self.text(item, "a country's name", "in 'countries'")
            if written is None:
                continue
            country = gazetteer().country(written)
            if country is None:
                hint = did_you_mean(written, gazetteer().country_names())
                self.error(item.position, f"unknown country '{written}': expected a country's English name or "
                                          f"ISO code{hint}")
            elif country.name in names:
                self.error(item.position, f"'{written}' is given twice: expected two different countries")
            else:
                names.append(country.name)
        return (names[0], names[1]) if len(names) == 2 else None

    def entries(self, node: Node) -> list[CuratedEntry]:
        """The entries of `events:`; a bad entry is skipped."""
        sequence = self.container(node, Sequence, "expected a list of events for 'events'")
        if sequence is None:
            return []
        ids: dict[str, int] = {}
        result = []
        for item in sequence.items:
            entry = self.entry(item, ids)
            if entry is not None:
                result.append(entry)
        return result

    def entry(self, node: Node, ids: dict[str, int]) -> CuratedEntry | None:
        """One entry, or None (with its problems) when anything in it is wrong."""
        before = self.failures
        if not self.tag_ok(node):
            return None
        if not isinstance(node, Mapping):
            expected = "expected an event (a mapping with date, kind, title, ...) in 'events'"
            self.error(node.position, f"{expected}, found {describe(node)}")
            return None
        fields = self.fields(node, ENTRY_KEYS)
        values = {name: value for name, (_, value) in fields.items()}

        def text(key: str, what: str) -> str | None:
            return self.text(values[key], what, f"for '{key}'") if key in values else None

        entry_id = text("id", "an id")
        hide = self.flag(values["hide"], "hide") if "hide" in values else False
        date = self.date(values["date"], "date") if "date" in values else None
        end = self.date(values["end"], "end") if "end" in values else None
        kind = self.choice(values["kind"], "kind", _KINDS) if "kind" in values else None
        status = self.choice(values["status"], "status", _STATUSES) if "status" in values else None
        title = text("title", "a title")
        location = text("location", "a place")
        summary = text("summary", "a summary")
        participants: tuple[str, ...] | None = ()
        if "participants" in values:
            participants = self.memoized(values["participants"], self.participants)
        quotes: tuple[Quote, ...] | None = ()
        if "sources" in values:
            quotes = self.memoized(values["sources"], self.quotes)
        match = self.memoized(values["match"], self.anchor) if "match" in values else None
        if hide and "id" not in fields and "match" not in fields:
            self.error(
                node.position,
                "missing key 'id': an entry with 'hide: true' needs the id (or the 'match:') of the event it hides",
            )
        elif not hide and "id" not in fields and "match" not in fields:
            for needed in _NEEDED_WITHOUT_ID:
                if needed not in fields:
                    message = (
                        f"missing key '{needed}': an entry without an id needs a date, a kind and a title"
                    )
                    self.error(node.position, message)
        if date is not None and end is not None and end.end < date.start:
            self.error(values["end"].position, f"end {end.iso()} is before date {date.iso()}")
        if entry_id is not None:
            if entry_id in ids:
                message = f"duplicate id '{entry_id}': already used by the entry on line {ids[entry_id]}"
                self.error(values["id"].position, message)
            else:
                ids[entry_id] = node.line
        if self.failures > before or hide is None or participants is None or quotes is None:
            return None
        return CuratedEntry(
            id=entry_id,
            date=date,
            end=end,
            kind=kind,
            title=title,
            location=location,
            participants=participants,
            status=status,
            summary=summary,
            quotes=quotes,
            hide=hide,
            position=node.position,
            fields=frozenset(fields),
            match=match,
        )

    def participants(self, node: Node) -> tuple[str, ...] | None:
        """The names in `participants:`."""
        return self.names(node, "participants", single=False)

    def quotes(self, node: Node) -> tuple[Quote, ...] | None:
        """The citations in an entry's `sources:`, or None when any is wrong."""
        before = self.failures
        sequence = self.container(node, Sequence, "expected a list of sources for 'sources'")
        if sequence is None:
            return () if self.failures == before else None
        quotes = []
        for item in sequence.items:
            quote = self.quote(item, "a source", "'sources'")
            if quote is not None:
                quotes.append(quote)
        return tuple(quotes) if self.failures == before else None

    def anchor(self, node: Node) -> Quote | None:
        """The excerpt `match:` names (an article and a quote), or None with an error."""
        return self.quote(node, "the excerpt of the event", "'match'")

    def quote(self, item: Node, what: str, where: str) -> Quote | None:
        """An {article, quote} mapping, or None (with errors) when it is not one."""
        if not self.tag_ok(item):
            return None
        if not isinstance(item, Mapping):
            expected = f"expected {what} (a mapping with article and quote) in {where}"
            self.error(item.position, f"{expected}, found {describe(item)}")
            return None
        fields = self.fields(item, QUOTE_KEYS)
        for needed in QUOTE_KEYS:
            if needed not in fields:
                self.error(item.position, f"missing key '{needed}': {what} needs an article and a quote")
        if len(fields) < len(QUOTE_KEYS):
            return None
        article_node, quote_node = fields["article"][1], fields["quote"][1]
        article = self.text(article_node, "an article file name", "for 'article'")
        if article is not None and (problem := _file_name_problem(article)) is not None:
            self.error(article_node.position, problem)
        quote = self.text(quote_node, "words from the article", "for 'quote'")
        if article is None or quote is None:
            return None
        return Quote(article, quote, quote_node.position, article_node.position)


def _in_order(problems: list[Problem]) -> list[Problem]:
    """Problems by line and column, each once (an alias may repeat a node, not its problems)."""
    return sorted(dict.fromkeys(problems), key=lambda p: (p.line, p.column))
