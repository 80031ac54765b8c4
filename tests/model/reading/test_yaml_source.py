"""The YAML composer under events.yaml: positions, faults, and safety, with libyaml and without."""

from __future__ import annotations

import pytest

from timeline_app.model.reading.yaml_source import (
    LIBYAML,
    MAX_DEPTH,
    Composed,
    Mapping,
    Node,
    Position,
    Scalar,
    Sequence,
    SyntaxFault,
    compose,
    describe,
)

PARSERS = [
    pytest.param(True, id="libyaml", marks=pytest.mark.skipif(not LIBYAML, reason="no libyaml")),
    pytest.param(False, id="python"),
]

DOCUMENT = """\
title: 한일 외교
events:
  - {id: a, date: 2025-06-17, participants: [이재명, "Ishiba"]}
  - id: b
    summary: |
      two
      lines
    tagged: !!str 2025
    shared: &p [x]
    again: *p
"""


def shape(node: Node | None) -> object:
    """The node tree as plain data: kind, text or children, tag, and position."""
    if isinstance(node, Scalar):
        return ("scalar", node.text, node.tag, node.plain, node.line, node.column)
    if isinstance(node, Sequence):
        return ("list", [shape(item) for item in node.items], node.tag, node.line, node.column)
    if isinstance(node, Mapping):
        return ("map", [(shape(k), shape(v)) for k, v in node.pairs], node.tag, node.line, node.column)
    return None


@pytest.mark.parametrize("libyaml", PARSERS)
def test_every_node_keeps_its_line_and_column_in_characters(libyaml: bool) -> None:
    root = compose(DOCUMENT, use_libyaml=libyaml).root
    assert isinstance(root, Mapping)
    events = root.pairs[1][1]
    assert isinstance(events, Sequence)
    first = events.items[0]
    assert isinstance(first, Mapping)
    participants = first.pairs[2][1]
    assert isinstance(participants, Sequence)
    assert [
        (item.text, item.plain, item.position) for item in participants.items if isinstance(item, Scalar)
    ] == [
        ("이재명", True, Position(3, 46)),
        ("Ishiba", False, Position(3, 51)),
    ]


def test_both_parsers_build_the_same_tree() -> None:
    if not LIBYAML:
        pytest.skip("no libyaml")
    assert shape(compose(DOCUMENT, use_libyaml=True).root) == shape(compose(DOCUMENT, use_libyaml=False).root)


@pytest.mark.parametrize("libyaml", PARSERS)
def test_an_alias_is_the_very_node_of_its_anchor(libyaml: bool) -> None:
    root = compose("a: &p [x]\nb: *p\n", use_libyaml=libyaml).root
    assert isinstance(root, Mapping)
    assert root.pairs[0][1] is root.pairs[1][1]


DEEP = 1_000_000


@pytest.mark.parametrize("libyaml", PARSERS)
@pytest.mark.parametrize(
    ("text", "where"),
    [
        # Flow collections: libyaml's scanner (PyYAML 6.0.2 and later) reads ahead to its own 1,000-level
        # limit before the composer sees the 101st level; the project's message and place must win.
        ("[" * DEEP + "]" * DEEP, Position(1, MAX_DEPTH + 1)),
        ("{a: " * 10_000 + "}" * 10_000, Position(1, 4 * MAX_DEPTH + 1)),
        ("[" * 1_500 + "]" * 1_500, Position(1, MAX_DEPTH + 1)),
        ("- " * 1_500 + "x", Position(1, 2 * MAX_DEPTH + 1)),
        ("".join(" " * i + "a:\n" for i in range(1_500)), Position(MAX_DEPTH + 1, MAX_DEPTH + 1)),
    ],
    ids=["flow-lists", "flow-mappings", "flow-1500", "block-lists", "block-mappings"],
)
def test_nesting_deeper_than_any_data_file_needs_is_refused_early(libyaml: bool, text: str, where: Position) -> None:
    assert compose(text, use_libyaml=libyaml) == Composed(
        None,
        SyntaxFault(f"lists and mappings nested more than {MAX_DEPTH} deep: expected far fewer levels", where),
    )


@pytest.mark.parametrize("libyaml", PARSERS)
def test_nesting_to_the_limit_composes(libyaml: bool) -> None:
    node = compose("[" * MAX_DEPTH + "]" * MAX_DEPTH, use_libyaml=libyaml).root
    levels = 0
    while isinstance(node, Sequence):
        node, levels = (node.items[0] if node.items else None), levels + 1
    assert levels == MAX_DEPTH


@pytest.mark.parametrize("libyaml", PARSERS)
def test_a_recursive_alias_composes_into_a_cycle(libyaml: bool) -> None:
    root = compose("&a [*a]", use_libyaml=libyaml).root
    assert isinstance(root, Sequence)
    assert root.items == [root]


@pytest.mark.parametrize(
    ("text", "fault"),
    [
        (
            "a: 1\n---\nb: 2\n",
            SyntaxFault("invalid YAML: expected a single document, found a second one", Position(2, 1)),
        ),
        ("a: *x\n", SyntaxFault("invalid YAML: found undefined alias 'x'", Position(1, 4))),
        (
            "title: 한일\x07\n",
            SyntaxFault(
                "invalid YAML: the character U+0007 is not allowed in a YAML document", Position(1, 10)
            ),
        ),
        (
            "title: 한\ud800\n",
            SyntaxFault(
                "invalid YAML: the character U+D800 is not allowed in a YAML document", Position(1, 9)
            ),
        ),
        (
            'title: "unterminated\n',
            SyntaxFault(
                "invalid YAML: found unexpected end of stream at line 2, column 1, "
                "in the quoted text opened here (is its closing quote missing?)",
                Position(1, 8),
            ),
        ),
    ],
)
@pytest.mark.parametrize("libyaml", PARSERS)
def test_faults_read_the_same_with_either_parser(libyaml: bool, text: str, fault: SyntaxFault) -> None:
    assert compose(text, use_libyaml=libyaml) == Composed(None, fault)


@pytest.mark.parametrize("libyaml", PARSERS)
def test_syntax_errors_are_placed_alike_by_either_parser(libyaml: bool) -> None:
    fault = compose("title: x\n  indented: y\n", use_libyaml=libyaml).fault
    assert fault is not None and fault.position == Position(2, 11)


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("", "an empty value"),
        ("~", "an empty value"),
        ("3", "the number 3"),
        ("2.5", "the number 2.5"),
        ("yes", "the boolean yes"),
        ("2025-06-18", "the date 2025-06-18"),
        ("'3'", "the text '3'"),
        ("[1]", "a list"),
        ("{a: 1}", "a mapping"),
    ],
)
def test_values_are_described_as_yaml_reads_them(text: str, described: str) -> None:
    root = compose(f"k: {text}\n").root
    assert isinstance(root, Mapping)
    assert describe(root.pairs[0][1]) == described


@pytest.mark.parametrize("libyaml", PARSERS)
@pytest.mark.parametrize(
    ("text", "where", "what"),
    [
        ("a: 1\nb: [x, y\nc: 2\nd: 3\n", Position(2, 4), "in the list opened here (is its ']' missing?)"),
        ("a: {x: 1\nb: 2\n", Position(1, 4), "in the mapping opened here (is its '}' missing?)"),
        ("a: [x\n", Position(1, 4), "in the list opened here (is its ']' missing?)"),
        # A line without its ':' among keys: that line, not the one after it.
        ("title: x\nnot a key\nnext: y\n", Position(2, 1), "in the key that starts here (is its ':' missing?)"),
    ],
)
def test_an_unclosed_bracket_is_reported_on_its_own_line(libyaml: bool, text: str, where: Position, what: str) -> None:
    """Not on the line where the parser gave up (issue 10, 3.7); the message says both places."""
    fault = compose(text, use_libyaml=libyaml).fault
    assert fault is not None
    assert fault.position == where
    assert fault.message.startswith("invalid YAML: ") and fault.message.endswith(what)
    assert f"at line {where.line + 1}, column " in fault.message
