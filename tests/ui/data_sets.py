"""Small data sets for the UI tests: a few short articles and an events.yaml in the real schema, written
to a folder and read by the real `build_timeline`.

The articles name no event in words the extraction knows, so every event on the timeline is an entry
of events.yaml, and each source is the sentence of its article that holds the entry's quote.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

import yaml

from timeline_app.ui.main_window import MainWindow

REPOSITORY = Path(__file__).resolve().parents[2]
RELOAD_MS = 5000

WindowFactory = Callable[..., MainWindow]
"""Makes a shown main window on an events file (the `make_window` fixture)."""

KANANASKIS = "kananaskis.txt"
MARGINS = "g7-margins.txt"
BUSAN_REPORT = "busan.txt"
FIRST_CONTACT = "first-contact.txt"

BUSAN_SENTENCE = "Prime Minister Ishiba was in Busan on September 30."

# name -> (published, outlet, text); worded so that the extractor finds no meeting the entries below do not
# curate ("were both in", "shook hands with"): the windows show the curated entries only
ARTICLES: dict[str, tuple[str, str, str]] = {
    KANANASKIS: (
        "2025-06-18",
        "Korea Herald",
        (
            "Lee and Ishiba in Kananaskis\n\n"
            "President Lee Jae-myung and Prime Minister Shigeru Ishiba were both in Kananaskis, "
            "Canada, on June 17 (local time). They agreed to keep in close touch.\n"
        ),
    ),
    MARGINS: (
        "2025-06-18",
        "Diplomacy Journal",
        (
            "Two leaders at the G7\n\n"
            "On the margins of the G7, Lee shook hands with Japanese Prime Minister Shigeru Ishiba on June 17 "
            "(local time). Both sides called the relationship important.\n"
        ),
    ),
    BUSAN_REPORT: (
        "2025-09-30",
        "Diplomacy Journal",
        (
            f"Ishiba comes to Busan\n\n{BUSAN_SENTENCE} The defence ministers had gathered earlier, on "
            "September 8. Officials described the mood as warm.\n"
        ),
    ),
    FIRST_CONTACT: (
        "2025-06-10",
        "Yonhap",
        (
            "First contact\n\nLee and Ishiba first spoke on June 9, days after the inauguration. "
            "The conversation lasted half an hour.\n"
        ),
    ),
}

G7: dict[str, object] = {
    "id": "g7",
    "title": "Lee–Ishiba summit at the G7",
    "kind": "summit",
    "date": "2025-06-17",
    "location": "Kananaskis, Canada",
    "participants": ["Lee Jae-myung", "Shigeru Ishiba"],
    "sources": [
        {"article": KANANASKIS, "quote": "in Kananaskis, Canada, on June 17 (local time)"},
        {"article": MARGINS, "quote": "with Japanese Prime Minister Shigeru Ishiba on June 17 (local time)"},
    ],
}
BUSAN: dict[str, object] = {
    "id": "busan",
    "title": "Lee–Ishiba summit in Busan",
    "kind": "summit",
    "date": "2025-09-30",
    "location": "Busan, South Korea",
    "sources": [{"article": BUSAN_REPORT, "quote": "in Busan on September 30"}],
}
DEFENCE: dict[str, object] = {
    "id": "defence",
    "title": "Defence ministers' meeting",
    "kind": "ministerial",
    "date": "2025-09-08",
    "sources": [{"article": BUSAN_REPORT, "quote": "gathered earlier, on September 8"}],
}
CALL: dict[str, object] = {
    "id": "call",
    "title": "First phone call",
    "kind": "call",
    "date": "2025-06-09",
    "sources": [{"article": FIRST_CONTACT, "quote": "first spoke on June 9"}],
}


def write_articles(folder: Path) -> None:
    """Write every article of `ARTICLES` into `folder` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (_, _, text) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")


def write_events(
    path: Path, *entries: Mapping[str, object], title: str = "Test timeline", articles: str = "articles"
) -> None:
    """Write an events.yaml naming the `articles` folder, the articles' outlets and dates, and `entries`."""
    sources = {name: {"published": day, "outlet": outlet} for name, (day, outlet, _) in ARTICLES.items()}
    events = [dict(entry) for entry in entries]
    document = {"title": title, "articles": articles, "sources": sources, "events": events}
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


def write_data_set(folder: Path, *entries: Mapping[str, object], title: str = "Test timeline") -> Path:
    """Write the articles into `folder`/articles and an events.yaml with `entries` (G7, BUSAN and CALL when
    none are given); returns the events file."""
    write_articles(folder / "articles")
    path = folder / "events.yaml"
    write_events(path, *(entries or (G7, BUSAN, CALL)), title=title)
    return path


def line_of(path: Path, text: str) -> int:
    """The number (from 1) of the first line of the file at `path` that holds `text`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)
