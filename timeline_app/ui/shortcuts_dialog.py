"""The Help ▸ Keyboard shortcuts window: every key the main window answers to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def action_entries(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action that has a shortcut, in the platform's notation."""
    entries: list[tuple[str, str]] = []
    for action in actions:
        shortcuts = [s for s in action.shortcuts() if not s.isEmpty()]
        if shortcuts:
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            entries.append((keys, action.text().replace("&", "").rstrip(".…")))
    return entries


class ShortcutsDialog(QDialog):
    """A non-modal table of keys and what they do."""

    def __init__(self, entries: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.setModal(False)
        self.resize(460, 520)
        self._entries = list(entries)
        self._table = QTableWidget(len(entries), 2)
        self._table.setObjectName("shortcuts_table")
        self._table.setHorizontalHeaderLabels(["Keys", "Action"])
        self._table.verticalHeader().hide()
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setShowGrid(False)
        self._table.setAlternatingRowColors(True)
        header = self._table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (keys, what) in enumerate(entries):
            key_item = QTableWidgetItem(keys)
            key_item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._table.setItem(row, 0, key_item)
            self._table.setItem(row, 1, QTableWidgetItem(what))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._table)
        layout.addWidget(buttons)

    def entries(self) -> list[tuple[str, str]]:
        """The rows shown, as (keys, action)."""
        return list(self._entries)
