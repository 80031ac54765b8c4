"""A new timeline: a folder with a commented events.yaml that reads without a problem and an empty articles
folder; never over files already there."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.model.build import build_timeline
from timeline_app.model.writing.new_timeline import FolderNotEmpty, create_timeline


@pytest.mark.parametrize("name", ["trade talks", "Quotes \"and\": colons", "Ελλάδα–Τουρκία"])
def test_the_template_reads_as_an_empty_timeline_titled_after_the_folder(tmp_path: Path, name: str) -> None:
    events = create_timeline(tmp_path / name)
    assert events == tmp_path / name / "events.yaml"
    assert list((tmp_path / name / "articles").iterdir()) == []
    timeline = build_timeline(events)
    assert (timeline.title, timeline.events, timeline.problems) == (name, [], [])
    assert timeline.articles_dir == tmp_path / name / "articles"
    text = events.read_text(encoding="utf-8")
    assert text.startswith(f"# {name}: a timeline made with timeline-app.\n")
    assert "#   - date: 2025-08-23" in text  # an example entry, commented out


def test_a_folder_that_holds_anything_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(FolderNotEmpty, match="is not an empty folder"):
        create_timeline(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_an_empty_folder_that_exists_is_used(tmp_path: Path) -> None:
    assert create_timeline(tmp_path, title="Given").read_text(encoding="utf-8").count("title: \"Given\"") == 1
