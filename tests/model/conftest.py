"""Helpers that lay out a data set (events.yaml and articles) in a temporary folder."""

import textwrap
from pathlib import Path

import pytest

from tests.model.dataset_files import ARTICLES

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture
def make_dataset(tmp_path):
    """make_dataset(yaml_text, {name: article_text}) -> path of events.yaml in a fresh folder."""

    def make(yaml_text: str, articles: dict[str, str]) -> Path:
        folder = tmp_path / "articles"
        folder.mkdir(exist_ok=True)
        for name, text in articles.items():
            (folder / name).write_text(text, encoding="utf-8")
        path = tmp_path / "events.yaml"
        path.write_text(textwrap.dedent(yaml_text).lstrip(), encoding="utf-8")
        return path

    return make


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data set folder with resources/articles holding two articles."""
    articles = tmp_path / "resources" / "articles"
    articles.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (articles / name).write_text(text, encoding="utf-8")
    return tmp_path
