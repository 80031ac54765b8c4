"""events.yaml as a curator writes it: what loads, and the exact problem reported for each mistake."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.model.dataset_files import ARTICLES, load, report
from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision
from timeline_app.model.events import Kind, Status
from timeline_app.model.problems import Problem
from timeline_app.model.reading.dataset import (
    ENTRY_KEYS,
    QUOTE_KEYS,
    SOURCE_KEYS,
    TOP_KEYS,
    CuratedEntry,
    Dataset,
    Position,
    Quote,
    SourceMeta,
    check_quotes,
    find_quote,
    load_dataset,
    parse_dataset,
)
from timeline_app.model.reading.yaml_source import LIBYAML

FULL = """\
    title: Korea–Japan diplomacy
    articles: resources/articles
    sources:
      001_00fde95698b2452d.txt: {published: 2025-06-18, outlet: Korea JoongAng Daily, title: "Lee calls ties 'inseparable'", url: "https://example.org/a"}
      004_064537f604493f91.txt:
    people:
      Lee Jae-myung: [Lee Jae Myung, President Lee]
      Shigeru Ishiba: Prime Minister Ishiba
    events:
      - id: 2025-08-23-summit-tokyo
        date: 2025-08-23
        end: 2025-08-24
        kind: summit
        title: Lee–Ishiba summit in Tokyo
        location: Tokyo, Japan
        participants: [Lee Jae-myung, Shigeru Ishiba]
        status: occurred
        summary: >
          Lee's first visit to Japan
          as president.
        sources:
          - {article: 004_064537f604493f91.txt, quote: "President Lee's visit to Japan last month"}
      - date: '2025-09'
        kind: ministerial
        title: Defence ministers meet
        status: expected
      - date: 2026
        kind: other
        title: Something next year
        participants:
      - id: 2025-06-09-call-extracted
        hide: true
"""


def test_a_full_file_with_every_key_loads_exactly(folder: Path) -> None:
    dataset = load(folder, FULL)
    path = folder / "events.yaml"
    assert dataset == Dataset(
        path=path,
        title="Korea–Japan diplomacy",
        articles_dir=folder / "resources/articles",
        sources={
            "001_00fde95698b2452d.txt": SourceMeta(
                name="001_00fde95698b2452d.txt",
                published=dt.date(2025, 6, 18),
                outlet="Korea JoongAng Daily",
                title="Lee calls ties 'inseparable'",
                url="https://example.org/a",
                position=Position(4, 3),
            ),
            "004_064537f604493f91.txt": SourceMeta(
                "004_064537f604493f91.txt", None, None, None, None, Position(5, 3)
            ),
        },
        people={
            "Lee Jae-myung": ("Lee Jae Myung", "President Lee"),
            "Shigeru Ishiba": ("Prime Minister Ishiba",),
        },
        entries=[
            CuratedEntry(
                id="2025-08-23-summit-tokyo",
                date=FuzzyDate.day(2025, 8, 23),
                end=FuzzyDate.day(2025, 8, 24),
                kind=Kind.SUMMIT,
                title="Lee–Ishiba summit in Tokyo",
                location="Tokyo, Japan",
                participants=("Lee Jae-myung", "Shigeru Ishiba"),
                status=Status.OCCURRED,
                summary="Lee's first visit to Japan as president.",
                quotes=(
                    Quote(
                        "004_064537f604493f91.txt",
                        "President Lee's visit to Japan last month",
                        Position(22, 52),
                        Position(22, 19),
                    ),
                ),
                hide=False,
                position=Position(10, 5),
                fields=frozenset(ENTRY_KEYS) - {"hide", "match"},
            ),
            CuratedEntry(
                id=None,
                date=FuzzyDate.month(2025, 9),
                end=None,
                kind=Kind.MINISTERIAL,
                title="Defence ministers meet",
                location=None,
                participants=(),
                status=Status.EXPECTED,
                summary=None,
                quotes=(),
                hide=False,
                position=Position(23, 5),
                fields=frozenset({"date", "kind", "title", "status"}),
            ),
            CuratedEntry(
                id=None,
                date=FuzzyDate.year(2026),
                end=None,
                kind=Kind.OTHER,
                title="Something next year",
                location=None,
                participants=(),
                status=None,
                summary=None,
                quotes=(),
                hide=False,
                position=Position(27, 5),
                fields=frozenset({"date", "kind", "title", "participants"}),
            ),
            CuratedEntry(
                id="2025-06-09-call-extracted",
                date=None,
                end=None,
                kind=None,
                title=None,
                location=None,
                participants=(),
                status=None,
                summary=None,
                quotes=(),
                hide=True,
                position=Position(31, 5),
                fields=frozenset({"id", "hide"}),
            ),
        ],
        problems=[],
        readable=True,
    )


def test_parse_dataset_reads_text_as_if_from_the_path(folder: Path) -> None:
    dataset = parse_dataset(textwrap.dedent(FULL), folder / "events.yaml")
    assert dataset == load(folder, FULL)


def test_the_quotes_of_the_full_file_are_found_in_their_articles(folder: Path) -> None:
    assert check_quotes(load(folder, FULL), ARTICLES) == []


def test_defaults_when_title_and_articles_are_left_out(folder: Path) -> None:
    dataset = load(folder, "events: []\n")
    assert (dataset.title, dataset.articles_dir, dataset.problems) == (
        "Timeline",
        folder / "resources/articles",
        [],
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-06-18", FuzzyDate.day(2025, 6, 18)),
        ("'2025-06-18'", FuzzyDate.day(2025, 6, 18)),
        ("2025-06", FuzzyDate.month(2025, 6)),
        ("'2025-06'", FuzzyDate.month(2025, 6)),
        ("2025", FuzzyDate.year(2025)),
        ("'2025'", FuzzyDate.year(2025)),
        ("2025-W24", FuzzyDate(dt.date(2025, 6, 9), Precision.WEEK)),
    ],
)
def test_dates_are_read_at_the_precision_written(folder: Path, written: str, expected: FuzzyDate) -> None:
    dataset = load(folder, f"events:\n  - {{title: t, kind: call, date: {written}}}\n")
    assert [entry.date for entry in dataset.entries] == [expected]


def test_a_utf8_byte_order_mark_is_accepted(folder: Path) -> None:
    path = folder / "events.yaml"
    path.write_bytes("\ufefftitle: 한일 외교\n".encode())
    dataset = load_dataset(path)
    assert (dataset.title, dataset.problems, dataset.readable) == ("한일 외교", [], True)


def test_a_bad_entry_is_skipped_and_the_others_load(folder: Path) -> None:
    dataset = load(
        folder,
        """
        events:
          - {id: first, title: First}
          - {id: second, date: 2025-02-30}
          - {id: third, title: Third}
        """,
    )
    assert [entry.id for entry in dataset.entries] == ["first", "third"]
    assert report(dataset, folder) == [
        "events.yaml:3:24: error: 2025-02-30 is not a date on the calendar: day is out of range for month"
    ]


def test_a_bad_source_or_person_skips_that_item_only(folder: Path) -> None:
    dataset = load(
        folder,
        """
        sources:
          001_00fde95698b2452d.txt: {published: June 18}
          004_064537f604493f91.txt: {outlet: Diplomacy Journal}
        people:
          Lee Jae-myung: {alias: President Lee}
          Shigeru Ishiba: [Prime Minister Ishiba]
        """,
    )
    assert (list(dataset.sources), list(dataset.people)) == (["004_064537f604493f91.txt"], ["Shigeru Ishiba"])
    assert report(dataset, folder) == [
        "events.yaml:2:41: error: expected a day as YYYY-MM-DD for 'published', found the text 'June 18'",
        "events.yaml:5:18: error: expected a list of names for 'Lee Jae-myung', found a mapping",
    ]


def test_an_alias_shared_by_yaml_anchors_loads_for_every_entry(folder: Path) -> None:
    shared = ["Lee", "Ishiba"]
    text = yaml.safe_dump(
        {"events": [{"id": "a", "participants": shared}, {"id": "b", "participants": shared}]}
    )
    assert "&id001" in text
    dataset = parse_dataset(text, folder / "events.yaml")
    assert [entry.participants for entry in dataset.entries] == [("Lee", "Ishiba")] * 2


def test_no_articles_key_and_no_default_folder_is_a_warning(tmp_path: Path) -> None:
    dataset = load(tmp_path, "title: x\n")
    assert report(dataset, tmp_path) == [
        (
            "events.yaml:1:1: warning: no 'articles:' key and no resources/articles folder next to events.yaml: "
            "expected 'articles:' with the folder of the articles"
        )
    ]


# A file that cannot be read as YAML: one problem, nothing half-read, not readable.
UNREADABLE = [
    pytest.param(
        "events:\n  - id: a\n    title: One\n  - id: b\n    title: [unclosed\n",
        "events.yaml:5:12: error: invalid YAML: did not find expected ',' or ']' at line 6, column 1, "
        "in the list opened here (is its ']' missing?)",
        id="unclosed list",
    ),
    pytest.param(
        "title: x\n  indented: y\n",
        "events.yaml:2:11: error: invalid YAML: mapping values are not allowed in this context",
        id="bad indentation",
    ),
    pytest.param(
        "events:\n\t- id: a\n",
        "events.yaml:2:1: error: invalid YAML: found character that cannot start any token "
        "(while scanning for the next token at line 2, column 1)",
        id="tab",
    ),
    pytest.param(
        'title: "unterminated\n',
        "events.yaml:1:8: error: invalid YAML: found unexpected end of stream at line 2, column 1, "
        "in the quoted text opened here (is its closing quote missing?)",
        id="unterminated quote",
    ),
    pytest.param(
        "title: a\n---\ntitle: b\n",
        "events.yaml:2:1: error: invalid YAML: expected a single document, found a second one",
        id="two documents",
    ),
    pytest.param(
        "events:\n  - {id: a, participants: *people}\n",
        "events.yaml:2:27: error: invalid YAML: found undefined alias 'people'",
        id="undefined alias",
    ),
    pytest.param(
        "title: 한일\x07\n",
        "events.yaml:1:10: error: invalid YAML: the character U+0007 is not allowed in a YAML document",
        id="control character",
    ),
    pytest.param(
        "title: " + "[" * 101 + "]" * 101 + "\n",
        "events.yaml:1:107: error: lists and mappings nested more than 100 deep: expected far fewer levels",
        id="nesting too deep",
    ),
]


@pytest.mark.skipif(not LIBYAML, reason="the messages are libyaml's")
@pytest.mark.parametrize(("text", "expected"), UNREADABLE)
def test_a_file_that_is_not_yaml_is_one_problem_and_nothing_else(
    folder: Path, text: str, expected: str
) -> None:
    dataset = load(folder, text)
    assert (report(dataset, folder), dataset.readable) == ([expected], False)
    assert (dataset.entries, dataset.sources, dataset.people, dataset.title) == ([], {}, {}, "Timeline")


def test_a_file_that_is_not_utf8_is_one_problem(folder: Path) -> None:
    path = folder / "events.yaml"
    path.write_bytes(b"title: ok\nevents:\n  - title: caf\xe9\n")
    dataset = load_dataset(path)
    assert (report(dataset, folder), dataset.readable, dataset.entries) == (
        ["events.yaml:3:15: error: not UTF-8 text: the byte 0xE9 cannot be decoded; save the file as UTF-8"],
        False,
        [],
    )


def test_a_missing_file_is_one_problem(folder: Path) -> None:
    dataset = load_dataset(folder / "nowhere.yaml")
    assert (report(dataset, folder), dataset.readable) == (
        ["nowhere.yaml:1:1: error: cannot read nowhere.yaml: No such file or directory"],
        False,
    )


def test_a_tag_never_runs_code(folder: Path, tmp_path: Path) -> None:
    witness = tmp_path / "ran"
    text = f"title: !!python/object/apply:pathlib.Path.touch [!!python/object/apply:pathlib.Path ['{witness}']]\n"
    dataset = load(folder, text)
    assert not witness.exists()
    assert [problem.message for problem in dataset.problems] == [
        "unsupported YAML tag '!!python/object/apply:pathlib.Path.touch': expected a value without a tag"
    ]


def test_check_quotes_folds_spaces_and_curly_quotes(folder: Path) -> None:
    dataset = load(
        folder,
        """
        events:
          - id: a
            sources:
              - {article: 001_00fde95698b2452d.txt, quote: "relations 'inseparable'"}
              - {article: 004_064537f604493f91.txt, quote: "one month   after President Lee’s visit"}
        """,
    )
    assert check_quotes(dataset, ARTICLES) == []


def test_check_quotes_reports_missing_articles_and_quotes(folder: Path) -> None:
    dataset = load(
        folder,
        """
        events:
          - id: a
            sources:
              - {article: 004.txt, quote: "Ishiba's visit"}
              - {article: 004_064537f604493f91.txt, quote: "Ishiba visited Busan"}
        """,
    )
    path = folder / "events.yaml"
    assert check_quotes(dataset, ARTICLES) == [
        Problem.error(
            path,
            4,
            19,
            "no article named '004.txt' in the articles folder; did you mean '004_064537f604493f91.txt'?",
        ),
        Problem.error(path, 5, 52, "quote not found in 004_064537f604493f91.txt: 'Ishiba visited Busan'"),
    ]


def test_find_quote_gives_offsets_into_the_original_text() -> None:
    text = ARTICLES["004_064537f604493f91.txt"]
    start, end = find_quote(text, "after President Lee's visit to Japan last month") or (0, 0)
    assert text[start:end] == "after\nPresident Lee\u2019s visit to Japan last\u00a0month"
    assert find_quote(text, "not there") is None


def test_ten_thousand_entries_load(folder: Path) -> None:
    entry = (
        "  - id: e{0}\n    date: 2025-08-23\n    kind: summit\n    title: Summit {0}\n"
        "    participants: [Lee Jae-myung, Shigeru Ishiba]\n"
        "    sources:\n      - {{article: 004_064537f604493f91.txt, quote: visit to Japan}}\n"
    )
    text = "events:\n" + "".join(entry.format(number) for number in range(10_000))
    dataset = parse_dataset(text, folder / "events.yaml")
    assert (len(dataset.entries), dataset.problems) == (10_000, [])
    assert dataset.entries[-1].position == Position(1 + 7 * 9_999 + 1, 5)


def _assert_sound(dataset: Dataset, path: Path, text: str) -> None:
    lines = sum(text.count(brk) for brk in "\n\r\x85\u2028\u2029") + 2
    for problem in dataset.problems:
        assert problem.file == path
        assert 1 <= problem.line <= lines
        assert problem.column >= 1
        assert problem.message


NOWHERE = Path("/nonexistent-timeline-data/events.yaml")


@settings(deadline=None)
@given(st.text())
def test_any_text_gives_a_dataset_and_placed_problems(text: str) -> None:
    _assert_sound(parse_dataset(text, NOWHERE), NOWHERE, text)


_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.dates()
    | st.text(max_size=12)
    | st.sampled_from(["2025-02-30", "2025-06", "2025-W24", "summit", "canceled", "a/b.txt", "true", "<<"])
)
_keys = st.sampled_from(sorted({*TOP_KEYS, *ENTRY_KEYS, *SOURCE_KEYS, *QUOTE_KEYS})) | st.text(max_size=8)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=6),
    max_leaves=25,
)
_documents = (
    _values
    | st.dictionaries(_keys, _values, max_size=6)
    | st.fixed_dictionaries(
        {"events": st.lists(st.dictionaries(st.sampled_from(ENTRY_KEYS), _values, max_size=8), max_size=4)}
    )
)


@settings(deadline=None)
@given(_documents, st.booleans())
def test_any_yaml_shaped_data_gives_a_dataset_and_placed_problems(data: object, flow: bool) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow)
    dataset = parse_dataset(text, NOWHERE)
    assert dataset.readable
    _assert_sound(dataset, NOWHERE, text)
