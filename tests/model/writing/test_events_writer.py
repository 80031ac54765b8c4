"""The safe events.yaml writer: every byte outside the change stays, a changed file is re-read, bad input and
broken files are refused with FILE:LINE:COL and leave the file as it was."""

from __future__ import annotations

import codecs
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from timeline_app.model.build import build_timeline
from timeline_app.model.reading.dataset import load_dataset
from timeline_app.model.writing import events_writer as writer
from timeline_app.model.writing.events_writer import Anchor, EntryDraft, SourceDraft, WriteError

ARTICLE = (
    "Seoul, Oct. 30 -- President Lee Jae-myung and Prime Minister Sanae Takaichi held their first summit "
    "in Gyeongju on Thursday.\n\nThe two leaders agreed to keep up shuttle diplomacy.\n"
)

# A file written by hand: comments everywhere, flow lists and mappings, quotes of both kinds, a block
# scalar, a key order of its own and uneven blank lines.
USER_FILE = """\
# My timeline.   (trailing spaces kept)
title: "Korea–Japan"   # quoted on purpose
articles: articles

sources:
  a.txt:
    published: 2025-10-30   # from the page
    outlet: 'Yonhap'

people: {Lee Jae-myung: [President Lee], Sanae Takaichi: [Prime Minister Takaichi]}

events:
  # The first one.
  - title: 'First, with a comment inside'
    # between keys
    kind: summit
    date: "2025-06-17"
    participants: [ Lee Jae-myung ,Sanae Takaichi ]
    summary: |
      Two lines
      of summary.


  - {date: 2025-08-23, kind: call, title: "Flow entry"}
# a comment at column 0 after the last entry
"""

NEW_ENTRY = """\
  - date: 2025-10-30
    kind: summit
    title: 'Lee–Takaichi: Gyeongju'
    participants: [Lee Jae-myung, Sanae Takaichi]
    sources:
      - {article: a.txt, quote: held their first summit in Gyeongju}
"""

DRAFT = EntryDraft(
    date="2025-10-30",
    kind="summit",
    title="Lee–Takaichi: Gyeongju",
    participants=("Lee Jae-myung", "Sanae Takaichi"),
    sources=(Anchor("a.txt", "held their first summit in Gyeongju"),),
)


def encoded(text: str, newline: str, bom: bool) -> bytes:
    return (codecs.BOM_UTF8 if bom else b"") + text.replace("\n", newline).encode("utf-8")


def make(tmp_path: Path, text: str, newline: str = "\n", bom: bool = False) -> Path:
    (tmp_path / "articles").mkdir(exist_ok=True)
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "events.yaml"
    path.write_bytes(encoded(text, newline, bom))
    return path


STYLES = [
    pytest.param("\n", False, id="LF"),
    pytest.param("\r\n", False, id="CRLF"),
    pytest.param("\n", True, id="BOM"),
    pytest.param("\r\n", True, id="CRLF+BOM"),
]


@pytest.mark.parametrize(("newline", "bom"), STYLES)
def test_an_added_entry_is_the_only_change(tmp_path, newline, bom):
    path = make(tmp_path, USER_FILE, newline, bom)
    result = writer.add_entry(path, DRAFT)
    lines = USER_FILE.splitlines(keepends=True)
    # Inserted after the flow entry (the last item), before the comment that follows it, after a blank line
    # as the flow entry is.
    expected = "".join(lines[:-1]) + "\n" + NEW_ENTRY + lines[-1]
    assert path.read_bytes() == encoded(expected, newline, bom)
    assert result.line == len(lines) + 1
    entries = load_dataset(path).entries
    assert [e.title for e in entries] == ["First, with a comment inside", "Flow entry", "Lee–Takaichi: Gyeongju"]
    assert entries[-1].position.line == result.line


def test_entries_separated_by_blank_lines_get_one_before_the_new_entry(tmp_path):
    text = "events:\n  - {date: 2025, kind: call, title: A}\n\n  - {date: 2025, kind: call, title: B}\n"
    path = make(tmp_path, text)
    writer.add_entry(path, EntryDraft(date="2025-06", kind="call", title="C"))
    assert path.read_text() == text + "\n  - date: 2025-06\n    kind: call\n    title: C\n"


def test_a_template_of_comments_only_takes_its_first_entry(tmp_path):
    template = "# My timeline.\n# Add events below.\n"
    path = make(tmp_path, template)
    writer.add_entry(path, EntryDraft(date="2025", kind="other", title="Y"))
    assert path.read_text() == template + "\nevents:\n  - date: 2025\n    kind: other\n    title: Y\n"


def test_a_change_that_breaks_another_entry_is_refused(tmp_path):
    text = "articles: articles\nevents:\n  - {id: a, date: 2025, kind: call, title: A}\n  - {id: b, date: 2025, kind: call, title: B}\n"
    path = make(tmp_path, text)
    with pytest.raises(WriteError) as caught:
        writer.replace_entry(path, 3, EntryDraft(id="b", date="2025", kind="call", title="A"))
    assert str(caught.value) == (
        f"{path}:7:10: error: duplicate id 'b': already used by the entry on line 3 (after the change; nothing written)"
    )
    assert path.read_text() == text


def test_a_file_without_events_gets_the_key_and_a_missing_last_newline(tmp_path):
    path = make(tmp_path, "# only a comment\ntitle: T")
    writer.add_entry(path, EntryDraft(date="2025", kind="other", title="Y"))
    assert path.read_text() == (
        "# only a comment\ntitle: T\n\nevents:\n  - date: 2025\n    kind: other\n    title: Y\n"
    )


@pytest.mark.parametrize("empty", ["events:", "events: []", "events: ~  # none yet"])
def test_an_empty_events_key_takes_the_first_entry(tmp_path, empty):
    path = make(tmp_path, f"title: T\n{empty}\npeople: {{}}\n")
    writer.add_entry(path, EntryDraft(date="2025", kind="other", title="Y"))
    kept = "events:  # none yet" if "#" in empty else "events:"
    assert path.read_text() == f"title: T\n{kept}\n  - date: 2025\n    kind: other\n    title: Y\npeople: {{}}\n"


@pytest.mark.parametrize(("newline", "bom"), STYLES)
def test_an_edit_in_place_changes_only_the_keys_that_change(tmp_path, newline, bom):
    path = make(tmp_path, USER_FILE, newline, bom)
    entry = load_dataset(path).entries[0]
    draft = writer.draft_from_entry(entry)
    changed = replace(draft, kind="call", location="Kananaskis, Canada")
    writer.replace_entry(path, entry.position.line, changed)
    expected = USER_FILE.replace("    kind: summit\n", "    kind: call\n").replace(
        "      of summary.\n", "      of summary.\n    location: Kananaskis, Canada\n"
    )
    assert path.read_bytes() == encoded(expected, newline, bom)


def test_an_edit_of_the_first_key_keeps_the_dash(tmp_path):
    path = make(tmp_path, USER_FILE)
    entry = load_dataset(path).entries[0]
    draft = writer.draft_from_entry(entry)
    changed = replace(draft, title="Renamed")
    writer.replace_entry(path, entry.position.line, changed)
    assert path.read_text() == USER_FILE.replace("  - title: 'First, with a comment inside'\n", "  - title: Renamed\n")


def test_an_edit_of_a_flow_entry_rewrites_that_entry_only(tmp_path):
    path = make(tmp_path, USER_FILE)
    entry = load_dataset(path).entries[1]
    writer.replace_entry(path, entry.position.line, EntryDraft(date="2025-08-23", kind="call", title="Flow entry!"))
    assert path.read_text() == USER_FILE.replace(
        '  - {date: 2025-08-23, kind: call, title: "Flow entry"}\n',
        "  - date: 2025-08-23\n    kind: call\n    title: Flow entry!\n",
    )


def test_a_removed_entry_takes_its_comment_and_one_blank_line(tmp_path):
    path = make(tmp_path, USER_FILE)
    first = load_dataset(path).entries[0]
    writer.remove_entry(path, first.position.line)
    start = USER_FILE.index("  # The first one.")
    end = USER_FILE.index("  - {date")
    assert path.read_text() == USER_FILE[:start] + USER_FILE[end:]


def test_a_source_is_added_under_sources_in_the_files_indentation(tmp_path):
    path = make(tmp_path, USER_FILE)
    import datetime as dt

    writer.add_source(path, "b.txt", SourceDraft(dt.date(2025, 11, 1), "Kyodo", "Leaders: meet", None))
    assert path.read_text() == USER_FILE.replace(
        "    outlet: 'Yonhap'\n",
        "    outlet: 'Yonhap'\n  b.txt:\n    published: 2025-11-01\n    outlet: Kyodo\n    title: 'Leaders: meet'\n",
    )


@pytest.mark.parametrize(("text", "found"), [("# a list\n- a\n- b\n", "2:1: error: expected a mapping at the top "
                                             "of the file, found a list"),
                                            ("just words\n", "1:1: error: expected a mapping at the top of the "
                                             "file, found a single value")])
def test_a_file_that_is_no_mapping_is_refused_where_it_starts(tmp_path, text, found):
    path = make(tmp_path, text)
    with pytest.raises(WriteError) as caught:
        writer.add_entry(path, DRAFT)
    assert str(caught.value) == f"{path}:{found}"
    assert path.read_text() == text


def test_an_entry_with_nothing_to_say_is_refused(tmp_path):
    path = make(tmp_path, USER_FILE)
    with pytest.raises(WriteError) as caught:
        writer.add_entry(path, EntryDraft(title="  "))
    assert str(caught.value) == (f"{path}:1:1: error: expected a date, a kind and a title (or an id or a match) "
                                 "for the entry, found none of them: nothing written")
    assert path.read_text() == USER_FILE


def test_a_source_already_there_is_refused(tmp_path):
    path = make(tmp_path, USER_FILE)
    with pytest.raises(WriteError) as caught:
        writer.add_source(path, "a.txt", SourceDraft())
    assert str(caught.value) == f"{path}:6:3: error: 'a.txt' is already under 'sources:' (line 6)"
    assert path.read_text() == USER_FILE


def test_a_source_already_there_with_errors_is_refused_at_its_line(tmp_path):
    path = make(tmp_path, USER_FILE.replace("    outlet: 'Yonhap'\n", "    outlet: 'Yonhap'\n  b.txt:\n    published: 2025-13-01\n"))
    before = path.read_text()
    with pytest.raises(WriteError) as caught:
        writer.add_source(path, "b.txt", SourceDraft())
    assert str(caught.value) == f"{path}:9:3: error: 'b.txt' is already under 'sources:' (line 9)"
    assert path.read_text() == before


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        pytest.param(
            EntryDraft(date="2025-02-30", kind="summit", title="T"),
            "26:11: error: 2025-02-30 is not a date on the calendar: day is out of range for month "
            "(in the entry to be written; nothing written)",
            id="impossible date",
        ),
        pytest.param(
            EntryDraft(date="2025-02-03", kind="sumit", title="T"),
            "27:11: error: unknown kind 'sumit': expected one of call, summit, ministerial, other; "
            "did you mean 'summit'? (in the entry to be written; nothing written)",
            id="unknown kind",
        ),
        pytest.param(
            EntryDraft(date="2025-02-03", kind="call"),
            "26:5: error: missing key 'title': an entry without an id needs a date, a kind and a title "
            "(in the entry to be written; nothing written)",
            id="no title",
        ),
        pytest.param(
            EntryDraft(date="2025", kind="call", title="T", sources=(Anchor("a.txt", "not in it"),)),
            "30:33: error: quote not found in a.txt: 'not in it' (in the entry to be written; nothing written)",
            id="quote not in the article",
        ),
    ],
)
def test_bad_input_is_refused_with_the_readers_message_and_nothing_written(tmp_path, draft, message):
    path = make(tmp_path, USER_FILE)
    with pytest.raises(WriteError) as caught:
        writer.add_entry(path, draft)
    assert str(caught.value) == f"{path}:{message}"
    assert path.read_text() == USER_FILE
    assert not writer.backup_path(path).exists()


def test_a_file_with_a_syntax_error_is_never_written(tmp_path):
    broken = "events:\n  - {date: 2025, kind: call\n"
    path = make(tmp_path, broken)
    with pytest.raises(WriteError) as caught:
        writer.add_entry(path, DRAFT)
    assert str(caught.value) == (
        f"{path}:2:5: error: invalid YAML: did not find expected ',' or '}}' at line 3, column 1, in the mapping "
        "opened here (is its '}' missing?)"
    )
    assert path.read_text() == broken
    assert not writer.backup_path(path).exists()


def test_the_previous_version_is_kept_and_the_permissions_too(tmp_path):
    path = make(tmp_path, USER_FILE)
    path.chmod(0o640)
    result = writer.add_entry(path, DRAFT)
    assert result.backup == tmp_path / "events.yaml~"
    assert result.backup.read_text() == USER_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "events.yaml", "events.yaml~"]


def test_a_file_changed_on_disk_since_it_was_read_gets_the_change_on_top(tmp_path):
    path = make(tmp_path, USER_FILE)
    base = path.read_bytes()
    edited = USER_FILE.replace("title: \"Korea–Japan\"", "title: \"Korea and Japan\"")
    path.write_text(edited)  # an editor saves meanwhile
    result = writer.add_entry(path, DRAFT, base=base)
    assert result.reapplied
    lines = edited.splitlines(keepends=True)
    assert path.read_text() == "".join(lines[:-1]) + "\n" + NEW_ENTRY + lines[-1]


def test_an_entry_moved_on_disk_is_still_the_one_edited(tmp_path):
    path = make(tmp_path, USER_FILE)
    base = path.read_bytes()
    line = load_dataset(path).entries[1].position.line
    path.write_text("# a new first line\n" + USER_FILE)
    writer.remove_entry(path, line, base=base)
    # It goes with the blank lines above it.
    assert path.read_text() == "# a new first line\n" + USER_FILE.replace(
        '\n\n  - {date: 2025-08-23, kind: call, title: "Flow entry"}\n', ""
    )


def test_an_entry_the_user_changed_on_disk_is_never_overwritten(tmp_path):
    path = make(tmp_path, USER_FILE)
    base = path.read_bytes()
    line = load_dataset(path).entries[1].position.line
    edited = USER_FILE.replace('title: "Flow entry"', 'title: "Edited by hand"')
    path.write_text(edited)
    with pytest.raises(WriteError) as caught:
        writer.replace_entry(path, line, EntryDraft(date="2025", kind="call", title="From the window"), base=base)
    assert str(caught.value) == (
        f"{path}:24:1: error: the entry at line 24 was changed or removed in events.yaml since it was read: "
        "nothing written; look at the file as it is now and try again"
    )
    assert path.read_text() == edited


def test_undo_restores_the_bytes_or_removes_just_what_it_wrote(tmp_path):
    path = make(tmp_path, USER_FILE, "\r\n", True)
    original = path.read_bytes()
    writer.add_entry(path, DRAFT).undo()
    assert path.read_bytes() == original
    result = writer.add_entry(path, DRAFT)
    path.write_bytes(b"# added by hand\r\n" + path.read_bytes())
    result.undo()
    assert path.read_bytes() == b"# added by hand\r\n" + original


def test_undo_of_a_removal_puts_the_entry_and_its_comment_back(tmp_path):
    path = make(tmp_path, USER_FILE)
    result = writer.remove_entry(path, load_dataset(path).entries[0].position.line)
    path.write_text("# added by hand\n" + path.read_text())
    redo = result.undo()
    assert path.read_text() == "# added by hand\n" + USER_FILE
    redo.undo()
    assert path.read_text() == "# added by hand\n" + result.after.decode()


@pytest.mark.parametrize("where", ["package", "checkout"])
def test_the_bundled_data_set_is_not_written_in_place(where):
    package = Path(writer.__file__).resolve().parents[2]
    bundled = package / "events.yaml" if where == "package" else package.parent / "events.yaml"
    before = bundled.read_bytes() if bundled.exists() else None
    with pytest.raises(WriteError) as caught:
        writer.add_entry(bundled, DRAFT)
    assert str(caught.value).endswith(
        "error: this is the data set bundled with timeline-app; it is not changed in place: "
        "copy it (or start a new timeline) and curate the copy"
    )
    assert (bundled.read_bytes() if bundled.exists() else None) == before


def test_the_bundled_events_yaml_takes_an_entry_with_only_its_lines_added(tmp_path):
    repository = Path(__file__).resolve().parents[3]
    original = (repository / "events.yaml").read_bytes()
    path = tmp_path / "events.yaml"
    path.write_bytes(original)
    writer.add_entry(path, EntryDraft(date="2025-10-30", kind="summit", title="Lee–Takaichi summit"))
    after = path.read_bytes()
    assert after.startswith(original)
    added = after[len(original):].decode().splitlines()
    assert added[0] == "" and added[1:] == [
        "  - date: 2025-10-30", "    kind: summit", "    title: Lee–Takaichi summit"
    ]


# Hides anchored on the article and its words survive a change of the extractor.

HIDE_ARTICLE = (
    "SEOUL, June 18 (Yonhap) -- President Lee Jae-myung held a summit with Prime Minister Shigeru Ishiba "
    "in Kananaskis on June 17, on the margins of the G7 summit.\n\n"
    "The two leaders also held phone talks on June 9.\n\nOfficials declined to comment further.\n"
)


def hide_dataset(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "y.txt").write_text(HIDE_ARTICLE, encoding="utf-8")
    path = tmp_path / "events.yaml"
    path.write_text("articles: articles\nsources:\n  y.txt:\n    published: 2025-06-18\nevents:\n")
    return path


def test_an_event_an_entry_adds_is_not_hidden_but_its_entry_named(tmp_path):
    path = make(tmp_path, USER_FILE)
    timeline = build_timeline(path)
    curated = next(e for e in timeline.events if e.title == "Flow entry")
    with pytest.raises(WriteError) as caught:
        writer.hide_event(path, curated, base=timeline.events_data)
    assert str(caught.value) == (f"{path}:24:1: error: '{curated.id}' is the entry at line 24, not an event of "
                                 "the articles: remove the entry to drop it")
    assert path.read_text() == USER_FILE


def test_a_hidden_event_stays_hidden_when_the_extractor_changes_its_id_title_and_date(tmp_path, monkeypatch):
    path = hide_dataset(tmp_path)
    timeline = build_timeline(path)
    summit = next(e for e in timeline.events if e.kind.value == "summit")
    writer.hide_event(path, summit, base=timeline.events_data)
    assert "match: {article: y.txt, quote:" in path.read_text()
    assert summit.id not in [e.id for e in build_timeline(path).events]

    from timeline_app.model import build

    original_merge = build.merge_mentions

    def changed_extractor(*args, **kwargs):
        events = original_merge(*args, **kwargs)
        for event in events:
            event.id = f"renamed-{event.id}"
            event.title = event.title.upper()
            event.date = type(event.date).month(event.date.start.year, event.date.start.month)
        return events

    monkeypatch.setattr(build, "merge_mentions", changed_extractor)
    rebuilt = build_timeline(path, build.ExtractionCache())
    assert [e.kind.value for e in rebuilt.events] == ["call"]
    assert rebuilt.events[0].id.startswith("renamed-")
    assert [p.format() for p in rebuilt.problems] == []


def test_a_refinement_follows_its_event_by_the_anchor(tmp_path):
    path = hide_dataset(tmp_path)
    timeline = build_timeline(path)
    call = next(e for e in timeline.events if e.kind.value == "call")
    form = replace(writer.draft_from_event(call), title="Lee–Ishiba phone talks", location="by telephone")
    result = writer.refine_event(path, call, form)
    # Only what the form changed is written: the date stays the articles'.
    assert path.read_text().endswith(
        "events:\n  - match: {article: y.txt, quote: phone talks on June 9}\n"
        "    title: Lee–Ishiba phone talks\n    location: by telephone\n"
    )
    assert writer.entry_draft(path, result.line) == EntryDraft(
        title="Lee–Ishiba phone talks", location="by telephone", match=Anchor("y.txt", "phone talks on June 9")
    )
    with pytest.raises(WriteError):
        writer.refine_event(path, call, writer.draft_from_event(call))
    rebuilt = build_timeline(path)
    refined = next(e for e in rebuilt.events if e.kind.value == "call")
    assert (refined.title, refined.location, refined.origin.value) == ("Lee–Ishiba phone talks", "by telephone",
                                                                        "merged")
    assert refined.entry_line == load_dataset(path).entries[0].position.line


def test_a_hide_whose_words_no_event_reports_is_a_warning(tmp_path):
    path = hide_dataset(tmp_path)
    with path.open("a") as stream:
        stream.write("  - hide: true\n    match: {article: y.txt, quote: declined to comment}\n"
                     "  - hide: true\n    match: {article: y.txt, quote: never said}\n")
    problems = [p.format(tmp_path) for p in build_timeline(path).problems]
    assert problems == [
        "events.yaml:6:5: warning: hide: no extracted event reports the words quoted from y.txt",
        "events.yaml:9:36: error: quote not found in y.txt: 'never said'",
    ]


def test_two_events_of_one_sentence_are_told_apart_by_their_words(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "y.txt").write_text(
        "SEOUL, June 18 (Yonhap) -- President Lee Jae-myung held a summit with Prime Minister Shigeru Ishiba "
        "in Kananaskis on June 17, a week after the two leaders held phone talks on June 9.\n",
        encoding="utf-8",
    )
    path = tmp_path / "events.yaml"
    path.write_text("articles: articles\nsources:\n  y.txt: {published: 2025-06-18}\nevents:\n")
    timeline = build_timeline(path)
    call = next(e for e in timeline.events if e.kind.value == "call")
    summit = next(e for e in timeline.events if e.kind.value == "summit")
    assert call.sources[0].excerpt == summit.sources[0].excerpt
    writer.hide_event(path, call, base=timeline.events_data)
    assert path.read_text().endswith("  - hide: true\n    match: {article: y.txt, quote: phone talks on June 9}\n")
    assert [e.kind.value for e in build_timeline(path).events] == ["summit"]


def test_a_list_added_in_place_is_indented_as_the_files_lists_are(tmp_path):
    text = "articles: articles\nevents:\n    -   date: 2025\n        kind: call   # a comment\n        title: A\n"
    path = make(tmp_path, text)
    writer.replace_entry(path, 3, EntryDraft(date="2025", kind="call", title="A",
                                             sources=(Anchor("a.txt", "held their first summit"),)))
    assert path.read_text() == text + (
        "        sources:\n"
        "            -   {article: a.txt, quote: held their first summit}\n"
    )


def test_a_symbolic_link_stays_one_and_a_read_only_file_is_refused(tmp_path):
    real = make(tmp_path, USER_FILE)
    link = tmp_path / "linked.yaml"
    link.symlink_to(real.name)
    writer.add_entry(link, DRAFT)
    assert link.is_symlink() and real.read_text().endswith(NEW_ENTRY + "# a comment at column 0 after the last entry\n")
    real.chmod(0o444)
    with pytest.raises(WriteError) as caught:
        writer.add_entry(real, DRAFT)
    assert str(caught.value) == f"{real}:1:1: error: events.yaml is read-only: nothing written"


def test_a_file_saved_while_the_change_is_made_gets_the_change_on_top(tmp_path, monkeypatch):
    path = make(tmp_path, USER_FILE)
    verify = writer.verify
    saves = ["# saved by an editor meanwhile\n"]

    def save_meanwhile(*args):
        if saves:
            path.write_text(saves.pop() + USER_FILE)
        return verify(*args)

    monkeypatch.setattr(writer, "verify", save_meanwhile)
    result = writer.add_entry(path, DRAFT)
    assert path.read_text().startswith("# saved by an editor meanwhile\n# My timeline.")
    assert result.before.startswith(b"# saved by an editor meanwhile\n")
