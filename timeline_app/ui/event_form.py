"""The form that adds or edits an events.yaml entry: facts, participants that complete, sources checked
against their articles as the reader checks them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.events import Kind, Status
from timeline_app.model.output.timeline import ArticleText
from timeline_app.ui.event_draft import EventDraft, QuoteDraft, quote_problem, split_names
from timeline_app.ui.event_text import kind_label
from timeline_app.ui.form_parts import line_edit, note_label, problems_label

DATE_HINT = "YYYY-MM-DD, YYYY-MM or YYYY"


class NameCompleter(QCompleter):
    """Completes the name being typed after the last comma of a comma-separated list."""

    def __init__(self, names: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(list(names), self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        """Complete only the part after the last comma."""
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The whole field: the names before the last comma, then the completed one."""
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        chosen = str(index.data())
        before = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return before + chosen


class SourceRow(QWidget):
    """One source of the entry: the article, the words quoted, and whether they are in it."""

    def __init__(self, articles: Mapping[str, ArticleText], source: QuoteDraft, form: EventForm) -> None:
        super().__init__()
        self.setObjectName("source_row")
        self._articles = articles
        self.article = QComboBox()
        self.article.setObjectName("source_article")
        self.article.setAccessibleName("Article")
        self.article.addItems(sorted(articles))
        if source.article and source.article not in articles:
            self.article.addItem(source.article)
        self.article.setCurrentText(source.article)
        self.article.setMinimumContentsLength(18)
        self.article.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quote = QLineEdit(source.quote)
        self.quote.setObjectName("source_quote")
        self.quote.setAccessibleName("Quote")
        self.quote.setPlaceholderText("Words of the article that report the event")
        self.quote.setCursorPosition(0)
        self.check = QLabel()
        self.check.setObjectName("source_check")
        self.check.setMinimumWidth(16)
        remove = QPushButton("Remove")
        remove.setObjectName("source_remove")
        remove.clicked.connect(lambda: form.remove_source(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.article)
        layout.addWidget(self.quote, 1)
        layout.addWidget(self.check)
        layout.addWidget(remove)
        self.article.currentTextChanged.connect(form.refresh)
        self.quote.textChanged.connect(form.refresh)

    def value(self) -> QuoteDraft:
        """The source as typed."""
        return QuoteDraft(self.article.currentText(), self.quote.text().strip())

    def show_check(self) -> None:
        """Mark the quote found (✓) or not (✗, with the reason as tool tip)."""
        value = self.value()
        problem = quote_problem(value, self._articles)
        if not value.quote:
            self.check.setText("")
            self.check.setToolTip("")
        else:
            self.check.setText("✗" if problem else "✓")
            self.check.setToolTip(problem or f"Found in {value.article}")


class EventForm(QDialog):
    """Add or edit one entry of events.yaml; Save stays off while a field is wrong, and says why."""

    def __init__(
        self,
        draft: EventDraft,
        articles: Mapping[str, ArticleText],
        names: Sequence[str],
        title: str = "Add event",
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """A form filled from `draft`; `note` says above it what saving will write."""
        super().__init__(parent)
        self.setObjectName("event_form")
        self.setWindowTitle(title)
        self.setMinimumWidth(620)
        self._articles = articles
        self._rows: list[SourceRow] = []

        self.title = line_edit("event_title", draft.title, "What happened, in a few words")
        self.kind = QComboBox()
        self.kind.setObjectName("event_kind")
        for kind in Kind:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.date = line_edit("event_date", draft.date, DATE_HINT)
        self.end = line_edit("event_end", draft.end, f"{DATE_HINT} (optional)")
        self.status = QComboBox()
        self.status.setObjectName("event_status")
        for status in Status:
            self.status.addItem(status.value.capitalize(), status)
        self.status.setCurrentIndex(self.status.findData(draft.status))
        self.location = line_edit("event_location", draft.location, "City, country (optional)")
        self.participants = line_edit(
            "event_participants", ", ".join(draft.participants), "Names, separated by commas"
        )
        self.participants.setCompleter(NameCompleter(names, self))
        self.summary = QPlainTextEdit(draft.summary)
        self.summary.setObjectName("event_summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self._sources_box = QVBoxLayout()
        self._sources_box.setContentsMargins(0, 0, 0, 0)
        add_source = QPushButton("Add source")
        add_source.setObjectName("add_source")
        add_source.clicked.connect(lambda: self.add_source(QuoteDraft("", "")))
        sources = QWidget()
        sources_layout = QVBoxLayout(sources)
        sources_layout.setContentsMargins(0, 0, 0, 0)
        sources_layout.addLayout(self._sources_box)
        sources_layout.addWidget(add_source, 0, Qt.AlignmentFlag.AlignLeft)

        dates = QWidget()
        dates_layout = QHBoxLayout(dates)
        dates_layout.setContentsMargins(0, 0, 0, 0)
        dates_layout.addWidget(self.date)
        dates_layout.addWidget(QLabel("to"))
        dates_layout.addWidget(self.end)

        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("&Kind", self.kind)
        form.addRow("&Date", dates)
        form.addRow("&Status", self.status)
        form.addRow("&Location", self.location)
        form.addRow("&Participants", self.participants)
        form.addRow("Su&mmary", self.summary)
        form.addRow("Sources", sources)

        self._problems = problems_label("form_problems")
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self._note = note_label(note, "form_note")
        layout.addWidget(self._note)
        layout.addLayout(form)
        layout.addWidget(self._problems)
        layout.addWidget(self._buttons)

        for source in draft.sources:
            self.add_source(source)
        for field in (self.title, self.date, self.end):
            field.textChanged.connect(self.refresh)
        self.refresh()

    def add_source(self, source: QuoteDraft) -> SourceRow:
        """Add a row for one more source."""
        row = SourceRow(self._articles, source, self)
        self._rows.append(row)
        self._sources_box.addWidget(row)
        self.refresh()
        return row

    def remove_source(self, row: SourceRow) -> None:
        """Take a source row away."""
        self._rows.remove(row)
        row.hide()
        row.deleteLater()
        self.refresh()

    def source_rows(self) -> list[SourceRow]:
        """The source rows, in order."""
        return list(self._rows)

    def save_button(self) -> QPushButton:
        """The button that accepts the form."""
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)

    def draft(self) -> EventDraft:
        """The entry as the form holds it now."""
        return EventDraft(
            title=self.title.text(),
            kind=self.kind.currentData(),
            date=self.date.text(),
            end=self.end.text(),
            status=self.status.currentData(),
            location=self.location.text(),
            participants=split_names(self.participants.text()),
            summary=self.summary.toPlainText(),
            sources=[row.value() for row in self._rows],
        )

    def note(self) -> str:
        """What the form says saving will write."""
        return self._note.text()

    def problems(self) -> list[str]:
        """What stops the entry being saved."""
        return self.draft().problems(self._articles)

    def problems_text(self) -> str:
        """The problems as the form shows them."""
        return self._problems.text()

    @Slot()
    def refresh(self) -> None:
        """Check the fields again: mark each quote, list the problems, allow Save only without them."""
        for row in self._rows:
            row.show_check()
        problems = self.problems()
        self._problems.setText("\n".join(problems))
        self._problems.setVisible(bool(problems))
        self.save_button().setEnabled(not problems)

