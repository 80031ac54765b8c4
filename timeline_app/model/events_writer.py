"""Writes events.yaml safely: adds, replaces and removes entries, hides extracted events, adds `sources:`.

Every byte outside the added or changed entry stays as the user wrote it (comments, blank lines, key
order, quoting, flow lists, CRLF line endings, a BOM): the writer splices lines of text into the file,
rendering only the new entry (ruamel.yaml, in the indentation the file uses), and never re-dumps the file.
Before anything is written the new text is read back with the project's own reader: the entries, people
and sources outside the change must be the same, the changed entry must read without errors, and its
quotes must be in their articles; otherwise nothing is written and `WriteError` says why (FILE:LINE:COL).

A write replaces the file atomically (a temporary file in the same folder, then `os.replace`; the
permissions are kept) and keeps the previous version beside it as `events.yaml~` (BACKUP_SUFFIX).
When the file changed on disk since the app read it (`base`), the change is applied to what is on disk
now; an entry to replace or remove must then still be there as it was, else nothing is written.
Every write returns a `WriteResult` whose `undo()` puts the previous text back when the file is still
what was written, and otherwise applies the inverse change to the file as it is.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import re
import stat
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from timeline_app.model.dataset import ENTRY_KEYS, CuratedEntry, Dataset, SourceMeta, dataset_from_bytes
from timeline_app.model.events import Event, Origin
from timeline_app.model.problems import Problem, Severity, line_and_column
from timeline_app.model.quotes import check_quotes
from timeline_app.model.yaml_source import LIBYAML, Position

__all__ = [
    "BACKUP_SUFFIX",
    "Anchor",
    "EntryDraft",
    "SourceDraft",
    "WriteError",
    "WriteResult",
    "add_entry",
    "add_source",
    "anchor_for",
    "backup_path",
    "check_writable",
    "draft_from_entry",
    "hide_event",
    "refine_event",
    "remove_entry",
    "replace_entry",
]

BACKUP_SUFFIX = "~"
# The order keys are written in: the reader's, with the anchor just after the id.
_KEY_ORDER = ("id", "match", "hide", *(key for key in ENTRY_KEYS if key not in ("id", "hide", "match")))
_ANCHOR_QUOTE_LIMIT = 160
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an extracted event is reported: an article and words of the excerpt that reports it.

    Written as `match: {article: FILE, quote: "..."}`; it finds the event whatever its id, title or date."""

    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class EntryDraft:
    """An entry of `events:` as the writer renders it; None (or empty) leaves a key out.

    Dates, kind and status are text as a user types them: the reader checks them when the result is
    read back, so a bad value is refused with the reader's own message."""

    id: str | None = None
    date: str | None = None
    end: str | None = None
    kind: str | None = None
    title: str | None = None
    location: str | None = None
    participants: tuple[str, ...] = ()
    status: str | None = None
    summary: str | None = None
    sources: tuple[Anchor, ...] = ()
    hide: bool = False
    match: Anchor | None = None


@dataclass(frozen=True, slots=True)
class SourceDraft:
    """What `sources:` says of one article; None leaves a key out."""

    published: dt.date | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None


class WriteError(Exception):
    """Why nothing was written: each problem names the file, line and column."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(problem.format() for problem in problems))
        self.problems = problems

    @classmethod
    def at(cls, path: Path, line: int, column: int, message: str) -> WriteError:
        """One error at path:line:column."""
        return cls([Problem.error(path, line, column, message)])


@dataclass(frozen=True, slots=True)
class WriteResult:
    """A write done: the file's bytes before and after, where the entry now is, and how to undo it."""

    path: Path
    before: bytes
    after: bytes
    # The 1-based line of the added or changed entry (or source) in `after`; None after a removal.
    line: int | None
    # True when the file had changed on disk since `base` and the change was applied to it as it was.
    reapplied: bool
    backup: Path
    _inverse: _Splice = field(repr=False)

    def undo(self) -> WriteResult:
        """Undo this write: the previous bytes when the file is still what was written, else the inverse
        change applied to the file as it is (WriteError when that is no longer possible)."""
        current = _read(self.path)
        if current == self.after:
            return _commit(self.path, current, self.before, None, False, self._inverse.inverse())
        return _apply(self.path, self._inverse, base=None)


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `events.yaml~` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def check_writable(path: Path) -> None:
    """Raises WriteError when `path` is the data set bundled inside the installed program."""
    resolved = path.resolve()
    package = Path(__file__).resolve().parent.parent
    inside_package = resolved.is_relative_to(package)
    installed = any(part in ("site-packages", "dist-packages") for part in resolved.parts)
    if inside_package or installed:
        raise WriteError.at(
            path, 1, 1,
            "this is the data set bundled with timeline-app; it is not changed in place: "
            "copy it (or start a new timeline) and curate the copy",
        )


def anchor_for(event: Event) -> Anchor:
    """The anchor of an extracted event: its first extracted excerpt (ValueError for an event that no
    article reports, such as one an entry of events.yaml adds)."""
    if event.origin is Origin.CURATED or not event.sources:
        raise ValueError(f"the event '{event.id}' is not reported by an article: it has no excerpt to anchor on")
    source = event.sources[0]
    return Anchor(source.article, _quote_of(source.excerpt))


def draft_from_entry(entry: CuratedEntry) -> EntryDraft:
    """The draft that renders `entry` (to fill a form that edits it)."""
    return EntryDraft(
        id=entry.id,
        date=entry.date.iso() if entry.date is not None else None,
        end=entry.end.iso() if entry.end is not None else None,
        kind=entry.kind.value if entry.kind is not None else None,
        title=entry.title,
        location=entry.location,
        participants=entry.participants,
        status=entry.status.value if entry.status is not None else None,
        summary=entry.summary,
        sources=tuple(Anchor(quote.article, quote.quote) for quote in entry.quotes),
        hide=entry.hide,
        match=Anchor(entry.match.article, entry.match.quote) if entry.match is not None else None,
    )


def add_entry(path: Path, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Append `draft` to `events:` (made when missing). `base`: the bytes the app read, if any."""
    return _apply(path, _Splice("events", (), None, draft), base=base)


def replace_entry(path: Path, line: int, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Replace the entry at `line` of `base` (its position as the reader gave it) by `draft`, in place;
    keys whose value is unchanged keep their text and the comments around them."""
    return _apply(path, _Splice("events", (), line, draft), base=base)


def remove_entry(path: Path, line: int, *, base: bytes | None = None) -> WriteResult:
    """Remove the entry at `line` of `base`, with the comment lines just above it."""
    return _apply(path, _Splice("events", (), line, None), base=base)


def hide_event(path: Path, event: Event, *, base: bytes | None = None) -> WriteResult:
    """Append an entry hiding the extracted `event`, anchored on its excerpt (`match:`), not its id."""
    return add_entry(path, EntryDraft(match=anchor_for(event), hide=True), base=base)


def refine_event(path: Path, event: Event, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Append an entry refining the extracted `event` with the fields of `draft`, anchored on its excerpt."""
    return add_entry(path, replace(draft, match=anchor_for(event), hide=False), base=base)


def add_source(path: Path, name: str, meta: SourceDraft, *, base: bytes | None = None) -> WriteResult:
    """Add `name:` with `meta` under `sources:` (made when missing); WriteError when `name` is there."""
    return _apply(path, _Splice("sources", (), None, (name, meta)), base=base)


# ---------------------------------------------------------------------------------------------------------
# The file as text and lines


@dataclass(frozen=True, slots=True)
class _Text:
    """A decoded events.yaml: its BOM apart, its lines with their line endings."""

    bom: bool
    lines: tuple[str, ...]

    @classmethod
    def decode(cls, path: Path, data: bytes, dataset: Dataset) -> _Text:
        if not dataset.readable:
            raise WriteError(list(dataset.problems))
        bom = data.startswith(codecs.BOM_UTF8)
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        return cls(bom, tuple(text.splitlines(keepends=True)) if False else tuple(_split_lines(text)))

    @property
    def text(self) -> str:
        return "".join(self.lines)

    @property
    def newline(self) -> str:
        """The file's line ending: CRLF when its first line ending is one."""
        for line in self.lines:
            if line.endswith("\n"):
                return "\r\n" if line.endswith("\r\n") else "\n"
        return "\n"

    def encode(self) -> bytes:
        return (codecs.BOM_UTF8 if self.bom else b"") + self.text.encode("utf-8")


def _split_lines(text: str) -> list[str]:
    """Lines split after each '\\n' only (YAML's other line breaks stay inside their line)."""
    lines = text.split("\n")
    result = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


@dataclass(frozen=True, slots=True)
class _Item:
    """One item of `events:` or `sources:`: lines [first, last] (0-based), with its comments above from
    `lead`; its keys as (name, first line, last line) when it is a block mapping."""

    lead: int
    first: int
    last: int
    node_line: int
    dash_column: int
    key_column: int
    keys: tuple[tuple[str, int, int, int], ...]
    block: bool


@dataclass(frozen=True, slots=True)
class _Section:
    """A top-level key and what the writer needs of it: where its value ends, and its items."""

    key_line: int
    value_kind: str  # "block" | "empty" | "flow" | "other"
    end: int  # last line of the key and its value
    empty_value: tuple[int, int] | None  # the span of `~`, `null` or `[]`/`{}` to drop when items are added
    items: tuple[_Item, ...]


@dataclass(frozen=True, slots=True)
class _Layout:
    top_block: bool
    sections: dict[str, _Section]
    mapping_indent: int


def _layout(path: Path, text: str) -> _Layout:
    """Where the top-level keys, entries and sources lie in `text` (which the reader found readable)."""
    loader = yaml.CSafeLoader if LIBYAML else yaml.SafeLoader
    root = yaml.compose(text, Loader=loader)
    starts = _line_starts(text)
    if root is None:
        return _Layout(True, {}, 2)
    if not isinstance(root, yaml.MappingNode):
        raise WriteError.at(path, 1, 1, "expected a mapping at the top of the file")
    sections: dict[str, _Section] = {}
    mapping_indent = 0
    for key, value in root.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        if name not in ("events", "sources") or name in sections:
            continue
        key_line = _line_of(starts, key.start_mark.index)
        end = max(key_line, _last_line(text, starts, value))
        items: list[_Item] = []
        empty_value = None
        if isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:null":
            kind = "empty"
            if value.start_mark.index != value.end_mark.index:
                empty_value = (value.start_mark.index, value.end_mark.index)
        elif isinstance(value, yaml.CollectionNode) and value.flow_style:
            kind = "flow" if value.value else "empty"
            if not value.value:
                empty_value = (value.start_mark.index, value.end_mark.index)
        elif name == "events" and isinstance(value, yaml.SequenceNode):
            kind = "block"
            items = [_item(text, starts, node) for node in value.value]
        elif name == "sources" and isinstance(value, yaml.MappingNode):
            kind = "block"
            items = [_source_item(text, starts, k, v) for k, v in value.value]
            if items:
                mapping_indent = items[0].key_column
        else:
            kind = "other"
        sections[name] = _Section(key_line, kind, end, empty_value, tuple(items))
    if not mapping_indent:
        for _, value in root.value:
            if isinstance(value, yaml.MappingNode) and not value.flow_style and value.value:
                mapping_indent = value.value[0][0].start_mark.column
                break
    return _Layout(not root.flow_style, sections, mapping_indent or 2)


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", text))
    return starts


def _line_of(starts: list[int], index: int) -> int:
    """The 0-based line ('\\n'-separated) of character `index`."""
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= index:
            low = middle
        else:
            high = middle - 1
    return low


def _column_of(starts: list[int], index: int) -> int:
    return index - starts[_line_of(starts, index)]


def _last_line(text: str, starts: list[int], node: yaml.Node) -> int:
    """The last line holding any of `node`'s text."""
    if isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        last = node.value[-1]
        return _last_line(text, starts, last[1] if isinstance(last, tuple) else last)
    end = node.end_mark.index
    # A block scalar's end lies past its line breaks; the last line is the last one with text before it.
    while end > node.start_mark.index and text[end - 1] in " \t\r\n":
        end -= 1
    return _line_of(starts, max(end - 1, node.start_mark.index))


def _lead(lines: list[str], first: int, floor: int) -> int:
    """The first of the comment lines just above line `first` (none below `floor`)."""
    lead = first
    while lead - 1 > floor and lines[lead - 1].lstrip().startswith("#"):
        lead -= 1
    return lead


def _item(text: str, starts: list[int], node: yaml.Node) -> _Item:
    """An item of `events:`: its dash line, its keys' lines."""
    node_line = _line_of(starts, node.start_mark.index)
    dash = text.rfind("-", 0, node.start_mark.index)
    first = _line_of(starts, dash)
    last = _last_line(text, starts, node)
    keys: list[tuple[str, int, int, int]] = []
    block = isinstance(node, yaml.MappingNode) and not node.flow_style
    if isinstance(node, yaml.MappingNode) and block:
        for key, value in node.value:
            key_line = _line_of(starts, key.start_mark.index)
            name = key.value if isinstance(key, yaml.ScalarNode) else ""
            keys.append((name, key_line, max(key_line, _last_line(text, starts, value)), key.start_mark.column))
    return _Item(first, first, last, node_line, _column_of(starts, dash), node.start_mark.column, tuple(keys), block)


def _source_item(text: str, starts: list[int], key: yaml.Node, value: yaml.Node) -> _Item:
    """An item of `sources:`: the key and its value's lines."""
    first = _line_of(starts, key.start_mark.index)
    last = max(first, _last_line(text, starts, value))
    name = key.value if isinstance(key, yaml.ScalarNode) else ""
    return _Item(first, first, last, first, key.start_mark.column, key.start_mark.column,
                 ((name, first, last, key.start_mark.column),), True)


# ---------------------------------------------------------------------------------------------------------
# Rendering with ruamel.yaml


def _yaml_value(key: str, value: object) -> Any:
    """A draft's value as ruamel.yaml should write it: dates plain, lists of names and anchors in flow style."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if key in ("date", "end") and isinstance(value, str):
        if re.fullmatch(r"\d{4}", value):
            return int(value)
        try:
            return dt.date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else value
        except ValueError:
            return value
    if isinstance(value, Anchor):
        mapping = CommentedMap(article=value.article, quote=value.quote)
        mapping.fa.set_flow_style()
        return mapping
    if key == "sources" and isinstance(value, tuple):
        return CommentedSeq([_yaml_value("match", anchor) for anchor in value])
    if isinstance(value, tuple):
        names = CommentedSeq(value)
        names.fa.set_flow_style()
        return names
    return value


def _draft_pairs(draft: EntryDraft) -> list[tuple[str, object]]:
    """The keys of `draft` that it gives, in the order they are written."""
    pairs: list[tuple[str, object]] = []
    for key in _KEY_ORDER:
        value = getattr(draft, key)
        if value is None or value == () or value is False or (isinstance(value, str) and not value.strip()):
            continue
        pairs.append((key, value.strip() if isinstance(value, str) else value))
    return pairs


def _render(top: str, item: object, sequence: bool, indent: tuple[int, int, int], newline: str) -> list[str]:
    """The lines of `item` under the top-level key `top` as ruamel.yaml writes them (the key line left out)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    writer = YAML(typ="rt")
    mapping, seq, offset = indent
    writer.indent(mapping=mapping, sequence=seq, offset=offset)
    writer.width = 100_000
    stream = io.StringIO()
    writer.dump(CommentedMap([(top, CommentedSeq([item]) if sequence else item)]), stream)
    return [line + newline for line in stream.getvalue().split("\n")[1:] if line]


def _entry_lines(draft: EntryDraft, dash: int, key: int, mapping: int, newline: str) -> list[str]:
    """The lines of an entry whose dash is at column `dash` and keys at column `key`."""
    from ruamel.yaml.comments import CommentedMap

    pairs = _draft_pairs(draft)
    if not pairs:
        raise ValueError("an entry needs at least one key")
    item = CommentedMap((name, _yaml_value(name, value)) for name, value in pairs)
    key = max(key, dash + 2)
    return _render("events", item, True, (mapping, key, dash), newline)


def _key_lines(name: str, value: object, column: int, mapping: int, newline: str) -> list[str]:
    """The lines of one key of an entry, its name at `column`."""
    from ruamel.yaml.comments import CommentedMap

    lines = _render("events", CommentedMap([(name, _yaml_value(name, value))]), True, (mapping, 2, 0), newline)
    # Rendered as "- name: ..." with the name at column 2: take the dash away and move it all to `column`.
    lines[0] = "  " + lines[0][2:]
    shift = column - 2
    return [(" " * shift + line) if shift >= 0 else line[-shift:] for line in lines]


def _source_lines(name: str, meta: SourceDraft, column: int, newline: str) -> list[str]:
    from ruamel.yaml.comments import CommentedMap

    details = CommentedMap(
        (key, value) for key, value in (("published", meta.published), ("outlet", meta.outlet),
                                        ("title", meta.title), ("url", meta.url)) if value
    )
    item = CommentedMap([(name, details or None)])
    return _render("sources", item, False, (max(column, 1), 2, 0), newline)


# ---------------------------------------------------------------------------------------------------------
# Changes


@dataclass(frozen=True, slots=True)
class _Splice:
    """One change to `events:` or `sources:`: the item at `line` of the base text (None: a new item) becomes
    `new` (None: removed). `old` is the item's text when the change was made, to find it again by text."""

    section: str
    old: tuple[str, ...]
    line: int | None
    new: EntryDraft | tuple[str, SourceDraft] | tuple[str, ...] | None
    index: int | None = None

    def inverse(self) -> _Splice:
        raise NotImplementedError  # replaced below by _Done.inverse


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WriteError.at(path, 1, 1, f"cannot read {path.name}: {exc.strerror or exc}") from exc


def _apply(path: Path, change: _Splice, *, base: bytes | None) -> WriteResult:
    """Apply `change` to the file as it is on disk (located through `base` when given) and write it."""
    raise NotImplementedError


def _commit(path: Path, before: bytes, after: bytes, line: int | None, reapplied: bool,
            inverse: _Splice) -> WriteResult:
    raise NotImplementedError


def _quote_of(excerpt: str) -> str:
    """An excerpt as a quote: on one line, cut at a word boundary to a readable length."""
    flat = _SPACE.sub(" ", excerpt).strip()
    if len(flat) <= _ANCHOR_QUOTE_LIMIT:
        return flat
    cut = flat[:_ANCHOR_QUOTE_LIMIT].rsplit(" ", 1)[0]
    return cut


_UNUSED = (Severity, SourceMeta, Position, check_quotes, line_and_column, dataset_from_bytes,
           os, stat, tempfile, Problem)
