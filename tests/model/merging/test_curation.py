"""Curation over the extracted events: what it computes only when an entry needs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.model.build import ExtractionCache, build_timeline
from timeline_app.model.merging import curation

REPOSITORY = Path(__file__).resolve().parents[3]


def test_no_id_is_suggested_for_entries_that_find_their_event(monkeypatch: pytest.MonkeyPatch) -> None:
    # Comparing an id with every extracted id is for the message of an entry that found nothing: asked for
    # every entry, it cost a warm launch of 1,000 articles and 100 entries four seconds.
    def refuse(word: str, choices: object) -> str:
        raise AssertionError(f"a suggestion was computed for '{word}'")

    monkeypatch.setattr(curation, "did_you_mean", refuse)
    timeline = build_timeline(REPOSITORY / "events.yaml", ExtractionCache())
    assert len(timeline.events) == 10 and not timeline.problems
