"""A timeline of one's own: a folder with a commented events.yaml template and an empty articles folder."""

from __future__ import annotations

import json
from pathlib import Path

EVENTS_FILE = "events.yaml"
ARTICLES_FOLDER = "articles"

TEMPLATE = """\
# {title}: a timeline made with timeline-app.
# Put articles (.txt, .md; saved web pages with File > Add articles...) in the folder `articles` beside
# this file; the app finds the calls, summits and meetings they report. Edit this file while the app is
# open: the timeline reloads as you save. Check it with `timeline-app check --events {events}`.

title: {quoted_title}
articles: {articles}

# What you know of each article file that the file itself does not say:
# sources:
#   report.txt: {{published: 2025-06-18, outlet: Example News, title: "...", url: "https://..."}}
sources: {{}}

# Canonical names and the other names the articles use for them:
# people:
#   Lee Jae-myung: [Lee Jae Myung, President Lee]
people: {{}}

# Events the articles do not report, or that you know better (date YYYY-MM-DD, YYYY-MM or YYYY; kind call,
# summit, ministerial or other; status occurred, planned, expected, possible or cancelled):
# events:
#   - date: 2025-08-23
#     kind: summit
#     title: Lee–Ishiba summit in Tokyo
#     participants: [Lee Jae-myung, Shigeru Ishiba]
#     sources:
#       - {{article: report.txt, quote: "words of the article that report it"}}
events: []
"""


class FolderNotEmpty(ValueError):
    """The folder chosen for a new timeline already holds files."""


def template_text(title: str) -> str:
    """The commented events.yaml of a new timeline called `title`."""
    quoted = json.dumps(title, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar
    return TEMPLATE.format(title=title, quoted_title=quoted, articles=ARTICLES_FOLDER, events=EVENTS_FILE)


def create_timeline(folder: Path, title: str | None = None) -> Path:
    """Make `folder` (it may exist, empty) with an events.yaml template and an empty articles folder; the
    events file. Raises FolderNotEmpty when the folder holds anything, OSError when it cannot be made."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FolderNotEmpty(f"{folder} is not an empty folder: choose a new name")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / ARTICLES_FOLDER).mkdir()
    events = folder / EVENTS_FILE
    with events.open("x", encoding="utf-8", newline="\n") as stream:
        stream.write(template_text(title or folder.name))
    return events
