"""Adding articles: text files, saved web pages and URLs (served from 127.0.0.1), stored with their
`sources:` entry; every failure is a clear message and writes nothing."""

from __future__ import annotations

import datetime as dt
import http.server
import socket
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from timeline_app.model.build import build_timeline
from timeline_app.model.reading.dataset import load_dataset
from timeline_app.model.writing.article_import import (
    ArticleImportError,
    fetch_article,
    read_article_file,
    read_web_page,
    store_article,
)

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Lee and Takaichi agree on shuttle diplomacy | Example News</title>
<meta property="og:title" content="Lee and Takaichi agree on shuttle diplomacy">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2025-10-30T09:00:00+09:00">
<link rel="canonical" href="https://news.example.com/2025/10/30/lee-takaichi">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Lee and Takaichi agree on shuttle diplomacy</h1>
<p>GYEONGJU, Oct. 30 -- President Lee Jae-myung and Prime Minister Sanae Takaichi held their first summit in
Gyeongju on Thursday, agreeing to keep up shuttle diplomacy between the two neighbours.</p>
<p>The two leaders met for about an hour on the sidelines of the Asia-Pacific Economic Cooperation forum,
the presidential office said.</p>
</article>
<footer>Copyright 2025 Example News. All rights reserved.</footer>
</body></html>
"""
EMPTY_PAGE = "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
EVENTS = "# My set.\narticles: articles\nsources:\n  old.txt: {outlet: Kyodo}\nevents: []\n"


@pytest.fixture
def data_set(tmp_path: Path) -> Path:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "old.txt").write_text("An old article.\n", encoding="utf-8")
    path = tmp_path / "events.yaml"
    path.write_text(EVENTS, encoding="utf-8")
    return path


def test_a_saved_page_gives_its_text_and_details(tmp_path):
    page = tmp_path / "saved.html"
    page.write_text(PAGE, encoding="utf-8")
    article = read_article_file(page)
    assert (article.title, article.published, article.outlet, article.url, article.name) == (
        "Lee and Takaichi agree on shuttle diplomacy", dt.date(2025, 10, 30), "Example News",
        "https://news.example.com/2025/10/30/lee-takaichi", "lee-and-takaichi-agree-on-shuttle-diplomacy.txt",
    )
    assert article.text.startswith("Lee and Takaichi agree on shuttle diplomacy\n\nGYEONGJU, Oct. 30 -- ")
    assert "Home" not in article.text and "Copyright" not in article.text


def test_a_stored_page_is_an_article_of_the_timeline_with_its_source_entry(data_set):
    article = read_web_page(PAGE.encode(), "http://127.0.0.1/x")
    stored = store_article(data_set, article)
    assert stored.path == data_set.parent / "articles" / "lee-and-takaichi-agree-on-shuttle-diplomacy.txt"
    # In flow style, as the other source is.
    assert data_set.read_text() == EVENTS.replace("events: []", (
        "  lee-and-takaichi-agree-on-shuttle-diplomacy.txt: {published: 2025-10-30, outlet: Example News, "
        "title: Lee and Takaichi agree on shuttle diplomacy, url: https://news.example.com/2025/10/30/lee-takaichi}\n"
        "events: []"
    ))
    timeline = build_timeline(data_set)
    assert [e.date.iso() for e in timeline.events if e.kind.value == "summit"] == ["2025-10-30"]
    stored.undo()
    assert data_set.read_text() == EVENTS
    assert not stored.path.exists()


def test_the_details_a_user_corrects_are_the_ones_written(data_set):
    article = replace(read_web_page(PAGE, None), published=dt.date(2025, 10, 31), outlet="Yonhap",
                      name="yonhap.txt")
    store_article(data_set, article)
    meta = load_dataset(data_set).sources["yonhap.txt"]
    assert (meta.published, meta.outlet) == (dt.date(2025, 10, 31), "Yonhap")


def test_text_and_markdown_files_are_read_as_they_are(tmp_path):
    text = "Leaders agree to meet again in Nara\r\nPublished 2025-10-31\r\n\r\nSEOUL -- The two leaders met.\r\n"
    for name in ("note.txt", "note.md"):
        (tmp_path / name).write_bytes(b"\xef\xbb\xbf" + text.encode())
        article = read_article_file(tmp_path / name)
        assert (article.text, article.name, article.title, article.published) == (
            text, name, "Leaders agree to meet again in Nara", dt.date(2025, 10, 31)
        )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("photo.jpg", b"\xff\xd8", "cannot add photo.jpg: expected a text file (.txt, .md) or a saved web page "
                                   "(.html, .htm)"),
        ("binary.txt", b"ab\x00cd", "cannot add binary.txt: it is a binary file, not text"),
        ("latin1.txt", b"caf\xe9", "cannot add latin1.txt: it is not UTF-8 text (byte 0xE9 at offset 3); "
                                   "save it as UTF-8"),
        ("empty.md", b"  \n", "cannot add empty.md: the file is empty"),
        ("links.html", EMPTY_PAGE.encode(), "no article text found in links: the page has no main text"),
    ],
)
def test_files_that_are_no_article_are_refused(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(ArticleImportError) as caught:
        read_article_file(tmp_path / name)
    assert str(caught.value) == message


def test_an_unreadable_file_is_refused(tmp_path):
    with pytest.raises(ArticleImportError) as caught:
        read_article_file(tmp_path / "missing.txt")
    assert str(caught.value) == "cannot read missing.txt: No such file or directory"


def test_a_name_already_taken_overwrites_nothing(data_set):
    article = replace(read_web_page(PAGE, None), name="old.txt")
    with pytest.raises(ArticleImportError) as caught:
        store_article(data_set, article)
    assert str(caught.value) == "an article named 'old.txt' is already in articles: choose another name"
    assert (data_set.parent / "articles" / "old.txt").read_text() == "An old article.\n"
    assert data_set.read_text() == EVENTS


def test_a_source_entry_already_there_leaves_no_article_behind(data_set):
    (data_set.parent / "articles" / "old.txt").unlink()
    article = replace(read_web_page(PAGE, None), name="old.txt")
    with pytest.raises(Exception) as caught:
        store_article(data_set, article)
    assert str(caught.value).endswith("error: 'old.txt' is already under 'sources:' (line 4)")
    assert not (data_set.parent / "articles" / "old.txt").exists()
    assert data_set.read_text() == EVENTS


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/article":
            body = PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_a_page_fetched_from_a_url(server):
    article = fetch_article(f"{server}/article", timeout=5)
    assert (article.title, article.published, article.outlet) == (
        "Lee and Takaichi agree on shuttle diplomacy", dt.date(2025, 10, 30), "Example News",
    )


def test_an_http_error_is_a_clear_message(server):
    with pytest.raises(ArticleImportError) as caught:
        fetch_article(f"{server}/gone", timeout=5)
    assert str(caught.value) == f"cannot fetch {server}/gone: the server answered 404 Not Found"


def test_no_network_is_a_clear_message():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ArticleImportError) as caught:
        fetch_article(f"http://127.0.0.1:{port}/article", timeout=5)
    assert str(caught.value) == (
        f"cannot fetch http://127.0.0.1:{port}/article: Connection refused (offline, or a wrong address?)"
    )


def test_only_web_addresses_are_fetched():
    with pytest.raises(ArticleImportError) as caught:
        fetch_article("file:///etc/passwd")
    assert str(caught.value) == (
        "cannot fetch 'file:///etc/passwd': expected an address starting with http:// or https://"
    )


def test_undo_keeps_an_article_edited_since(data_set):
    stored = store_article(data_set, read_web_page(PAGE, None))
    stored.path.write_text("Edited by hand.\n", encoding="utf-8")
    stored.undo()
    assert data_set.read_text() == EVENTS
    assert stored.path.read_text(encoding="utf-8") == "Edited by hand.\n"
