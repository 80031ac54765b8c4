"""The pane that shows everything known about the selected event, with its sourced excerpts."""

from __future__ import annotations

import collections
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.events import Event, Origin, Source, Status
from timeline_app.model.output.timeline import ArticleText
from timeline_app.ui.colours import WARNING, blend
from timeline_app.ui.event_text import DATE_SEPARATOR, date_parts, kind_label
from timeline_app.ui.wording import sources_phrase

SOURCE_SCHEME = "source"
CITE_SCHEME = "cite"
EDIT_LINK = "edit:event"
HIDE_LINK = "hide:event"

_PRECISION_NOTE = {
    Precision.WEEK: "known to the week",
    Precision.MONTH: "known to the month",
    Precision.YEAR: "known to the year",
}

_STATUS_NOTE = {
    Status.PLANNED: "planned, not yet held",
    Status.EXPECTED: "expected, not yet held",
    Status.POSSIBLE: "possible, not confirmed",
    Status.CANCELLED: "cancelled",
}

def _text(value: str) -> str:
    """Article or user text made safe for rich text: never interpreted as HTML."""
    return escape(value).replace("\n", "<br>")


def highlighted_excerpt(source: Source, strong_style: str) -> str:
    """The excerpt as rich text, its highlight spans wrapped in <b>; all text escaped."""
    excerpt = source.excerpt
    cuts: list[tuple[int, int]] = []
    for span in sorted(source.highlights, key=lambda s: (s.start, s.end)):
        start = max(0, span.start - source.start)
        end = min(len(excerpt), span.end - source.start)
        if start >= end:
            continue
        if cuts and start <= cuts[-1][1]:
            cuts[-1] = (cuts[-1][0], max(cuts[-1][1], end))
        else:
            cuts.append((start, end))
    parts: list[str] = []
    position = 0
    for start, end in cuts:
        parts.append(_text(excerpt[position:start]))
        parts.append(f'<b style="{strong_style}">{_text(excerpt[start:end])}</b>')
        position = end
    parts.append(_text(excerpt[position:]))
    return "".join(parts)


class _Colours:
    """The few colours the pane needs, derived from the palette so light and dark both read well."""

    def __init__(self, palette: QPalette) -> None:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.text = text.name()
        self.muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
        self.excerpt = blend(base, text, 0.06).name()
        self.highlight = blend(base, palette.color(QPalette.ColorRole.Highlight), 0.4).name()
        self.warning = blend(base, WARNING, 0.28).name()


def event_html(event: Event, articles: Mapping[str, ArticleText], palette: QPalette) -> str:
    """The whole detail view of `event` as rich text."""
    colours = _Colours(palette)
    muted = f'style="color:{colours.muted}"'
    out: list[str] = [f"<h2>{_text(event.title)}</h2>"]
    hide = "Remove entry…" if event.origin is Origin.CURATED else "Hide"
    out.append(f'<p><a href="{EDIT_LINK}">Edit…</a> · <a href="{HIDE_LINK}">{hide}</a></p>')

    when = DATE_SEPARATOR.join(f"<b>{_text(part)}</b>" for part in date_parts(event.date, event.end))
    note = _PRECISION_NOTE.get(event.date.precision)
    if note:
        when += f" <span {muted}>({note})</span>"
    out.append(f'<p style="font-size:large">{when}</p>')

    rows: list[tuple[str, str]] = [("Kind", _text(kind_label(event.kind)))]
    status = _text(event.status.value.capitalize())
    if event.status in _STATUS_NOTE:
        status += f" <span {muted}>({_STATUS_NOTE[event.status]})</span>"
    rows.append(("Status", status))
    if event.location:
        rows.append(("Location", _text(event.location)))
    if event.participants:
        rows.append(("Participants", _text(", ".join(event.participants))))
    rows.append(("Origin", _text(event.origin.value.capitalize())))
    out.append('<table cellspacing="0" cellpadding="2">')
    out.extend(f'<tr><td {muted} style="padding-right:12px">{k}</td><td>{v}</td></tr>' for k, v in rows)
    out.append("</table>")

    if event.conflicts:
        items = "".join(f"<li>{_text(c)}</li>" for c in event.conflicts)
        out.append(
            f'<table width="100%" cellpadding="8" style="margin-top:10px" bgcolor="{colours.warning}">'
            '<tr><td><b>⚠ The sources disagree</b>'
            f'<ul style="margin:4px 0 0 0">{items}</ul></td></tr></table>'
        )
    if event.summary:
        out.append(f"<p>{_text(event.summary)}</p>")
    if event.date_basis:
        out.append("<h4>How the date was derived</h4><ul>")
        repeats = collections.Counter(basis.describe() for basis in event.date_basis)
        for text, count in repeats.items():
            again = f" <span {muted}>(in {count} sources)</span>" if count > 1 else ""
            out.append(f"<li>{_text(text)}{again}</li>")
        out.append("</ul>")
    if event.notes:
        out.append("<h4>Notes</h4><ul>")
        out.extend(f"<li>{_text(n)}</li>" for n in event.notes)
        out.append("</ul>")

    out.append(f"<h4>{sources_phrase(len(event.sources), len({s.article for s in event.sources}))}</h4>")
    if not event.sources:
        out.append(f"<p {muted}>No article reports this event; it comes from events.yaml only.</p>")
    strong = f"background-color:{colours.highlight}; color:{colours.text}"
    for index, source in enumerate(event.sources):
        article = articles.get(source.article)
        outlet = source.outlet or (article.outlet if article else None)
        title = source.article_title or (article.title if article else None) or source.article
        published = f"published {source.published.isoformat()}" if source.published else "date unknown"
        head = f"<b>{_text(outlet)}</b> <span {muted}>· {published}</span><br>" if outlet else ""
        head += f"<i>{_text(title)}</i>" + ("" if outlet else f" <span {muted}>· {published}</span>")
        out.append(f'<p style="margin-top:12px">{head}</p>')
        out.append(
            f'<table width="100%" cellpadding="8" bgcolor="{colours.excerpt}"><tr><td>'
            f"{highlighted_excerpt(source, strong)}</td></tr></table>"
        )
        link = (
            f'<a href="{SOURCE_SCHEME}:{index}">Open article</a>'
            if article is not None
            else f"<span {muted}>Article not available</span>"
        )
        cite = f'<a href="{CITE_SCHEME}:{index}">Copy citation</a>'
        out.append(f"<p>{link} · {cite} <span {muted}>({_text(source.article)})</span></p>")
    out.append(f"<p {muted}><small>Event id: {_text(event.id)}</small></p>")
    return "".join(out)


def empty_html(palette: QPalette) -> str:
    """What the pane says when no event is selected."""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    return (
        f'<p style="color:{muted}">No event selected.<br>'
        "Click an event on the timeline or in the list to see its sources.</p>"
    )


class DetailPane(QWidget):
    """Title, date at its precision, facts, date derivation, conflicts and excerpts of one event."""

    source_requested = Signal(str, int)
    citation_requested = Signal(str, int)
    edit_requested = Signal(str)
    hide_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail_pane")
        self._event: Event | None = None
        self._articles: Mapping[str, ArticleText] = {}
        self._browser = QTextBrowser()
        self._browser.setObjectName("detail_text")
        self._browser.setAccessibleName("Event details")
        self._browser.setOpenLinks(False)
        self._browser.setOpenExternalLinks(False)
        self._browser.document().setDocumentMargin(10)
        self._browser.document().setIndentWidth(18)
        self._browser.anchorClicked.connect(self._on_anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._browser)
        self._render()

    def browser(self) -> QTextBrowser:
        """The rich-text view (exposed for tests and for keyboard focus)."""
        return self._browser

    def event_id(self) -> str | None:
        """The id of the event shown, if any."""
        return self._event.id if self._event is not None else None

    def show_event(self, event: Event | None, articles: Mapping[str, ArticleText]) -> None:
        """Show `event` (None: the empty state), resolving its sources against `articles`."""
        same = event is not None and self._event is not None and event.id == self._event.id
        scroll = self._browser.verticalScrollBar().value()
        self._event = event
        self._articles = articles
        self._render()
        if same:
            self._browser.verticalScrollBar().setValue(scroll)

    def _render(self) -> None:
        palette = self.palette()
        if self._event is None:
            self._browser.setHtml(empty_html(palette))
        else:
            self._browser.setHtml(event_html(self._event, self._articles, palette))

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        if self._event is None:
            return
        link = url.toString()
        if link == EDIT_LINK:
            self.edit_requested.emit(self._event.id)
            return
        if link == HIDE_LINK:
            self.hide_requested.emit(self._event.id)
            return
        try:
            index = int(url.path())
        except ValueError:
            return
        if not 0 <= index < len(self._event.sources):
            return
        if url.scheme() == SOURCE_SCHEME:
            self.source_requested.emit(self._event.id, index)
        elif url.scheme() == CITE_SCHEME:
            self.citation_requested.emit(self._event.id, index)

    def changeEvent(self, event: QEvent) -> None:
        """Re-render with the new colours when the palette changes (light/dark switch)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._render()
