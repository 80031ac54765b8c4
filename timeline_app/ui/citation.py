"""A citation of one excerpt (the words, outlet, article title, publication date, URL), as plain text and as
rich text, for the clipboard."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QMimeData

from timeline_app.model.events import Source


def _facts(source: Source, title: str | None, outlet: str | None) -> tuple[str, str | None, str]:
    published = source.published.isoformat() if source.published else "date unknown"
    return (title or source.article_title or source.article, outlet or source.outlet, published)


def citation_text(source: Source, title: str | None = None, outlet: str | None = None,
                  url: str | None = None) -> str:
    """'“excerpt” — Outlet, “Title”, 2025-06-18. URL' on one line (parts unknown left out)."""
    name, outlet, published = _facts(source, title, outlet)
    parts = [p for p in (outlet, f"“{name}”", published) if p]
    text = f"“{' '.join(source.excerpt.split())}” — {', '.join(parts)}."
    return f"{text} {url}" if url else text


def citation_html(source: Source, title: str | None = None, outlet: str | None = None,
                  url: str | None = None) -> str:
    """The citation as rich text: the excerpt quoted, the title in italics (linked when the URL is known)."""
    name, outlet, published = _facts(source, title, outlet)
    linked = f'<a href="{escape(url, quote=True)}">{escape(name)}</a>' if url else escape(name)
    parts = [escape(outlet)] if outlet else []
    parts += [f"<i>{linked}</i>", escape(published)]
    excerpt = escape(" ".join(source.excerpt.split()))
    return f"<p>“{excerpt}” — {', '.join(parts)}.{f' {escape(url)}' if url else ''}</p>"


def citation_mime(source: Source, title: str | None = None, outlet: str | None = None,
                  url: str | None = None) -> QMimeData:
    """Clipboard data holding the citation as text/plain and text/html."""
    data = QMimeData()
    data.setText(citation_text(source, title, outlet, url))
    data.setHtml(citation_html(source, title, outlet, url))
    return data
