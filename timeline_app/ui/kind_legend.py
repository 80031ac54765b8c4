"""The legend of the kinds of events: a checkbox per kind (glyph, colour, name, count) to show or hide it."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QWidget

from timeline_app.model.events import Kind
from timeline_app.ui.kind_style import KIND_STYLES, glyph_icon
from timeline_app.ui.wording import plural

_ICON_SIZE = 16


class KindLegend(QWidget):
    """One checkbox per kind, checked while the kind is shown; emits the kinds hidden on each change."""

    hidden_kinds_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[Kind, int] = {kind: 0 for kind in Kind}
        self._boxes: dict[Kind, QCheckBox] = {}
        self._icons_drawn: tuple[float, tuple[int, ...]] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(14)
        for kind in Kind:
            box = QCheckBox(self)
            box.setChecked(True)
            box.setIconSize(QSize(_ICON_SIZE, _ICON_SIZE))
            box.toggled.connect(self._on_toggled)
            layout.addWidget(box)
            self._boxes[kind] = box
        layout.addStretch(1)
        self._refresh_icons()
        self._refresh_texts()

    def checkbox(self, kind: Kind) -> QCheckBox:
        """The checkbox of `kind`."""
        return self._boxes[kind]

    def set_counts(self, counts: Mapping[Kind, int]) -> None:
        """Show how many events each kind has (kinds left out count 0)."""
        self._counts = {kind: max(int(counts.get(kind, 0)), 0) for kind in Kind}
        self._refresh_texts()

    def hidden_kinds(self) -> frozenset[Kind]:
        """The kinds whose checkbox is unchecked."""
        return frozenset(kind for kind, box in self._boxes.items() if not box.isChecked())

    def set_hidden_kinds(self, kinds: Collection[Kind]) -> None:
        """Uncheck exactly `kinds`, without emitting hidden_kinds_changed (the caller knows)."""
        for kind, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(kind not in kinds)
            box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        """Redraw the glyphs in the new palette's colours (light or dark)."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._refresh_icons()
        super().changeEvent(event)

    def _on_toggled(self, _checked: bool) -> None:
        """Tell listeners which kinds are hidden now."""
        self.hidden_kinds_changed.emit(self.hidden_kinds())

    def _refresh_texts(self) -> None:
        """'Calls (3)', with a tooltip that says what the checkbox does."""
        for kind, box in self._boxes.items():
            style = KIND_STYLES[kind]
            count = self._counts[kind]
            box.setText(f"{style.lane_label} ({count})")
            counted = plural(count, style.label, style.plural)
            box.setToolTip(f"Show or hide {style.plural} on the timeline ({counted})")
            box.setAccessibleName(f"{style.lane_label}, {counted}")

    def _refresh_icons(self) -> None:
        """Each checkbox's glyph, in its kind's colour for the current palette."""
        ratio = self.devicePixelRatioF()
        palette = self.palette()
        drawn = (ratio, tuple(KIND_STYLES[kind].colour_for(palette).rgba() for kind in self._boxes))
        if drawn == self._icons_drawn:
            return  # a style or palette change that leaves the glyphs' colours alone
        self._icons_drawn = drawn
        for kind, box in self._boxes.items():
            box.setIcon(glyph_icon(kind, palette, _ICON_SIZE, ratio))
