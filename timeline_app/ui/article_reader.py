"""A window that shows a whole article as plain text, with one excerpt highlighted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from timeline_app.model.events import Source, Span
from timeline_app.model.output.timeline import ArticleText
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
    """A non-modal window showing one article; the excerpt an event cites is highlighted.

    Ctrl+F finds words in it (Enter or F3 the next match, Shift+Enter or Shift+F3 the one before); Escape
    closes the find bar, then the window, as Ctrl+W does. Selected words can become an event ("Add event from
    selection…", Ctrl+Shift+E: the article and the start and end offsets in `add_event_requested`).
    """

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

        self._find = QLineEdit()
        self._find.setObjectName("article_find")
        self._find.setAccessibleName("Find in the article")
        self._find.setPlaceholderText("Find in the article")
        self._find.setClearButtonEnabled(True)
        self._find.textEdited.connect(self._on_find_edited)
        self._find.returnPressed.connect(self.find_next)
        self._find_status = QLabel()
        self._find_status.setObjectName("article_find_status")
        self._find_status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._find_bar = QWidget()
        self._find_bar.setObjectName("article_find_bar")
        bar = QHBoxLayout(self._find_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self._find, 1)
        bar.addWidget(self._find_status)
        self._find_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self._title)
        layout.addWidget(self._meta)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._find_bar)
        self._add_action("find", "Find…", self.start_find, [QKeySequence.StandardKey.Find])
        self._add_action("find_next", "Find next", self.find_next, [QKeySequence.StandardKey.FindNext])
        self._add_action("find_previous", "Find previous", self.find_previous,
                         [QKeySequence.StandardKey.FindPrevious, QKeySequence("Shift+Return"),
                          QKeySequence("Shift+Enter")])
        self._add_action("close_reader", "Close", self.close, [QKeySequence("Ctrl+W")])
        self._add_action("escape", "Close the find bar, else the window", self._on_escape,
                         [QKeySequence(Qt.Key.Key_Escape)])

    def _add_action(
        self, name: str, text: str, slot: object, keys: list[QKeySequence | QKeySequence.StandardKey]
    ) -> None:
        action = QAction(text, self)
        action.setObjectName(name)
        shortcuts: list[QKeySequence] = []
        for key in keys:
            if isinstance(key, QKeySequence):
                shortcuts.append(key)
            else:
                shortcuts.extend(QKeySequence.keyBindings(key))
        unique = list(dict.fromkeys(shortcut.toString() for shortcut in shortcuts))
        action.setShortcuts([QKeySequence(text) for text in unique])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- find -----------------------------------------------------------------------------------

    def find_field(self) -> QLineEdit:
        """The find bar's text field."""
        return self._find

    def find_status(self) -> str:
        """'2 of 5', 'Not found' or '' (nothing sought)."""
        return self._find_status.text()

    def is_find_shown(self) -> bool:
        """Whether the find bar is showing."""
        return self._find_bar.isVisibleTo(self)

    @Slot()
    def start_find(self) -> None:
        """Show the find bar with its text selected, the cursor in it (Ctrl+F)."""
        if not self._find.text():
            self._find.setText(self._text.textCursor().selectedText())
        self._find_bar.show()
        self._find.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._find.selectAll()

    @Slot()
    def find_next(self) -> None:
        """Select the next match of the find text, from the top again after the last."""
        self._find_match(backward=False)

    @Slot()
    def find_previous(self) -> None:
        """Select the match before the current one, from the bottom again before the first."""
        self._find_match(backward=True)

    @Slot(str)
    def _on_find_edited(self, _text: str) -> None:
        # Typing finds from where the current match starts, so that a longer word stays on the same spot.
        cursor = self._text.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self._text.setTextCursor(cursor)
        self._find_match(backward=False)

    def _find_match(self, *, backward: bool) -> None:
        needle = self._find.text()
        if not needle:
            self._find_status.clear()
            return
        if not self._find_bar.isVisible():
            self._find_bar.show()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self._text.find(needle, flags)
        if not found:
            cursor = self._text.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            self._text.setTextCursor(cursor)
            found = self._text.find(needle, flags)
        if not found:
            self._find_status.setText("Not found")
            return
        self._text.centerCursor()
        document = self._text.document()
        here = self._text.textCursor().selectionStart()
        count = number = 0
        match = document.find(needle, 0)
        while not match.isNull():
            count += 1
            if match.selectionStart() <= here:
                number = count
            match = document.find(needle, match)
        self._find_status.setText(f"{number} of {count}")

    @Slot()
    def _on_escape(self) -> None:
        if self._find_bar.isVisible():
            self._find_bar.hide()
            self._text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.close()

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

    def show_line(self, article: ArticleText, line: int, *, is_article: bool = True) -> None:
        """Show `article` (or, not `is_article`, any text file) with line `line` (from 1) highlighted and
        in view."""
        self._show(article, None, article.outlet)
        self._excerpt = None
        self._highlights = ()
        self._line = max(1, line)
        if not is_article:
            self.setWindowTitle(f"{article.name} — line {self._line}")
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
