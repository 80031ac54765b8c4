"""How the views count things."""

from timeline_app.ui.wording import plural, sources_phrase


def test_counts_agree_with_their_nouns():
    assert plural(1, "event") == "1 event"
    assert plural(1204, "ministerial meeting") == "1,204 ministerial meetings"


def test_sources_count_articles_and_say_so_when_one_gives_several_excerpts():
    assert sources_phrase(1, 1) == "1 source"
    assert sources_phrase(3, 3) == "3 sources"
    assert sources_phrase(2, 1) == "2 excerpts from 1 article"
    assert sources_phrase(5, 2) == "5 excerpts from 2 articles"
    assert sources_phrase(0, 0) == "0 sources"
