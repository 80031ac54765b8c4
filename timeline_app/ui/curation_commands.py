"""The undo history of the window's writes to events.yaml: each write (add, edit, hide, remove an event; add
an article's source) is a QUndoCommand that calls the model's safe writer, and undoes itself with the
writer's `WriteResult.undo`, which never overwrites an edit made since by another program."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from timeline_app.model.writing.events_writer import WriteError, WriteResult

if TYPE_CHECKING:
    from timeline_app.model.writing.article_import import StoredArticle

# What a write may refuse with (ValueError: an event with no excerpt to anchor on).
WRITE_REFUSALS: tuple[type[Exception], ...] = (WriteError, OSError, ValueError)


class Write(QUndoCommand):
    """One write: `first` does it; `back` takes it back and `again` does it again, each given what the step
    before returned. A step that fails (the file has errors, was changed past undoing, …) leaves the history
    and says why through `failed`."""

    def __init__(
        self,
        text: str,
        first: Callable[[], object],
        back: Callable[[Any], object],
        again: Callable[[Any], object],
        failed: SignalInstance,
        refusals: tuple[type[Exception], ...] = WRITE_REFUSALS,
    ) -> None:
        super().__init__(text)
        self._refusals = refusals
        self._first = first
        self._back = back
        self._again = again
        self._failed = failed
        self._last: object = None
        self._done = False
        self._written = False

    def redo(self) -> None:
        """Write (the first time), or write again what undo took back."""
        if not self._written:
            self._written = self._run(self._first)
        elif not self._done:
            self._run(lambda: self._again(self._last))

    def undo(self) -> None:
        """Take the write back."""
        if self._done:
            self._run(lambda: self._back(self._last))

    def _run(self, step: Callable[[], object]) -> bool:
        try:
            self._last = step()
        except self._refusals as exc:
            self.setObsolete(True)
            self._failed.emit(self.text(), str(exc))
            return False
        self._done = not self._done
        return True


class CurationStack(QObject):
    """The window's undo history; `failed` carries the command that failed and why (FILE:LINE:COL: ...)."""

    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def run(self, text: str, write: Callable[[], WriteResult]) -> WriteResult | None:
        """Do one write to events.yaml as an undoable command named `text` (undone and redone by the writer's
        `WriteResult.undo`); what was written, or None."""
        written: list[object] = []
        self.stack.push(Write(text, _recorded(write, written), _undo_write, _undo_write, self.failed))
        result = written[0] if written else None
        return result if isinstance(result, WriteResult) else None

    def store(self, text: str, store: Callable[[], StoredArticle]) -> bool:
        """Store an article as an undoable command named `text` (undone by removing the article and its
        entry, redone by storing it again); whether it was stored."""
        from timeline_app.model.writing.article_import import (
            ArticleImportError,  # the importer is loaded by now
        )

        stored: list[object] = []
        refusals = (*WRITE_REFUSALS, ArticleImportError)
        command = Write(text, _recorded(store, stored), _unstore, lambda _none: store(), self.failed, refusals)
        self.stack.push(command)
        return bool(stored)

    def bind(self, undo: QAction, redo: QAction) -> None:
        """Make `undo` and `redo` (Edit ▸ Undo, Redo: made before this history, disabled) act on it, enabled
        and named after the write they take back or do again."""
        stack = self.stack
        undo.triggered.connect(stack.undo)
        redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        stack.undoTextChanged.connect(_Namer(undo, "&Undo").rename)
        stack.redoTextChanged.connect(_Namer(redo, "&Redo").rename)
        undo.setEnabled(stack.canUndo())
        redo.setEnabled(stack.canRedo())


class _Namer(QObject):
    """Names an action after the command it acts on; a child of the action, so that the connection goes
    with it."""

    def __init__(self, action: QAction, verb: str) -> None:
        super().__init__(action)
        self._action = action
        self._verb = verb

    @Slot(str)
    def rename(self, command: str) -> None:
        """'&Undo Add “Busan summit”', or the verb alone with nothing to act on."""
        self._action.setText(f"{self._verb} {command}".rstrip())


def _undo_write(result: WriteResult) -> WriteResult:
    return result.undo()


def _unstore(stored: StoredArticle) -> None:
    stored.undo()


def _recorded(step: Callable[[], object], results: list[object]) -> Callable[[], object]:
    """`step`, keeping what it returns in `results` (a command's first write is done inside `push`)."""

    def run() -> object:
        results.append(step())
        return results[-1]

    return run
