"""Every mistake a curator can make in events.yaml, and the exact problem reported for it (line and column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.model.dataset_files import load, report

# Every problem: the YAML written, then the whole report, line and column included.
PROBLEMS = [
    pytest.param(
        "title: x\nevnts: []\n",
        [
            (
                "events.yaml:2:1: error: unknown key 'evnts': expected one of title, articles, sources, people, "
                "events, countries; did you mean 'events'?"
            )
        ],
        id="unknown top-level key",
    ),
    pytest.param(
        "countries: [Germny, France]\n",
        ["events.yaml:1:13: error: unknown country 'Germny': expected a country's English name or ISO code; "
         "did you mean 'Germany'?"],
        id="unknown country",
    ),
    pytest.param(
        "countries:\n  - Japan\n  - South Korea\n  - China\n",
        ["events.yaml:2:3: error: expected a list of two countries for 'countries', found 3"],
        id="three countries",
    ),
    pytest.param(
        "countries: Japan\n",
        ["events.yaml:1:12: error: expected a list of two countries for 'countries', found the text 'Japan'"],
        id="countries not a list",
    ),
    pytest.param(
        "countries: [JP, Japan]\n",
        ["events.yaml:1:17: error: 'Japan' is given twice: expected two different countries"],
        id="one country twice",
    ),
    pytest.param(
        "countries:\n",
        ["events.yaml:1:11: error: expected a list of two countries for 'countries', found an empty value"],
        id="countries empty",
    ),
    pytest.param(
        "events:\n  - title: t\n    kind: call\n    dte: 2025-06-17\n",
        [
            "events.yaml:2:5: error: missing key 'date': an entry without an id needs a date, a kind and a title",
            (
                "events.yaml:4:5: error: unknown key 'dte': expected one of id, date, end, kind, title, location, "
                "participants, status, summary, sources, hide, match; did you mean 'date'?"
            ),
        ],
        id="unknown entry key",
    ),
    pytest.param(
        "sources:\n  001_00fde95698b2452d.txt: {publised: 2025-06-18}\n",
        [
            (
                "events.yaml:2:30: error: unknown key 'publised': expected one of published, outlet, title, url; "
                "did you mean 'published'?"
            )
        ],
        id="unknown source key",
    ),
    pytest.param(
        "events:\n  - id: a\n    sources:\n      - {article: 001_00fde95698b2452d.txt, qoute: talks}\n",
        [
            "events.yaml:4:9: error: missing key 'quote': a source needs an article and a quote",
            "events.yaml:4:45: error: unknown key 'qoute': expected one of article, quote; did you mean 'quote'?",
        ],
        id="unknown quote key",
    ),
    pytest.param(
        "events:\n  - {id: a, kind: sumit}\n",
        [
            (
                "events.yaml:2:19: error: unknown kind 'sumit': expected one of call, summit, ministerial, other; "
                "did you mean 'summit'?"
            )
        ],
        id="unknown kind",
    ),
    pytest.param(
        "events:\n  - {id: a, status: canceled}\n",
        [
            (
                "events.yaml:2:21: error: unknown status 'canceled': expected one of occurred, planned, expected, "
                "possible, cancelled; did you mean 'cancelled'?"
            )
        ],
        id="unknown status",
    ),
    pytest.param(
        "events:\n  - {id: a, kind: [call]}\n",
        [
            "events.yaml:2:19: error: expected one of call, summit, ministerial, other for 'kind', found a list"
        ],
        id="kind of the wrong type",
    ),
    pytest.param(
        "events:\n  - id: a\n    participants: 3\n",
        ["events.yaml:3:19: error: expected a list of names for 'participants', found the number 3"],
        id="participants of the wrong type",
    ),
    pytest.param(
        "events:\n  - id: a\n    participants: [Lee, [Ishiba]]\n",
        ["events.yaml:3:25: error: expected a name in 'participants', found a list"],
        id="a participant of the wrong type",
    ),
    pytest.param(
        "events:\n  - id: a\n    title: [a, b]\n",
        ["events.yaml:3:12: error: expected a title for 'title', found a list"],
        id="text of the wrong type",
    ),
    pytest.param(
        "events:\n  - id: a\n    title:\n",
        ["events.yaml:3:11: error: expected a title for 'title', found an empty value"],
        id="empty title",
    ),
    pytest.param(
        "events:\n  - id: a\n    hide: maybe\n",
        ["events.yaml:3:11: error: expected true or false for 'hide', found the text 'maybe'"],
        id="hide neither true nor false",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 2025-02-30\n",
        ["events.yaml:3:11: error: 2025-02-30 is not a date on the calendar: day is out of range for month"],
        id="impossible day",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 2025-13\n",
        ["events.yaml:3:11: error: 2025-13 is not a date on the calendar: month must be in 1..12"],
        id="impossible month",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 2025-W54\n",
        ["events.yaml:3:11: error: 2025-W54 is not a date on the calendar: Invalid week: 54"],
        id="impossible week",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 9999-W52\n",
        ["events.yaml:3:11: error: 9999-W52 is not a date on the calendar: the week ends after 9999-12-31"],
        id="week past the last day a date can name",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: June 17, 2025\n",
        [
            (
                "events.yaml:3:11: error: expected a date as YYYY-MM-DD, YYYY-MM or YYYY for 'date', "
                "found the text 'June 17, 2025'"
            )
        ],
        id="date not ISO",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 2025-6-17\n",
        [
            (
                "events.yaml:3:11: error: expected a date as YYYY-MM-DD, YYYY-MM or YYYY for 'date', "
                "found the text '2025-6-17'"
            )
        ],
        id="date without leading zeros",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 20250617\n",
        [
            (
                "events.yaml:3:11: error: expected a date as YYYY-MM-DD, YYYY-MM or YYYY for 'date', "
                "found the number 20250617"
            )
        ],
        id="date as a number",
    ),
    pytest.param(
        "events:\n  - id: a\n    date: 2025-06-17\n    end: 2025-06-01\n",
        ["events.yaml:4:10: error: end 2025-06-01 is before date 2025-06-17"],
        id="end before date",
    ),
    pytest.param(
        "sources:\n  001_00fde95698b2452d.txt: {published: 2025-06}\n",
        ["events.yaml:2:41: error: expected a day as YYYY-MM-DD for 'published', found the text '2025-06'"],
        id="published not a day",
    ),
    pytest.param(
        "events:\n  - id: a\n    title: One\n  - id: a\n    title: Two\n",
        ["events.yaml:4:9: error: duplicate id 'a': already used by the entry on line 2"],
        id="duplicate id",
    ),
    pytest.param(
        "events:\n  - title: Only a title\n",
        [
            "events.yaml:2:5: error: missing key 'date': an entry without an id needs a date, a kind and a title",
            "events.yaml:2:5: error: missing key 'kind': an entry without an id needs a date, a kind and a title",
        ],
        id="missing date and kind",
    ),
    pytest.param(
        "events:\n  - {date: 2025, kind: call}\n",
        [
            "events.yaml:2:5: error: missing key 'title': an entry without an id needs a date, a kind and a title"
        ],
        id="missing title",
    ),
    pytest.param(
        "events:\n  - hide: true\n",
        [
            "events.yaml:2:5: error: missing key 'id': an entry with 'hide: true' needs the id (or the 'match:') of the event it hides"
        ],
        id="hide without id",
    ),
    pytest.param(
        "title: a\ntitle: b\n",
        ["events.yaml:2:1: error: duplicate key 'title': already given on line 1"],
        id="duplicate top-level key",
    ),
    pytest.param(
        "events:\n  - id: a\n    kind: call\n    kind: summit\n",
        ["events.yaml:4:5: error: duplicate key 'kind': already given on line 3"],
        id="duplicate entry key",
    ),
    pytest.param(
        "sources:\n  001_00fde95698b2452d.txt:\n  001_00fde95698b2452d.txt: {outlet: x}\n",
        ["events.yaml:3:3: error: duplicate key '001_00fde95698b2452d.txt': already given on line 2"],
        id="duplicate source",
    ),
    pytest.param(
        "articles: resources/artcles\n",
        [
            (
                "events.yaml:1:11: error: articles folder 'resources/artcles' does not exist (relative to events.yaml);"
                " did you mean 'resources/articles'?"
            )
        ],
        id="articles folder missing",
    ),
    pytest.param(
        "articles: resources/articles/001_00fde95698b2452d.txt\n",
        [
            (
                "events.yaml:1:11: error: articles folder 'resources/articles/001_00fde95698b2452d.txt' "
                "is not a folder"
            )
        ],
        id="articles folder is a file",
    ),
    pytest.param(
        "sources:\n  resources/articles/001_00fde95698b2452d.txt: {}\n",
        [
            (
                "events.yaml:2:3: error: expected an article file name, found the path "
                "'resources/articles/001_00fde95698b2452d.txt'"
            )
        ],
        id="source key is a path",
    ),
    pytest.param(
        "sources:\n  001.txt: {outlet: x}\n",
        [
            (
                "events.yaml:2:3: warning: no article '001.txt' in the articles folder; "
                "did you mean '001_00fde95698b2452d.txt'?"
            )
        ],
        id="source names no article",
    ),
    pytest.param(
        "events:\n  - id: a\n    sources:\n      - {article: articles/x.txt, quote: words}\n",
        ["events.yaml:4:19: error: expected an article file name, found the path 'articles/x.txt'"],
        id="quote article is a path",
    ),
    pytest.param(
        "events:\n  - id: a\n    sources: {article: x.txt, quote: words}\n",
        ["events.yaml:3:14: error: expected a list of sources for 'sources', found a mapping"],
        id="sources not a list",
    ),
    pytest.param(
        "people:\n  Lee Jae-myung: [President Lee]\n  Yoon Suk Yeol: [President Lee]\n",
        [
            (
                "events.yaml:3:19: error: 'President Lee' already names 'Lee Jae-myung' (line 2): "
                "a name must name one person"
            )
        ],
        id="alias of two people",
    ),
    pytest.param(
        "people: [Lee]\n",
        ["events.yaml:1:9: error: expected a mapping of names to aliases for 'people', found a list"],
        id="people not a mapping",
    ),
    pytest.param(
        "events: {id: a}\n",
        ["events.yaml:1:9: error: expected a list of events for 'events', found a mapping"],
        id="events not a list",
    ),
    pytest.param(
        "events:\n  - just words\n",
        [
            (
                "events.yaml:2:5: error: expected an event (a mapping with date, kind, title, ...) in 'events', "
                "found the text 'just words'"
            )
        ],
        id="entry not a mapping",
    ),
    pytest.param(
        "events: !!python/object/apply:os.system [echo hacked]\n",
        [
            (
                "events.yaml:1:9: error: unsupported YAML tag '!!python/object/apply:os.system': "
                "expected a value without a tag"
            )
        ],
        id="python tag",
    ),
    pytest.param(
        "title: !custom x\n",
        ["events.yaml:1:8: error: unsupported YAML tag '!custom': expected a value without a tag"],
        id="local tag",
    ),
    pytest.param(
        "defaults: &d {kind: call}\nevents:\n  - <<: *d\n    id: a\n",
        [
            (
                "events.yaml:1:1: error: unknown key 'defaults': expected one of title, articles, sources, people, "
                "events, countries"
            ),
            "events.yaml:3:5: error: merge keys ('<<') are not supported: write the keys out in full",
        ],
        id="merge key",
    ),
    pytest.param(
        "? [a, b]\n: c\n",
        ["events.yaml:1:3: error: expected a key name, found a list"],
        id="key not a name",
    ),
    pytest.param(
        "- title: x\n",
        [
            (
                "events.yaml:1:1: error: expected a mapping with the keys title, articles, sources, people, events, "
                "countries, found a list"
            )
        ],
        id="top level a list",
    ),
    pytest.param(
        "# nothing yet\n",
        [
            (
                "events.yaml:1:1: error: expected a mapping with the keys title, articles, sources, people, events, "
                "countries, found an empty document"
            )
        ],
        id="empty document",
    ),
    pytest.param(
        "people:\n  이재명: [이 대통령, [x]]\n",
        ["events.yaml:2:16: error: expected a name in '이재명', found a list"],
        id="columns count characters, not bytes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROBLEMS)
def test_each_problem_is_reported_in_full_with_line_and_column(
    folder: Path, text: str, expected: list[str]
) -> None:
    dataset = load(folder, text)
    assert (report(dataset, folder), dataset.readable) == (expected, True)

