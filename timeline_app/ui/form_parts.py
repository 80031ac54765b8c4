"""Parts the curation dialogs share: named line edits, the muted note above a form, the problems below it."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit

from timeline_app.ui.colours import WARNING


def line_edit(name: str, text: str, placeholder: str) -> QLineEdit:
    """A line edit named `name` holding `text`, its start in view, `placeholder` shown when empty."""
    line = QLineEdit(text)
    line.setObjectName(name)
    line.setPlaceholderText(placeholder)
    line.setCursorPosition(0)
    return line


def note_label(text: str, name: str) -> QLabel:
    """A muted, wrapped explanation (hidden when empty)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setVisible(bool(text))
    return label


def problems_label(name: str) -> QLabel:
    """The label listing what stops a dialog being accepted, in the warning colour."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {WARNING.darker(160).name()}")
    return label
