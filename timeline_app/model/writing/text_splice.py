"""A change of events.yaml as lines of text: the lines an added, replaced or removed entry (or an added
source) takes the place of, found in the file's layout, and the lines put there; every other line is kept."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline_app.model.reading.dataset import Dataset, dataset_from_bytes
from timeline_app.model.reading.yaml_source import Position
from timeline_app.model.writing.drafts import EntryDraft, SourceDraft, draft_from_entry
from timeline_app.model.writing.entry_render import (
    draft_pairs,
    entry_lines,
    guess_indent,
    key_lines,
    source_lines,
)
from timeline_app.model.writing.safe_write import WriteError
from timeline_app.model.writing.yaml_layout import EventsText, Item, Layout, Section, find_layout, line_starts


@dataclass(frozen=True, slots=True)
class Change:
    """A change asked for: the item of `section` at `line` of the base text (None: a new item) becomes
    `new` (None: removed)."""

    section: str
    line: int | None
    new: EntryDraft | tuple[str, SourceDraft] | None


@dataclass(frozen=True, slots=True)
class TextSplice:
    """A change as text: the lines `old` (found by their text) become `new`; with no `old`, `new` goes in
    as item `index` of `section`. What an undo applies when the file changed after the write."""

    section: str
    old: tuple[str, ...]
    new: tuple[str, ...]
    index: int

    def swapped(self) -> TextSplice:
        """The splice that undoes this one."""
        return TextSplice(self.section, self.new, self.old, self.index)


@dataclass(frozen=True, slots=True)
class Edit:
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


def locate(path: Path, change: Change, base: bytes | None, text: EventsText, layout: Layout) -> int:
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
    base_text = EventsText.decode(base, base_dataset)
    base_section = find_layout(path, base_text).sections.get(change.section)
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


def edit_for(path: Path, text: EventsText, layout: Layout, dataset: Dataset, change: Change,
          item_index: int | None) -> Edit:
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
        there = next((item for item in items if item.keys[0][0] == name), None)
        # The reader leaves out an item with errors: the layout still knows where it is.
        where = known.position if known is not None else (
            Position(there.first + 1, there.key_column + 1) if there is not None else None)
        if where is not None:
            raise WriteError.at(path, where.line, where.column,
                                f"'{name}' is already under 'sources:' (line {where.line})")
        column = items[0].key_column if items else layout.mapping_indent
        flow = bool(items) and not items[-1].block
        return _append(text, section, source_lines(name, meta, column, flow, newline), "sources", False)
    if item_index is None:
        assert isinstance(change.new, EntryDraft)
        if items:
            dash, key = items[-1].dash_column, items[-1].key_column
        else:
            dash, key = guess_indent(text)
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
        return Edit(start, stop, [], 0, item_index)
    assert isinstance(change.new, EntryDraft)
    return Edit(item.first, item.last + 1, _replaced_lines(path, text, layout, dataset, item, change.new),
                 1, item_index)


def _checked_entry_lines(path: Path, draft: EntryDraft, dash: int, key: int, mapping: int,
                         newline: str) -> list[str]:
    if not draft_pairs(draft):
        raise WriteError.at(path, 1, 1, "expected a date, a kind and a title (or an id or a match) for the entry, "
                            "found none of them: nothing written")
    return entry_lines(draft, dash, key, mapping, newline)


def _separated(text: EventsText, items: tuple[Item, ...]) -> bool:
    """Whether the file puts a blank line between its entries (looking at the last two)."""
    return len(items) >= 2 and items[-1].lead > 0 and not text.lines[items[-1].lead - 1].strip()


def _append(text: EventsText, section: Section | None, lines: list[str], name: str, blank: bool) -> Edit:
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
        return Edit(start, len(text.lines), [*head, f"{name}:{newline}", *lines], 1, 0, len(head) + 1, True)
    if section.items:
        last = section.items[-1].last
        index = len(section.items)
    else:
        last = section.end
        index = 0
    previous = text.lines[last]
    if section.empty_value is not None and not section.items:
        # `events: []` or `events: ~` loses its empty value: the items follow.
        starts = line_starts(text.text)
        begin, end = (index_ - starts[last] for index_ in section.empty_value)
        previous = (previous[:begin].rstrip() + previous[end:]).rstrip(" \t") or previous
        if not previous.endswith("\n"):
            previous += newline
        previous = previous if previous.strip() else f"{name}:{newline}"
    separator = [newline] if blank else []
    if previous == text.lines[last] and previous.endswith("\n"):
        return Edit(last + 1, last + 1, [*separator, *lines], 1, index, len(separator), True)
    if not previous.endswith("\n"):
        previous += newline
    return Edit(last, last + 1, [previous, *separator, *lines], 1, index, 1 + len(separator), True)


def _replaced_lines(path: Path, text: EventsText, layout: Layout, dataset: Dataset, item: Item,
                    draft: EntryDraft) -> list[str]:
    """The lines of `item` once it says `draft`: unchanged keys keep their lines, comments stay."""
    old_lines = list(text.lines[item.first : item.last + 1])
    newline = text.newline
    old_entry = next((e for e in dataset.entries if e.position.line == item.node_line + 1), None)
    new_pairs = dict(draft_pairs(draft))
    if old_entry is None or not item.block or not item.keys or item.keys[0][0] not in new_pairs:
        return _checked_entry_lines(path, draft, item.dash_column, item.key_column, layout.mapping_indent,
                                    newline)
    old_pairs = dict(draft_pairs(draft_from_entry(old_entry)))
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
        rendered = key_lines(name, new_pairs[name], item, layout.mapping_indent, newline)
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
            result.extend(key_lines(name, new_pairs[name], item, layout.mapping_indent, newline))
    if old_lines and not old_lines[-1].endswith("\n") and result and result[-1].endswith("\n"):
        result[-1] = result[-1].rstrip("\r\n")
    return result


def splice_text(path: Path, text: EventsText, layout: Layout, splice: TextSplice) -> Edit:
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
        return Edit(found[0], found[0] + size, list(splice.new), None, splice.index)
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
    return Edit(at, at, new, None, splice.index)
