"""`timeline-app add` and `hide`: they write through the safe writer, print what they did, and on bad input
or a broken file exit 1 with FILE:LINE:COL messages and leave the file byte-identical."""

from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.model.build import build_timeline

ARTICLE = (
    "SEOUL, June 18 (Yonhap) -- President Lee Jae-myung held a summit with Prime Minister Shigeru Ishiba "
    "in Kananaskis on June 17, on the margins of the G7 summit.\n\n"
    "The two leaders also held phone talks on June 9.\n"
)
EVENTS = (
    "# Curated by hand.\r\n"
    "articles: articles\r\n"
    "sources:\r\n"
    "  y.txt: {published: 2025-06-18}\r\n"
    "events:\r\n"
    "  - {date: 2025-06-20, kind: other, title: \"Hand-written\"}  # keep me\r\n"
)


@pytest.fixture
def events(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "y.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "events.yaml"
    path.write_bytes(EVENTS.encode())
    return path


def test_add_appends_an_entry_and_prints_its_id(events, capsys):
    status = main(["add", "--events", "events.yaml", "--date", "2025-10-30", "--kind", "summit",
                   "--title", "Lee–Takaichi summit", "--location", "Gyeongju, South Korea",
                   "--participant", "Lee Jae-myung", "--participant", "Sanae Takaichi",
                   "--source", "y.txt", "--quote", "held phone talks"])
    assert (status, capsys.readouterr().out) == (0, "2025-10-30-summit-gyeongju\n")
    assert events.read_bytes() == (EVENTS + (
        "  - date: 2025-10-30\r\n"
        "    kind: summit\r\n"
        "    title: Lee–Takaichi summit\r\n"
        "    location: Gyeongju, South Korea\r\n"
        "    participants: [Lee Jae-myung, Sanae Takaichi]\r\n"
        "    sources:\r\n"
        "      - {article: y.txt, quote: held phone talks}\r\n"
    )).encode()
    assert (events.parent / "events.yaml~").read_bytes() == EVENTS.encode()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        pytest.param(["--date", "2025-02-29", "--kind", "call", "--title", "T"],
                     "events.yaml:7:11: error: 2025-02-29 is not a date on the calendar: day is out of range "
                     "for month (in the entry to be written; nothing written)", id="impossible date"),
        pytest.param(["--date", "2025-02-03", "--kind", "meeting", "--title", "T"],
                     "events.yaml:8:11: error: unknown kind 'meeting': expected one of call, summit, "
                     "ministerial, other (in the entry to be written; nothing written)", id="unknown kind"),
        pytest.param(["--date", "2025-02-03", "--kind", "call", "--title", "T", "--end", "2025-01"],
                     "events.yaml:8:10: error: end 2025-01 is before date 2025-02-03 (in the entry to be "
                     "written; nothing written)", id="end before date"),
        pytest.param(["--date", "2025", "--kind", "call", "--title", "T", "--source", "x.txt", "--quote", "q"],
                     "events.yaml:11:19: error: no article named 'x.txt' in the articles folder; did you mean "
                     "'y.txt'? (in the entry to be written; nothing written)", id="unknown article"),
    ],
)
def test_add_refuses_bad_input_and_leaves_the_file_as_it_was(events, capsys, arguments, message):
    assert main(["add", *arguments]) == 1
    assert capsys.readouterr().err == message + "\n"
    assert events.read_bytes() == EVENTS.encode()
    assert not (events.parent / "events.yaml~").exists()


def test_add_and_hide_refuse_a_broken_file(events, capsys):
    broken = EVENTS.replace('"Hand-written"}', '"Hand-written"')
    events.write_bytes(broken.encode())
    assert main(["add", "--date", "2025", "--kind", "call", "--title", "T"]) == 1
    message = capsys.readouterr().err
    assert message == (
        "events.yaml:6:5: error: invalid YAML: did not find expected ',' or '}' at line 7, column 1, in the "
        "mapping opened here (is its '}' missing?)\n"
    )
    assert main(["hide", "2025-06-17-summit-kananaskis"]) == 1
    assert capsys.readouterr().err == message
    assert events.read_bytes() == broken.encode()


def test_hide_hides_an_extracted_event_by_the_words_of_its_excerpt(events, capsys):
    summit = next(e for e in build_timeline(events).events if e.kind.value == "summit")
    assert main(["hide", summit.id]) == 0
    assert capsys.readouterr().out == f"hidden: {summit.id}\n"
    assert events.read_bytes() == (EVENTS + (
        "  - hide: true\r\n"
        "    match: {article: y.txt, quote: summit with Prime Minister Shigeru Ishiba in Kananaskis on June 17}\r\n"
    )).encode()
    assert summit.id not in [e.id for e in build_timeline(events).events]


def test_hide_refuses_an_unknown_id_and_a_curated_entry(events, capsys):
    assert main(["hide", "2025-06-17-summit-kananaskiss"]) == 1
    assert capsys.readouterr().err == (
        "events.yaml:1:1: error: no event has the id '2025-06-17-summit-kananaskiss'; "
        "did you mean '2025-06-17-summit-kananaskis'?\n"
    )
    curated = next(e for e in build_timeline(events).events if e.title == "Hand-written")
    assert main(["hide", curated.id]) == 1
    assert capsys.readouterr().err == (
        f"events.yaml:6:1: error: '{curated.id}' is the entry at line 6, not an event of the articles: "
        "remove the entry to drop it\n"
    )
    assert events.read_bytes() == EVENTS.encode()


@pytest.mark.parametrize("where", ["default", "package"])
def test_the_bundled_data_set_is_refused(tmp_path, capsys, monkeypatch, where):
    import timeline_app
    from timeline_app.model.reading.bundled import bundled_events_path

    monkeypatch.chdir(tmp_path)  # no ./events.yaml: the default is the bundled one
    if where == "default":
        bundled, options = bundled_events_path(), []
    else:
        bundled = Path(timeline_app.__file__).parent / "events.yaml"
        options = ["--events", str(bundled)]
    before = bundled.read_bytes() if bundled.exists() else None
    assert main(["add", *options, "--date", "2025", "--kind", "call", "--title", "T"]) == 1
    assert capsys.readouterr().err == (
        f"{bundled}:1:1: error: this is the data set bundled with timeline-app; it is not changed in place: "
        "copy it (or start a new timeline) and curate the copy\n"
    )
    assert (bundled.read_bytes() if bundled.exists() else None) == before
