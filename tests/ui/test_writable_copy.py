"""Copying a data set before the first write: the events file and its articles, nothing overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.data_sets import write_data_set
from timeline_app.model.reading.bundled import bundled_events_path
from timeline_app.ui.writable_copy import copy_data_set, needs_copy


def test_the_copy_keeps_the_events_file_byte_for_byte_and_the_articles_where_it_names_them(tmp_path: Path) -> None:
    events = write_data_set(tmp_path / "original")
    copy = copy_data_set(events, events.parent / "articles", tmp_path / "copy")
    assert copy == tmp_path / "copy" / "events.yaml"
    assert copy.read_bytes() == events.read_bytes()
    assert sorted(p.name for p in (tmp_path / "copy" / "articles").iterdir()) == sorted(
        p.name for p in (events.parent / "articles").iterdir()
    )


def test_a_folder_holding_an_events_file_is_refused(tmp_path: Path) -> None:
    events = write_data_set(tmp_path / "original")
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "events.yaml").write_text("mine\n", encoding="utf-8")
    with pytest.raises(ValueError, match="already exists; choose an empty folder"):
        copy_data_set(events, events.parent / "articles", tmp_path / "copy")
    assert (tmp_path / "copy" / "events.yaml").read_text(encoding="utf-8") == "mine\n"


def test_articles_outside_the_events_files_folder_are_refused(tmp_path: Path) -> None:
    events = write_data_set(tmp_path / "original")
    with pytest.raises(ValueError, match="is outside"):
        copy_data_set(events, tmp_path, tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


def test_the_bundled_set_and_read_only_files_need_a_copy_a_file_of_ones_own_does_not(tmp_path: Path) -> None:
    events = write_data_set(tmp_path)
    assert needs_copy(bundled_events_path())
    assert not needs_copy(events)
    events.chmod(0o444)
    assert needs_copy(events)
