"""Curating from the window: add, edit, hide and remove events through the form and the menus; each write is
undone and redone; the live reload shows it; nothing is written when the file cannot take it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.data_sets import (
    BUSAN,
    BUSAN_REPORT,
    BUSAN_SENTENCE,
    CALL,
    G7,
    RELOAD_MS,
    WindowFactory,
    write_events,
)
from tests.ui.test_main_window import click_text
from timeline_app.model.events import Event, Kind, Origin
from timeline_app.model.reading.bundled import bundled_events_path
from timeline_app.ui import writable_copy
from timeline_app.ui.article_reader import document_position
from timeline_app.ui.event_draft import QuoteDraft
from timeline_app.ui.event_form import EventForm
from timeline_app.ui.main_window import MainWindow

TOKYO_REPORT = "tokyo.txt"
TOKYO_SENTENCE = (
    "President Lee Jae-myung held a summit with Japanese Prime Minister Shigeru Ishiba in Tokyo on August 23."
)


def titles(window: MainWindow) -> set[str]:
    return {event.title for event in window.session.timeline.events}


def wait_for(qtbot: QtBot, window: MainWindow, present: str | None = None, absent: str | None = None) -> None:
    """Wait for the live reload to show (or drop) an event with this title."""
    qtbot.waitUntil(
        lambda: (present is None or present in titles(window)) and (absent is None or absent not in titles(window)),
        timeout=RELOAD_MS,
    )


def open_form(window: MainWindow) -> EventForm:
    form = window.curation().form()
    assert isinstance(form, EventForm)
    return form


def save(qtbot: QtBot, form: EventForm) -> None:
    assert form.save_button().isEnabled(), form.problems_text()
    qtbot.mouseClick(form.save_button(), Qt.MouseButton.LeftButton)


def with_extracted_event(events_file: Path) -> Path:
    """Add an article whose words the extraction knows: the Tokyo summit is then an extracted event."""
    articles = events_file.parent / "articles"
    (articles / TOKYO_REPORT).write_text(f"Lee in Tokyo\n\n{TOKYO_SENTENCE}\n", encoding="utf-8")
    write_events(events_file, G7, BUSAN, CALL)
    text = events_file.read_text(encoding="utf-8").replace(
        "sources:\n", f"sources:\n  {TOKYO_REPORT}:\n    published: '2025-08-24'\n", 1
    )
    events_file.write_text(text, encoding="utf-8")
    return events_file


def test_add_event_writes_an_entry_the_reload_shows_and_undo_and_redo_take_it_back_and_again(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    window.action("add_event").trigger()
    form = open_form(window)
    assert form.windowTitle() == "Add event"
    qtbot.keyClicks(form.title, "Defence ministers in Busan")
    form.kind.setCurrentIndex(form.kind.findData(Kind.MINISTERIAL))
    qtbot.keyClicks(form.date, "2025-09-08")
    row = form.add_source(QuoteDraft(BUSAN_REPORT, "gathered earlier, on September 8"))
    assert row.check.text() == "✓"
    save(qtbot, form)
    wait_for(qtbot, window, present="Defence ministers in Busan")
    written = events_file.read_bytes()
    assert written.startswith(original.rstrip(b"\n"))  # appended: the user's text is untouched
    assert b"title: Defence ministers in Busan" in written
    added = next(e for e in window.session.timeline.events if e.title == "Defence ministers in Busan")
    assert added.origin is Origin.CURATED and added.kind is Kind.MINISTERIAL
    qtbot.waitUntil(lambda: window.selected_id() == added.id)  # selected, so the detail pane shows it
    assert window.action("undo").isEnabled() and "Defence ministers" in window.action("undo").text()

    window.action("undo").trigger()
    wait_for(qtbot, window, absent="Defence ministers in Busan")
    assert events_file.read_bytes() == original
    window.action("redo").trigger()
    wait_for(qtbot, window, present="Defence ministers in Busan")
    assert events_file.read_bytes() == written


def test_edit_on_a_curated_event_rewrites_its_entry_in_place(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    window.select("busan")
    window.action("edit_event").trigger()
    form = open_form(window)
    assert form.title.text() == "Lee–Ishiba summit in Busan"
    assert form.draft().sources == [QuoteDraft(BUSAN_REPORT, "in Busan on September 30")]  # the entry's quote
    form.title.setText("Ishiba's visit to Busan")
    save(qtbot, form)
    wait_for(qtbot, window, present="Ishiba's visit to Busan", absent="Lee–Ishiba summit in Busan")
    text = events_file.read_text(encoding="utf-8")
    assert text.count("title:") == 4 and "Lee–Ishiba summit in Busan" not in text
    assert text.index("Ishiba's visit to Busan") < text.index("First phone call")  # the entry stayed in place
    assert window.session.timeline.event("busan") is not None


def test_hide_on_a_curated_event_asks_then_removes_its_entry_and_undo_restores_every_byte(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    asked: list[str] = []

    def decline(_self: object, event: Event) -> bool:
        asked.append(event.title)
        return False

    monkeypatch.setattr(type(window.curation()), "confirm_removal", decline)
    window.select("call")
    window.action("hide_event").trigger()
    assert asked == ["First phone call"] and events_file.read_bytes() == original  # declined: nothing written

    monkeypatch.setattr(type(window.curation()), "confirm_removal", lambda _self, event: True)
    window.action("hide_event").trigger()
    wait_for(qtbot, window, absent="First phone call")
    assert b"First phone call" not in events_file.read_bytes()
    window.action("undo").trigger()
    wait_for(qtbot, window, present="First phone call")
    assert events_file.read_bytes() == original


def test_an_extracted_event_is_hidden_by_an_anchored_entry_and_refined_by_another(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window(with_extracted_event(events_file))
    extracted = next(e for e in window.session.timeline.events if e.origin is Origin.EXTRACTED)
    assert extracted.kind is Kind.SUMMIT and extracted.date.iso() == "2025-08-23"

    window.curation().edit_event(extracted.id)
    form = open_form(window)
    assert form.windowTitle().startswith("Refine")
    assert form.date.text() == "2025-08-23" and form.draft().sources == []
    form.location.setText("Prime Minister's Office, Tokyo")
    save(qtbot, form)
    qtbot.waitUntil(
        lambda: any(e.location == "Prime Minister's Office, Tokyo" for e in window.session.timeline.events),
        timeout=RELOAD_MS,
    )
    text = events_file.read_text(encoding="utf-8")
    assert f"article: {TOKYO_REPORT}" in text and "match:" in text
    refinement = text[text.index("match:") :]
    assert "location: Prime Minister's Office, Tokyo" in refinement
    assert "title:" not in refinement and "date:" not in refinement  # only what the form changed
    refined = next(e for e in window.session.timeline.events if e.location == "Prime Minister's Office, Tokyo")
    assert refined.origin is Origin.MERGED and refined.date.iso() == "2025-08-23"

    assert window.curation().hide_event(refined.id)
    qtbot.waitUntil(lambda: len(window.session.timeline.events) == 3, timeout=RELOAD_MS)
    assert "hide: true" in events_file.read_text(encoding="utf-8")
    assert window.session.problems == []


def test_add_event_from_a_selection_in_the_reader_fills_the_form(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_first_source("busan")
    reader = window.article_reader()
    assert reader is not None and reader.article() is not None
    text = reader.article().text  # type: ignore[union-attr]
    start = text.index(BUSAN_SENTENCE)
    cursor = reader.text_view().textCursor()
    cursor.setPosition(document_position(text, start))
    cursor.setPosition(document_position(text, start + len(BUSAN_SENTENCE)), QTextCursor.MoveMode.KeepAnchor)
    reader.text_view().setTextCursor(cursor)
    reader.activateWindow()
    reader.text_view().setFocus()
    qtbot.waitUntil(reader.text_view().hasFocus)
    qtbot.keyClick(reader.text_view(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.curation().form() is not None)
    form = open_form(window)
    assert form.date.text() == "2025-09-30"
    assert form.draft().sources == [QuoteDraft(BUSAN_REPORT, BUSAN_SENTENCE)]
    assert form.source_rows()[0].check.text() == "✓"


def test_the_reader_offers_add_event_in_its_context_menu_only_with_a_selection(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    window.open_first_source("busan")
    reader = window.article_reader()
    assert reader is not None
    view = reader.text_view()
    view.customContextMenuRequested.emit(view.viewport().rect().center())
    menu = next(m for m in reader.findChildren(QMenu) if m.isVisible())
    assert menu.actions()[0] is reader.add_event_action() and not reader.add_event_action().isEnabled()
    menu.close()
    view.selectAll()
    view.customContextMenuRequested.emit(view.viewport().rect().center())
    menu = next(m for m in reader.findChildren(QMenu) if m.isVisible())
    assert reader.add_event_action().isEnabled()
    with qtbot.waitSignal(reader.add_event_requested):
        menu.actions()[0].trigger()
    menu.close()


def test_a_broken_file_is_never_written_and_the_message_says_where(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    window.select("busan")
    window.action("edit_event").trigger()
    form = open_form(window)
    form.title.setText("Renamed")
    broken = events_file.read_bytes() + b"  - {id: x, title: [unclosed\n"
    events_file.write_bytes(broken)
    save(qtbot, form)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "write_failed") is not None)
    box = window.findChild(QMessageBox, "write_failed")
    assert isinstance(box, QMessageBox)
    assert box.text() == "Edit “Lee–Ishiba summit in Busan”: nothing was written."
    assert box.informativeText().startswith(f"{events_file}:") and ": error: invalid YAML" in box.informativeText()
    box.close()
    assert events_file.read_bytes() == broken
    assert not window.action("undo").isEnabled()


def test_the_context_menus_of_the_timeline_and_the_list_edit_and_hide(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    canvas = window.canvas()
    position = canvas.marker_position("g7")
    assert position is not None
    canvas.customContextMenuRequested.emit(position)
    menu = next(m for m in canvas.findChildren(QMenu) if m.objectName() == "event_menu")
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["menu_open_article", "menu_edit", "menu_hide", "menu_copy_id"]
    assert menu.actions()[2].text().replace("&", "") == "Remove entry…"
    next(a for a in menu.actions() if a.objectName() == "menu_edit").trigger()
    assert open_form(window).title.text() == "Lee–Ishiba summit at the G7"
    open_form(window).reject()
    menu.close()

    table = window.event_list().table()
    row = window.event_list().visible_ids().index("busan")
    table.customContextMenuRequested.emit(table.visualRect(table.model().index(row, 1)).center())
    menu = next(m for m in table.viewport().findChildren(QMenu) if m.objectName() == "event_menu")
    next(a for a in menu.actions() if a.objectName() == "menu_edit").trigger()
    assert open_form(window).title.text() == "Lee–Ishiba summit in Busan"
    menu.close()


def test_a_bundled_data_set_is_copied_to_a_folder_of_ones_own_before_the_first_write(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    folder = tmp_path / "mine"
    monkeypatch.setattr(writable_copy, "needs_copy", lambda path: path == events_file)
    monkeypatch.setattr(writable_copy, "choose_folder", lambda parent, path: folder)
    window.curation().add_event()
    form = open_form(window)
    form.title.setText("Mine")
    form.date.setText("2025-10")
    save(qtbot, form)
    copy = folder / "events.yaml"
    qtbot.waitUntil(lambda: window.session.events_path == copy and "Mine" in titles(window), timeout=RELOAD_MS)
    assert events_file.read_bytes() == original
    assert (folder / "articles" / BUSAN_REPORT).is_file()
    assert copy.read_bytes().startswith(original.rstrip(b"\n"))


def test_undo_after_an_edit_by_hand_keeps_the_users_edit(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    monkeypatch.setattr(type(window.curation()), "confirm_removal", lambda _self, event: True)
    assert window.curation().hide_event("call")
    wait_for(qtbot, window, absent="First phone call")
    edited = events_file.read_bytes().replace(b"title: Test timeline", b"title: Test timeline  # mine", 1)
    events_file.write_bytes(edited)  # another editor saves while the window is open
    window.action("undo").trigger()
    wait_for(qtbot, window, present="First phone call")
    assert events_file.read_bytes() == original.replace(b"title: Test timeline", b"title: Test timeline  # mine", 1)


def test_the_detail_pane_links_edit_and_remove_the_event_shown(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    window.select("g7")
    click_text(qtbot, window, "Edit…")
    assert open_form(window).title.text() == "Lee–Ishiba summit at the G7"
    open_form(window).reject()
    monkeypatch.setattr(type(window.curation()), "confirm_removal", lambda _self, event: True)
    click_text(qtbot, window, "Remove entry…")
    wait_for(qtbot, window, absent="Lee–Ishiba summit at the G7")
    assert b"id: g7" not in events_file.read_bytes()


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    original = events_file.read_bytes()
    monkeypatch.setattr(type(window.curation()), "confirm_removal", lambda _self, event: True)
    assert window.curation().hide_event("busan")
    written = events_file.read_bytes()
    window.activateWindow()
    window.canvas().setFocus()
    qtbot.waitUntil(window.canvas().hasFocus)
    qtbot.keyClick(window.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert events_file.read_bytes() == original
    qtbot.keyClick(
        window.canvas(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert events_file.read_bytes() == written


def test_a_selection_in_a_file_that_is_no_article_opens_no_form(
    qtbot: QtBot, make_window: WindowFactory, events_file: Path
) -> None:
    window = make_window()
    events_file.write_text(events_file.read_text(encoding="utf-8") + "  - {id: broken\n", encoding="utf-8")
    qtbot.waitUntil(lambda: bool(window.session.problems), timeout=RELOAD_MS)
    window.open_problem(window.session.problems[0])
    reader = window.article_reader()
    assert reader is not None
    reader.text_view().selectAll()
    reader.request_event_from_selection()
    assert window.curation().form() is None
    assert "events.yaml is not an article of this timeline" in window.statusBar().currentMessage()


def test_the_bundled_data_set_itself_is_copied_and_never_written(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = bundled_events_path()
    original = bundled.read_bytes()
    window = make_window(bundled)
    folder = tmp_path / "my copy"
    monkeypatch.setattr(writable_copy, "choose_folder", lambda parent, path: folder)
    extracted = next(e for e in window.session.timeline.events if e.origin is Origin.EXTRACTED)
    assert window.curation().hide_event(extracted.id)
    copy = folder / "events.yaml"
    qtbot.waitUntil(
        lambda: window.session.events_path == copy and window.session.timeline.event(extracted.id) is None,
        timeout=RELOAD_MS,
    )
    assert bundled.read_bytes() == original
    assert "hide: true" in copy.read_text(encoding="utf-8")
    assert sorted(p.name for p in (folder / "resources" / "articles").iterdir()) == sorted(
        p.name for p in (bundled.parent / "resources" / "articles").iterdir()
    )


def test_the_views_are_built_without_loading_the_curation_modules(events_file: Path) -> None:
    """The form, the writer, the undo history and the importer load at the first command, not at start-up."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from timeline_app.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"window = MainWindow(None, Path({str(events_file)!r}), watch=False)\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('timeline_app') or m == 'urllib.request')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "timeline_app.ui.window_contents" in loaded
    assert not loaded & {
        "timeline_app.ui.window_curation", "timeline_app.ui.event_form", "timeline_app.ui.curation_commands",
        "timeline_app.model.writing.events_writer", "timeline_app.model.writing.article_import", "urllib.request",
    }
