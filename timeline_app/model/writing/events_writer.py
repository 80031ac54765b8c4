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

This module is the writer's interface and its transaction; its parts: `drafts` (what is asked for),
`yaml_layout` (the file's lines and where its items lie), `entry_render` (ruamel.yaml's lines for an item),
`text_splice` (the lines a change replaces) and `safe_write` (the read-back check, the backup, the write).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.model.events import Event, Origin
from timeline_app.model.reading.dataset import Dataset, dataset_from_bytes, find_quote, load_dataset
from timeline_app.model.writing.drafts import (
    KEY_ORDER,
    Anchor,
    EntryDraft,
    SourceDraft,
    draft_from_entry,
    draft_from_event,
)
from timeline_app.model.writing.safe_write import (
    BACKUP_SUFFIX,
    ChangedMeanwhile,
    WriteError,
    backup_path,
    check_writable,
    commit,
    read_current,
    verify,
)
from timeline_app.model.writing.text_splice import Change, TextSplice, edit_for, locate, splice_text
from timeline_app.model.writing.yaml_layout import EventsText, find_layout

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

_ANCHOR_QUOTE_LIMIT = 160
_SPACE = re.compile(r"\s+")


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
    inverse: TextSplice = field(repr=False)

    def undo(self) -> WriteResult:
        """Undo this write: the previous bytes when the file is still what was written, else the inverse
        change applied to the file as it is (WriteError when that is no longer possible)."""
        check_writable(self.path)
        current = read_current(self.path)
        if current == self.after:
            try:
                backup = commit(self.path, current, self.before)
            except ChangedMeanwhile:
                pass
            else:
                return WriteResult(self.path, current, self.before, None, False, backup, self.inverse.swapped())
        return _apply(self.path, self.inverse, base=None)


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


def entry_draft(path: Path, line: int, *, base: bytes | None = None) -> EntryDraft | None:
    """The draft of the entry at `line` of events.yaml (of `base`, the bytes the app read, when given);
    None when no valid entry starts there."""
    dataset = dataset_from_bytes(base, path) if base is not None else load_dataset(path)
    entry = next((e for e in dataset.entries if e.position.line == line), None)
    return draft_from_entry(entry) if entry is not None else None


def add_entry(path: Path, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Append `draft` to `events:` (made when missing). `base`: the bytes the app read, if any."""
    return _apply(path, Change("events", None, draft), base=base)


def replace_entry(path: Path, line: int, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Replace the entry at `line` of `base` (its position as the reader gave it) by `draft`, in place;
    keys whose value is unchanged keep their text and the comments around them."""
    return _apply(path, Change("events", line, draft), base=base)


def remove_entry(path: Path, line: int, *, base: bytes | None = None) -> WriteResult:
    """Remove the entry at `line` of `base`, with the comment lines just above it."""
    return _apply(path, Change("events", line, None), base=base)


def hide_event(path: Path, event: Event, *, base: bytes | None = None) -> WriteResult:
    """Append an entry hiding the extracted `event`, anchored on its excerpt (`match:`), not its id;
    WriteError for an event an entry of events.yaml adds (that entry is removed instead)."""
    if event.origin is Origin.CURATED:
        line = event.entry_line or 1
        raise WriteError.at(path, line, 1, f"'{event.id}' is the entry at line {line}, not an event of the "
                            "articles: remove the entry to drop it")
    anchor = _anchor_on_disk(path, event)
    return _apply(path, lambda dataset: Change("events", None, EntryDraft(match=anchor(dataset), hide=True)),
                  base=base)


def refine_event(path: Path, event: Event, draft: EntryDraft, *, base: bytes | None = None) -> WriteResult:
    """Append an entry refining the extracted `event`, anchored on its excerpt: the fields where `draft`
    differs from `draft_from_event(event)` (what the articles say stays theirs); WriteError when none do."""
    said = draft_from_event(event)
    changed = {name: getattr(draft, name) for name in KEY_ORDER
               if name not in ("hide", "match") and getattr(draft, name) != getattr(said, name)}
    if not changed:
        raise WriteError.at(path, 1, 1, f"nothing to write: the entry would say what the articles say of '{event.id}'")
    anchor = _anchor_on_disk(path, event)
    return _apply(path, lambda dataset: Change("events", None, EntryDraft(**changed, match=anchor(dataset))),
                  base=base)


def _anchor_on_disk(path: Path, event: Event) -> Callable[[Dataset], Anchor]:
    """`anchor_for(event)` for the data set the write reads, with the text of the event's article as that
    data set stores it; WriteError at once for an event that no article reports."""
    try:
        anchor = anchor_for(event)
    except ValueError as exc:
        raise WriteError.at(path, event.entry_line or 1, 1, str(exc)) from exc

    def on_disk(dataset: Dataset) -> Anchor:
        try:
            text = (dataset.articles_dir / anchor.article).read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError):
            return anchor
        return anchor_for(event, text)

    return on_disk


def add_source(path: Path, name: str, meta: SourceDraft, *, base: bytes | None = None) -> WriteResult:
    """Add `name:` with `meta` under `sources:` (made when missing); WriteError when `name` is there."""
    return _apply(path, Change("sources", None, (name, meta)), base=base)


_ATTEMPTS = 3
# A change, or the change to make given the data set on disk (read once per attempt).
_Asked = Change | TextSplice | Callable[[Dataset], Change]


def _apply(path: Path, change: _Asked, *, base: bytes | None) -> WriteResult:
    """Apply `change` to the file as it is on disk (its item located through `base` when given; made from
    the data set on disk when a function); write."""
    check_writable(path)
    for _ in range(_ATTEMPTS):
        try:
            return _apply_once(path, change, base)
        except ChangedMeanwhile:
            continue
    raise WriteError.at(path, 1, 1, f"{path.name} keeps changing on disk: nothing written; try again")


def _apply_once(path: Path, asked: _Asked, base: bytes | None) -> WriteResult:
    """One attempt of `_apply`."""
    current = read_current(path)
    dataset = dataset_from_bytes(current, path)
    text = EventsText.decode(current, dataset)
    change = asked(dataset) if callable(asked) else asked
    layout = find_layout(path, text)
    reapplied = base is not None and base != current
    if isinstance(change, TextSplice):
        edit = splice_text(path, text, layout, change)
    else:
        item_index = None
        if change.line is not None:
            item_index = locate(path, change, base if reapplied else None, text, layout)
        edit = edit_for(path, text, layout, dataset, change, item_index)
    lines = list(text.lines)
    new_lines = [*lines[: edit.start], *edit.lines, *lines[edit.stop :]]
    after = EventsText(text.bom, tuple(new_lines))
    verify(path, text, dataset, after, edit)
    inverse = TextSplice(
        change.section, tuple(edit.lines), tuple(lines[edit.start : edit.stop]), edit.index
    )
    line = edit.start + edit.offset + 1 if edit.expected else None
    data = after.encode()
    return WriteResult(path, current, data, line, reapplied, commit(path, current, data), inverse)


def _quote_of(excerpt: str) -> str:
    """An excerpt as a quote: on one line, cut at a word boundary to a readable length."""
    flat = _SPACE.sub(" ", excerpt).strip()
    if len(flat) <= _ANCHOR_QUOTE_LIMIT:
        return flat
    return flat[:_ANCHOR_QUOTE_LIMIT].rsplit(" ", 1)[0]
