"""The main window's status bar: the counts of the timeline shown and a busy indicator while it reloads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from timeline_app.ui.wording import plural, sources_phrase

PROGRESS_DELAY_MS = 150


class WindowStatus:
    """Counts (events, sources, problems) and a busy indicator that a quick reload never shows, so that
    saving does not make it flicker."""

    def __init__(self, bar: QStatusBar, is_loading: Callable[[], bool]) -> None:
        self._bar = bar
        self._is_loading = is_loading
        self._counts = QLabel()
        self._counts.setObjectName("status_counts")
        self._progress = QProgressBar()
        self._progress.setObjectName("load_progress")
        self._progress.setRange(0, 0)
        self._progress.setTextVisible(False)
        self._progress.setMaximumWidth(120)
        self._progress.setMaximumHeight(bar.fontMetrics().height())
        self._progress.setToolTip("Reloading the timeline…")
        self._progress.hide()
        self._delay = QTimer(bar)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self._show_progress)
        bar.addPermanentWidget(self._progress)
        bar.addPermanentWidget(self._counts)

    def counts_text(self) -> str:
        """The counts shown."""
        return self._counts.text()

    def is_loading_shown(self) -> bool:
        """Whether the busy indicator is showing."""
        return self._progress.isVisibleTo(self._bar)

    def show_first_load(self) -> None:
        """Show "Loading…" and the indicator at once (the first load)."""
        self._progress.setToolTip("Loading the timeline…")
        self._progress.show()
        self._bar.showMessage("Loading…")

    def show_counts(self, events: int, sources: int, articles: int, problems: int) -> None:
        """Show the counts of the timeline on screen."""
        parts = [plural(events, "event"), sources_phrase(sources, articles), plural(problems, "problem")]
        self._counts.setText(" · ".join(parts))
        quoted = f"{plural(sources, 'excerpt')} from {plural(articles, 'article')}"
        self._counts.setToolTip(f"The events quote {quoted}.")

    @Slot(bool)
    def loading_changed(self, loading: bool) -> None:
        """Start the indicator's delay when a load starts; hide it when the load ends."""
        if loading:
            self._delay.start()
            return
        self._delay.stop()
        if self._progress.isVisibleTo(self._bar):
            self._progress.hide()
            self._progress.setToolTip("Reloading the timeline…")
            self._bar.clearMessage()

    @Slot()
    def _show_progress(self) -> None:
        if self._is_loading() and not self._progress.isVisibleTo(self._bar):
            self._progress.show()
            self._bar.showMessage("Reloading…")
