"""Reading raw article files: decoding, page furniture, title, stated date, paragraphs and sentences.

The text is kept exactly as decoded from the file (BOM, CRLF and non-breaking spaces included) so that
every offset points into the original; the rules look at `Article.plain`, a copy of the same length in
which those characters are folded to plain spaces.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.model.dates.fuzzy_date import Precision
from timeline_app.model.problems import BadByte, Problem, decode_utf8
from timeline_app.model.reading.listing import ARTICLE_SUFFIXES as ARTICLE_SUFFIXES  # where it was
from timeline_app.model.reading.listing import article_names as article_names
from timeline_app.model.reading.sentences import split_sentences


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the body: offsets into the article text, and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Article:
    """An article file, read and split into the parts the extraction looks at."""

    name: str
    path: Path
    text: str
    plain: str
    title: str | None = None
    stated_date: dt.date | None = None
    dateline: str | None = None
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def sentence_text(self, sentence: Sentence) -> str:
        """The sentence as the rules see it (spaces folded, same length as the original)."""
        return self.plain[sentence.start : sentence.end]


_FOLD = str.maketrans({"\ufeff": " ", "\u00a0": " ", "\r": " ", "\u2007": " ", "\u202f": " ", "\t": " "})
_FOLDED = re.compile("[" + "".join(map(chr, _FOLD)) + "]")

# Lines that belong to the page around an article, not to the article: counters, buttons, share widgets,
# bylines, photo and translation notes, addresses, registrations, contacts and copyright notices.
_FURNITURE = re.compile(
    r"""^\s*(?:[•·*\-]\s*)?(?:
        visited\s+\d+\s+times? | close(?:\s+search\s+window)?$ | share(?:\s+this(?:\s+article)?)?$ | print$
        | subscribe\b | advertisement
        | read\s+more | related\s+(?:articles?|news|stories) | most\s+(?:read|viewed|popular) | top\s+stories
        | (?:written\s+)?by\s+\S | photo\s*[=:©] | \(?photo\b | note\s*[“"] | copyright\b | ©
        | address\s*: | registration\b | publisher\s*: | editor\s+in\s+chief | e-?mail\s*: | tel\s*[:.] | fax\s*[:.]
        | phone(?:\s+number)?\s*:
        | contact\s+us | terms\s+of | privacy\s+policy | all\s+rights\s+reserved | this\s+article\s+was
        | (?:published|posted|updated|modified|date|입력|수정|등록|작성)\b.{0,40}?\d
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# "date 2025-06-18 Lee Jae Myung calls ...": a scraped date stamp followed by the headline.
_HEADLINE_AFTER_DATE = re.compile(r"^\s*(?:date|published|posted)\s*:?\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}\s+(\S.{15,})$",
                                  re.IGNORECASE)
_ALL_CAPS = re.compile(r"^[A-Z][A-Z .'\-]{2,40}$")
# E-mail and web addresses, phone numbers. Tried at every letter of every line, the patterns took a
# quarter of the time of reading an article, so each is tried only on lines that may hold one.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_WEB = re.compile(r"https?://", re.IGNORECASE)
_PHONE = re.compile(r"\b0\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}\b|\+\d{1,3}[\s-]\d")
_MAYBE_PHONE = re.compile(r"0\d{1,2}[-.)\s]\d{3,4}[-.\s]\d{4}\b|\+\d{1,3}[\s-]\d")  # _PHONE less a \b: fast
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")
_PUBLISHED_LABEL = re.compile(r"\b(published|posted|date|입력|등록|작성)\b\s*:?", re.IGNORECASE)
_UPDATED_LABEL = re.compile(r"\b(updated|modified|수정)\b\s*:?", re.IGNORECASE)
_DATELINE = re.compile(
    r"\s*((?:[A-Z][A-Z.'\-]+)(?:\s+[A-Z][A-Z.'\-]+)*(?:,\s*[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+)*)?)"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"  # "SEOUL, Dec. 28 (Yonhap) --": the date of filing
    r"\s*(?:\([^)]{1,40}\)\s*)?[—–-]{1,2}\s+"
)

def read_article(path: Path, data: bytes | None = None) -> Article:
    """Read (or take `data` as the bytes of) one article file and split it; an unreadable or undecodable
    file gives an empty Article with a problem."""
    name = path.name
    try:
        data = path.read_bytes() if data is None else data
    except OSError as exc:
        article = parse_article(name, "", path)
        article.problems.append(Problem.error(path, 1, 1, f"cannot read the article: {exc.strerror or exc}"))
        return article
    text = decode_utf8(data)
    if isinstance(text, BadByte):
        article = parse_article(name, "", path)
        article.problems.append(Problem.error(
            path, text.line, text.column,
            f"the article is not valid UTF-8: found byte 0x{text.byte:02x}; save the file as UTF-8",
        ))
        return article
    return parse_article(name, text, path)


def fold_spaces(text: str) -> str:
    """`text` as the rules see it: BOM, CR, tabs and the non-breaking spaces made plain spaces."""
    # str.translate is fast on ASCII text only; on other text, substituting the few characters is 20x faster.
    return text.translate(_FOLD) if text.isascii() else _FOLDED.sub(" ", text)


def parse_article(name: str, text: str, path: Path | None = None) -> Article:
    """Split `text` (the whole file, as decoded) into title, stated date, body paragraphs and sentences."""
    plain = fold_spaces(text)
    article = Article(name=name, path=path or Path(name), text=text, plain=plain)
    lines = _lines(plain)
    latin_article = _HANGUL.search(plain) is None or len(_LATIN.findall(plain)) >= len(_HANGUL.findall(plain))
    body_started = False
    header: list[str] = []
    for start, end in lines:
        line = plain[start:end].strip()
        if not line:
            continue
        if not body_started:
            header.append(line)
        kind = _classify(line, latin_article)
        if kind == "furniture":
            if not body_started and article.title is None:
                headline = _HEADLINE_AFTER_DATE.match(line)
                article.title = headline.group(1).strip() if headline else None
            continue
        if kind == "body":
            body_started = True
            offset = start + (len(plain[start:end]) - len(plain[start:end].lstrip()))
            article.paragraphs.append((offset, end - (len(plain[start:end]) - len(plain[start:end].rstrip()))))
            continue
        if article.title is None and not body_started and len(line.split()) >= 4 and _first_day(line) is None:
            article.title = line
    article.stated_date = _stated_date(header)
    for index, (start, end) in enumerate(article.paragraphs):
        if index == 0:
            start = _skip_dateline(article, start, end)
        for s_start, s_end in split_sentences(plain, start, end):
            article.sentences.append(Sentence(s_start, s_end, index))
    return article


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for match in re.finditer(r"\n", text):
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))
    return spans


def _classify(line: str, latin_article: bool) -> str:
    """'furniture', 'body' (running text) or 'heading' (title, deck, subhead)."""
    if _FURNITURE.match(line) or _is_contact(line) or _ALL_CAPS.match(line):
        return "furniture"
    if latin_article and _HANGUL.search(line) and len(_HANGUL.findall(line)) > len(_LATIN.findall(line)):
        return "furniture"
    words = line.split()
    if len(words) >= 8 and (_SENTENCE_END.search(line) or len(line) > 160):
        return "body"
    return "heading"


def _is_contact(line: str) -> bool:
    """Whether the line gives an e-mail address, a web address or a phone number."""
    return (
        ("@" in line and _EMAIL.search(line) is not None)
        or ("://" in line and _WEB.search(line) is not None)
        or "www." in line.lower()
        or (_MAYBE_PHONE.search(line) is not None and _PHONE.search(line) is not None)
    )


def _stated_date(header: list[str]) -> dt.date | None:
    """The publication date the lines above the body give: a labelled one ("Published: 18 Jun. 2025",
    "등록 2025.06.18"), else a bare time stamp ("March 16, 2023 21:05 JST"), else an "Updated" one."""
    labelled = stamped = updated = None
    for line in header:
        label = _PUBLISHED_LABEL.search(line)
        update = _UPDATED_LABEL.search(line)
        if label is not None:
            stop = update.start() if update is not None and update.start() > label.end() else len(line)
            labelled = labelled or _first_day(line[label.end() : stop])
        elif update is not None:
            updated = updated or _first_day(line[update.end() :])
        elif len(line.split()) <= 12 and not _SENTENCE_END.search(line):
            stamped = stamped or _first_day(line)
    return labelled or stamped or updated


# Cached: finding the title and the stated date both ask it of the same header lines.
@functools.lru_cache(maxsize=64)
def _first_day(text: str) -> dt.date | None:
    """The first full date (day, month and year) that `text` states."""
    # Imported here: reading an article from the disk cache needs no date rules.
    from timeline_app.model.dates.finder import find_dates

    for mention in find_dates(text, None):
        if mention.value is not None and mention.value.precision is Precision.DAY and not mention.anchored:
            return mention.value.start
    return None


def _skip_dateline(article: Article, start: int, end: int) -> int:
    """Move past a dateline such as "KANANASKIS, Canada —", remembering it as the place of reporting."""
    match = _DATELINE.match(article.plain, start, end)
    if match is None:
        return start
    place = match.group(1).strip()
    article.dateline = ", ".join(part.strip().title() if part.strip().isupper() else part.strip()
                                 for part in place.split(","))
    return match.end()
