"""Event mentions in sentences of our own making: general rules for how news reports state meetings."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.events import Kind, Status
from timeline_app.model.extraction.mentions import extract_mentions, quoted_spans
from timeline_app.model.reading.articles import parse_article

PEOPLE = {
    "Kim Min-su": ("President Kim",),
    "Taro Yamada": ("Prime Minister Yamada",),
}


def mentions(text, published, people=PEOPLE):
    article = parse_article("report.txt", "A headline for the report\n\n" + text)
    return extract_mentions(article, published, people)


def summary(text, published, people=PEOPLE):
    return [
        (m.kind.value, m.date.iso() if m.date else None, m.status.value, m.participants, m.location)
        for m in mentions(text, published, people)
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "South Korean President Kim Min-su and Japanese Prime Minister Taro Yamada held a phone call on "
            "Tuesday, agreeing to cooperate on the economy.",
            dt.date(2024, 3, 14),
            [("call", "2024-03-12", "occurred", ("Kim Min-su", "Taro Yamada"), None)],
        ),
        (
            "President Moon Jae-in and Prime Minister Shinzo Abe of Japan spoke by phone for 20 minutes on "
            "Sept. 24 about North Korea, Cheong Wa Dae said.",
            dt.date(2020, 9, 25),
            [("call", "2020-09-24", "occurred", ("Moon Jae-in", "Shinzo Abe"), None)],
        ),
        (
            "Japanese Foreign Minister Taro Kono and his South Korean counterpart Kang Kyung-wha held talks in "
            "Tokyo on Feb. 15 to discuss North Korea.",
            dt.date(2018, 2, 16),
            [("ministerial", "2018-02-15", "occurred", ("Taro Kono", "Kang Kyung-wha"), "Tokyo")],
        ),
        (
            "The defense ministers of South Korea and Japan met in Singapore on June 1 on the sidelines of the "
            "Shangri-La Dialogue.",
            dt.date(2024, 6, 3),
            [("ministerial", "2024-06-01", "occurred", (), "Singapore")],
        ),
        (
            "South Korean President Kim Min-su is set to visit Tokyo next month for a summit with Japanese Prime "
            "Minister Taro Yamada.",
            dt.date(2024, 12, 10),
            [
                ("summit", "2025-01", "planned", ("Kim Min-su", "Taro Yamada"), "Tokyo"),
                ("summit", None, "planned", ("Kim Min-su", "Taro Yamada"), None),
            ],
        ),
        (
            "President Kim and Prime Minister Yamada could meet on the sidelines of the APEC summit in Lima in "
            "November, a Seoul official said, though Japan has not confirmed it.",
            dt.date(2024, 9, 2),
            [("summit", "2024-11", "possible", ("Kim Min-su", "Taro Yamada"), "Lima")],
        ),
        (
            "President Kim is expected to meet Prime Minister Yamada in Osaka on Oct. 3 to discuss trade between "
            "Korea and Japan.",
            dt.date(2024, 9, 20),
            [("summit", "2024-10-03", "expected", ("Kim Min-su", "Taro Yamada"), "Osaka")],
        ),
        (
            "A foreign ministers' meeting between South Korea and Japan planned in Seoul for next Friday was "
            "called off after the dispute.",
            dt.date(2019, 8, 1),
            [("ministerial", "2019-08-02", "cancelled", (), "Seoul")],
        ),
        (
            "Seoul and Tokyo held vice-ministerial strategic dialogue in Seoul from Thursday to Saturday last week.",
            dt.date(2023, 5, 15),
            [("ministerial", "2023-05-11", "occurred", (), "Seoul")],
        ),
        (
            "The Korea-U.S. summit was held in Washington on April 26, weeks after the Korea-Japan summit in "
            "Tokyo on March 16.",
            dt.date(2023, 5, 1),
            [("summit", "2023-03-16", "occurred", (), "Tokyo")],
        ),
        (
            "Japan's top diplomat will travel to Seoul early next month for talks with her South Korean "
            "counterpart, the ministry said on Friday.",
            dt.date(2025, 12, 5),
            [("ministerial", "2026-01", "planned", (), "Seoul"), ("ministerial", None, "planned", (), None)],
        ),
        (
            "The embassy of Japan hosted a reception in Seoul on the 16th to mark 60 years of ties with Korea.",
            dt.date(2025, 6, 18),
            [("other", "2025-06-16", "occurred", (), "Seoul")],
        ),
    ],
)
def test_events_in_sentences(text, published, expected):
    assert summary(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A phone number is not a phone call.
        "For inquiries, call the Seoul office at 02-3417-1010 or the Tokyo bureau by phone any day of the week.",
        # A meeting of other countries.
        "Chinese President Xi Jinping and Japanese Prime Minister Taro Yamada held a summit in Beijing on May 3, "
        "discussing trade and Korea.",
        "The Japan-China summit in Beijing on May 3 focused on trade, while Korea watched closely.",
        # A multilateral gathering is not a Korea–Japan event.
        "The G20 summit opened in Osaka on Friday with leaders from Korea, Japan and 17 other countries.",
        # A domestic meeting about the other country, and a meeting with a third country.
        "South Korean President Kim Min-su held talks with ruling party leaders on Japan policy on Monday.",
        "Japanese Prime Minister Taro Yamada met Chinese President Xi Jinping in Lima on Friday, as Korea "
        "looked on.",
        # An election and an inauguration are not meetings.
        "South Korea held a presidential election on June 3, and the new president took office the next day.",
    ],
)
def test_not_korea_japan_events(text):
    assert summary(text, dt.date(2024, 5, 5)) == []


def test_a_remark_inside_a_quotation_is_not_an_event():
    text = ('"Though we are meeting in person for the first time, we spoke by phone on the 9th," Japanese Prime '
            "Minister Taro Yamada told President Kim in Seoul on Monday.")
    assert summary(text, dt.date(2025, 6, 18)) == []


def test_a_mention_without_an_anchor_asks_for_one():
    [mention] = mentions("President Kim and Prime Minister Yamada held a Korea-Japan summit in Seoul on the 17th.", None)
    assert mention.date is None
    assert mention.needs_anchor


def test_announcement_dates_do_not_date_the_event():
    [mention] = mentions(
        "President Kim will hold a summit with Prime Minister Yamada in Tokyo, Korea's presidential office "
        "announced on Monday.",
        dt.date(2024, 5, 8),
    )
    assert mention.date is None
    assert mention.status is Status.PLANNED


def test_local_time_is_kept_as_a_note():
    [mention] = mentions(
        "President Kim met Prime Minister Yamada in Kananaskis, Canada, on June 17 (local time) for talks on "
        "Korea and Japan.",
        dt.date(2025, 6, 18),
    )
    assert mention.notes == ("local time",)
    assert mention.location == "Kananaskis, Canada"
    assert mention.kind is Kind.SUMMIT


def test_highlights_cover_the_kind_words_and_the_date_phrase():
    text = "President Kim and Prime Minister Yamada held a phone call on Tuesday about Korea and Japan."
    article = parse_article("r.txt", text)
    [mention] = extract_mentions(article, dt.date(2024, 3, 14), PEOPLE)
    assert [article.text[h.start : h.end] for h in mention.highlights] == ["phone call", "Tuesday"]
    assert article.text[mention.sentence.start : mention.sentence.end] == text


def test_recent_undated_reference_is_marked():
    [mention] = mentions(
        "Following their recent phone conversation, President Kim and Prime Minister Yamada met in Seoul "
        "to talk about Korea and Japan.",
        dt.date(2024, 3, 14),
    )[:1]
    assert mention.kind is Kind.CALL
    assert mention.date is None and mention.recent


def test_quoted_spans_pair_curly_and_straight_quotes():
    text = 'He said “we agree” and "so do we" and ‘fine’. "Unclosed'
    spans = quoted_spans(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["“we agree”", '"so do we"', '"Unclosed']


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung agreed in their first "
            "telephone talks on Monday to develop ties.",
            dt.date(2025, 6, 10),
            [("call", "2025-06-09", "occurred", ("Shigeru Ishiba", "Lee Jae-myung"), None)],
        ),
        (
            "The Japan-ROK summit meeting was held in Seoul on May 7.",
            dt.date(2023, 5, 9),
            [("summit", "2023-05-07", "occurred", (), "Seoul")],
        ),
        (
            "The Japan-South Korea summit in Tokyo on March 16 ended a long chill.",
            dt.date(2023, 3, 20),
            [("summit", "2023-03-16", "occurred", (), "Tokyo")],
        ),
        (
            "The foreign ministers of Japan and South Korea are scheduled to meet in Tokyo on Jan. 13, according "
            "to diplomatic sources.",
            dt.date(2025, 1, 3),
            [("ministerial", "2025-01-13", "planned", (), "Tokyo")],
        ),
        (
            "South Korea and Japan held their first finance ministers' dialogue in seven years in Tokyo on June 29.",
            dt.date(2023, 7, 1),
            [("ministerial", "2023-06-29", "occurred", (), "Tokyo")],
        ),
        (
            "President Yoon Suk Yeol will travel to Hiroshima next week to attend the G7 summit, where he is "
            "expected to hold bilateral talks with Japanese Prime Minister Fumio Kishida.",
            dt.date(2023, 5, 12),
            [
                ("summit", "2023-W20", "planned", ("Yoon Suk Yeol",), "Hiroshima"),
                ("summit", None, "expected", ("Yoon Suk Yeol", "Fumio Kishida"), None),
            ],
        ),
        (
            "Japanese Prime Minister Fumio Kishida visited Seoul on May 7-8, 2023, reviving shuttle diplomacy "
            "with South Korea.",
            dt.date(2024, 1, 1),
            [("summit", "2023-05-07", "occurred", ("Fumio Kishida",), "Seoul")],
        ),
    ],
)
def test_events_in_sentences_without_curated_people(text, published, expected):
    """Titles and the names themselves tell who is who when events.yaml lists nobody."""
    assert summary(text, published, people={}) == expected


def test_a_range_gives_the_event_its_end():
    [mention] = mentions(
        "Japanese Prime Minister Fumio Kishida visited Seoul on May 7-8, 2023, reviving shuttle diplomacy "
        "with South Korea.",
        dt.date(2024, 1, 1),
    )
    assert (mention.date.iso(), mention.end.iso()) == ("2023-05-07", "2023-05-08")


WORDS = st.sampled_from(
    ["President", "Prime", "Minister", "Lee", "Ishiba", "Kim", "Yamada", "Korea", "Japan", "Korean", "Japanese", "Seoul", "Tokyo", "summit", "phone", "call", "talks", "met", "held", "will", "could", "on", "in", "the", "last", "next", "week", "month", "Tuesday", "June", "17", "Sept.", "8", "2025", "2025-06-18", "(local", "time)", '"', "“", "”", "'", ",", ".", ";", "—", "Defense", "Ministers'", "Meeting", "(September", "8)", "visit", "to", "reception", "joint", "statement", "G7", "NATO", "since", "after", "before", "a", "day", "16th", "the", "9th", "02-3417-1010", "Korea-Japan", "trilateral"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60), st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31))))
def test_any_sentence_gives_well_formed_mentions(words, published):
    text = "A headline for this report\n\n" + " ".join(words)
    article = parse_article("random.txt", text)
    for mention in extract_mentions(article, published, PEOPLE):
        assert 0 <= mention.sentence.start < mention.sentence.end <= len(text)
        for span in mention.highlights:
            assert mention.sentence.start <= span.start < span.end <= mention.sentence.end
        if mention.date is None:
            continue
        assert mention.basis is not None and mention.basis.value == mention.date


def test_in_a_long_chronology_the_two_leaders_are_the_last_pair_named_before() -> None:
    # The people named before a sentence are kept as the article is read, not gathered again for every
    # sentence: each "the two leaders" must still mean the pair named last, however far back.
    pairs = [("Kim Min-su", "Taro Yamada"), ("Park Ji-hoon", "Ken Sato"), ("Kim Min-su", "Ken Sato")]
    paragraphs = []
    for number in range(60):
        korean, japanese = pairs[number % 3]
        day = dt.date(2001, 1, 1) + dt.timedelta(days=7 * number)
        paragraphs.append(
            f"South Korean President {korean} welcomed Japanese Prime Minister {japanese} in Seoul. "
            "Officials said trade was discussed. "
            f"The two leaders held a summit on {day.strftime('%B')} {day.day}, {day.year}."
        )
    people = {**PEOPLE, "Park Ji-hoon": ("President Park",), "Ken Sato": ("Prime Minister Sato",)}
    # ("welcomed ... in Seoul" is a meeting too, undated: the dated summits are the ones counted)
    found = [m for m in mentions("\n\n".join(paragraphs), dt.date(2003, 1, 1), people)
             if m.kind is Kind.SUMMIT and m.date is not None]
    assert len(found) == 60
    for number, mention in enumerate(found):
        assert mention.participants == pairs[number % 3], number


def test_quotations_are_skipped_wherever_they_are_in_a_long_article() -> None:
    said = '"We met in Tokyo on March 3, 2001," Kim said.'
    reported = "President Kim Min-su and Prime Minister Taro Yamada held talks in Tokyo on March 4, 2001."
    text = "\n\n".join([said, reported] * 40 + [reported.replace("March 4", "March 5")])
    found = mentions(text, dt.date(2002, 1, 1))
    assert {m.date.iso() for m in found if m.date} == {"2001-03-04", "2001-03-05"}
    assert len(found) == 41
