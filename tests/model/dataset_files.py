"""Shared helpers of the events.yaml tests: a data set folder with two articles, and loading text into it."""

from __future__ import annotations

import textwrap
from pathlib import Path

from timeline_app.model.reading.dataset import Dataset, load_dataset

ARTICLES = {
    "001_00fde95698b2452d.txt": "Lee Jae Myung calls Korea-Japan relations \u2018inseparable\u2019 in first talks.\n",
    "004_064537f604493f91.txt": "marked by Prime Minister Ishiba's visit to Busan just one month after\n"
    "President Lee\u2019s visit to Japan last\u00a0month.\n",
}




def load(folder: Path, text: str) -> Dataset:
    """Writes `text` (dedented) as events.yaml in `folder` and loads it."""
    path = folder / "events.yaml"
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_dataset(path)


def report(dataset: Dataset, folder: Path) -> list[str]:
    """The problems as the command line prints them."""
    return [problem.format(folder) for problem in dataset.problems]

