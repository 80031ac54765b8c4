"""The banner above the timeline that lists the problems of the last load until they are fixed."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.problems import Problem, Severity, display_path
from timeline_app.ui.colours import WARNING, blend
from timeline_app.ui.wording import plural

_VISIBLE_ROWS = 4


def problem_line(problem: Problem, base: Path | None) -> str:
    """'FILE:LINE: message', with FILE relative to `base` when it lies below it."""
    return f"{display_path(problem.file, base)}:{problem.line}: {problem.message}"


def _severity_icon(widget: QWidget, error: bool) -> QIcon:
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxCritical if error else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return widget.style().standardIcon(pixmap)


class ProblemBanner(QFrame):
    """A non-modal banner listing problems as FILE:LINE: message; hidden when there are none.

    Clicking a problem selects it, and shows it in full below the list when its line is cut short;
    clicking it again (or double-click, or Enter) emits `problem_activated` so that the window can open
    the file at that line.
    """

    problem_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem_banner")
        self._problems: list[Problem] = []
        self._shown_row = -1
        self._current_at_press = -1

        self._icon = QLabel()
        self._summary = QLabel()
        self._summary.setObjectName("problem_summary")
        self._summary.setWordWrap(True)
        self._summary.setTextFormat(Qt.TextFormat.PlainText)
        self._toggle = QToolButton()
        self._toggle.setObjectName("problem_toggle")
        self._toggle.setCheckable(True)
        self._toggle.setChecked(True)
        self._toggle.setAutoRaise(True)

        self._list = QListWidget()
        self._list.setObjectName("problem_list")
        self._list.setAccessibleName("Problems")
        self._list.setUniformItemSizes(True)
        self._list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._list.setFrameShape(QFrame.Shape.NoFrame)
        self._list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._list.setIconSize(QSize(small, small))
        self._list.setToolTip("Click a problem to read it in full; click it again to open the file there.")
        self._list.itemClicked.connect(self._on_clicked)
        self._list.itemActivated.connect(self._on_activated)
        self._list.currentRowChanged.connect(self._on_current_row)
        self._list.viewport().installEventFilter(self)
        self._full = QLabel()
        self._full.setObjectName("problem_full_text")
        self._full.setWordWrap(True)
        self._full.setTextFormat(Qt.TextFormat.PlainText)
        self._full.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._full.hide()
        self._toggle.toggled.connect(self._on_toggled)
        self._on_toggled(True)

        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self._summary, 1)
        header.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self._list)
        layout.addWidget(self._full)
        self.hide()

    def problem_lines(self) -> list[str]:
        """The lines of the list, as shown."""
        return [self._list.item(row).text() for row in range(self._list.count())]

    def summary(self) -> str:
        """The one-line summary above the list."""
        return self._summary.text()

    def full_text(self) -> str:
        """The problem shown in full (the one clicked), or ''."""
        return self._full.text() if self._full.isVisibleTo(self) else ""

    def set_problems(
        self,
        problems: Sequence[Problem],
        events_file_readable: bool,
        base: Path | None = None,
        *,
        earlier_version_shown: bool = True,
    ) -> None:
        """List `problems` (paths shown relative to `base`); hide the banner when there are none.

        When the events file could not be read, the summary says whether an earlier version of it stays on
        screen (`earlier_version_shown`) or nothing of it can be shown."""
        same = list(problems) == self._problems
        self._problems = list(problems)
        errors = sum(1 for p in problems if p.severity is Severity.ERROR)
        warnings = len(problems) - errors
        if not events_file_readable and earlier_version_shown:
            summary = (
                "The events file could not be read; the last version that could be read stays on screen."
            )
        elif not events_file_readable:
            summary = "The events file could not be read; nothing of it can be shown until it is fixed."
        else:
            parts = [plural(errors, "error")] if errors else []
            parts += [plural(warnings, "warning")] if warnings else []
            counts = ", ".join(parts)
            summary = f"{counts} in the input; every entry that could be read is shown."
        self._summary.setText(summary)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(_severity_icon(self, errors > 0).pixmap(size, size))
        if not same:
            self._fill(base)
        self.setVisible(bool(problems))

    def _fill(self, base: Path | None) -> None:
        self._list.clear()
        self._shown_row = -1
        self._full.clear()
        self._full.hide()
        for problem in self._problems:
            text = problem_line(problem, base)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setIcon(_severity_icon(self, problem.severity is Severity.ERROR))
            self._list.addItem(item)
        rows = min(_VISIBLE_ROWS, max(1, len(self._problems)))
        row_height = max(self._list.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self._list.setFixedHeight(rows * row_height + 2 * self._list.frameWidth() + 2)

    def _show_full(self, row: int) -> None:
        """Show the row's problem in full below the list, unless the row already shows all of it."""
        self._shown_row = row
        if 0 <= row < self._list.count() and self._cut_short(row):
            self._full.setText(self._list.item(row).text())
            self._full.setVisible(self._toggle.isChecked())
        else:
            self._full.clear()
            self._full.hide()

    def _cut_short(self, row: int) -> bool:
        text_width = self._list.fontMetrics().horizontalAdvance(self._list.item(row).text())
        room = self._list.viewport().width() - self._list.iconSize().width() - 3 * self._list.spacing() - 12
        return text_width > room

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes which row was current when a press began: a click opens only a row already selected."""
        if watched is self._list.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._current_at_press = self._list.currentRow()
        return super().eventFilter(watched, event)

    @Slot(int)
    def _on_current_row(self, row: int) -> None:
        self._show_full(row)

    @Slot(QListWidgetItem)
    def _on_clicked(self, item: QListWidgetItem) -> None:
        row = self._list.row(item)
        if row == self._current_at_press:
            self._on_activated(item)
        else:
            self._show_full(row)

    @Slot(QListWidgetItem)
    def _on_activated(self, item: QListWidgetItem) -> None:
        row = self._list.row(item)
        if 0 <= row < len(self._problems):
            self.problem_activated.emit(self._problems[row])

    @Slot(bool)
    def _on_toggled(self, expanded: bool) -> None:
        self._toggle.setText("Hide list" if expanded else "Show list")
        self._toggle.setToolTip("Hide or show the list of problems")
        self._list.setVisible(expanded)
        self._full.setVisible(expanded and bool(self._full.text()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """A tinted background with an accent bar on the left, in the palette's own tones."""
        painter = QPainter(self)
        window = self.palette().color(QPalette.ColorRole.Window)
        painter.fillRect(self.rect(), blend(window, WARNING, 0.2))
        painter.fillRect(QRect(0, 0, 4, self.height()), WARNING)
        painter.end()
        super().paintEvent(event)
