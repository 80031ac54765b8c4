"""The small dialog shown before an article is added: the user checks or enters its publication date (the
article's relative dates are resolved against it) and outlet, and the name it is stored under."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeline_app.model.writing.article_import import ImportedArticle
from timeline_app.ui.form_parts import line_edit, note_label, problems_label

PREVIEW_CHARACTERS = 1200


class ArticleDialog(QDialog):
    """Check an article's facts before it is added: name, title, publication date, outlet, URL."""

    def __init__(
        self, article: ImportedArticle, taken: frozenset[str], origin: str, parent: QWidget | None = None
    ) -> None:
        """`article` as read from the page or file `origin`; `taken`: the names already in the articles
        folder."""
        super().__init__(parent)
        self.setObjectName("article_dialog")
        self.setWindowTitle("Add article")
        self.setMinimumWidth(560)
        self._taken = taken
        intro = note_label(
            f"From {origin}. Check what the page says of itself; dates in the article are read against its "
            "publication date.",
            "article_intro",
        )
        self.name = line_edit("article_name", article.name, "file name in the articles folder (.txt)")
        self.title = line_edit("article_title", article.title or "", "headline")
        self.published = line_edit(
            "article_published", article.published.isoformat() if article.published else "", "YYYY-MM-DD"
        )
        self.outlet = line_edit("article_outlet", article.outlet or "", "who published it")
        self.url = line_edit("article_url", article.url or "", "https://… (optional)")
        self._article = article
        text = article.text
        preview = QPlainTextEdit(text[:PREVIEW_CHARACTERS] + ("…" if len(text) > PREVIEW_CHARACTERS else ""))
        preview.setObjectName("article_preview")
        preview.setReadOnly(True)
        preview.setFixedHeight(self.fontMetrics().lineSpacing() * 8)

        form = QFormLayout()
        form.addRow("&File name", self.name)
        form.addRow("&Title", self.title)
        form.addRow("&Published", self.published)
        form.addRow("&Outlet", self.outlet)
        form.addRow("&URL", self.url)
        form.addRow("Text", preview)
        self._problems = problems_label("article_problems")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        add = self._buttons.addButton("Add article", QDialogButtonBox.ButtonRole.AcceptRole)
        add.setObjectName("add_article")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._problems)
        layout.addWidget(self._buttons)
        for line in (self.name, self.published):
            line.textChanged.connect(self.refresh)
        self.refresh()

    def add_button(self) -> QPushButton:
        """The button that adds the article."""
        button = self.findChild(QPushButton, "add_article")
        assert isinstance(button, QPushButton)
        return button

    def article(self) -> ImportedArticle:
        """The article with the facts as the dialog holds them now (an unreadable date is None: `problems`
        says so)."""
        return replace(
            self._article,
            name=self.name.text().strip(),
            title=self.title.text().strip() or None,
            published=_day(self.published.text()),
            outlet=self.outlet.text().strip() or None,
            url=self.url.text().strip() or None,
        )

    def problems(self) -> tuple[list[str], list[str]]:
        """What stops the article being added, and what the user should know (no date)."""
        errors: list[str] = []
        notes: list[str] = []
        name = self.name.text().strip()
        if not name:
            errors.append("File name: write a name.")
        elif "/" in name or "\\" in name or name.startswith("."):
            errors.append("File name: a plain name, without folders or a leading dot.")
        elif name in self._taken:
            errors.append(f"File name: {name} is already in the articles folder; choose another name.")
        published = self.published.text().strip()
        if published and _day(published) is None:
            errors.append(f"Published: expected a day as YYYY-MM-DD, found '{published}'.")
        elif not published:
            notes.append("No publication date: dates like “on Monday” or “last month” cannot be resolved.")
        return errors, notes

    @Slot()
    def refresh(self) -> None:
        """List the problems; allow Add only without errors."""
        errors, notes = self.problems()
        self._problems.setText("\n".join([*errors, *notes]))
        self._problems.setVisible(bool(errors or notes))
        self.add_button().setEnabled(not errors)

    def problems_text(self) -> str:
        """The problems as the dialog shows them."""
        return self._problems.text()


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None
