"""The whole timeline of the five shipped articles: which events, their dates, precisions and sources."""

import shutil

import yaml

from tests.model.conftest import REPOSITORY
from timeline_app.model.build import build_timeline
from timeline_app.model.events import Origin


def extracted_only(tmp_path):
    """The shipped events.yaml with its curated events taken out: what the articles alone give."""
    data = yaml.safe_load((REPOSITORY / "events.yaml").read_text(encoding="utf-8"))
    data.pop("events")
    shutil.copytree(REPOSITORY / "resources" / "articles", tmp_path / "articles")
    data["articles"] = "articles"
    path = tmp_path / "events.yaml"
    # In the order written: titles name the people in the order of `people:`.
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return build_timeline(path)


def rows(timeline):
    return [
        (e.date.iso(), e.kind.value, e.title, e.location, sorted({s.article[:3] for s in e.sources}))
        for e in timeline.events
    ]


def test_the_articles_alone(tmp_path):
    timeline = extracted_only(tmp_path)
    assert timeline.problems == []
    assert rows(timeline) == [
        ("2022-06", "summit", "Yoon–Kishida meeting", None, ["001"]),
        ("2022-09", "summit", "Yoon–Kishida summit in New York", "New York", ["001"]),
        ("2025-06-09", "call", "Lee–Ishiba phone call", None, ["000", "001", "002"]),
        ("2025-06-16", "other", "Reception in Seoul", "Seoul", ["000"]),
        ("2025-06-17", "summit", "Lee–Ishiba summit in Kananaskis", "Kananaskis, Canada",
         ["000", "001", "002", "003"]),
        ("2025-08", "summit", "Lee–Ishiba summit in Japan", "Japan", ["004"]),
        ("2025-09-08", "ministerial", "Korea-Japan Defense Ministers' Meeting", None, ["004"]),
        ("2025-09-10", "ministerial", "Economic Security Dialogue", None, ["004"]),
        ("2025-09-15", "ministerial", "Deputy Finance Ministers' Meeting", None, ["004"]),
        ("2025-09-30", "summit", "Lee–Ishiba summit in Busan", "Busan", ["004"]),
    ]
    assert {e.origin for e in timeline.events} == {Origin.EXTRACTED}
    assert all(not e.conflicts for e in timeline.events)


def test_every_excerpt_is_verbatim_and_every_date_says_how_it_was_derived(tmp_path):
    timeline = extracted_only(tmp_path)
    for event in timeline.events:
        assert event.date_basis, event.id
        for source in event.sources:
            text = timeline.articles[source.article].text
            assert text[source.start : source.end] == source.excerpt
            for span in source.highlights:
                assert source.start <= span.start < span.end <= source.end


def test_the_kananaskis_summit_and_the_first_call(tmp_path):
    timeline = extracted_only(tmp_path)
    summit = timeline.event("2025-06-17-summit-kananaskis")
    assert summit is not None
    assert summit.participants == ("Lee Jae-myung", "Shigeru Ishiba")
    assert "'Tuesday' in a report published 2025-06-18 → 2025-06-17" in [b.describe() for b in summit.date_basis]
    assert "local time" in summit.notes
    call = timeline.event("2025-06-09-call-lee-ishiba")
    assert call is not None
    assert [b.describe() for b in call.date_basis] == [
        "'the 9th' in a report published 2025-06-18 → 2025-06-09",
        "'last week' in a report published 2025-06-18 → 2025-W24",
    ]
    # "their recent phone conversation" (002) attaches to the one call it can mean.
    assert any("recent phone conversation" in s.excerpt for s in call.sources)


def test_the_shipped_data_with_its_curated_entries():
    timeline = build_timeline(REPOSITORY / "events.yaml")
    assert timeline.problems == []
    tokyo = timeline.event("2025-08-23-summit-tokyo")
    assert tokyo is not None
    assert (tokyo.date.iso(), tokyo.origin, tokyo.location) == ("2025-08-23", Origin.MERGED, "Tokyo, Japan")
    assert sorted({s.article[:3] for s in tokyo.sources}) == ["004"]
    assert len(tokyo.sources) == 2  # "last month" and "the August summit", curated quote inside the first
    ids = [e.id for e in timeline.events]
    assert len(ids) == len(set(ids))
    assert [e.sort_key() for e in timeline.events] == sorted(e.sort_key() for e in timeline.events)


def test_a_build_leaves_the_cycle_collector_as_it_found_it(tmp_path):
    """The collector is paused while a timeline is built: enabled again after a build, even one that fails."""
    import gc

    events = REPOSITORY / "events.yaml"
    assert gc.isenabled()
    build_timeline(events)
    assert gc.isenabled()
    broken = tmp_path / "events.yaml"
    broken.write_text("events: [\n", encoding="utf-8")
    assert not build_timeline(broken).events_file_readable
    assert gc.isenabled()
    gc.disable()
    try:
        build_timeline(events)
        assert not gc.isenabled()
    finally:
        gc.enable()
