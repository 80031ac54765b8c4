"""The article reader shows articles as plain text, with the cited excerpt highlighted and in view."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor, QTextLayout
from pytestqt.qtbot import QtBot

from timeline_app.model.events import Source, Span
from timeline_app.model.output.timeline import ArticleText
from timeline_app.ui.article_reader import ArticleReader, document_position

# The offscreen platform cannot pass a window's size limits on; it says so for every window shown.


def article(text: str, name: str = "a.txt") -> ArticleText:
    return ArticleText(name, Path("/articles") / name, text, title="A title", outlet="An outlet")


def source_of(text: str, excerpt: str, *highlight_words: str) -> Source:
    start = text.index(excerpt)
    highlights = tuple(
        Span(text.index(word, start), text.index(word, start) + len(word)) for word in highlight_words
    )
    return Source(
        article="a.txt",
        outlet="An outlet",
        published=dt.date(2025, 6, 18),
        excerpt=excerpt,
        start=start,
        end=start + len(excerpt),
        highlights=highlights,
    )


def make_reader(qtbot: QtBot) -> ArticleReader:
    reader = ArticleReader()
    qtbot.addWidget(reader)
    reader.resize(600, 400)
    reader.show()
    qtbot.waitExposed(reader)
    return reader


def test_the_excerpt_is_the_first_extra_selection_at_the_source_offsets(qtbot: QtBot) -> None:
    text = "Intro line.\nLee and Ishiba held a summit on June 17 in Kananaskis.\nOutro."
    excerpt = "Lee and Ishiba held a summit on June 17 in Kananaskis."
    source = source_of(text, excerpt, "summit", "June 17")
    reader = make_reader(qtbot)
    reader.show_source(article(text), source)

    selections = reader.text_view().extraSelections()
    first = selections[0].cursor
    assert (first.selectionStart(), first.selectionEnd()) == (source.start, source.end)
    assert first.selectedText() == excerpt
    assert [s.cursor.selectedText() for s in selections[1:]] == ["summit", "June 17"]
    assert all(s.format.fontUnderline() for s in selections[1:])
    assert reader.windowTitle().startswith("A title")


def test_markup_in_an_article_is_shown_literally(qtbot: QtBot) -> None:
    text = "Before <b>bold</b> and <script>alert('x')</script> after.\nThe summit was held on Tuesday."
    reader = make_reader(qtbot)
    reader.show_source(article(text), source_of(text, "The summit was held on Tuesday."))

    shown = reader.text_view().toPlainText()
    assert "<b>bold</b>" in shown
    assert "<script>alert('x')</script>" in shown
    block = reader.text_view().document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            assert fragment.charFormat().fontWeight() <= QFont.Weight.Normal, fragment.text()
            fragments += 1
        block = block.next()


def test_offsets_survive_crlf_line_ends_korean_and_emoji(qtbot: QtBot) -> None:
    text = "첫 줄 😀 소개.\r\n둘째 줄.\r\n이재명 대통령과 이시바 총리가 6월 17일 정상회담을 했다.\r\n끝."
    excerpt = "이재명 대통령과 이시바 총리가 6월 17일 정상회담을 했다."
    source = source_of(text, excerpt, "6월 17일")
    reader = make_reader(qtbot)
    reader.show_source(article(text), source)

    selections = reader.text_view().extraSelections()
    assert selections[0].cursor.selectedText() == excerpt
    assert selections[1].cursor.selectedText() == "6월 17일"
    assert document_position(text, source.start) != source.start


def test_korean_text_is_drawn_with_real_glyphs(qtbot: QtBot) -> None:
    text = "이 기사를 공유합니다\n주요기사"
    reader = make_reader(qtbot)
    reader.show_source(article(text), source_of(text, "주요기사"))
    view = reader.text_view()
    layout = QTextLayout(view.document().lastBlock().text(), view.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    assert all(index != 0 for run in runs for index in run.glyphIndexes())


def test_the_excerpt_is_scrolled_into_view(qtbot: QtBot) -> None:
    filler = "".join(f"Paragraph {n} about nothing in particular.\n" for n in range(300))
    text = filler + "At last: the ministers met in Seoul on 8 September.\n" + filler
    reader = make_reader(qtbot)
    reader.show_source(article(text), source_of(text, "the ministers met in Seoul on 8 September."))

    view = reader.text_view()
    assert view.verticalScrollBar().value() > 0
    selections = view.extraSelections()
    cursor = QTextCursor(selections[0].cursor)
    cursor.setPosition(cursor.selectionStart())
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())


def test_show_line_highlights_that_line(qtbot: QtBot) -> None:
    text = "title: x\nevents:\n  - id: [broken\n"
    reader = make_reader(qtbot)
    reader.show_line(ArticleText("events.yaml", Path("/data/events.yaml"), text), 3)
    [selection] = reader.text_view().extraSelections()
    assert selection.cursor.block().text() == "  - id: [broken"
    assert reader.text_view().textCursor().blockNumber() == 2


def test_show_line_counts_lines_of_the_file_not_lines_wrapped_on_screen(qtbot: QtBot) -> None:
    long_line = "A paragraph far wider than the reader, so that it wraps over several lines on screen. " * 6
    text = f"{long_line}\n{long_line}\nThe third line of the file.\n{long_line}\n"
    reader = make_reader(qtbot)
    reader.show_line(ArticleText("notes.txt", Path("/data/notes.txt"), text), 3)
    assert reader.text_view().document().firstBlock().layout().lineCount() > 2  # the first line wraps
    [selection] = reader.text_view().extraSelections()
    assert selection.cursor.block().text() == "The third line of the file."
    assert reader.text_view().textCursor().block().text() == "The third line of the file."


# -- keys and find (issue 10, 3.5) ------------------------------------------------------------------


def active_reader(qtbot: QtBot, text: str) -> ArticleReader:
    reader = make_reader(qtbot)
    reader.show_line(article(text), 1)
    with qtbot.waitActive(reader):
        reader.activateWindow()
    return reader


def test_escape_closes_the_reader(qtbot: QtBot) -> None:
    reader = active_reader(qtbot, "Some text.\n")
    qtbot.keyClick(reader.text_view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not reader.isVisible())


def test_ctrl_w_closes_the_reader(qtbot: QtBot) -> None:
    reader = active_reader(qtbot, "Some text.\n")
    qtbot.keyClick(reader.text_view(), Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not reader.isVisible())


def test_ctrl_f_finds_words_and_enter_goes_to_the_next_match(qtbot: QtBot) -> None:
    text = "The summit in June.\nA call.\nAnother Summit in August.\n"
    reader = active_reader(qtbot, text)
    assert not reader.is_find_shown()
    qtbot.keyClick(reader.text_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(reader.find_field().hasFocus)
    assert reader.is_find_shown()
    qtbot.keyClicks(reader.find_field(), "summit")
    cursor = reader.text_view().textCursor()
    assert (cursor.selectionStart(), cursor.selectedText()) == (text.index("summit"), "summit")
    assert reader.find_status() == "1 of 2"
    qtbot.keyClick(reader.find_field(), Qt.Key.Key_Return)
    cursor = reader.text_view().textCursor()
    assert (cursor.selectionStart(), cursor.selectedText()) == (text.index("Summit"), "Summit")
    assert reader.find_status() == "2 of 2"
    qtbot.keyClick(reader.find_field(), Qt.Key.Key_Return)  # from the top again
    assert reader.text_view().textCursor().selectionStart() == text.index("summit")
    qtbot.keyClick(reader.find_field(), Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert reader.text_view().textCursor().selectionStart() == text.index("Summit")
    qtbot.keyClicks(reader.find_field(), "x")
    assert reader.find_status() == "Not found"
    # Escape closes the find bar first, the window only after.
    qtbot.keyClick(reader.find_field(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not reader.is_find_shown())
    assert reader.isVisible()
    qtbot.keyClick(reader.text_view(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not reader.isVisible())


def test_a_file_that_is_not_an_article_is_not_titled_article(qtbot: QtBot) -> None:
    reader = make_reader(qtbot)
    reader.show_line(ArticleText("events.yaml", Path("/data/events.yaml"), "a: [\n", title="events.yaml"), 1,
                     is_article=False)
    assert reader.windowTitle() == "events.yaml — line 1"
