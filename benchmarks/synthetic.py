"""Synthetic data for the benchmark: articles recombined from the shipped ones, and events.yaml files.

Every generator is deterministic for a given seed. Articles keep the shape of the shipped ones (a
headline, sometimes a dated header and a byline, then ten to twenty sentences, mostly from one story)
with their dates moved by a whole number of months and the leaders renamed from invented casts.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.names import JAPANESE_NAMES, KOREAN_NAMES, PLACES
from timeline_app.model.reading.articles import parse_article
from timeline_app.timescale.ticks import MONTH_ABBREVIATIONS, MONTH_NAMES

REPOSITORY = Path(__file__).resolve().parent.parent
SHIPPED_ARTICLES = REPOSITORY / "resources" / "articles"
# The publication dates the bundled events.yaml gives the shipped articles.
SHIPPED_PUBLISHED = {
    "000_1eb21017e8f7b451.txt": dt.date(2025, 6, 18),
    "001_00fde95698b2452d.txt": dt.date(2025, 6, 18),
    "002_442a0a7fa0bc0e83.txt": dt.date(2025, 6, 18),
    "003_8631131a1bd5f464.txt": dt.date(2025, 6, 18),
    "004_064537f604493f91.txt": dt.date(2025, 9, 30),
}

_MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTH_NAMES)}
_MONTH_NUMBER.update({name: i + 1 for i, name in enumerate(MONTH_ABBREVIATIONS)})
_MONTH_NUMBER["Sept"] = 9
_MONTH_WORD = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# One pass over a text finds: numeric dates (2025-06-18, 2025.06.18), month phrases with an optional
# day before or after and an optional year, and years standing alone.
_DATE_PHRASES = re.compile(
    rf"(?P<iso>\b(?P<iy>(?:19|20)\d\d)(?P<sep>[-.])(?P<im>\d\d)(?P=sep)(?P<id>\d\d)\b)"
    rf"|(?P<phrase>\b(?:(?P<dbefore>\d{{1,2}})\s+)?(?P<month>{_MONTH_WORD})\b(?P<dot>\.?)"
    rf"(?:\s+(?P<dafter>\d{{1,2}})(?P<suffix>st|nd|rd|th)?\b)?(?:(?P<comma>,?\s+)(?P<py>(?:19|20)\d\d)\b)?)"
    rf"|(?P<year>\b(?:19|20)\d\d\b)"
)
# Names in the shipped articles, longest forms first; each maps to a role in an article's cast.
_NAME_FORMS = (
    ("Lee Jae-myung", "korean", "full"),
    ("Lee Jae Myung", "korean", "spaced"),
    ("Shigeru Ishiba", "japanese", "full"),
    ("Yoon Suk Yeol", "former_korean", "spaced"),
    ("Yoon Suk-yeol", "former_korean", "full"),
    ("Fumio Kishida", "former_japanese", "full"),
    ("Lee", "korean", "family"),
    ("Ishiba", "japanese", "family"),
    ("Yoon", "former_korean", "family"),
    ("Kishida", "former_japanese", "family"),
)
_NAMES = re.compile(r"\b(?:" + "|".join(re.escape(form) for form, _, _ in _NAME_FORMS) + r")\b")
_ROLE_OF = {form: (role, style) for form, role, style in _NAME_FORMS}


def family_name(name: str) -> str:
    """The family name of an invented person: first for Korean names, last for Japanese ones."""
    return name.split()[0] if name in KOREAN_NAMES else name.split()[-1]


def name_form(name: str, style: str) -> str:
    """`name` written as the articles write it: in full, without the hyphen, or the family name alone."""
    if style == "family":
        return family_name(name)
    if style == "spaced":
        return name.replace("-", " ").title() if name in KOREAN_NAMES else name
    return name


def people_aliases() -> dict[str, list[str]]:
    """The `people:` section for every invented person: the canonical name and its aliases."""
    people: dict[str, list[str]] = {}
    for name in KOREAN_NAMES:
        people[name] = [name_form(name, "spaced"), f"President {family_name(name)}"]
    for name in JAPANESE_NAMES:
        people[name] = [f"Prime Minister {family_name(name)}"]
    return people


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by `months` (negative: earlier)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_date(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, its day of the month kept when it exists (else the 28th)."""
    year, month = shift_month(day.year, day.month, months)
    return dt.date(year, month, min(day.day, 28))


def rewrite_dates(text: str, months: int, reference_year: int) -> str:
    """`text` with every date phrase moved by `months`: names of months, the days after them (kept when
    the new month has them) and years; a year alone moves with `reference_year`'s June."""

    def replace(match: re.Match[str]) -> str:
        if match.group("iso"):
            year, month = shift_month(int(match["iy"]), int(match["im"]), months)
            day = min(int(match["id"]), 28)
            sep = match["sep"]
            return f"{year:04d}{sep}{month:02d}{sep}{day:02d}"
        if match.group("phrase"):
            written = match["month"]
            old = _MONTH_NUMBER[written]
            year, month = shift_month(int(match["py"]) if match["py"] else reference_year, old, months)
            name = (
                MONTH_NAMES[month - 1]
                if len(written) > 3 and written != "Sept"
                else MONTH_ABBREVIATIONS[month - 1]
            )
            parts = []
            if match["dbefore"]:
                parts.append(f"{min(int(match['dbefore']), 28)} ")
            parts.append(name + (match["dot"] if len(name) == 3 else ""))
            if match["dafter"]:
                parts.append(f" {min(int(match['dafter']), 28)}{match['suffix'] or ''}")
            if match["py"]:
                parts.append(f"{match['comma']}{year}")
            return "".join(parts)
        year_shift = shift_month(reference_year, 6, months)[0] - reference_year
        return str(int(match["year"]) + year_shift)

    return _DATE_PHRASES.sub(replace, text)


def swap_names(text: str, cast: dict[str, str]) -> str:
    """`text` with the shipped articles' leaders replaced by the cast's (role -> invented name)."""

    def replace(match: re.Match[str]) -> str:
        role, style = _ROLE_OF[match.group()]
        return name_form(cast[role], style)

    return _NAMES.sub(replace, text)


@dataclass(frozen=True, slots=True)
class Story:
    """The reusable parts of one shipped article: headline, sentences of its body, publication date."""

    name: str
    headline: str
    sentences: tuple[str, ...]
    published: dt.date


def shipped_stories(folder: Path = SHIPPED_ARTICLES) -> list[Story]:
    """The shipped articles, split into headline and body sentences by the app's own reader."""
    stories = []
    for path in sorted(folder.glob("*.txt")):
        article = parse_article(path.name, path.read_text(encoding="utf-8"), path)
        sentences = tuple(article.text[s.start : s.end].strip() for s in article.sentences)
        published = SHIPPED_PUBLISHED.get(path.name, article.stated_date or dt.date(2025, 6, 18))
        stories.append(Story(path.name, article.title or sentences[0][:80], sentences, published))
    return stories


@dataclass(frozen=True, slots=True)
class SyntheticArticle:
    """One generated article: file name, text, and the publication date a curator would record."""

    name: str
    text: str
    published: dt.date
    outlet: str


_OUTLETS = ("Diplomacy Journal", "Korea JoongAng Daily", "Seoul Herald", "Tokyo Ledger", "Asia Wire")


def synthetic_article(rng: random.Random, stories: Sequence[Story], number: int) -> SyntheticArticle:
    """An article mostly from one story, a few sentences from the others, moved in time and recast."""
    story = stories[rng.randrange(len(stories))]
    months = -rng.randrange(0, 240)
    korean, former_korean = rng.sample(KOREAN_NAMES, 2)
    japanese, former_japanese = rng.sample(JAPANESE_NAMES, 2)
    cast = {
        "korean": korean,
        "japanese": japanese,
        "former_korean": former_korean,
        "former_japanese": former_japanese,
    }
    others = [s for other in stories if other is not story for s in other.sentences]
    own = list(story.sentences)
    lead = rng.randint(2, 4)
    kept = sorted(rng.sample(range(lead, len(own)), k=min(len(own) - lead, rng.randint(6, 14))))
    chosen = own[:lead] + [own[i] for i in kept]
    for borrowed in rng.sample(others, k=rng.randint(1, 5)):
        chosen.insert(rng.randint(lead, len(chosen)), borrowed)
    published = shift_date(story.published, months)
    outlet = rng.choice(_OUTLETS)

    def recast(text: str) -> str:
        return swap_names(rewrite_dates(text, months, story.published.year), cast)

    lines = [recast(story.headline), ""]
    style = rng.randrange(3)
    if style == 0:
        lines.insert(
            1, f"Published: {published.day} {MONTH_ABBREVIATIONS[published.month - 1]}. {published.year}"
        )
    elif style == 1:
        lines.insert(1, f"By {outlet} {name_form(rng.choice(KOREAN_NAMES), 'full')}")
    paragraph: list[str] = []
    for sentence in chosen:
        paragraph.append(recast(sentence))
        if len(paragraph) >= rng.randint(1, 3):
            lines.extend([" ".join(paragraph), ""])
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    if rng.random() < 0.3:
        lines.extend(["", f"Visited {rng.randint(1, 900)} times, 1 visit(s) today", "Close"])
    name = f"{number:05d}_{rng.getrandbits(32):08x}.txt"
    return SyntheticArticle(name, "\n".join(lines) + "\n", published, outlet)


def synthetic_articles(count: int, seed: int = 2025) -> list[SyntheticArticle]:
    """`count` articles, the same ones for the same seed."""
    rng = random.Random(seed)
    stories = shipped_stories()
    return [synthetic_article(rng, stories, number) for number in range(count)]


def _quote_of(rng: random.Random, article: SyntheticArticle) -> str:
    """A run of five to nine words of the article's body (so that the quote check finds it)."""
    lines = [line for line in article.text.splitlines() if len(line.split()) >= 12]
    words = rng.choice(lines).split() if lines else article.text.split()
    length = min(rng.randint(5, 9), len(words))
    first = rng.randrange(0, len(words) - length + 1)
    return " ".join(words[first : first + length])


def _yaml_text(text: str) -> str:
    """`text` as a double-quoted YAML scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def curated_entries(rng: random.Random, count: int, articles: Sequence[SyntheticArticle]) -> list[str]:
    """`count` curated entries as YAML list items: new events with dates, people, places and quotes."""
    kinds = ("call", "summit", "ministerial", "other")
    statuses = ("occurred", "occurred", "occurred", "planned", "expected", "possible", "cancelled")
    items = []
    for number in range(count):
        korean, japanese = rng.choice(KOREAN_NAMES), rng.choice(JAPANESE_NAMES)
        kind = rng.choice(kinds)
        day = dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(0, 21 * 365))
        precision = rng.random()
        date = (
            day.isoformat()
            if precision < 0.8
            else day.strftime("%Y-%m")
            if precision < 0.95
            else str(day.year)
        )
        lines = [
            f"  - id: curated-{number:05d}-{kind}",
            f"    date: {date}",
            f"    kind: {kind}",
            f"    title: {_yaml_text(f'{family_name(korean)}–{family_name(japanese)} {kind} no. {number}')}",
        ]
        if rng.random() < 0.6:
            lines.append(f"    location: {_yaml_text(rng.choice(PLACES))}")
        lines.append(f"    participants: [{korean}, {japanese}]")
        lines.append(f"    status: {rng.choice(statuses)}")
        if rng.random() < 0.4:
            lines.append(
                f"    summary: {_yaml_text('A synthetic entry for the benchmark, with a short summary.')}"
            )
        if articles and rng.random() < 0.5:
            article = rng.choice(articles)
            lines.append("    sources:")
            lines.append(f"      - {{article: {article.name}, quote: {_yaml_text(_quote_of(rng, article))}}}")
        items.append("\n".join(lines))
    return items


def events_yaml(
    articles: Sequence[SyntheticArticle],
    entries: Sequence[str],
    articles_dir: str,
    title: str = "Synthetic Korea–Japan diplomacy",
) -> str:
    """The text of an events.yaml over `articles` (sources with dates), the invented people, `entries`."""
    lines = [
        f"title: {_yaml_text(title)}",
        f"articles: {articles_dir}",
        "sources:" if articles else "sources: {}",
    ]
    for article in articles:
        lines.append(
            f"  {article.name}: {{published: {article.published.isoformat()}, "
            f"outlet: {_yaml_text(article.outlet)}}}"
        )
    lines.append("people:")
    for name, aliases in people_aliases().items():
        lines.append(f"  {name}: [{', '.join(aliases)}]")
    lines.append("events:" if entries else "events: []")
    lines.extend(entries)
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, articles: int, entries: int, seed: int = 2025) -> Path:
    """Write `articles` articles into folder/articles and an events.yaml with `entries` curated entries;
    the events.yaml's path."""
    generated = synthetic_articles(articles, seed)
    article_dir = folder / "articles"
    article_dir.mkdir(parents=True, exist_ok=True)
    for article in generated:
        (article_dir / article.name).write_text(article.text, encoding="utf-8")
    rng = random.Random(seed + 1)
    items = curated_entries(rng, entries, generated)
    events_path = folder / "events.yaml"
    events_path.write_text(events_yaml(generated, items, "articles"), encoding="utf-8")
    return events_path


def touch_entry(events_path: Path, edit: int) -> None:
    """Edit events.yaml as a curator would: change the title of the first curated entry."""
    text = events_path.read_text(encoding="utf-8")
    new = re.sub(
        r'(\n    title: ")([^"\n]*)(")',
        lambda m: f"{m[1]}{m[2].split(' (edit')[0]} (edit {edit}){m[3]}",
        text,
        count=1,
    )
    events_path.write_text(new, encoding="utf-8")


_LONG_PLACES = ("Tokyo", "Seoul", "Busan", "Osaka", "Hiroshima", "Gyeongju", "Jeju", "Nara")


def write_long_article(folder: Path, sentences: int) -> Path:
    """One article of `sentences` sentences, each reporting another summit (a compiled chronology, three
    sentences a paragraph), and an events.yaml over it; the events.yaml's path."""
    korean, japanese = KOREAN_NAMES[0], JAPANESE_NAMES[0]
    lines = ["A chronology of Korea-Japan summits", ""]
    paragraph: list[str] = []
    first = dt.date(1950, 1, 2)
    for number in range(sentences):
        day = first + dt.timedelta(days=2 * number)
        paragraph.append(
            f"President {family_name(korean)} and Prime Minister {family_name(japanese)} held a summit in "
            f"{_LONG_PLACES[number % len(_LONG_PLACES)]} on {MONTH_NAMES[day.month - 1]} {day.day}, {day.year}."
        )
        if len(paragraph) == 3 or number == sentences - 1:
            lines.extend([" ".join(paragraph), ""])
            paragraph = []
    article_dir = folder / "articles"
    article_dir.mkdir(parents=True, exist_ok=True)
    (article_dir / "chronology.txt").write_text("\n".join(lines), encoding="utf-8")
    events_path = folder / "events.yaml"
    events_path.write_text(
        "title: A long chronology\narticles: articles\nsources:\n  chronology.txt: {published: 2200-01-01}\n"
        f"people:\n  {korean}: [President {family_name(korean)}]\n"
        f"  {japanese}: [Prime Minister {family_name(japanese)}]\nevents: []\n",
        encoding="utf-8",
    )
    return events_path
