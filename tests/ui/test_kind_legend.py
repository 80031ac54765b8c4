"""The kind legend: one checkbox per kind that hides or shows it, with its glyph, colour, name and count."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from timeline_app.model.events import Kind
from timeline_app.ui.colours import is_dark
from timeline_app.ui.kind_legend import KindLegend
from timeline_app.ui.kind_style import KIND_STYLES, glyph_icon


def make_legend(qtbot: QtBot) -> KindLegend:
    legend = KindLegend()
    qtbot.addWidget(legend)
    legend.show()
    qtbot.waitExposed(legend)
    return legend


def test_unticking_a_kind_hides_it_and_ticking_shows_it_again(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    box = legend.checkbox(Kind.SUMMIT)
    with qtbot.waitSignal(legend.hidden_kinds_changed) as blocker:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert blocker.args == [frozenset({Kind.SUMMIT})]
    assert legend.hidden_kinds() == frozenset({Kind.SUMMIT})
    with qtbot.waitSignal(legend.hidden_kinds_changed) as blocker:
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert blocker.args == [frozenset()]


def test_each_checkbox_names_its_kind_with_its_count_and_glyph(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    legend.set_counts({Kind.CALL: 3, Kind.SUMMIT: 9, Kind.MINISTERIAL: 1})
    assert legend.checkbox(Kind.CALL).text() == "Calls (3)"
    assert legend.checkbox(Kind.SUMMIT).text() == "Summits (9)"
    assert legend.checkbox(Kind.OTHER).text() == "Other (0)"
    assert "1 ministerial meeting)" in legend.checkbox(Kind.MINISTERIAL).toolTip()
    for kind in Kind:
        assert not legend.checkbox(kind).icon().isNull()


def test_setting_hidden_kinds_from_outside_does_not_echo(qtbot: QtBot) -> None:
    legend = make_legend(qtbot)
    with qtbot.assertNotEmitted(legend.hidden_kinds_changed):
        legend.set_hidden_kinds({Kind.CALL, Kind.OTHER})
    assert not legend.checkbox(Kind.CALL).isChecked()
    assert legend.checkbox(Kind.SUMMIT).isChecked()
    assert legend.hidden_kinds() == frozenset({Kind.CALL, Kind.OTHER})


def test_glyph_colours_follow_light_and_dark_palettes(qtbot: QtBot) -> None:
    light, dark = QPalette(), QPalette()
    light.setColor(QPalette.ColorRole.Base, QColor("white"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    assert not is_dark(light) and is_dark(dark)
    for kind, style in KIND_STYLES.items():
        assert style.colour_for(light) == style.colour and style.colour_for(dark) == style.dark_colour
        on_light = glyph_icon(kind, light, 24).pixmap(24, 24).toImage().pixelColor(12, 13)
        on_dark = glyph_icon(kind, dark, 24).pixmap(24, 24).toImage().pixelColor(12, 13)
        assert on_light.alpha() == 255 and on_light != on_dark
        # Readable: the light variant is darker than mid-grey, the dark variant lighter.
        assert style.colour.lightness() < 128 < style.dark_colour.lightness()
    colours = {style.colour.name() for style in KIND_STYLES.values()}
    glyphs = {style.glyph for style in KIND_STYLES.values()}
    assert len(colours) == len(glyphs) == len(Kind)
