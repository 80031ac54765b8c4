"""Merging mentions of one event within and across articles, and curated entries over extracted events."""

import datetime as dt

from timeline_app.model.build import build_timeline
from timeline_app.model.events import Origin, Status

PEOPLE = """
people:
  Kim Min-su: [President Kim]
  Taro Yamada: [Prime Minister Yamada]
"""
HEAD = "A headline for this report\n\n"


def build(make_dataset, sources: str, articles: dict[str, str], events: str = ""):
    path = make_dataset(f"title: Test\narticles: articles\n{sources}{PEOPLE}{events}", articles)
    return build_timeline(path)


def test_reports_of_one_summit_in_two_articles_become_one_event(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-03-14}\n  b.txt: {published: 2024-03-13, outlet: Daily}\n",
        {
            "a.txt": HEAD + "South Korean President Kim Min-su held a summit with Japanese Prime Minister Taro "
                     "Yamada in Tokyo on Tuesday.",
            "b.txt": HEAD + "Kim and Yamada held summit talks in Tokyo, Japan, on March 12, the first in a year "
                     "between Korea and Japan.",
        },
    )
    [event] = timeline.events
    assert (event.id, event.date.iso(), event.location) == ("2024-03-12-summit-tokyo", "2024-03-12", "Tokyo, Japan")
    assert [(s.article, s.outlet, s.published) for s in event.sources] == [
        ("b.txt", "Daily", dt.date(2024, 3, 13)),
        ("a.txt", None, dt.date(2024, 3, 14)),
    ]
    assert event.origin is Origin.EXTRACTED


def test_a_plan_and_the_later_report_that_it_happened_merge(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  plan.txt: {published: 2024-02-20}\n  held.txt: {published: 2024-03-13}\n",
        {
            "plan.txt": HEAD + "South Korean President Kim is set to visit Tokyo next month for a summit with Prime Minister "
                        "Yamada of Japan.",
            "held.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit in Tokyo on "
                        "Tuesday.",
        },
    )
    [event] = timeline.events
    assert event.date.iso() == "2024-03-12"
    assert event.status is Status.OCCURRED
    assert sorted(s.article for s in event.sources) == ["held.txt", "plan.txt"]


def test_sources_that_disagree_on_the_day_are_recorded(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-03-14}\n  b.txt: {published: 2024-03-14}\n  c.txt: {published: 2024-03-14}\n",
        {
            "a.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit in Osaka on March 12.",
            "b.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit in Osaka on March 12.",
            "c.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit in Osaka on March 11.",
        },
    )
    [event] = timeline.events
    assert event.date.iso() == "2024-03-12"
    assert event.conflicts == [
        "The sources disagree on the date: 2024-03-11 (c.txt), 2024-03-12 (a.txt, b.txt)."
    ]


def test_different_meetings_stay_apart(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-06-20}\n",
        {"a.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit in Seoul on June 3. "
                  "Korea and Japan's defense ministers met in Tokyo on June 3. "
                  "President Kim and Prime Minister Yamada held a phone call on June 18 about Korea and Japan."},
    )
    assert [(e.date.iso(), e.kind.value) for e in timeline.events] == [
        ("2024-06-03", "summit"), ("2024-06-03", "ministerial"), ("2024-06-18", "call")]


def test_a_month_mention_refines_into_the_day_event(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-06-20}\n  b.txt: {published: 2024-07-15}\n",
        {"a.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit in Seoul on June 3.",
         "b.txt": HEAD + "Since the June summit in Seoul, Korea and Japan have met often, officials said."},
    )
    [event] = timeline.events
    assert event.date.iso() == "2024-06-03"
    assert [b.describe() for b in event.date_basis] == [
        "'June 3' in a report published 2024-06-20 → 2024-06-03",
        "'June' in a report published 2024-07-15 → 2024-06",
    ]


CURATED_ARTICLE = {
    "a.txt": HEAD + "President Kim said his visit to Japan last month with Prime Minister Yamada went well, "
                    "and Korea and Japan will talk more."
}


def test_a_curated_date_refines_a_coarser_extracted_one(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-09-30}\n",
        CURATED_ARTICLE,
        """
events:
  - date: 2024-08-23
    kind: summit
    title: Kim–Yamada summit in Tokyo
    location: Tokyo, Japan
    participants: [Kim Min-su, Taro Yamada]
    sources:
      - {article: a.txt, quote: "his visit to Japan last month"}
""",
    )
    [event] = timeline.events
    assert (event.date.iso(), event.title, event.location, event.origin) == (
        "2024-08-23", "Kim–Yamada summit in Tokyo", "Tokyo, Japan", Origin.MERGED)
    assert len(event.sources) == 1
    assert [b.describe() for b in event.date_basis] == [
        "'date: 2024-08-23' → 2024-08-23 (curated in events.yaml, line 11)",
        "'last month' in a report published 2024-09-30 → 2024-08",
    ]


def test_a_curated_entry_with_the_id_of_an_extracted_event_overrides_its_fields(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-09-30}\n",
        CURATED_ARTICLE,
        """
events:
  - id: 2024-08-summit-japan
    location: Osaka, Japan
    summary: Kim's first visit.
""",
    )
    [event] = timeline.events
    assert (event.id, event.date.iso(), event.location, event.summary, event.origin) == (
        "2024-08-summit-japan", "2024-08", "Osaka, Japan", "Kim's first visit.", Origin.MERGED)


def test_hide_suppresses_an_extraction_and_an_unknown_id_is_reported(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-09-30}\n",
        CURATED_ARTICLE,
        """
events:
  - id: 2024-08-summit-japan
    hide: true
  - id: 2024-08-summit-japn
    hide: true
""",
    )
    assert timeline.events == []
    assert [p.format(timeline.events_file.parent) for p in timeline.problems] == [
        "events.yaml:13:5: warning: hide: no extracted event has the id '2024-08-summit-japn'; "
        "did you mean '2024-08-summit-japan'?"
    ]


def test_a_curated_event_with_nothing_extracted_is_added(make_dataset):
    timeline = build(
        make_dataset,
        "",
        {},
        """
events:
  - date: 2023-03
    kind: ministerial
    title: Finance dialogue
""",
    )
    [event] = timeline.events
    assert (event.id, event.origin, event.date.iso()) == ("2023-03-ministerial-finance-dialogue", Origin.CURATED,
                                                          "2023-03")


def test_without_a_publication_date_the_user_is_told_to_add_one(make_dataset):
    timeline = build(
        make_dataset,
        "",
        {"a.txt": HEAD + "President Kim and Prime Minister Yamada held a Korea-Japan summit on the 17th."},
    )
    assert timeline.events == []
    assert [p.format(timeline.events_file.parent) for p in timeline.problems] == [
        "articles/a.txt:3:70: warning: cannot date 'the 17th': the article states no publication date; "
        "add `published:` for a.txt under `sources:` in events.yaml"
    ]


def test_a_curated_entry_without_id_never_takes_an_extracted_id(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2024-09-30}\n",
        CURATED_ARTICLE,
        """
events:
  - date: 2024-08
    kind: summit
    title: Another summit in Japan
    location: Japan
""",
    )
    ids = [e.id for e in timeline.events]
    assert len(ids) == len(set(ids)) == 1 or sorted(ids) == ["2024-08-summit-japan", "2024-08-summit-japan-2"]


# -- the order of the parties in a title (issue 10, 3.15) -----------------------------------------------


def test_titles_name_the_people_in_the_order_of_people_then_by_family_name():
    from timeline_app.model.merging.clusters import title_parties

    order = ("Lee Jae-myung", "Shigeru Ishiba")
    assert title_parties(("Shigeru Ishiba", "Lee Jae-myung"), order) == ("Lee Jae-myung", "Shigeru Ishiba")
    assert title_parties(("Sanae Takaichi", "Lee Jae-myung"), order) == ("Lee Jae-myung", "Sanae Takaichi")
    assert title_parties(("Sanae Takaichi", "Fumio Kishida"), ()) == ("Fumio Kishida", "Sanae Takaichi")


def test_extracted_titles_name_the_parties_in_one_order_however_the_reports_word_them(make_dataset):
    from timeline_app.model.build import build_timeline

    path = make_dataset(
        """
        articles: articles
        sources:
          a.txt: {published: 2025-10-22}
          b.txt: {published: 2025-11-02}
        people:
          Lee Jae-myung: [President Lee]
          Sanae Takaichi: [Prime Minister Takaichi]
        """,
        {
            "a.txt": "Prime Minister Sanae Takaichi held a phone call with President Lee Jae-myung on Oct. 21.\n",
            "b.txt": "President Lee Jae-myung and Prime Minister Sanae Takaichi held a summit in Gyeongju "
                     "on Oct. 30.\n",
        },
    )
    titles = [event.title for event in build_timeline(path).events]
    assert titles == ["Lee–Takaichi phone call", "Lee–Takaichi summit in Gyeongju"]


def test_two_meetings_of_a_day_with_one_person_in_common_stay_two(make_dataset):
    # A vice-minister's dialogue with his counterpart, then his courtesy call on the foreign minister the same day.
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2019-04-10}\n",
        {"a.txt": HEAD + "South Korean Vice Foreign Minister Park Ji-hoon held a strategic dialogue with Japanese Vice "
                         "Foreign Minister Ken Sato in Seoul on April 9.\n\n"
                         "Sato also paid a courtesy call on South Korean Foreign Minister Kim Min-su on the same day."},
    )
    assert sorted((e.date.iso(), tuple(sorted(e.participants))) for e in timeline.events) == [
        ("2019-04-09", ("Ken Sato", "Kim Min-su")),
        ("2019-04-09", ("Ken Sato", "Park Ji-hoon")),
    ]


def test_two_reports_of_one_meeting_in_one_article_still_merge(make_dataset):
    timeline = build(
        make_dataset,
        "sources:\n  a.txt: {published: 2019-04-10}\n",
        {"a.txt": HEAD + "South Korean President Kim Min-su and Japanese Prime Minister Taro Yamada met in Seoul on "
                         "April 9.\n\nKim and Yamada held talks for two hours on April 9, officials said."},
    )
    [event] = timeline.events
    assert event.date.iso() == "2019-04-09"
