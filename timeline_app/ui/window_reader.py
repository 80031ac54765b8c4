"""The main window's article window: which article it shows, kept in step with reloads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from timeline_app.model.events import Event
from timeline_app.model.output.timeline import ArticleText, Timeline
from timeline_app.model.problems import Problem
from timeline_app.ui.article_reader import ArticleReader

Report = Callable[[str], None]
"""Shows a short message to the user (the status bar)."""


class ReaderControl:
    """Opens articles in one `ArticleReader` (made at the first use) and follows the timeline's reloads."""

    def __init__(self, parent: QWidget, report: Report) -> None:
        self._parent = parent
        self._report = report
        self._reader: ArticleReader | None = None
        self._source: tuple[str, int] | None = None
        self._made: list[Callable[[ArticleReader], object]] = []

    def reader(self) -> ArticleReader | None:
        """The article window, once an article has been opened."""
        return self._reader

    def when_made(self, wire: Callable[[ArticleReader], object]) -> None:
        """Call `wire` with the article window when it is made (at once if it already is)."""
        self._made.append(wire)
        if self._reader is not None:
            wire(self._reader)

    def ensure_reader(self) -> ArticleReader:
        """The article window, made now if needed."""
        if self._reader is None:
            self._reader = ArticleReader(self._parent)
            for wire in self._made:
                wire(self._reader)
        return self._reader

    def open_source(self, timeline: Timeline, event_id: str, index: int) -> None:
        """Open the article of one source of an event, its excerpt highlighted and in view."""
        event = timeline.event(event_id)
        if event is None or not 0 <= index < len(event.sources):
            return
        source = event.sources[index]
        article = timeline.articles.get(source.article)
        if article is None:
            self._report(f"The article {source.article} is not available.")
            return
        reader = self.ensure_reader()
        reader.show_source(article, source)
        self._source = (event_id, index)
        self._raise(reader)

    def open_problem(self, timeline: Timeline, problem: Problem) -> None:
        """Open the file a problem is about, at its line."""
        article = article_at(timeline, problem.file)
        is_article = article is not None
        if article is None:
            try:
                text = problem.file.read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                self._report(f"Cannot open {problem.file}: {exc.strerror}")
                return
            article = ArticleText(problem.file.name, problem.file, text, title=problem.file.name)
        reader = self.ensure_reader()
        reader.show_line(article, problem.line, is_article=is_article)
        self._source = None
        self._raise(reader)

    def refresh(self, timeline: Timeline) -> None:
        """Keep an open reader in step with a reloaded article."""
        if self._reader is None or not self._reader.isVisible() or self._source is None:
            return
        event_id, index = self._source
        event: Event | None = timeline.event(event_id)
        if event is not None and index < len(event.sources):
            article = timeline.articles.get(event.sources[index].article)
            if article is not None:
                self._reader.show_source(article, event.sources[index])

    def close(self) -> None:
        """Close the article window, if open."""
        if self._reader is not None:
            self._reader.close()

    @staticmethod
    def _raise(reader: ArticleReader) -> None:
        reader.show()
        reader.raise_()
        reader.activateWindow()


def article_at(timeline: Timeline, path: Path) -> ArticleText | None:
    """The article of `timeline` stored at `path`, if any."""
    for article in timeline.articles.values():
        if article.path == path or article.path.resolve() == path.resolve():
            return article
    return None
