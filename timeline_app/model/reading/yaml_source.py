"""YAML composed into nodes that remember their line and column; no tag ever constructs an object.

`compose` reads the parser's events (libyaml's when available) and builds the node tree itself,
without recursion and with a bound on depth, so that neither deep nesting nor any tag can crash
the program, stall it or run code. (yaml.compose with libyaml recurses in C and crashes on deep
nesting, and resolves every scalar's tag in Python, which makes it slower.)
Values are left as the text that was written: the reader of the nodes decides what they mean.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

import yaml
import yaml.resolver

from timeline_app.model.problems import line_and_column

LIBYAML: bool = bool(getattr(yaml, "__with_libyaml__", False))
# Deeper nesting is refused: no data file needs it, and both parsers slow down quadratically with depth.
MAX_DEPTH = 100

# What libyaml's own nesting limit says (PyYAML 6.0.2 and later bundle a libyaml that has one).
_LIBYAML_DEPTH_LIMIT = "exceeded maximum nesting depth"

YAML_TAG_PREFIX = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset(
    YAML_TAG_PREFIX + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
_NULL_TEXTS = frozenset(("", "~", "null", "Null", "NULL"))
_RESOLVER = yaml.resolver.Resolver()


@dataclass(frozen=True, slots=True)
class Position:
    """A place in a text file: line and column, both counted from 1."""

    line: int
    column: int


class _Node:
    """What every node holds: its explicit tag (if any) and the line and column where it starts."""

    __slots__ = ("column", "line", "tag")

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        self.tag = tag
        self.line = line
        self.column = column

    @property
    def position(self) -> Position:
        """Where the node (or its tag) starts."""
        return Position(self.line, self.column)


class Scalar(_Node):
    """A scalar as written: its text, its explicit tag (if any), and whether it was written plain."""

    __slots__ = ("plain", "text")

    def __init__(self, text: str, tag: str | None, plain: bool, line: int, column: int) -> None:
        # Not through _Node.__init__: one call fewer for each scalar, the bulk of a large file.
        self.tag = tag
        self.line = line
        self.column = column
        self.text = text
        self.plain = plain


class Sequence(_Node):
    """A YAML list and its items."""

    __slots__ = ("items",)

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        super().__init__(tag, line, column)
        self.items: list[Node] = []


class Mapping(_Node):
    """A YAML mapping: its key and value nodes in the order written, duplicates included."""

    __slots__ = ("pairs",)

    def __init__(self, tag: str | None, line: int, column: int) -> None:
        super().__init__(tag, line, column)
        self.pairs: list[tuple[Node, Node]] = []


Node = Scalar | Sequence | Mapping


@dataclass(frozen=True, slots=True)
class SyntaxFault:
    """Why a text is not a YAML document, and where the parser gave up."""

    message: str
    position: Position


@dataclass(frozen=True, slots=True)
class Composed:
    """The root node of the document (None when empty), or the fault that stopped the parser."""

    root: Node | None
    fault: SyntaxFault | None = None


class _Fault(Exception):
    """Raised inside the composer to stop at the first structural fault."""

    def __init__(self, fault: SyntaxFault) -> None:
        super().__init__(fault.message)
        self.fault = fault


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pauses the cycle collector: trees of nodes hold no cycles worth it, and it would rescan them all."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def compose(text: str, *, use_libyaml: bool = LIBYAML) -> Composed:
    """The single document in `text` as nodes, or the syntax fault that stops it being read.

    Wrap the call and the reading of the nodes in `collector_paused` when the text may be large.
    """
    if use_libyaml and LIBYAML:
        try:
            stream: str | bytes = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return Composed(None, _encoding_fault(text, exc.start))
        loader: type[yaml.SafeLoader | yaml.CSafeLoader] = yaml.CSafeLoader
    else:
        stream = text
        loader = yaml.SafeLoader
    parser: yaml.SafeLoader | yaml.CSafeLoader | None = None
    try:
        parser = loader(stream)
        return Composed(_compose_events(parser))
    except _Fault as exc:
        return Composed(None, exc.fault)
    except yaml.MarkedYAMLError as exc:
        if loader is yaml.CSafeLoader and _LIBYAML_DEPTH_LIMIT in str(exc.problem):
            # libyaml (from PyYAML 6.0.2) refuses 1,000 levels in its scanner, which reads ahead of the
            # events, so that limit can come before this module's. The pure-Python parser reads the same
            # text until this module's own limit (or an earlier fault) stops it: every PyYAML says the same.
            return compose(text, use_libyaml=False)
        return Composed(None, _marked_fault(exc))
    except yaml.reader.ReaderError as exc:
        offset = exc.position
        if isinstance(stream, bytes):
            offset = len(stream[:offset].decode("utf-8", errors="ignore"))
        return Composed(
            None,
            SyntaxFault(f"invalid YAML: {_reader_problem(exc)}", Position(*line_and_column(text, offset))),
        )
    except yaml.YAMLError as exc:
        return Composed(None, SyntaxFault(f"invalid YAML: {exc}", Position(1, 1)))
    except UnicodeEncodeError as exc:
        return Composed(None, _encoding_fault(text, exc.start))
    finally:
        if parser is not None:
            parser.dispose()


def _compose_events(loader: yaml.SafeLoader | yaml.CSafeLoader) -> Node | None:
    """Builds the tree of one document from the parser's events, keeping every node's position."""
    top: list[Node] = []
    add = top.append
    adds: list[Callable[[Node], None]] = []
    opened: list[tuple[Sequence | Mapping, list[Node]]] = []
    flat: list[Node]
    anchors: dict[str, Node] = {}
    documents = 0
    # Events are typed loosely: each kind has its own attributes, and this loop is the hot path.
    next_event: Callable[[], Any] = loader.get_event
    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    sequence_start, mapping_start = yaml.SequenceStartEvent, yaml.MappingStartEvent
    sequence_end, mapping_end = yaml.SequenceEndEvent, yaml.MappingEndEvent
    while (event := next_event()) is not None:
        kind = type(event)
        node: Node
        if kind is scalar_event:
            mark, tag = event.start_mark, event.tag
            if tag is None:
                node = Scalar(event.value, None, event.implicit[0], mark.line + 1, mark.column + 1)
            else:
                node = Scalar(event.value, None if tag == "!" else tag, False, mark.line + 1, mark.column + 1)
            add(node)
        elif kind is sequence_end or kind is mapping_end:
            container, flat = opened.pop()
            if type(container) is Mapping:
                container.pairs = list(zip(flat[0::2], flat[1::2], strict=False))
            add = adds.pop()
            continue
        elif kind is mapping_start or kind is sequence_start:
            mark, tag = event.start_mark, event.tag
            tag = None if tag == "!" else tag
            flat = []
            if kind is mapping_start:
                node = Mapping(tag, mark.line + 1, mark.column + 1)
            else:
                node = Sequence(tag, mark.line + 1, mark.column + 1)
                flat = node.items
            if len(opened) == MAX_DEPTH:
                message = f"lists and mappings nested more than {MAX_DEPTH} deep: expected far fewer levels"
                raise _Fault(SyntaxFault(message, node.position))
            add(node)
            adds.append(add)
            opened.append((node, flat))
            add = flat.append
        elif kind is alias_event:
            target = anchors.get(event.anchor or "")
            if target is None:
                message = f"invalid YAML: found undefined alias '{event.anchor}'"
                raise _Fault(SyntaxFault(message, _mark_position(event.start_mark)))
            add(target)
            continue
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            anchors.clear()
            if documents > 1:
                message = "invalid YAML: expected a single document, found a second one"
                raise _Fault(SyntaxFault(message, _mark_position(event.start_mark)))
            continue
        else:
            continue
        if event.anchor is not None:
            anchors[event.anchor] = node
    return top[0] if top else None


class _Mark(Protocol):
    """What this module reads of a parser mark, pure Python's or libyaml's."""

    @property
    def line(self) -> int:
        """The 0-based line."""

    @property
    def column(self) -> int:
        """The 0-based column."""


def _mark_position(mark: _Mark | None) -> Position:
    """A parser mark (0-based) as a 1-based position; the start of the file when there is none."""
    return Position(mark.line + 1, mark.column + 1) if mark is not None else Position(1, 1)


# Contexts that open something the parser then finds unfinished: the fault is placed where it was opened
# (an unclosed `[` on line 90 is reported on line 90, not where the parser gave up on it).
_OPENERS = {
    "while parsing a flow sequence": "in the list opened here (is its ']' missing?)",
    "while parsing a flow mapping": "in the mapping opened here (is its '}' missing?)",
    "while scanning a quoted scalar": "in the quoted text opened here (is its closing quote missing?)",
    "while scanning a simple key": "in the key that starts here (is its ':' missing?)",
}


def _marked_fault(exc: yaml.MarkedYAMLError) -> SyntaxFault:
    """The parser's own words, placed where it found the problem, or where the unfinished thing began."""
    opener = _OPENERS.get(exc.context or "")
    if opener is not None and exc.problem and exc.context_mark is not None and exc.problem_mark is not None:
        mark = exc.problem_mark
        return SyntaxFault(
            f"invalid YAML: {exc.problem} at line {mark.line + 1}, column {mark.column + 1}, {opener}",
            _mark_position(exc.context_mark),
        )
    position = _mark_position(exc.problem_mark or exc.context_mark)
    message = f"invalid YAML: {exc.problem or exc.context or 'cannot parse'}"
    if exc.problem and exc.context:
        where = ""
        if exc.context_mark is not None:
            where = f" at line {exc.context_mark.line + 1}, column {exc.context_mark.column + 1}"
        message += f" ({exc.context}{where})"
    return SyntaxFault(message, position)


def _reader_problem(exc: yaml.reader.ReaderError) -> str:
    """What the reader refused: a character YAML does not allow in a document."""
    character = exc.character
    code = ord(character) if isinstance(character, str) else int(character)
    return f"the character U+{code:04X} is not allowed in a YAML document"


def _encoding_fault(text: str, offset: int) -> SyntaxFault:
    """A character that has no UTF-8 form (a lone surrogate), which no YAML parser accepts."""
    code = ord(text[offset]) if offset < len(text) else 0
    return SyntaxFault(
        f"invalid YAML: the character U+{code:04X} is not allowed in a YAML document",
        Position(*line_and_column(text, offset)),
    )


def is_null(node: Node) -> bool:
    """Whether the node is an empty value or a plain null (`~`, `null`)."""
    if not isinstance(node, Scalar):
        return False
    if node.tag is not None:
        return node.tag == YAML_TAG_PREFIX + "null"
    return node.plain and node.text in _NULL_TEXTS


def foreign_tag(node: Node) -> str | None:
    """The node's tag as written (`!!python/object`, `!mine`) when it is not one of plain YAML's."""
    if node.tag is None or node.tag in _PLAIN_TAGS:
        return None
    return show_tag(node.tag)


def show_tag(tag: str) -> str:
    """A tag in the short form a writer would use: `!!python/name:os.system` rather than its URI."""
    if tag.startswith(YAML_TAG_PREFIX):
        return "!!" + tag[len(YAML_TAG_PREFIX) :]
    return tag


def scalar_type(node: Scalar) -> str:
    """What YAML itself makes of the scalar: str, int, float, bool, null, timestamp, merge or another tag."""
    if node.tag is not None:
        tag = node.tag
    elif node.plain:
        tag = str(_RESOLVER.resolve(yaml.ScalarNode, node.text, (True, False)))  # type: ignore[no-untyped-call]
    else:
        return "str"
    return tag.removeprefix(YAML_TAG_PREFIX)


def describe(node: Node) -> str:
    """The node as an error message names it: 'a list', 'the number 3', "the text 'June 17'"."""
    if isinstance(node, Sequence):
        return "a list"
    if isinstance(node, Mapping):
        return "a mapping"
    if is_null(node):
        return "an empty value"
    kind = scalar_type(node)
    shown = shorten(node.text)
    if kind in ("int", "float"):
        return f"the number {shown}"
    if kind == "bool":
        return f"the boolean {shown}"
    if kind == "timestamp":
        return f"the date {shown}"
    if kind == "str":
        return f"the text '{shown}'"
    return f"'{shown}'"


def shorten(text: str, limit: int = 60) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
