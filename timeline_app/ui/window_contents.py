"""The views inside the main window, laid out: the timeline under its legend, the event list, the detail
pane and the problem banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from timeline_app.ui.event_list import EventList
from timeline_app.ui.kind_legend import KindLegend
from timeline_app.ui.session import TimelineSession
from timeline_app.ui.settings import WindowSettings
from timeline_app.ui.timeline_canvas import TimelineCanvas

if TYPE_CHECKING:
    from timeline_app.ui.detail_pane import DetailPane
    from timeline_app.ui.problem_banner import ProblemBanner

DETAIL_MINIMUM_WIDTH = 300
LIST_MINIMUM_HEIGHT = 120
CANVAS_MINIMUM_HEIGHT = 200


class WindowContents(QWidget):
    """The main window's central widget: the banner on top, the timeline over the event list on the left,
    the detail pane on the right; the views show `session` once the window wires them to it.

    With `secondary_later`, the banner and the detail pane are made at `complete` (an empty space of the
    pane's width holds the pane's place until then): the first frame of the timeline waits for neither."""

    def __init__(self, session: TimelineSession, parent: QWidget | None = None, *,
                 secondary_later: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("window_contents")
        self.session = session
        self.legend = KindLegend()
        self.canvas = TimelineCanvas()
        self._banner: ProblemBanner | None = None
        self.event_list = EventList()
        self._detail_pane: DetailPane | None = None
        self._detail_place = QWidget()
        self._detail_place.setMinimumWidth(DETAIL_MINIMUM_WIDTH)
        self.event_list.setMinimumHeight(LIST_MINIMUM_HEIGHT)
        self.canvas.setMinimumHeight(CANVAS_MINIMUM_HEIGHT)

        timeline_box = QWidget()
        timeline_box.setObjectName("timeline_box")
        box_layout = QVBoxLayout(timeline_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.setSpacing(2)
        box_layout.addWidget(self.legend)
        box_layout.addWidget(self.canvas, 1)

        self.left_splitter = self._splitter(
            Qt.Orientation.Vertical, "left_splitter", timeline_box, self.event_list, 3, 2
        )
        self.main_splitter = self._splitter(
            Qt.Orientation.Horizontal, "main_splitter", self.left_splitter, self._detail_place, 3, 1
        )
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.main_splitter, 1)
        if not secondary_later:
            self.complete()

    def complete(self) -> bool:
        """Make the banner and the detail pane, if not yet made; whether they were made now."""
        if self._banner is not None and self._detail_pane is not None:
            return False
        from timeline_app.ui.detail_pane import DetailPane
        from timeline_app.ui.problem_banner import ProblemBanner

        self._banner = ProblemBanner()
        self._layout.insertWidget(0, self._banner)
        self._detail_pane = DetailPane()
        self._detail_pane.setMinimumWidth(DETAIL_MINIMUM_WIDTH)
        shown = self._detail_place.isVisibleTo(self)  # as the View menu left it
        self.main_splitter.replaceWidget(1, self._detail_pane)
        self._detail_pane.setVisible(shown)
        self._detail_place.deleteLater()
        self._detail_place = self._detail_pane
        return True

    def is_complete(self) -> bool:
        """Whether the banner and the detail pane are made."""
        return self._detail_pane is not None

    @property
    def banner(self) -> ProblemBanner:
        """The problem banner (once `complete` has made it: whoever wires it must know when that is)."""
        if self._banner is None:
            raise RuntimeError("the problem banner is made by complete()")
        return self._banner

    @property
    def detail_pane(self) -> DetailPane:
        """The detail pane (once `complete` has made it)."""
        if self._detail_pane is None:
            raise RuntimeError("the detail pane is made by complete()")
        return self._detail_pane

    def detail_place(self) -> QWidget:
        """What stands where the detail pane goes: the pane, or the space kept for it."""
        return self._detail_place

    @staticmethod
    def _splitter(
        orientation: Qt.Orientation,
        name: str,
        first: QWidget,
        second: QWidget,
        first_share: int,
        second_share: int,
    ) -> QSplitter:
        splitter = QSplitter(orientation)
        splitter.setObjectName(name)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(first)
        splitter.addWidget(second)
        splitter.setStretchFactor(0, first_share)
        splitter.setStretchFactor(1, second_share)
        return splitter

    def _splitters(self) -> tuple[tuple[str, QSplitter], ...]:
        """The splitters whose sizes are remembered, with their settings keys."""
        return (("window/main_splitter", self.main_splitter), ("window/left_splitter", self.left_splitter))

    def restore_sizes(self, settings: WindowSettings) -> bool:
        """Give the splitters the sizes they had last time; whether any was restored."""
        restored = False
        for key, splitter in self._splitters():
            state = settings.bytes_value(key)
            if state is not None:
                restored = splitter.restoreState(state) or restored
        return restored

    def save_sizes(self, settings: WindowSettings) -> None:
        """Remember the splitters' sizes."""
        for key, splitter in self._splitters():
            settings.set_bytes_value(key, splitter.saveState())

    def share_space(self) -> None:
        """Give the detail pane about 30 % of the width and the timeline 60 % of the height."""
        width, height = self.main_splitter.width(), self.left_splitter.height()
        detail = max(DETAIL_MINIMUM_WIDTH, min(460, round(width * 0.3)))
        self.main_splitter.setSizes([width - detail, detail])
        timeline = round(height * 0.6)
        self.left_splitter.setSizes([timeline, height - timeline])
