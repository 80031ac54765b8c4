"""Which files of an articles folder are articles (apart from `articles`, so that a look at a folder imports
none of the reading of an article)."""

from __future__ import annotations

import os
from pathlib import Path

ARTICLE_SUFFIXES = (".txt", ".text", ".md")


def article_names(folder: Path) -> tuple[str, ...] | None:
    """The names of the articles in `folder`, sorted: visible files with a text suffix; None when it cannot
    be listed."""
    try:
        with os.scandir(folder) as entries:  # its entries know whether they are files without a stat each
            return tuple(sorted(entry.name for entry in entries if not entry.name.startswith(".")
                                and os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES
                                and entry.is_file()))
    except (OSError, ValueError):
        return None
