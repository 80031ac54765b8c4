"""Adding an article to a data set: from a text file, a saved web page or a URL, stored as text in the
articles folder with its `sources:` entry written through the safe events.yaml writer.

Web pages go through trafilatura (imported only when a page is read: start-up never pays for it), which
gives the main text and the page's title, publication date, outlet (site name) and canonical URL.
Whatever fails (an unreadable or binary file, a page with no main text, a name already taken, no network,
an HTTP error) raises ArticleImportError with a message for the user, and nothing is written.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from timeline_app.model.reading.articles import ARTICLE_SUFFIXES, parse_article
from timeline_app.model.reading.dataset import load_dataset
from timeline_app.model.writing.events_writer import (
    SourceDraft,
    WriteError,
    WriteResult,
    add_source,
    check_writable,
)

__all__ = [
    "PAGE_SUFFIXES",
    "TEXT_SUFFIXES",
    "ArticleImportError",
    "ImportedArticle",
    "StoredArticle",
    "fetch_article",
    "read_article_file",
    "read_web_page",
    "store_article",
]

TEXT_SUFFIXES = (".txt", ".md")
PAGE_SUFFIXES = (".html", ".htm")
# Fewer words than this is no article: a page of links, a cookie wall, an error page.
MIN_WORDS = 20
MAX_PAGE_BYTES = 20_000_000
_NAME_LIMIT = 60


class ArticleImportError(Exception):
    """Why an article could not be added; nothing was written."""


@dataclass(frozen=True, slots=True)
class ImportedArticle:
    """An article's text and what is known of it, before it is stored (a dialog may change the details)."""

    text: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    # The file name it would be stored under in the articles folder.
    name: str


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article stored: its file, and the write of its `sources:` entry."""

    path: Path
    source: WriteResult

    text: str

    def undo(self) -> None:
        """Remove the `sources:` entry, and the article file while it is still what was stored."""
        self.source.undo()
        try:
            if self.path.read_bytes() == self.text.encode("utf-8"):
                self.path.unlink()
        except OSError:
            pass


def read_article_file(path: Path) -> ImportedArticle:
    """A .txt or .md file as text, or a saved web page (.html, .htm) through trafilatura."""
    suffix = path.suffix.lower()
    if suffix not in (*TEXT_SUFFIXES, *PAGE_SUFFIXES):
        raise ArticleImportError(
            f"cannot add {path.name}: expected a text file (.txt, .md) or a saved web page (.html, .htm)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleImportError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if suffix in PAGE_SUFFIXES:
        return read_web_page(data, None, name_hint=path.stem)
    if b"\x00" in data:
        raise ArticleImportError(f"cannot add {path.name}: it is a binary file, not text")
    try:
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleImportError(
            f"cannot add {path.name}: it is not UTF-8 text (byte 0x{data[exc.start]:02X} at offset {exc.start}); "
            "save it as UTF-8"
        ) from exc
    if not text.strip():
        raise ArticleImportError(f"cannot add {path.name}: the file is empty")
    # The title and date the file states, as the timeline will read them.
    read = parse_article(path.name, text, path)
    return ImportedArticle(text, read.title, read.stated_date, None, None, path.name)


def read_web_page(page: bytes | str, url: str | None, *, name_hint: str | None = None) -> ImportedArticle:
    """The main text of a web page and its metadata (title, publication date, outlet, canonical URL)."""
    import trafilatura

    document = trafilatura.bare_extraction(page, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)
    text = (getattr(document, "text", None) or "").strip() if document is not None else ""
    where = url or (f"{name_hint}" if name_hint else "the page")
    if len(text.split()) < MIN_WORDS:
        raise ArticleImportError(f"no article text found in {where}: the page has no main text")
    title = _clean(getattr(document, "title", None))
    outlet = _clean(getattr(document, "sitename", None))
    canonical = _clean(getattr(document, "url", None)) or url
    published = _day(getattr(document, "date", None))
    lines = text.splitlines()
    if title and (not lines or lines[0].strip() != title):
        text = f"{title}\n{text}"
    # One blank line between paragraphs, as articles saved by hand have them.
    body = "\n\n".join(line.strip() for line in text.splitlines() if line.strip()) + "\n"
    stem = title or name_hint or _url_stem(canonical) or "article"
    return ImportedArticle(body, title, published, outlet, canonical, _file_name(stem))


def fetch_article(url: str, *, timeout: float = 20.0) -> ImportedArticle:
    """The article at `url` (http or https), fetched and read as a web page."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise ArticleImportError(f"cannot fetch '{url}': expected an address starting with http:// or https://")
    request = urllib.request.Request(url, headers={"User-Agent": "timeline-app (article import)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final_url = response.geturl()
            data = response.read(MAX_PAGE_BYTES + 1)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise ArticleImportError(f"cannot fetch {url}: the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) and exc.reason.strerror else exc.reason
        raise ArticleImportError(f"cannot fetch {url}: {reason} (offline, or a wrong address?)") from exc
    except TimeoutError as exc:
        raise ArticleImportError(f"cannot fetch {url}: no answer within {timeout:g} s") from exc
    except OSError as exc:
        raise ArticleImportError(f"cannot fetch {url}: {exc.strerror or exc}") from exc
    if len(data) > MAX_PAGE_BYTES:
        raise ArticleImportError(f"cannot add {url}: the page is larger than {MAX_PAGE_BYTES // 1_000_000} MB")
    return read_web_page(data, final_url)


def store_article(events_path: Path, article: ImportedArticle, *, base: bytes | None = None) -> StoredArticle:
    """Store `article` as `article.name` in the data set's articles folder and write its `sources:` entry
    (published, outlet, title, url) through the safe writer; nothing is written when either fails."""
    check_writable(events_path)
    name = article.name
    if (not name or "/" in name or "\\" in name or name.startswith(".")
            or Path(name).suffix.lower() not in ARTICLE_SUFFIXES):
        raise ArticleImportError(
            f"cannot store the article as '{name}': expected a file name ending in {', '.join(ARTICLE_SUFFIXES)}"
        )
    dataset = load_dataset(events_path)
    if not dataset.readable:
        raise WriteError(dataset.problems)
    folder = dataset.articles_dir
    if not folder.is_dir():
        raise ArticleImportError(f"cannot store the article: the articles folder {folder} does not exist")
    target = folder / name
    try:
        with target.open("x", encoding="utf-8", newline="") as stream:
            stream.write(article.text)
    except FileExistsError as exc:
        raise ArticleImportError(
            f"an article named '{name}' is already in {folder.name}: choose another name"
        ) from exc
    except OSError as exc:
        raise ArticleImportError(f"cannot store the article as {target}: {exc.strerror or exc}") from exc
    try:
        source = add_source(events_path, name,
                            SourceDraft(article.published, article.outlet, article.title, article.url), base=base)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return StoredArticle(target, source, article.text)


def _clean(value: object) -> str | None:
    text = " ".join(str(value).split()) if value else ""
    return text or None


def _day(value: object) -> dt.date | None:
    """The day of trafilatura's date (YYYY-MM-DD), if it gave one."""
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _url_stem(url: str | None) -> str | None:
    if not url:
        return None
    path = urllib.parse.urlsplit(url).path.rstrip("/")
    return os.path.splitext(path.rsplit("/", 1)[-1])[0] or None


def _file_name(stem: str) -> str:
    """A file name from a title: ASCII letters and digits joined by hyphens, at most 60 characters, .txt."""
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > _NAME_LIMIT:
        slug = slug[:_NAME_LIMIT].rsplit("-", 1)[0]
    return f"{slug or 'article'}.txt"
