"""Adding articles from the window: dropped files and File ▸ Add articles…, pages fetched from a URL; the
dialog where the user checks the publication date, outlet and name; undo; clear messages and nothing
written on failure."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.model.writing.test_article_import import _Pages as Pages
from tests.ui.data_sets import RELOAD_MS, WindowFactory
from timeline_app.ui.article_dialog import ArticleDialog
from timeline_app.ui.main_window import MainWindow

REPORT = (
    "Lee and Takaichi meet in Gyeongju\n\nPresident Lee Jae-myung and Prime Minister Sanae Takaichi held "
    "their first summit in Gyeongju on Thursday, agreeing to keep up shuttle diplomacy.\n"
)


def drop(window: MainWindow, *paths: Path) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(window.rect().center())
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    event = QDropEvent(position, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event


def dialog_of(qtbot: QtBot, window: MainWindow) -> ArticleDialog:
    qtbot.waitUntil(lambda: window.articles().dialog() is not None)
    dialog = window.articles().dialog()
    assert isinstance(dialog, ArticleDialog)
    return dialog


def message(qtbot: QtBot, window: MainWindow) -> str:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "article_failed") is not None)
    box = window.findChild(QMessageBox, "article_failed")
    assert isinstance(box, QMessageBox)
    text = box.text()
    box.close()
    return text


def test_a_dropped_text_file_is_checked_stored_with_its_source_entry_and_undone(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, tmp_path: Path
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    report = tmp_path / "gyeongju.txt"
    report.write_text(REPORT, encoding="utf-8")
    drop(window, report)
    dialog = dialog_of(qtbot, window)
    assert dialog.name.text() == "gyeongju.txt"
    assert "No publication date" in dialog.problems_text() and dialog.add_button().isEnabled()
    dialog.published.setText("2025-10-30")
    dialog.outlet.setText("Example News")
    qtbot.mouseClick(dialog.add_button(), Qt.MouseButton.LeftButton)
    stored = events_file.parent / "articles" / "gyeongju.txt"
    assert stored.read_text(encoding="utf-8") == REPORT
    text = events_file.read_text(encoding="utf-8")
    assert "gyeongju.txt" in text and "Example News" in text
    qtbot.waitUntil(lambda: "gyeongju.txt" in window.session.timeline.articles, timeout=RELOAD_MS)
    summit = next(e for e in window.session.timeline.events if any(s.article == "gyeongju.txt" for s in e.sources))
    assert summit.date.iso() == "2025-10-30"  # "on Thursday" read against the date checked in the dialog

    window.action("undo").trigger()
    assert events_file.read_bytes() == original and not stored.exists()
    qtbot.waitUntil(lambda: "gyeongju.txt" not in window.session.timeline.articles, timeout=RELOAD_MS)


def test_the_dialog_refuses_a_name_already_taken_and_a_date_it_cannot_read(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    report = tmp_path / "busan.txt"  # the data set has an article of that name
    report.write_text(REPORT, encoding="utf-8")
    window.articles().add_files([report])
    dialog = dialog_of(qtbot, window)
    assert "busan.txt is already in the articles folder" in dialog.problems_text()
    assert not dialog.add_button().isEnabled()
    dialog.name.setText("busan-2.txt")
    dialog.published.setText("30 Oct 2025")
    assert dialog.problems_text() == "Published: expected a day as YYYY-MM-DD, found '30 Oct 2025'."
    assert not dialog.add_button().isEnabled()
    dialog.published.setText("2025-10-30")
    assert dialog.add_button().isEnabled() and not dialog.problems_text()
    dialog.reject()


def test_binary_and_unknown_files_are_refused_with_a_message_and_nothing_written(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, tmp_path: Path
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    window.articles().add_files([binary])
    assert "scan.txt: it is a binary file" in message(qtbot, window)
    assert events_file.read_bytes() == original
    assert not (events_file.parent / "articles" / "scan.txt").exists()
    assert window.articles().dialog() is None


def test_only_article_files_are_accepted_when_dragged(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.png"))])
    enter = QDragEnterEvent(window.rect().center(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_page_fetched_from_a_url_fills_the_dialog_with_its_metadata(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, server: str
) -> None:
    window = make_window()
    window.articles().add_url(f"{server}/article")
    dialog = dialog_of(qtbot, window)
    assert dialog.title.text() == "Lee and Takaichi agree on shuttle diplomacy"
    assert dialog.published.text() == "2025-10-30"
    assert dialog.outlet.text() == "Example News"
    assert dialog.url.text() == "https://news.example.com/2025/10/30/lee-takaichi"
    assert dialog.name.text().endswith(".txt")
    qtbot.mouseClick(dialog.add_button(), Qt.MouseButton.LeftButton)
    assert "https://news.example.com/2025/10/30/lee-takaichi" in events_file.read_text(encoding="utf-8")


def test_an_http_error_says_so_and_writes_nothing(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, server: str
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    window.articles().add_url(f"{server}/missing")
    assert "404" in message(qtbot, window)
    assert events_file.read_bytes() == original


def test_dropped_files_are_checked_one_after_the_other(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    first, second = tmp_path / "first.txt", tmp_path / "second.md"
    first.write_text(REPORT, encoding="utf-8")
    second.write_text(REPORT, encoding="utf-8")
    drop(window, first, second)
    dialog = dialog_of(qtbot, window)
    assert dialog.name.text() == "first.txt"
    dialog.reject()
    qtbot.waitUntil(lambda: window.articles().dialog() not in (None, dialog))
    assert dialog_of(qtbot, window).name.text() == "second.md"
