"""The problem banner lists FILE:LINE: message, shows one in full on click, opens it on a second click."""
# pytest-qt's mouse and key helpers carry no type annotations.

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from timeline_app.model.problems import Problem
from timeline_app.ui.problem_banner import ProblemBanner

BASE = Path("/data/timeline")
LONG = "cannot date 'the 17th': the article states no publication date; " + "add `published:` " * 12
PROBLEMS = [
    Problem.error(BASE / "events.yaml", 12, 5, "unknown kind 'sumit'"),
    Problem.warning(BASE / "articles" / "000.txt", 3, 1, LONG),
]


def make_banner(qtbot: QtBot) -> ProblemBanner:
    banner = ProblemBanner()
    qtbot.addWidget(banner)
    banner.resize(500, 200)
    banner.show()
    return banner


def click_row(qtbot: QtBot, banner: ProblemBanner, row: int) -> None:
    view = banner.findChild(QListWidget, "problem_list")
    assert isinstance(view, QListWidget)
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_problems_are_listed_as_file_line_message(qtbot: QtBot) -> None:
    banner = make_banner(qtbot)
    banner.set_problems(PROBLEMS, True, BASE)
    assert banner.isVisible()
    assert banner.problem_lines() == ["events.yaml:12: unknown kind 'sumit'", f"articles/000.txt:3: {LONG}"]
    assert banner.summary().startswith("1 error, 1 warning")


def test_the_banner_hides_once_the_problems_are_fixed(qtbot: QtBot) -> None:
    banner = make_banner(qtbot)
    banner.set_problems(PROBLEMS, True, BASE)
    banner.set_problems([], True, BASE)
    assert not banner.isVisible()


def test_an_unreadable_events_file_says_the_last_good_timeline_stays(qtbot: QtBot) -> None:
    banner = make_banner(qtbot)
    banner.set_problems(PROBLEMS[:1], False, BASE)
    assert "could not be read" in banner.summary()
    assert "last version" in banner.summary()


def test_a_click_shows_the_problem_in_full_and_a_second_click_opens_it(qtbot: QtBot) -> None:
    banner = make_banner(qtbot)
    banner.set_problems(PROBLEMS, True, BASE)
    assert banner.full_text() == ""
    click_row(qtbot, banner, 1)
    assert banner.full_text() == f"articles/000.txt:3: {LONG}"
    with qtbot.waitSignal(banner.problem_activated) as activated:
        click_row(qtbot, banner, 1)
    assert activated.args == [PROBLEMS[1]]


def test_one_click_on_a_short_problem_selects_it_without_opening_or_repeating_it(qtbot: QtBot) -> None:
    """Issue 10, 3.6: the first click opened the file, and a second line repeated the row's message."""
    banner = make_banner(qtbot)
    banner.set_problems(PROBLEMS, True, BASE)
    with qtbot.assertNotEmitted(banner.problem_activated):
        click_row(qtbot, banner, 0)
    assert banner.full_text() == ""
    with qtbot.waitSignal(banner.problem_activated) as activated:
        click_row(qtbot, banner, 0)
    assert activated.args == [PROBLEMS[0]]


def test_one_click_on_a_long_problem_shows_it_in_full_without_opening_it(qtbot: QtBot) -> None:
    banner = make_banner(qtbot)
    banner.set_problems(PROBLEMS, True, BASE)
    with qtbot.assertNotEmitted(banner.problem_activated):
        click_row(qtbot, banner, 1)
    assert banner.full_text() == f"articles/000.txt:3: {LONG}"
