"""Names said without a title whose form tells their country: "Moon Jae-in and Shinzo Abe finally sat down",
"Takaichi Sanae meets Lee Jae-myung" (a Korean family name and a given name of two syllables; a Japanese name in
Hepburn syllables, either order)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.model.events import Kind
from timeline_app.model.extraction.names import JAPANESE_SYLLABLES, KOREAN_SURNAMES

if TYPE_CHECKING:  # people.py finds the names this module reads
    from timeline_app.model.extraction.people import PersonMention

_TOKEN = r"[A-Z][a-z]+(?:-[a-z]+)?"
# A capitalized word, then another: where a name may start (its first word is checked before anything else).
_CANDIDATE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)(?=(?:-[a-z]+)?\s+[A-Z][a-z])")
_THREE = re.compile(rf"({_TOKEN})\s+({_TOKEN})(?:\s+({_TOKEN}))?(?![\w'’-])")
# "North Korean leader Kim Jong Un", "Pyongyang's Kim Yo Jong": a Korean name of the North.
_NORTH = re.compile(r"(?:North\s+Korea|DPRK|Pyongyang)[\w'’]*\s+(?:[a-z]+\s+){0,2}$")
# One syllable of a romanized Korean given name ("Suk", "Yeol", "Myung", "Hwan"): not "Hsien" or "Xi" ("Lee Hsien
# Loong" is Singapore's).
_KOREAN_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|sh|wh|[gkndtrlmbpsjh])?[wy]?(?:ae|eo|eu|oe|ui|oo|ee|[aeiou])"
                              r"(?:ng|[kntlmpgbr])?", re.IGNORECASE)
_CAPITALIZED_AFTER = re.compile(r"\s+[A-Z]")
_CAPITALIZED_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:And|But|When|While|After|Before|As|Then|With|For|By|In|On|At|The|Former|Both)\s)"
    r"[A-Z][\w'’-]*[ \t]+$")


def bare_names(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, name, ISO code) of each full name of `text` said without a title whose form is Korean ("Roh
    Moo-hyun", "Yoon Suk Yeol") or Japanese ("Junichiro Koizumi", "Takaichi Sanae")."""
    cursor = 0
    for candidate in _CANDIDATE.finditer(text):
        start = candidate.start()
        first = candidate.group(1)
        if start < cursor or not (first.lower() in KOREAN_SURNAMES or JAPANESE_SYLLABLES.fullmatch(first)):
            continue
        match = _THREE.match(text, start)
        if match is None:
            continue
        parts = [p for p in match.groups() if p]
        named = _korean(parts) or _japanese(parts[:2])
        if named is None:
            continue
        code, parts = named
        if code == "KR" and _NORTH.search(text, max(0, start - 40), start):
            cursor = match.end()
            continue
        cursor = start + len(" ".join(parts))
        if _CAPITALIZED_BEFORE.search(text, max(0, start - 40), start) or (
                code == "JP" and _CAPITALIZED_AFTER.match(text, cursor)):
            continue  # "Tokyo Narita Airport", "Bandar Seri Begawan", "Diplomacy Journal Lee Jon-young": another name
        yield start, text[start:cursor], code


def _korean(parts: list[str]) -> tuple[str, list[str]] | None:
    """A Korean family name, then a hyphenated given name or two syllables ("Lee Jae-myung", "Yoon Suk Yeol")."""
    if parts[0].lower() not in KOREAN_SURNAMES:
        return None
    if "-" in parts[1] and len(parts[1]) <= 12:
        return "KR", parts[:2]
    if len(parts) == 3 and all(len(p) <= 5 and _KOREAN_SYLLABLE.fullmatch(p) for p in parts[1:]):
        return "KR", parts
    return None


def _japanese(parts: list[str]) -> tuple[str, list[str]] | None:
    """Two words in Hepburn syllables, 9 letters or more ("Shinzo Abe", "Takaichi Sanae")."""
    if all("-" not in p and JAPANESE_SYLLABLES.fullmatch(p) for p in parts) and len("".join(parts)) >= 9:
        return "JP", parts
    return None


def learn_ranks(kinds_and_people: list[tuple[Kind, tuple[str, ...]]], people: dict[str, PersonMention]) -> set[str]:
    """Someone named without a title who took part in a summit is a leader, in a ministerial meeting a minister,
    for the rest of the article ("Takaichi Sanae meets Lee Jae-myung ..." then "Lee visits Nara for talks").
    Returns the names whose rank was learned."""
    learned: set[str] = set()
    for kind, names in kinds_and_people:
        if kind not in (Kind.SUMMIT, Kind.MINISTERIAL) or len(names) < 2:
            continue
        for name in names:
            person = people.get(name)
            if person is not None and not person.leader and not person.minister:
                people[name] = replace(person, leader=kind is Kind.SUMMIT, minister=kind is Kind.MINISTERIAL)
                learned.add(name)
    return learned
