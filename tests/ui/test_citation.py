"""Copy citation: the excerpt, outlet, article title, publication date and URL as plain text and as HTML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import KANANASKIS, WindowFactory
from tests.ui.test_main_window import click_text
from timeline_app.model.events import Source
from timeline_app.ui.citation import citation_html, citation_mime, citation_text

SOURCE = Source(
    article="report.txt", outlet="Korea Herald", published=dt.date(2025, 6, 18),
    excerpt="Lee and Ishiba met\non June 17 <local time>.", start=0, end=40, article_title="Lee & Ishiba meet",
)


def test_the_citation_names_excerpt_outlet_title_date_and_url() -> None:
    url = "https://example.org/a?b=1&c=2"
    assert citation_text(SOURCE, url=url) == (
        "“Lee and Ishiba met on June 17 <local time>.” — Korea Herald, “Lee & Ishiba meet”, 2025-06-18. "
        "https://example.org/a?b=1&c=2"
    )
    assert citation_html(SOURCE, url=url) == (
        "<p>“Lee and Ishiba met on June 17 &lt;local time&gt;.” — Korea Herald, "
        '<i><a href="https://example.org/a?b=1&amp;c=2">Lee &amp; Ishiba meet</a></i>, 2025-06-18. '
        "https://example.org/a?b=1&amp;c=2</p>"
    )


def test_unknown_parts_are_left_out_or_said() -> None:
    bare = Source("report.txt", None, None, "They met.", 0, 9)
    assert citation_text(bare) == "“They met.” — “report.txt”, date unknown."


def test_the_clipboard_data_holds_plain_text_and_html(qtbot: QtBot) -> None:
    data = citation_mime(SOURCE, title="Better title", outlet="Other outlet", url=None)
    assert data.hasText() and data.hasHtml()
    assert data.text() == "“Lee and Ishiba met on June 17 <local time>.” — Other outlet, “Better title”, 2025-06-18."
    assert "<i>Better title</i>" in data.html()


def test_copy_citation_in_the_detail_pane_puts_the_excerpt_on_the_clipboard(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    text = events_file.read_text(encoding="utf-8").replace(
        "    outlet: Korea Herald\n", "    outlet: Korea Herald\n    title: Lee and Ishiba in Kananaskis\n"
        "    url: https://example.org/kananaskis\n", 1,
    )
    events_file.write_text(text, encoding="utf-8")
    window = make_window()
    window.select("g7")
    click_text(qtbot, window, "Copy citation")
    data = QGuiApplication.clipboard().mimeData()
    assert data is not None
    event = window.session.timeline.event("g7")
    assert event is not None and event.sources[0].article == KANANASKIS
    assert data.text() == (
        f"“{' '.join(event.sources[0].excerpt.split())}” — Korea Herald, “Lee and Ishiba in Kananaskis”, "
        "2025-06-18. https://example.org/kananaskis"
    )
    assert '<a href="https://example.org/kananaskis">' in data.html()
