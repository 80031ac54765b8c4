"""Adding articles from the window: File ▸ Add articles…, files dropped on the window, File ▸ Add article from
URL…; each article is read by the model's importer, checked by the user in a small dialog (publication date,
outlet, name), then stored with its `sources:` entry as an undoable command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from timeline_app.model.writing.article_import import (
    PAGE_SUFFIXES,
    TEXT_SUFFIXES,
    ArticleImportError,
    ImportedArticle,
    fetch_article,
    read_article_file,
    store_article,
)
from timeline_app.ui.article_dialog import ArticleDialog
from timeline_app.ui.curation_commands import CurationStack
from timeline_app.ui.session import TimelineSession

ADDABLE_SUFFIXES = (*TEXT_SUFFIXES, *PAGE_SUFFIXES)
FILE_FILTER = "Articles and saved web pages (*.txt *.md *.html *.htm);;All files (*)"


def dropped_articles(data: QMimeData) -> list[Path]:
    """The local files of a drag that could be articles (text, Markdown, saved web pages)."""
    if not data.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    return [path for path in paths if path.suffix.lower() in ADDABLE_SUFFIXES]


class WindowArticles(QObject):
    """Reads articles, asks the user to check each one in turn, and stores them in the articles folder."""

    def __init__(
        self,
        window: QMainWindow,
        session: TimelineSession,
        history: CurationStack,
        ensure_writable: Callable[[], bool],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._history = history
        self._ensure_writable = ensure_writable
        self._waiting: list[tuple[ImportedArticle, str]] = []
        self._dialog: ArticleDialog | None = None

    def dialog(self) -> ArticleDialog | None:
        """The dialog checking an article, while one is open."""
        return self._dialog

    def ask_files(self) -> None:
        """File ▸ Add articles…: choose files, then add them."""
        names, _ = QFileDialog.getOpenFileNames(
            self._window, "Add articles", str(self._session.events_path.parent), FILE_FILTER
        )
        if names:
            self.add_files([Path(name) for name in names])

    def ask_url(self) -> None:
        """File ▸ Add article from URL…: ask for the address, then fetch the page and add it."""
        url, ok = QInputDialog.getText(self._window, "Add article from URL", "Address of the article (https://…):")
        if ok and url.strip():
            self.add_url(url.strip())

    def add_files(self, paths: list[Path]) -> None:
        """Read each file; each readable one is checked in the dialog, each failure said in one message."""
        failures: list[str] = []
        for path in paths:
            try:
                self._waiting.append((read_article_file(path), str(path)))
            except ArticleImportError as exc:
                failures.append(str(exc))
        if failures:
            self._tell("Some files were not added" if len(failures) < len(paths) else "Nothing was added",
                       "\n".join(failures))
        self._next()

    def add_url(self, url: str) -> None:
        """Fetch the page at `url` and check it in the dialog (a clear message when offline or refused)."""
        self._window.statusBar().showMessage(f"Fetching {url}…")
        self._window.setCursor(Qt.CursorShape.BusyCursor)
        try:
            article = fetch_article(url)
        except ArticleImportError as exc:
            self._tell("Nothing was added", str(exc))
            return
        finally:
            self._window.unsetCursor()
            self._window.statusBar().clearMessage()
        self._waiting.append((article, url))
        self._next()

    def _next(self) -> None:
        if self._dialog is not None or not self._waiting:
            return
        article, origin = self._waiting.pop(0)
        folder = self._session.timeline.articles_dir
        taken = frozenset(p.name for p in folder.iterdir()) if folder is not None and folder.is_dir() else frozenset()
        dialog = ArticleDialog(article, taken, origin, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._store(dialog.article()))
        dialog.finished.connect(lambda _result: self._closed())
        self._dialog = dialog
        dialog.open()

    def _closed(self) -> None:
        self._dialog = None
        self._next()

    def _store(self, article: ImportedArticle) -> None:
        if not self._ensure_writable():
            return
        path = self._session.events_path
        base = self._session.timeline.events_data or None
        if self._history.store(f"Add article {article.name}", lambda: store_article(path, article, base=base)):
            self._window.statusBar().showMessage(f"Added {article.name} to the articles (Ctrl+Z undoes it).", 8000)

    def _tell(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self._window)
        box.setObjectName("article_failed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
