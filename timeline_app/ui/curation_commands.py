"""The undo history of the window's writes to events.yaml: each write (add, edit, hide, remove an event; add
an article's source) is a QUndoCommand that calls the model's safe writer, and undoes itself with the
writer's `WriteResult.undo`, which never overwrites an edit made since by another program."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack

from timeline_app.model.article_import import ArticleImportError, StoredArticle
from timeline_app.model.events_writer import WriteError, WriteResult


class FileWrite(QUndoCommand):
    """One write: done by `write` the first time; undone, and redone, by undoing the last result."""

    def __init__(self, text: str, write: Callable[[], WriteResult], failed: SignalInstance) -> None:
        super().__init__(text)
        self._write = write
        self._failed = failed
        self._result: WriteResult | None = None
        self._written = False

    def redo(self) -> None:
        """Write (the first time), or write again what undo took back."""
        if not self._written:
            self._run(self._write)
            self._written = self._result is not None
        elif self._result is not None:
            self._run(self._result.undo)

    def undo(self) -> None:
        """Take the write back."""
        if self._result is not None:
            self._run(self._result.undo)

    def _run(self, step: Callable[[], WriteResult]) -> None:
        try:
            self._result = step()
        except (WriteError, OSError) as exc:
            self._result = None
            self.setObsolete(True)
            self._failed.emit(f"{self.text()}: {exc}")


class CurationStack(QObject):
    """The window's undo history; `failed` carries what went wrong (FILE:LINE:COL: ...), for the user."""

    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def run(self, text: str, write: Callable[[], WriteResult]) -> bool:
        """Do one write as an undoable command named `text`; whether it was written."""
        written: list[bool] = []

        def first_write() -> WriteResult:
            result = write()
            written.append(True)
            return result

        self.stack.push(FileWrite(text, first_write, self.failed))
        return bool(written)

    def store(self, text: str, store: Callable[[], StoredArticle]) -> bool:
        """Store an article as an undoable command named `text`; whether it was stored."""
        stored: list[bool] = []

        def first_store() -> StoredArticle:
            result = store()
            stored.append(True)
            return result

        self.stack.push(ArticleAdd(text, first_store, self.failed))
        return bool(stored)

    def undo_action(self) -> QAction:
        """Edit ▸ Undo (Ctrl+Z), named after the write it undoes."""
        action = self.stack.createUndoAction(self, "&Undo")
        action.setObjectName("undo")
        action.setShortcuts(QKeySequence.StandardKey.Undo)
        return action

    def redo_action(self) -> QAction:
        """Edit ▸ Redo (Ctrl+Shift+Z)."""
        action = self.stack.createRedoAction(self, "&Redo")
        action.setObjectName("redo")
        action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)])
        return action


class ArticleAdd(QUndoCommand):
    """An article stored in the articles folder with its `sources:` entry; undone by removing both (the
    entry through the writer, the file if it is still what was stored), redone by storing it again."""

    def __init__(self, text: str, store: Callable[[], StoredArticle], failed: SignalInstance) -> None:
        super().__init__(text)
        self._store = store
        self._failed = failed
        self._stored: StoredArticle | None = None

    def redo(self) -> None:
        """Store the article (again)."""
        try:
            self._stored = self._store()
        except (ArticleImportError, WriteError, OSError) as exc:
            self._stored = None
            self.setObsolete(True)
            self._failed.emit(f"{self.text()}: {exc}")

    def undo(self) -> None:
        """Remove the article and its entry."""
        if self._stored is None:
            return
        try:
            self._stored.undo()
        except (WriteError, OSError) as exc:
            self.setObsolete(True)
            self._failed.emit(f"Undo {self.text()}: {exc}")
        self._stored = None
