"""Reading raw article files: furniture never becomes text, offsets point into the file as it is."""

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.model.reading.articles import parse_article, read_article, split_sentences

ARTICLES = Path(__file__).resolve().parents[3] / "resources" / "articles"


def body_text(article):
    return " ".join(article.text[s.start : s.end] for s in article.sentences)


def test_furniture_never_reaches_the_body():
    text = (
        "Written by 11:44 AM Politics\n\n"
        "Leaders meet in Seoul\n\n"
        "The two leaders held a summit in Seoul on Monday, agreeing to meet again soon.\n\n"
        "Visited 1 times, 1 visit(s) today\nClose Search Window\nClose\n"
        "이 기사를 공유합니다\n주요기사\n"
        "By Diplomacy Journal Lee Jon-young\n"
        "이존영 기자 djournal3417@gmail.com\n"
        "Copyright @Diplomacy Journal Corp. All rights reserved.\n"
        "Address: Sambong-ro 81, Jongno-gu, Seoul Phone number: 02-3417-1010 | 02-396-5757\n"
        "Photo = Korea Policy Briefing, Yonhap News\n"
    )
    article = parse_article("a.txt", text)
    assert body_text(article) == "The two leaders held a summit in Seoul on Monday, agreeing to meet again soon."
    assert article.title == "Leaders meet in Seoul"


def test_offsets_point_into_the_original_with_bom_crlf_and_nbsp():
    text = "\ufeffSummit held\r\n\r\nThe\u00a0leaders met in Tokyo on June 3, 2024, for their first summit talks.\r\n"
    article = parse_article("a.txt", text)
    [sentence] = article.sentences
    assert text[sentence.start : sentence.end] == (
        "The\u00a0leaders met in Tokyo on June 3, 2024, for their first summit talks."
    )
    assert article.sentence_text(sentence) == "The leaders met in Tokyo on June 3, 2024, for their first summit talks."


def test_read_article_decodes_a_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffTitle of the report here\n\nThe ministers met in Seoul on May 2 for talks about trade.".encode())
    article = read_article(path)
    assert article.problems == []
    assert article.text.startswith("\ufeff")
    assert len(article.sentences) == 1


def test_invalid_utf8_is_a_problem_with_line_and_column(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"Headline\nSecond line caf\xe9 au lait\n")
    article = read_article(path)
    [problem] = article.problems
    assert problem.format(tmp_path) == (
        "latin1.txt:2:16: error: the article is not valid UTF-8: found byte 0xe9; save the file as UTF-8"
    )
    assert article.sentences == []


def test_stated_publication_dates():
    header = "Headline of the report\nPublished: 18 Jun. 2025, 08:30 Updated: 19 Jun. 2025, 08:53\nSARAH KIM\n"
    assert parse_article("a", header + "Body text that is long enough to count as a sentence here.").stated_date == (
        dt.date(2025, 6, 18)
    )
    korean = "Headline of the report\n  • 등록 2025.06.18 14:51:54\n크게보기\n"
    assert parse_article("a", korean).stated_date == dt.date(2025, 6, 18)
    stamp = " date 2025-06-18 Lee calls relations ‘inseparable’ in first talks\nPublished: 17 Jun. 2025\n"
    article = parse_article("a", stamp)
    assert article.stated_date == dt.date(2025, 6, 18)
    assert article.title == "Lee calls relations ‘inseparable’ in first talks"


def test_a_registration_date_in_the_footer_is_not_the_publication_date():
    text = ("Leaders meet in Seoul today\n\nThe two leaders held a summit in Seoul on Monday, agreeing to meet again."
            "\n\nAddress: Seoul Registration Date: 2009-04-14/ Registration Number: Seoul 54606\n")
    assert parse_article("a", text).stated_date is None


def test_dateline_is_kept_apart_from_the_first_sentence():
    text = "Headline of the report here\n\nKANANASKIS, Canada — The two leaders met on Tuesday for their first summit."
    article = parse_article("a", text)
    assert article.dateline == "Kananaskis, Canada"
    assert article.sentence_text(article.sentences[0]).startswith("The two leaders met")


def test_sentences_do_not_break_after_abbreviations():
    text = "The ministers met on Sept. 8 in Washington, D.C. with Mr. Kim. They agreed on U.S. policy. Then left."
    spans = split_sentences(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == [
        "The ministers met on Sept. 8 in Washington, D.C. with Mr. Kim.",
        "They agreed on U.S. policy.",
        "Then left.",
    ]


def test_shipped_articles_have_no_furniture_in_their_bodies():
    for path in sorted(ARTICLES.glob("*.txt")):
        article = read_article(path)
        body = body_text(article)
        assert article.problems == []
        for furniture in ("Visited", "Close Search", "기사", "Copyright", "Phone number", "@gmail", "Photo =",
                          "SARAH KIM", "Written by", "Registration"):
            assert furniture not in body, (path.name, furniture)
        assert article.sentences, path.name


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_reads_without_raising_and_spans_slice_the_text(text):
    article = parse_article("random.txt", text)
    assert len(article.plain) == len(text)
    for sentence in article.sentences:
        assert 0 <= sentence.start < sentence.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.binary())
def test_any_bytes_read_without_raising(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "random.txt"
    path.write_bytes(data)
    article = read_article(path)
    assert all(p.line >= 1 and p.column >= 1 for p in article.problems)
