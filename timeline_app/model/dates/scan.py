"""Finds the date phrases of English (and numeric Korean) news text, before any date is worked out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline_app.model.dates.form_table import HANDLERS, PATTERNS
from timeline_app.model.dates.forms import (
    Groups,
    RawMention,
    norm,
)
from timeline_app.model.dates.words import (
    MONTH_PREPS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_PREPS,
    WEEKDAYS,
    YEAR_PREPS,
    word_set,
)


def _trie(words: Iterable[str]) -> str:
    """A regular expression matching exactly `words`, shaped as a trie so that it fails fast."""
    tree: dict[str, object] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: dict[str, object]) -> str:
        children: list[tuple[str, dict[str, object]]] = sorted(node.items())  # type: ignore[arg-type]
        branches = [re.escape(char) + emit(child) for char, child in children if char]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return emit(tree)


def _all_cases(words: Iterable[str]) -> set[str]:
    return {form for word in words for form in (word, word.title(), word.upper())}


_RELATIVE_CORES = ("today", "tonight", "tomorrow", "yesterday", "day", "days", "week", "weeks", "weekend",
                   "month", "months", "year", "years", "morning", "afternoon", "evening", "night", "noon",
                   "midnight", "midday", "nineteen", "twenty", "thousand")
_HOLIDAY_CORES = ("Christmas", "Thanksgiving", "Easter", "Halloween", "Valentine", "New", "Veterans", "Fourth")
# The letters a core word may begin with: a look-ahead on them lets the search pass over most words at once.
_CORE_FIRST = "".join(sorted({word[0] for word in _all_cases([*MONTHS, *WEEKDAYS, *_RELATIVE_CORES,
                                                            *_HOLIDAY_CORES])}))
_CORE = re.compile(
    rf"\b(?=[\d{_CORE_FIRST}])(?:(?P<digit>\d)"
    rf"|(?P<month>{_trie(w for w in _all_cases(MONTHS) if not w.islower())})(?![A-Za-z])"
    rf"|(?P<weekday>{_trie(w for w in _all_cases(WEEKDAYS) if not w.islower())})(?![A-Za-z])"
    rf"|(?P<word>{_trie(_all_cases(_RELATIVE_CORES))})(?!\w)"
    r"|(?P<holiday>Christmas|Thanksgiving|Easter|Halloween|Valentine|New\s+Year|Veterans|Fourth)(?!\w))")
_CONNECTOR = re.compile(r"\s*(?:,|,?\s*(?:-|–|—|(?i:and|or|to|through|until|till)))\s*\Z")
_RANGE_GAP = re.compile(r"\s*(?P<sep>-|–|—|(?i:to|through|thru|until|till|and))\s*\Z")
_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)\s+\Z")
_PREFIX_WORDS = [*word_set("""
    in since by until till through throughout from during before after between for around circa as of
    starting beginning and or to on fiscal year the very end start middle turn first second latter half third
    fourth last final week early mid late spring summer autumn fall winter this past coming next that same
    later earlier following previous preceding prior couple quarter soon over at pre post 지난 오는
    fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth
    seventeenth eighteenth nineteenth twentieth thirtieth
"""), *NUMBER_WORDS]
# One word before a core word, read backwards: the text before the core is reversed so that this matches.
_PREFIX_STEP = re.compile(
    rf"(?:\s*-\s*|\s+)(?P<w>(?i:{_trie(w[::-1] for w in _PREFIX_WORDS if ' ' not in w)}))(?!\w)")
_MOST_PREFIX_WORDS = 6
_QUALIFIER_WORDS = word_set("""
    the end beginning start middle first second latter third fourth last final early mid late
""")


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    return frozenset(phrase.split()[0] for phrase in phrases)


# The words that may begin a phrase before each kind of core word; None: any prefix word.
_FIRST_WORDS: dict[str, frozenset[str] | None] = {
    "digit": _QUALIFIER_WORDS | _first_words(YEAR_PREPS + ORDINAL_PREPS) | word_set("""
        지난 오는 a an in spring summer autumn fall winter pre post
    """),
    "month": _QUALIFIER_WORDS | _first_words(MONTH_PREPS) | word_set("last this next a an"),
    "weekday": word_set("early late last this next coming past the that"),
    "word": None,
    "holiday": word_set("last this next past coming"),
}


def scan(text: str) -> list[RawMention]:
    """Every date phrase of `text` in order, not overlapping, with ranges joined."""
    found: list[RawMention] = []
    pos = 0
    for core in _CORE.finditer(text):
        core_start = core.start()
        kind = core.lastgroup or "digit"
        pattern, first_words = PATTERNS[kind], _FIRST_WORDS[kind]
        while core_start >= pos:
            starts = [*_starts_before(text, core_start, pos, first_words), core_start]
            raw = _first_match(text, pattern, starts, core_start, found)
            if raw is None:
                break
            _take_limit(text, raw, pos)
            found.append(raw)
            pos = raw.end
    return _join_ranges(text, found)


_LIMIT_BEFORE = re.compile(r"(?i:\bas\s+(?P<w>early|soon|late)\s+as)\s+\Z")


def _take_limit(text: str, raw: RawMention, floor: int) -> None:
    """Widens "May" to "as early as May", a limit that leans to the future."""
    if raw.kind == "offset":
        return
    limit = _LIMIT_BEFORE.search(text, max(floor, raw.start - 20), raw.start)
    if limit is None:
        return
    raw.start = limit.start()
    stated = f"as {limit.group('w').lower()} as"
    raw.qualifier = f"{stated} {raw.qualifier}" if raw.qualifier else stated
    raw.lean_future = True
    if stated == "as soon as" and raw.kind in ("date", "weekday", "day_of_month", "holiday"):
        # what may come "as soon as Monday" has not come yet, whatever its sentence says
        raw.direction = "future"


def _starts_before(text: str, core_start: int, floor: int, first_words: frozenset[str] | None) -> list[int]:
    """Starts of the words before a core word that may begin its phrase ("by the end of" 2025), farthest
    first."""
    backwards = text[max(0, core_start - 60):core_start][::-1]
    starts: list[int] = []
    pos = 0
    for _ in range(_MOST_PREFIX_WORDS):
        step = _PREFIX_STEP.match(backwards, pos)
        if step is None:
            break
        pos = step.end()
        if core_start - pos < floor:
            break
        if first_words is None or step.group("w")[::-1].lower() in first_words:
            starts.append(core_start - pos)
    starts.reverse()
    return starts


def _first_match(text: str, pattern: re.Pattern[str], starts: list[int], core_start: int,
                 found: list[RawMention]) -> RawMention | None:
    for start in starts:
        match = pattern.match(text, start)
        if match is None or match.end() <= core_start:
            continue
        name = match.lastgroup or ""
        raw = HANDLERS[name](Groups(match, name), text)
        if raw is not None and raw.weak and not _follows_date(text, found, raw.start):
            raw = None
        if raw is not None:
            return raw
    return None


def _follows_date(text: str, found: list[RawMention], start: int) -> bool:
    if not found or found[-1].kind != "date":
        return False
    return _CONNECTOR.match(text[found[-1].end:start]) is not None


def _join_ranges(text: str, found: list[RawMention]) -> list[RawMention]:
    """Joins 'June 30 to July 2', 'from Thursday to Saturday', 'between June and August' into ranges."""
    joined: list[RawMention] = []
    for raw in found:
        if joined and _may_join(text, joined[-1], raw):
            first = joined[-1]
            first.end_part = raw
            first.end = raw.end
            continue
        joined.append(raw)
    return joined


def _may_join(text: str, first: RawMention, second: RawMention) -> bool:
    if first.end_part is not None or second.end_part is not None or first.kind != second.kind:
        return False
    if first.kind not in ("date", "weekday", "day_of_month"):
        return False
    gap = _RANGE_GAP.fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    if norm(gap.group("sep")) == "and":
        return _BETWEEN_BEFORE.search(text, max(0, first.start - 12), first.start) is not None
    return True
