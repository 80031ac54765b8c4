"""The context menu of an event, the same on the timeline and in the list: open, edit, hide, copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.model.events import Event, Origin
from timeline_app.ui.window_curation import WindowCuration


def hide_text(event: Event) -> str:
    """What Hide does to `event`: a curated entry is removed, anything the articles report is hidden."""
    return "&Remove entry…" if event.origin is Origin.CURATED else "&Hide"


def edit_text(event: Event) -> str:
    """What Edit does: a curated entry is edited in place, an extracted event gets an entry refining it."""
    return "&Edit…" if event.origin is not Origin.EXTRACTED else "&Edit (adds an entry)…"


def event_menu(parent: QWidget, event: Event, curation: WindowCuration, open_article: Callable[[str], object]) -> QMenu:
    """A menu for `event`: open its article, edit, hide or remove, copy its id."""
    menu = QMenu(parent)
    menu.setObjectName("event_menu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    opener = menu.addAction("&Open article")
    opener.setObjectName("menu_open_article")
    opener.setEnabled(bool(event.sources))
    opener.triggered.connect(lambda: open_article(event.id))
    edit = menu.addAction(edit_text(event))
    edit.setObjectName("menu_edit")
    edit.triggered.connect(lambda: curation.edit_event(event.id))
    hide = menu.addAction(hide_text(event))
    hide.setObjectName("menu_hide")
    hide.triggered.connect(lambda: curation.hide_event(event.id))
    menu.addSeparator()
    copy = menu.addAction("&Copy id")
    copy.setObjectName("menu_copy_id")
    copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(event.id))
    return menu


def show_event_menu(parent: QWidget, position: QPoint, event: Event, curation: WindowCuration,
                    open_article: Callable[[str], object]) -> QMenu:
    """Pop the event's menu up at `position` (in `parent`'s coordinates), without waiting for a choice."""
    menu = event_menu(parent, event, curation, open_article)
    menu.popup(parent.mapToGlobal(position))
    return menu
