"""events.yaml as the writer sees it: its text as lines (BOM and line endings kept), and the lines where
its top-level keys, its entries (with the comments above each) and its sources lie."""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from timeline_app.model.reading.dataset import Dataset
from timeline_app.model.reading.yaml_source import LIBYAML
from timeline_app.model.writing.safe_write import WriteError


@dataclass(frozen=True, slots=True)
class EventsText:
    """A decoded events.yaml: its BOM apart, its lines with their line endings."""

    bom: bool
    lines: tuple[str, ...]

    @classmethod
    def decode(cls, data: bytes, dataset: Dataset) -> EventsText:
        """The text of `data`; WriteError with the reader's problem when `dataset` (read from it) says
        the file cannot be read."""
        if not dataset.readable:
            raise WriteError(list(dataset.problems))
        bom = data.startswith(codecs.BOM_UTF8)
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
        return cls(bom, tuple(_split_lines(text)))

    @property
    def text(self) -> str:
        """The whole text, BOM apart."""
        return "".join(self.lines)

    @property
    def newline(self) -> str:
        """The file's line ending: CRLF when its first line ending is one."""
        for line in self.lines:
            if line.endswith("\n"):
                return "\r\n" if line.endswith("\r\n") else "\n"
        return "\n"

    def encode(self) -> bytes:
        """The bytes of the file, BOM included."""
        return (codecs.BOM_UTF8 if self.bom else b"") + self.text.encode("utf-8")


def _split_lines(text: str) -> list[str]:
    """Lines split after each '\\n' only (YAML's other line breaks stay inside their line)."""
    lines = text.split("\n")
    result = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        result.append(lines[-1])
    return result


@dataclass(frozen=True, slots=True)
class Item:
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
class Section:
    """A top-level key and what the writer needs of it: where its value ends, and its items."""

    key_line: int
    value_kind: str  # "block" | "empty" | "flow" | "other"
    end: int  # last line of the key and its value
    empty_value: tuple[int, int] | None  # the span of `~`, `null` or `[]`/`{}` to drop when items are added
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    top_block: bool
    sections: dict[str, Section]
    mapping_indent: int


def find_layout(path: Path, events: EventsText) -> Layout:
    """Where the top-level keys, entries and sources lie in `events` (which the reader found readable)."""
    text = events.text
    loader = yaml.CSafeLoader if LIBYAML else yaml.SafeLoader
    root = yaml.compose(text, Loader=loader)
    starts = line_starts(text)
    if root is None:
        return Layout(True, {}, 2)
    if not isinstance(root, yaml.MappingNode):
        found = "a list" if isinstance(root, yaml.SequenceNode) else "a single value"
        raise WriteError.at(path, root.start_mark.line + 1, root.start_mark.column + 1,
                            f"expected a mapping at the top of the file, found {found}")
    sections: dict[str, Section] = {}
    mapping_indent = 0
    for key, value in root.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else None
        if name not in ("events", "sources") or name in sections:
            continue
        key_line = _line_of(starts, key.start_mark.index)
        end = max(key_line, _last_line(text, starts, value))
        items: list[Item] = []
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
            floor = key_line
            for number, item in enumerate(items):
                items[number] = replace(item, lead=_lead(events.lines, item.first, floor))
                floor = item.last
        elif name == "sources" and isinstance(value, yaml.MappingNode):
            kind = "block"
            items = [_source_item(text, starts, k, v) for k, v in value.value]
            if items:
                mapping_indent = items[0].key_column
        else:
            kind = "other"
        sections[name] = Section(key_line, kind, end, empty_value, tuple(items))
    if not mapping_indent:
        for _, value in root.value:
            if isinstance(value, yaml.MappingNode) and not value.flow_style and value.value:
                mapping_indent = value.value[0][0].start_mark.column
                break
    return Layout(not root.flow_style, sections, mapping_indent or 2)


def line_starts(text: str) -> list[int]:
    """The offset of the first character of each line of `text`."""
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


def _lead(lines: tuple[str, ...], first: int, floor: int) -> int:
    """The first of the comment lines just above line `first` (none below `floor`)."""
    lead = first
    while lead - 1 > floor and lines[lead - 1].lstrip().startswith("#"):
        lead -= 1
    return lead


def _item(text: str, starts: list[int], node: yaml.Node) -> Item:
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
    return Item(first, first, last, node_line, _column_of(starts, dash), node.start_mark.column, tuple(keys), block)


def _source_item(text: str, starts: list[int], key: yaml.Node, value: yaml.Node) -> Item:
    """An item of `sources:`: the key and its value's lines."""
    first = _line_of(starts, key.start_mark.index)
    last = max(first, _last_line(text, starts, value))
    name = key.value if isinstance(key, yaml.ScalarNode) else ""
    block = not (isinstance(value, yaml.CollectionNode) and value.flow_style)
    return Item(first, first, last, first, key.start_mark.column, key.start_mark.column,
                 ((name, first, last, key.start_mark.column),), block)
