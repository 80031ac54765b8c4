"""The lines of a new entry, key or source as ruamel.yaml writes them, in the indentation the file uses."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from timeline_app.model.writing.drafts import KEY_ORDER, Anchor, EntryDraft, SourceDraft
from timeline_app.model.writing.yaml_layout import EventsText, Item


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


def draft_pairs(draft: EntryDraft) -> list[tuple[str, object]]:
    """The keys of `draft` that it gives, in the order they are written."""
    pairs: list[tuple[str, object]] = []
    for key in KEY_ORDER:
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


def entry_lines(draft: EntryDraft, dash: int, key: int, mapping: int, newline: str) -> list[str]:
    """The lines of an entry whose dash is at column `dash` and keys at column `key`."""
    from ruamel.yaml.comments import CommentedMap

    pairs = draft_pairs(draft)
    if not pairs:
        raise ValueError("an entry needs at least one key")
    item = CommentedMap((name, _yaml_value(name, value)) for name, value in pairs)
    key = max(key, dash + 2)
    return _render("events", item, True, (mapping, key, dash), newline)


def key_lines(name: str, value: object, item: Item, mapping: int, newline: str) -> list[str]:
    """The lines of one key of the entry `item`, indented as its keys are (its dash left out)."""
    from ruamel.yaml.comments import CommentedMap

    dash, key = item.dash_column, max(item.key_column, item.dash_column + 2)
    lines = _render("events", CommentedMap([(name, _yaml_value(name, value))]), True, (mapping, key, dash), newline)
    lines[0] = lines[0][:dash] + " " + lines[0][dash + 1 :]
    return lines


def source_lines(name: str, meta: SourceDraft, column: int, flow: bool, newline: str) -> list[str]:
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


def guess_indent(text: EventsText) -> tuple[int, int]:
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
