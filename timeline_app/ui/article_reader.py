"""A window that shows a whole article as plain text, with one excerpt highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from timeline_app.model.events import Source, Span
from timeline_app.model.timeline import ArticleText
from timeline_app.ui.colours import blend


def document_position(text: str, offset: int) -> int:
    """Where character `offset` of `text` lands in a QTextDocument holding `text` as plain text.

    Qt counts UTF-16 code units and turns each CR LF into a single paragraph break.
    """
    prefix = text[: max(0, min(offset, len(text)))]
    return len(prefix.encode("utf-16-le")) // 2 - prefix.count("\r\n")


def text_offset(text: str, position: int) -> int:
    """The character offset of `text` that lands at document position `position` (`document_position`'s
    inverse: the first offset at or after it)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high) // 2
        if document_position(text, middle) < position:
            low = middle + 1
        else:
            high = middle
    return low


ADD_EVENT_KEY = QKeySequence("Ctrl+Shift+E")


class ArticleReader(QWidget):
    """A non-modal window showing one article; the excerpt an event cites is highlighted. Selected words can
    become an event ("Add event from selection…": article, start and end offsets in `add_event_requested`)."""

    add_event_requested = Signal(object, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("article_reader")
        self.setWindowTitle("Article")
        self.resize(760, 680)
        self._article: ArticleText | None = None
        self._excerpt: Span | None = None
        self._highlights: tuple[Span, ...] = ()
        self._line: int | None = None

        self._title = QLabel()
        self._title.setObjectName("article_title")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_font = QFont(self._title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self._title.setFont(title_font)
        self._meta = QLabel()
        self._meta.setObjectName("article_meta")
        self._meta.setWordWrap(True)
        self._meta.setTextFormat(Qt.TextFormat.PlainText)
        self._meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self._text = QPlainTextEdit()
        self._text.setObjectName("article_text")
        self._text.setAccessibleName("Article text")
        self._text.setReadOnly(True)
        self._text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        text_font = QFont(self._text.font())
        text_font.setPointSizeF(text_font.pointSizeF() * 1.1)
        self._text.setFont(text_font)
        self._text.document().setDocumentMargin(12)
        self._add_event = QAction("&Add event from selection…", self)
        self._add_event.setObjectName("add_event_from_selection")
        self._add_event.setShortcut(ADD_EVENT_KEY)
        self._add_event.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._add_event.triggered.connect(self.request_event_from_selection)
        self.addAction(self._add_event)
        self._text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._text.customContextMenuRequested.connect(self._show_context_menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self._meta)
        layout.addWidget(self._text, 1)

    def text_view(self) -> QPlainTextEdit:
        """The read-only view holding the article's text."""
        return self._text

    def add_event_action(self) -> QAction:
        """"Add event from selection…" (Ctrl+Shift+E), in the text's context menu."""
        return self._add_event

    def selected_span(self) -> tuple[int, int] | None:
        """The selected words as offsets [start, end) into the article's text; None without a selection."""
        cursor = self._text.textCursor()
        if self._article is None or not cursor.hasSelection():
            return None
        text = self._article.text
        return text_offset(text, cursor.selectionStart()), text_offset(text, cursor.selectionEnd())

    def request_event_from_selection(self) -> None:
        """Ask for an event made from the selected words (nothing happens without a selection)."""
        span = self.selected_span()
        if span is not None and self._article is not None and self._article.text[span[0] : span[1]].strip():
            self.add_event_requested.emit(self._article, *span)

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self._text.createStandardContextMenu(position)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addAction(self._add_event)
        else:
            menu.insertAction(first, self._add_event)
            menu.insertSeparator(first)
        self._add_event.setEnabled(self.selected_span() is not None)
        menu.aboutToHide.connect(lambda: self._add_event.setEnabled(True))
        menu.popup(self._text.viewport().mapToGlobal(position))

    def article(self) -> ArticleText | None:
        """The article shown, if any."""
        return self._article

    def show_source(self, article: ArticleText, source: Source) -> None:
        """Show `article` with `source`'s excerpt highlighted (its dating words stronger) and in view."""
        self._show(article, source.published, source.outlet)
        self._excerpt = Span(source.start, source.end)
        self._highlights = source.highlights
        self._line = None
        self._apply_selections()
        self._scroll_to(document_position(article.text, source.start))

    def show_line(self, article: ArticleText, line: int) -> None:
        """Show `article` (or any text file) with line `line` (from 1) highlighted and in view."""
        self._show(article, None, article.outlet)
        self._excerpt = None
        self._highlights = ()
        self._line = max(1, line)
        self._apply_selections()
        block = self._text.document().findBlockByNumber(self._line - 1)
        self._scroll_to(block.position() if block.isValid() else 0)

    def _show(self, article: ArticleText, published: dt.date | None, outlet: str | None) -> None:
        if self._article is None or self._article.path != article.path or self._article.text != article.text:
            self._text.setPlainText(article.text)
        self._article = article
        title = article.title or article.name
        self.setWindowTitle(f"{title} — Article")
        self._title.setText(title)
        parts = [outlet or article.outlet, published.isoformat() if published else None, article.name]
        self._meta.setText(" · ".join(p for p in parts if p))

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self._text.document())
        cursor.setPosition(min(position, self._text.document().characterCount() - 1))
        self._text.setTextCursor(cursor)
        self._text.centerCursor()

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        assert self._article is not None
        cursor = QTextCursor(self._text.document())
        last = self._text.document().characterCount() - 1
        cursor.setPosition(min(document_position(self._article.text, start), last))
        cursor.setPosition(
            min(document_position(self._article.text, end), last), QTextCursor.MoveMode.KeepAnchor
        )
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    def _apply_selections(self) -> None:
        if self._article is None:
            return
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        selections: list[QTextEdit.ExtraSelection] = []
        if self._excerpt is not None:
            excerpt = QTextCharFormat()
            excerpt.setBackground(blend(base, accent, 0.25))
            excerpt.setForeground(text)
            selections.append(self._selection(self._excerpt.start, self._excerpt.end, excerpt))
            strong = QTextCharFormat()
            strong.setBackground(blend(base, accent, 0.6))
            strong.setForeground(text)
            strong.setFontUnderline(True)
            selections.extend(self._selection(span.start, span.end, strong) for span in self._highlights)
        elif self._line is not None:
            line = QTextCharFormat()
            line.setBackground(blend(base, accent, 0.22))
            line.setForeground(text)
            line.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
            block = self._text.document().findBlockByNumber(self._line - 1)
            cursor = QTextCursor(block)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = line
            selections.append(selection)
        self._text.setExtraSelections(selections)

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the highlights when the palette changes (light/dark switch)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_selections()
