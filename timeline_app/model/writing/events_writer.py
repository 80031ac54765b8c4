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

import bisect
import codecs
import datetime as dt
import io
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from timeline_app.model.atomic_file import replace_atomically
from timeline_app.model.events import Event, Origin
from timeline_app.model.problems import Problem, Severity
from timeline_app.model.reading.bundled import is_bundled
from timeline_app.model.reading.dataset import (
    ENTRY_KEYS,
    CuratedEntry,
    Dataset,
    SourceMeta,
    dataset_from_bytes,
    find_quote,
    load_dataset,
)
from timeline_app.model.reading.quotes import check_quotes
from timeline_app.model.reading.yaml_source import LIBYAML, Position

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
    "draft_from_event",
    "entry_draft",
    "hide_event",
    "refine_event",
    "remove_entry",
    "replace_entry",
]

BACKUP_SUFFIX = "~"
# The order keys are written in: the reader's, with hide and the anchor just after the id.
_KEY_ORDER = ("id", "hide", "match", *(key for key in ENTRY_KEYS if key not in ("id", "hide", "match")))
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
    inverse: _TextSplice = field(repr=False)

    def undo(self) -> WriteResult:
        """Undo this write: the previous bytes when the file is still what was written, else the inverse
        change applied to the file as it is (WriteError when that is no longer possible)."""
        check_writable(self.path)
        current = _read(self.path)
        if current == self.after:
            try:
                return _commit(self.path, current, self.before, None, False, self.inverse.swapped())
            except _ChangedMeanwhile:
                pass
        return _apply(self.path, self.inverse, base=None)


def backup_path(path: Path) -> Path:
    """Where the previous version of `path` is kept: `events.yaml~` beside it."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def check_writable(path: Path) -> None:
    """Raises WriteError when `path` is the data set bundled with the program (`bundled.is_bundled`) or any
    file inside the installed program."""
    resolved = path.resolve()
    inside_package = resolved.is_relative_to(Path(__file__).resolve().parents[2])
    installed = any(part in ("site-packages", "dist-packages") for part in resolved.parts)
    if is_bundled(path) or inside_package or installed:
        raise WriteError.at(
            path, 1, 1,
            "this is the data set bundled with timeline-app; it is not changed in place: "
            "copy it (or start a new timeline) and curate the copy",
        )


def anchor_for(event: Event, article_text: str | None = None) -> Anchor:
    """The anchor of an extracted event: the words of its first excerpt that date it and name its kind when
    `article_text` (its article's text) shows they first occur there, else the excerpt itself.
    ValueError for an event that no article reports (one an entry of events.yaml adds)."""
    if event.origin is Origin.CURATED or not event.sources:
        raise ValueError(f"the event '{event.id}' is not reported by an article: it has no excerpt to anchor on")
    source = event.sources[0]
    quote = source.excerpt
    if source.highlights and article_text is not None:
        start = min(span.start for span in source.highlights)
        end = max(span.end for span in source.highlights)
        words = article_text[start:end]
        found = find_quote(article_text, words)
        if len(words.split()) >= 2 and found is not None and source.start <= found[0] < source.end:
            quote = words
    return Anchor(source.article, _quote_of(quote))


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


def draft_from_event(event: Event) -> EntryDraft:
    """The draft that says what `event` says (to fill a form that refines it)."""
    return EntryDraft(
        date=event.date.iso(),
        end=event.end.iso() if event.end is not None else None,
        kind=event.kind.value,
        title=event.title,
        location=event.location,
        participants=event.participants,
        status=event.status.value,
        summary=event.summary,
    )


def entry_draft(path: Path, line: int, *, base: bytes | None = None) -> EntryDraft | None:
    """The draft of the entry at `line` of events.yaml (of `base`, the bytes the app read, when given);
    None when no valid entry starts there."""
    dataset = dataset_from_bytes(base, path) if base is not None else load_dataset(path)
    entry = next((e for e in dataset.entries if e.position.line == line), None)
    return draft_from_entry(entry) if entry is not None else None


def add_entry(path: Path, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Append `draft` to `events:` (made when missing). `base`: the bytes the app read, if any."""
    return _apply(path, _Change("events", None, draft), base=base)


def replace_entry(path: Path, line: int, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Replace the entry at `line` of `base` (its position as the reader gave it) by `draft`, in place;
    keys whose value is unchanged keep their text and the comments around them."""
    return _apply(path, _Change("events", line, draft), base=base)


def remove_entry(path: Path, line: int, *, base: bytes | None = None) -> WriteResult:
    """Remove the entry at `line` of `base`, with the comment lines just above it."""
    return _apply(path, _Change("events", line, None), base=base)


def hide_event(path: Path, event: Event, *, base: bytes | None = None) -> WriteResult:
    """Append an entry hiding the extracted `event`, anchored on its excerpt (`match:`), not its id."""
    return add_entry(path, EntryDraft(match=_anchor_on_disk(path, event), hide=True), base=base)


def refine_event(path: Path, event: Event, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Append an entry refining the extracted `event`, anchored on its excerpt: the fields where `draft`
    differs from `draft_from_event(event)` (what the articles say stays theirs); WriteError when none do."""
    said = draft_from_event(event)
    changed = {name: getattr(draft, name) for name in _KEY_ORDER
               if name not in ("hide", "match") and getattr(draft, name) != getattr(said, name)}
    if not changed:
        raise WriteError.at(path, 1, 1, f"nothing to write: the entry would say what the articles say of '{event.id}'")
    return add_entry(path, EntryDraft(**changed, match=_anchor_on_disk(path, event)), base=base)


def _anchor_on_disk(path: Path, event: Event) -> Anchor:
    """`anchor_for(event)`, with the text of its article as the data set at `path` stores it."""
    try:
        anchor = anchor_for(event)
    except ValueError as exc:
        raise WriteError.at(path, event.entry_line or 1, 1, str(exc)) from exc
    folder = load_dataset(path).articles_dir
    try:
        text = (folder / anchor.article).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return anchor
    return anchor_for(event, text)


def add_source(path: Path, name: str, meta: SourceDraft, *, base: bytes | None = None) -> WriteResult:
    """Add `name:` with `meta` under `sources:` (made when missing); WriteError when `name` is there."""
    return _apply(path, _Change("sources", None, (name, meta)), base=base)


# ---------------------------------------------------------------------------------------------------------
# The file as text and lines


@dataclass(frozen=True, slots=True)
class _Text:
    """A decoded events.yaml: its BOM apart, its lines with their line endings."""

    bom: bool
    lines: tuple[str, ...]

    @classmethod
    def decode(cls, data: bytes, dataset: Dataset) -> _Text:
        """The text of `data`; WriteError with the reader's problem when `dataset` (read from it) says
        the file cannot be read."""
        if not dataset.readable:
            raise WriteError(list(dataset.problems))
        bom = data.startswith(codecs.BOM_UTF8)
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        return cls(bom, tuple(_split_lines(text)))

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
    `lead`; its keys as (name, first line, last line, column) when it is a block mapping."""

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
            lines = _split_lines(text)
            floor = key_line
            for number, item in enumerate(items):
                items[number] = replace(item, lead=_lead(lines, item.first, floor))
                floor = item.last
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
    return bisect.bisect_right(starts, index) - 1


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
    block = not (isinstance(value, yaml.CollectionNode) and value.flow_style)
    return _Item(first, first, last, first, key.start_mark.column, key.start_mark.column,
                 ((name, first, last, key.start_mark.column),), block)


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


def _key_lines(name: str, value: object, item: _Item, mapping: int, newline: str) -> list[str]:
    """The lines of one key of the entry `item`, indented as its keys are (its dash left out)."""
    from ruamel.yaml.comments import CommentedMap

    dash, key = item.dash_column, max(item.key_column, item.dash_column + 2)
    lines = _render("events", CommentedMap([(name, _yaml_value(name, value))]), True, (mapping, key, dash), newline)
    lines[0] = lines[0][:dash] + " " + lines[0][dash + 1 :]
    return lines


def _source_lines(name: str, meta: SourceDraft, column: int, flow: bool, newline: str) -> list[str]:
    """The lines of one item of `sources:`, its name at `column`, its details in flow style when `flow`."""
    from ruamel.yaml.comments import CommentedMap

    details = CommentedMap(
        (key, value) for key, value in (("published", meta.published), ("outlet", meta.outlet),
                                        ("title", meta.title), ("url", meta.url)) if value
    )
    if flow:
        details.fa.set_flow_style()
    item = CommentedMap([(name, details or None)])
    return _render("sources", item, False, (max(column, 1), 2, 0), newline)


# ---------------------------------------------------------------------------------------------------------
# Changes


@dataclass(frozen=True, slots=True)
class _Change:
    """A change asked for: the item of `section` at `line` of the base text (None: a new item) becomes
    `new` (None: removed)."""

    section: str
    line: int | None
    new: EntryDraft | tuple[str, SourceDraft] | None


@dataclass(frozen=True, slots=True)
class _TextSplice:
    """A change as text: the lines `old` (found by their text) become `new`; with no `old`, `new` goes in
    as item `index` of `section`. What an undo applies when the file changed after the write."""

    section: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    index: int

    def swapped(self) -> _TextSplice:
        """The splice that undoes this one."""
        return _TextSplice(self.section, self.new, self.old, self.index)


@dataclass(frozen=True, slots=True)
class _Edit:
    """Lines [start, stop) of the file become `lines`; `expected` is how many valid entries (or sources)
    those lines must hold afterwards (None: not checked); `index` is the item's place in its section."""

    start: int
    stop: int
    lines: list[str]
    expected: int | None
    index: int
    # Where in `lines` the new item's first line is.
    offset: int = 0
    # True when `expected` counts the items the edit adds to those its lines held before.
    adds: bool = False


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise WriteError.at(path, 1, 1, f"cannot read {path.name}: {exc.strerror or exc}") from exc


class _ChangedMeanwhile(Exception):
    """The file changed on disk while the change was being made: it is made again on the new file."""


_ATTEMPTS = 3


def _apply(path: Path, change: _Change | _TextSplice, *, base: bytes | None) -> WriteResult:
    """Apply `change` to the file as it is on disk (its item located through `base` when given); write."""
    check_writable(path)
    for _ in range(_ATTEMPTS):
        try:
            return _apply_once(path, change, base)
        except _ChangedMeanwhile:
            continue
    raise WriteError.at(path, 1, 1, f"{path.name} keeps changing on disk: nothing written; try again")


def _apply_once(path: Path, change: _Change | _TextSplice, base: bytes | None) -> WriteResult:
    """One attempt of `_apply`."""
    current = _read(path)
    dataset = dataset_from_bytes(current, path)
    text = _Text.decode(current, dataset)
    layout = _layout(path, text.text)
    reapplied = base is not None and base != current
    if isinstance(change, _TextSplice):
        edit = _splice_text(path, text, layout, change)
    else:
        item_index = None
        if change.line is not None:
            item_index = _locate(path, change, base if reapplied else None, text, layout)
        edit = _edit(path, text, layout, dataset, change, item_index)
    lines = list(text.lines)
    new_lines = [*lines[: edit.start], *edit.lines, *lines[edit.stop :]]
    after = _Text(text.bom, tuple(new_lines))
    _verify(path, text, dataset, after, edit)
    inverse = _TextSplice(
        change.section, tuple(edit.lines), tuple(lines[edit.start : edit.stop]), edit.index
    )
    line = edit.start + edit.offset + 1 if edit.expected else None
    return _commit(path, current, after.encode(), line, reapplied, inverse)


def _locate(path: Path, change: _Change, base: bytes | None, text: _Text, layout: _Layout) -> int:
    """The index in `layout` of the item `change` names by its line (in `base`, when the file changed)."""
    assert change.line is not None
    section = layout.sections.get(change.section)
    items = section.items if section is not None else ()
    if base is None:
        for index, item in enumerate(items):
            if change.line - 1 in (item.node_line, item.first):
                return index
        raise WriteError.at(path, change.line, 1, f"no entry of '{change.section}' at line {change.line}")
    base_dataset = dataset_from_bytes(base, path)
    base_text = _Text.decode(base, base_dataset)
    base_section = _layout(path, base_text.text).sections.get(change.section)
    wanted: tuple[str, ...] | None = None
    for item in base_section.items if base_section is not None else ():
        if change.line - 1 in (item.node_line, item.first):
            wanted = base_text.lines[item.first : item.last + 1]
    found = [index for index, item in enumerate(items) if text.lines[item.first : item.last + 1] == wanted]
    if wanted is None or len(found) != 1:
        raise WriteError.at(
            path, change.line, 1,
            f"the entry at line {change.line} was changed or removed in {path.name} since it was read: "
            "nothing written; look at the file as it is now and try again",
        )
    return found[0]


def _guess_indent(text: _Text) -> tuple[int, int]:
    """The columns of an `events:` item's dash and keys in a file that has none yet: ruamel.yaml's guess
    from the file's other lists, else the bundled file's (dash at 2, keys at 4)."""
    from ruamel.yaml.util import load_yaml_guess_indent

    try:
        _, sequence, offset = load_yaml_guess_indent(text.text)
    except Exception:  # noqa: BLE001 - a guess that fails is no guess
        sequence, offset = None, None
    if isinstance(sequence, int) and isinstance(offset, int) and sequence >= offset + 2:
        return offset, sequence
    return 2, 4


def _edit(path: Path, text: _Text, layout: _Layout, dataset: Dataset, change: _Change,
          item_index: int | None) -> _Edit:
    """The lines `change` replaces, and the lines it puts in their place."""
    if not layout.top_block:
        raise WriteError.at(path, 1, 1, "the file is one flow mapping ({...}): write it in block style to "
                            "edit it from timeline-app")
    section = layout.sections.get(change.section)
    if section is not None and section.value_kind in ("flow", "other"):
        what = "a flow list [...]" if section.value_kind == "flow" else "not a list"
        if change.section == "sources":
            what = "a flow mapping {...}" if section.value_kind == "flow" else "not a mapping"
        raise WriteError.at(path, section.key_line + 1, 1,
                            f"'{change.section}:' is {what}: write it in block style to edit it from timeline-app")
    items = section.items if section is not None else ()
    newline = text.newline
    if change.section == "sources":
        assert isinstance(change.new, tuple)
        name, meta = change.new
        known = dataset.sources.get(name)
        if known is not None or any(item.keys[0][0] == name for item in items):
            where = known.position if known is not None else Position(1, 1)
            raise WriteError.at(path, where.line, where.column,
                                f"'{name}' is already under 'sources:' (line {where.line})")
        column = items[0].key_column if items else layout.mapping_indent
        flow = bool(items) and not items[-1].block
        return _append(text, section, _source_lines(name, meta, column, flow, newline), "sources", False)
    if item_index is None:
        assert isinstance(change.new, EntryDraft)
        if items:
            dash, key = items[-1].dash_column, items[-1].key_column
        else:
            dash, key = _guess_indent(text)
        lines = _checked_entry_lines(path, change.new, dash, key, layout.mapping_indent, newline)
        return _append(text, section, lines, "events", _separated(text, items))
    item = items[item_index]
    if change.new is None:
        # The entry goes with its comments and the blank lines on one side: those above it, or, for the
        # first entry, those below it, so that the others stay spaced as they were.
        start, stop = item.lead, item.last + 1
        if start > 0 and not text.lines[start - 1].strip():
            while start > 0 and not text.lines[start - 1].strip():
                start -= 1
        else:
            while stop < len(text.lines) and not text.lines[stop].strip():
                stop += 1
        return _Edit(start, stop, [], 0, item_index)
    assert isinstance(change.new, EntryDraft)
    return _Edit(item.first, item.last + 1, _replaced_lines(path, text, layout, dataset, item, change.new),
                 1, item_index)


def _checked_entry_lines(path: Path, draft: EntryDraft, dash: int, key: int, mapping: int,
                         newline: str) -> list[str]:
    if not _draft_pairs(draft):
        raise WriteError.at(path, 1, 1, "an entry needs a date, a kind and a title, or an id or match")
    return _entry_lines(draft, dash, key, mapping, newline)


def _separated(text: _Text, items: tuple[_Item, ...]) -> bool:
    """Whether the file puts a blank line between its entries (looking at the last two)."""
    return len(items) >= 2 and items[-1].lead > 0 and not text.lines[items[-1].lead - 1].strip()


def _append(text: _Text, section: _Section | None, lines: list[str], name: str, blank: bool) -> _Edit:
    """An edit adding `lines` as the last item of the section `name` (made at the end when missing)."""
    newline = text.newline
    if section is None:
        start = len(text.lines)
        head: list[str] = []
        if text.lines and not text.lines[-1].endswith("\n"):
            start -= 1
            head.append(text.lines[-1] + newline)
        if text.lines and text.text.strip():
            head.append(newline)
        return _Edit(start, len(text.lines), [*head, f"{name}:{newline}", *lines], 1, 0, len(head) + 1, True)
    if section.items:
        last = section.items[-1].last
        index = len(section.items)
    else:
        last = section.end
        index = 0
    previous = text.lines[last]
    if section.empty_value is not None and not section.items:
        # `events: []` or `events: ~` loses its empty value: the items follow.
        starts = _line_starts(text.text)
        begin, end = (index_ - starts[last] for index_ in section.empty_value)
        previous = (previous[:begin].rstrip() + previous[end:]).rstrip(" \t") or previous
        if not previous.endswith("\n"):
            previous += newline
        previous = previous if previous.strip() else f"{name}:{newline}"
    separator = [newline] if blank else []
    if previous == text.lines[last] and previous.endswith("\n"):
        return _Edit(last + 1, last + 1, [*separator, *lines], 1, index, len(separator), True)
    if not previous.endswith("\n"):
        previous += newline
    return _Edit(last, last + 1, [previous, *separator, *lines], 1, index, 1 + len(separator), True)


def _replaced_lines(path: Path, text: _Text, layout: _Layout, dataset: Dataset, item: _Item,
                    draft: EntryDraft) -> list[str]:
    """The lines of `item` once it says `draft`: unchanged keys keep their lines, comments stay."""
    old_lines = list(text.lines[item.first : item.last + 1])
    newline = text.newline
    old_entry = next((e for e in dataset.entries if e.position.line == item.node_line + 1), None)
    new_pairs = dict(_draft_pairs(draft))
    if old_entry is None or not item.block or not item.keys or item.keys[0][0] not in new_pairs:
        return _checked_entry_lines(path, draft, item.dash_column, item.key_column, layout.mapping_indent,
                                    newline)
    old_pairs = dict(_draft_pairs(draft_from_entry(old_entry)))
    result: list[str] = []
    done = item.first
    for name, first, last, column in item.keys:
        result.extend(text.lines[done:first])
        done = last + 1
        if name in new_pairs and new_pairs[name] == old_pairs.get(name):
            result.extend(text.lines[first : last + 1])
            continue
        if name not in new_pairs:
            continue
        rendered = _key_lines(name, new_pairs[name], item, layout.mapping_indent, newline)
        if first == item.first:
            # The first key shares its line with the item's dash: keep what comes before the key.
            rendered[0] = text.lines[first][:column] + rendered[0][column:]
        result.extend(rendered)
    result.extend(text.lines[done : item.last + 1])
    added = [name for name in new_pairs if name not in {key[0] for key in item.keys}]
    if added:
        if result and not result[-1].endswith("\n"):
            result[-1] += newline
        # New keys go after the last one.
        for name in added:
            result.extend(_key_lines(name, new_pairs[name], item, layout.mapping_indent, newline))
    if old_lines and not old_lines[-1].endswith("\n") and result and result[-1].endswith("\n"):
        result[-1] = result[-1].rstrip("\r\n")
    return result


def _splice_text(path: Path, text: _Text, layout: _Layout, splice: _TextSplice) -> _Edit:
    """The edit that makes `splice.old` (found once in the file) into `splice.new`."""
    lines = text.lines
    if splice.old:
        size = len(splice.old)
        found = [start for start in range(len(lines) - size + 1) if lines[start : start + size] == splice.old]
        if len(found) != 1:
            raise WriteError.at(
                path, 1, 1, f"cannot undo: what was written has been changed in {path.name} since; "
                "nothing written",
            )
        return _Edit(found[0], found[0] + size, list(splice.new), None, splice.index)
    section = layout.sections.get(splice.section)
    items = section.items if section is not None else ()
    new = list(splice.new)
    if new and not new[0].strip() and 0 < splice.index <= len(items):
        # Lines that begin with the blank lines above the entry go after the entry before it.
        at = items[splice.index - 1].last + 1
    elif splice.index < len(items):
        at = items[splice.index].lead
    elif items:
        at = items[-1].last + 1
    elif section is not None:
        at = section.end + 1
    else:
        raise WriteError.at(path, 1, 1, f"cannot undo: '{splice.section}:' is no longer in {path.name}")
    return _Edit(at, at, new, None, splice.index)


# ---------------------------------------------------------------------------------------------------------
# Checking the result and writing it


def _entry_essence(entry: CuratedEntry) -> tuple[object, ...]:
    """An entry's content, without its place in the file."""
    anchor = (entry.match.article, entry.match.quote) if entry.match is not None else None
    quotes = tuple((quote.article, quote.quote) for quote in entry.quotes)
    return (entry.id, entry.date, entry.end, entry.kind, entry.title, entry.location, entry.participants,
            entry.status, entry.summary, quotes, entry.hide, anchor, entry.fields)


def _source_essence(meta: SourceMeta) -> tuple[object, ...]:
    return (meta.name, meta.published, meta.outlet, meta.title, meta.url)


def _verify(path: Path, before: _Text, dataset: Dataset, after: _Text, edit: _Edit) -> None:
    """Raises WriteError unless the new text keeps the user's text and says the same outside the edit."""
    old_lines, new_lines = before.lines, after.lines
    stop_new = edit.start + len(edit.lines)
    tail = len(old_lines) - edit.stop
    if (
        new_lines[: edit.start] != old_lines[: edit.start]
        or new_lines[stop_new:] != old_lines[edit.stop :]
        or len(new_lines) - stop_new != tail
        or after.bom != before.bom
    ):
        raise WriteError.at(path, edit.start + 1, 1, "internal error: the change would alter other lines; "
                            "nothing written")
    new = dataset_from_bytes(after.encode(), path)
    if not new.readable:
        problem = new.problems[0]
        raise WriteError.at(path, problem.line, problem.column,
                            f"the change would make the file unreadable ({problem.message}); nothing written")
    shift = stop_new - edit.stop

    def inside_old(line: int) -> bool:
        return edit.start < line <= edit.stop

    def inside_new(line: int) -> bool:
        return edit.start < line <= stop_new

    errors = [p for p in new.problems if inside_new(p.line) and p.severity is Severity.ERROR]
    new_inside = [e for e in new.entries if inside_new(e.position.line)]
    errors.extend(_quote_problems(new, new_inside))
    if errors:
        raise WriteError([replace(p, message=f"{p.message} (in the entry to be written; nothing written)")
                          for p in errors])
    # Elsewhere, problems may go (an empty file's) but no error may come (a repeated id, say).
    kept_old = {(p.line + (shift if p.line > edit.stop else 0), p.column, p.message)
                for p in dataset.problems if not inside_old(p.line)}
    caused = [p for p in new.problems if p.severity is Severity.ERROR and not inside_new(p.line)
              and (p.line, p.column, p.message) not in kept_old]
    if caused:
        raise WriteError([replace(p, message=f"{p.message} (after the change; nothing written)") for p in caused])
    same = (
        [_entry_essence(e) for e in dataset.entries if not inside_old(e.position.line)]
        == [_entry_essence(e) for e in new.entries if not inside_new(e.position.line)]
        and {k: _source_essence(v) for k, v in dataset.sources.items() if not inside_old(v.position.line)}
        == {k: _source_essence(v) for k, v in new.sources.items() if not inside_new(v.position.line)}
        and dataset.people == new.people
        and dataset.title == new.title
        and dataset.articles_dir == new.articles_dir
    )
    inside = len(new_inside) + sum(1 for v in new.sources.values() if inside_new(v.position.line))
    if edit.adds:
        inside -= sum(1 for e in dataset.entries if inside_old(e.position.line))
        inside -= sum(1 for v in dataset.sources.values() if inside_old(v.position.line))
    if not same or (edit.expected is not None and inside != edit.expected):
        raise WriteError.at(path, edit.start + 1, 1, "internal error: the change would alter what the rest "
                            "of the file says; nothing written")


def _quote_problems(dataset: Dataset, entries: list[CuratedEntry]) -> list[Problem]:
    """The problems of the quotes of `entries` (articles missing, words not in them), as `check` gives them."""
    cited = {q.article for e in entries for q in (*e.quotes, *((e.match,) if e.match else ()))}
    if not cited:
        return []
    texts = dict.fromkeys(dataset.article_names or (), "")
    for name in cited & set(texts):
        try:
            texts[name] = (dataset.articles_dir / name).read_bytes().decode("utf-8", errors="replace")
        except OSError:
            del texts[name]
    return check_quotes(replace(dataset, entries=entries), texts)


def _commit(path: Path, before: bytes, after: bytes, line: int | None, reapplied: bool,
            inverse: _TextSplice) -> WriteResult:
    """Keep `before` as the backup, then replace the file by `after` atomically, its permissions kept
    (a symbolic link stays one: the file it points to is replaced). _ChangedMeanwhile when the file is no
    longer `before`."""
    backup = backup_path(path)
    try:
        real = path.resolve(strict=True)
        mode = stat.S_IMODE(real.stat().st_mode)
        if not mode & stat.S_IWUSR:
            raise WriteError.at(path, 1, 1, f"{path.name} is read-only: nothing written")
        if real.read_bytes() != before:
            raise _ChangedMeanwhile
        replace_atomically(backup, before, mode, sync=True)
        replace_atomically(real, after, mode, sync=True)
    except OSError as exc:
        raise WriteError.at(path, 1, 1, f"cannot write {path.name}: {exc.strerror or exc}; "
                            "nothing written") from exc
    return WriteResult(path, before, after, line, reapplied, backup, inverse)


def _quote_of(excerpt: str) -> str:
    """An excerpt as a quote: on one line, cut at a word boundary to a readable length."""
    flat = _SPACE.sub(" ", excerpt).strip()
    if len(flat) <= _ANCHOR_QUOTE_LIMIT:
        return flat
    return flat[:_ANCHOR_QUOTE_LIMIT].rsplit(" ", 1)[0]
