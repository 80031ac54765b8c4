"""Finding the people an article names: the curated `people:` aliases, and names that follow a title."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from itertools import accumulate

from timeline_app.model.dates.words import FULL_MONTHS, FULL_WEEKDAYS
from timeline_app.model.extraction.bare_names import bare_names
from timeline_app.model.extraction.names import JAPANESE_SYLLABLES, KOREAN_SURNAMES, family_name
from timeline_app.model.extraction.places import CountryPair

# What a romanized name says of its bearer's country (ISO codes): knowledge of names, not of the pair of
# countries a data set follows. Family names that Korean names put first ("Lee Jae-myung", "Yoon Suk Yeol").
_KOREAN_NAME, _JAPANESE_NAME = "KR", "JP"
_LEADER_TITLES = r"President|Prime\s+Minister|Premier|Chancellor|Taoiseach|Emir|Amir"
# A monarch reigns without leading the government: "Emperor Naruhito" is named, neither leader nor minister.
# An ambassador or envoy is named too, but below the ministers: "Ambassador X met Foreign Minister Y" is no
# meeting of the two governments' ministers.
_MONARCH_TITLES = r"King|Queen|Emperor|Empress|Ambassador|(?:Special\s+)?Envoy"
_PORTFOLIOS = (r"External\s+Affairs|Home\s+Affairs|Foreign|Defen[cs]e|Finance|Trade|Industry|Economy|Unification|Interior|Justice|Culture|Science|"
               r"Environment|Health|Labor|Education|Agriculture|Land|Oceans|Economic")
_MINISTER_TITLES = (
    rf"(?:(?:First|Second)\s+)?(?:Vice\s+|Deputy\s+)?(?:Federal\s+)?(?:{_PORTFOLIOS})?\s*Minister"
    # "Minister for Foreign Affairs Simon Harris", "Minister of Foreign Affairs and Trade Park Jin", "Minister of
    # State for Foreign Affairs Sultan Al Muraikhi" (a junior minister, of the portfolio's rank all the same)
    rf"(?:\s+of\s+State(?=\s+for\s))?"
    rf"(?:\s+(?:for|of)\s+(?:Foreign\s+Affairs|{_PORTFOLIOS})(?:\s+and\s+(?:Trade|Foreign\s+Affairs|{_PORTFOLIOS}))?)?"
    r"|Chief\s+Cabinet\s+Secretary|(?:Foreign\s+Affairs\s+)?Cabinet\s+Secretary"
    r"(?:\s+(?:for|of)\s+(?:Foreign\s+Affairs|Defen[cs]e|Finance|Trade|Interior))?"  # "Cabinet Secretary for Foreign Affairs"
    r"|T[aá]naiste|Secretary\s+of\s+State|Foreign\s+Secretary"
    # Secretaries who head a department, as in Manila and Washington: "Foreign Affairs Secretary", "Defense Secretary"
    r"|(?:Foreign\s+Affairs|Defen[cs]e|Finance|Trade|Treasury|Commerce|Energy|Home)\s+Secretary"
    r"|Secretary\s+of\s+(?:Foreign\s+Affairs|Defen[cs]e|Finance|the\s+Treasury|Commerce|Trade)"
    r"|National\s+Security\s+(?:Adviser|Advisor)"
)
# Latin letters with their accents: "Sánchez", "Luís", "Fernández", "Müller", "Élisabeth".
# and those of Latin Extended-A: "Kęstutis", "Radosław", "Ruginienė", "Erdoğan".
_EXTENDED_A = [chr(code) for code in range(0x100, 0x180)]
_UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED_A if c.isupper())
_LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED_A if c.islower())
_NAME_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?"
_NOT_NAMES = frozenset(name.title() for name in (*FULL_WEEKDAYS, *FULL_MONTHS)) | frozenset(
    ["The", "And", "Of", "On", "In", "At", "For", "With", "To", "Also", "Said", "Told", "Has", "Had", "Was",
     "Is", "Will", "Jr", "Sr", "Affairs"]
)
# The title first (fast to find), then the name after it, and the country after it ("of Japan"); a middle
# initial belongs to the name ("President Ferdinand R. Marcos Jr.").
_TITLED = re.compile(
    # "his German counterpart, Jens Weber,": the name between commas after "counterpart" too
    rf"(?<!\w)(?<!Vice\s)(?<!Deputy\s)(?P<title>{_LEADER_TITLES}|{_MINISTER_TITLES}|{_MONARCH_TITLES}|counterpart)"
    r"(?:(?<=counterpart),)?\s+"
    rf"(?P<name>(?:[{_UPPER}]\.\s+)?{_NAME_TOKEN}(?:\s+(?:[{_UPPER}]\.\s+)?{_NAME_TOKEN}){{0,2}})"
    rf"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,2}}))?"
)
# A plural title before or beside two names: "Foreign Ministers A and B", "their foreign ministers, A and B,",
# "Presidents A and B of Chile and Peru" (the countries in the names' order).
_NAMES = rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,2}}"
_COUNTRY_WORDS = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}?"
_PLURAL_TITLED = re.compile(
    rf"(?<!\w)(?P<title>(?i:(?:(?:vice|deputy)\s+)?(?:{_PORTFOLIOS})\s+ministers|presidents|prime\s+ministers|"
    rf"leaders|top\s+diplomats|chief\s+diplomats|counterparts))"
    rf"(?:\s+of\s+(?P<before_a>{_COUNTRY_WORDS})\s+and\s+(?P<before_b>{_COUNTRY_WORDS}))?"  # "of Spain and Portugal,"
    rf",?\s+(?P<a>{_NAMES})\s+and\s+(?P<b>{_NAMES})"
    rf"(?:\s+of\s+(?P<of_a>{_COUNTRY_WORDS})\s+and\s+(?P<of_b>{_COUNTRY_WORDS})\b)?"
)
# The title, then the name between commas: "The Japanese prime minister, Yoshihiko Noda, said".
_TITLE_THEN_NAME = re.compile(
    rf"\b[Tt]he\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}(?P<title>(?i:{_LEADER_TITLES}|{_MINISTER_TITLES})),\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})(?=,)"
)
_SUCCESSION = re.compile(
    rf"(?P<owner>{_NAME_TOKEN})['’]s\s+(?:(?:immediate|former|late)\s+)?(?:predecessor|successor),?\s+"
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})"
)
# The person before the title: "Shigeru Ishiba, Japan's prime minister, ...", "Lee, the South Korean president".
_APPOSITIVE = re.compile(
    rf"(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}),\s+(?P<country>(?:the\s+)?(?:[A-Z][\w.'’]*\s+){{1,3}}?)"
    rf"(?:(?:new|former|then|incoming|outgoing)\s+)?(?P<title>(?i:{_LEADER_TITLES}|{_MINISTER_TITLES}))\b(?=[,.;)]|\s+(?:and|who)\b)"
)
# The person, then the title of a country: "Shigeru Ishiba, Prime Minister of Japan,", and in readouts the family
# name in capitals after an honorific, in the order of the person's language ("Mr. ISHIBA Shigeru, Prime Minister
# of Japan", "H.E. Mr. LEE Jae-myung, President of the Republic of Korea", "Mr. IWAYA Takeshi, Minister for
# Foreign Affairs").
_NAME_TITLE_OF = re.compile(
    rf"(?:\b(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+(?P<readout>[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?\s+{_NAME_TOKEN}"
    rf"(?:\s+{_NAME_TOKEN})?)|(?P<name>{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}})),\s+"
    rf"(?:the\s+)?(?P<title>(?i:{_LEADER_TITLES})|{_MINISTER_TITLES})\b"
    rf"(?:\s+of\s+(?P<of>(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){{0,3}}))?"
)
# What may stand between a country's name or people and the title: "Japan's new", "South Korean former";
# spaces within one line only (a headline's last word is no country of the first title below it).
_BEFORE_TITLE_GAP = re.compile(r"(?:['’]s)?[^\S\r\n]+(?:(?:former|then|late|new|incoming|outgoing)[^\S\r\n]+)*$")


@dataclass(frozen=True, slots=True)
class PersonMention:
    """One place where an article names a person."""

    start: int
    end: int
    name: str
    leader: bool
    minister: bool
    country: str | None
    title: str | None = None  # a leader's title as written before or after the name ("prime minister")


@functools.lru_cache(maxsize=4096)
def country_of_name(name: str) -> str | None:
    """The ISO code of the country the romanized name itself points to ("Lee Jae-myung", "Shigeru Ishiba"),
    else None."""
    parts = name.split()
    if len(parts) < 2:
        return None
    if parts[0].lower() in KOREAN_SURNAMES or any("-" in p for p in parts[1:]):
        return _KOREAN_NAME
    if all(JAPANESE_SYLLABLES.fullmatch(p) for p in parts) and sum(len(p) for p in parts) >= 9:
        return _JAPANESE_NAME
    return None


@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """A form that is equal for spellings that differ only in case, spaces and hyphens."""
    return re.sub(r"[\s\-'’.]", "", name).casefold()


class PersonFinder:
    """Finds people in one article: curated names and aliases, titled names, then family names alone."""

    def __init__(self, people: Mapping[str, tuple[str, ...]], pair: CountryPair) -> None:
        self._pair = pair
        self._canonical: dict[str, str] = {}
        for canonical, aliases in people.items():
            for form in (canonical, *aliases):
                self._canonical.setdefault(name_key(form), canonical)
        forms = sorted({form for canonical, aliases in people.items() for form in (canonical, *aliases)},
                       key=len, reverse=True)
        self._curated = _any_form_pattern(forms) if forms else None

    def canonical(self, name: str) -> str:
        """The curated name for `name`, or `name` itself."""
        return self._canonical.get(name_key(name), name)

    def _country_after(self, words: str | None) -> str | None:
        """The country of "of Japan", "of the United States" (None when those words name no country)."""
        if not words:
            return None
        found = self._pair.countries_in(words)
        return found[0][2] if found and found[0][0] <= 4 else None

    def _country_before(self, text: str, title_start: int) -> str | None:
        """The country named just before a title: "Japanese Prime Minister", "Japan's new prime minister"."""
        window_start = max(0, title_start - 40)
        found = self._pair.countries_in(text[window_start:title_start])
        if not found:
            return None
        start, end, code = found[-1]
        name = text[window_start + start : window_start + end]
        if name.endswith(".") and "." not in name[:-1]:
            return None  # "... with Kim. Foreign Minister Choi": the end of the sentence before, not "U.S."
        return code if _BEFORE_TITLE_GAP.fullmatch(text, window_start + end, title_start) else None

    def _record(self, mentions: dict[int, PersonMention], roles: dict[str, tuple[bool, bool, str | None]],
                start: int, raw: str, leader: bool, minister: bool, country: str | None, title: str | None = None) -> None:
        """Note one titled mention of a person, and what it says of the person's rank and country (and a leader's
        title)."""
        name = self.canonical(raw)
        title = " ".join(title.split()).lower() if title and leader else None
        mentions[start] = PersonMention(start, start + len(raw), name, leader, minister, country, title)
        known = roles.get(name)
        roles[name] = (leader or bool(known and known[0]), minister or bool(known and known[1]),
                       country or (known[2] if known else None))

    def _name_then_title(self, match: re.Match[str], mentions: dict[int, PersonMention],
                         roles: dict[str, tuple[bool, bool, str | None]]) -> None:
        """Note "Name, Title of Country": a country said after the title, or a readout's name that says it."""
        part = "readout" if match.group("readout") else "name"
        start = match.start(part)
        if start in mentions:
            return
        raw = match.group(part)
        if part == "readout":  # "ISHIBA Shigeru": the family name as the rest of the article writes it
            family, rest = raw.split(None, 1)
            raw = f"{family.title()} {rest}"
        country = self._country_after(match.group("of")) or (country_of_name(raw) if part == "readout" else None)
        if country is None:
            return
        leader = re.fullmatch(_LEADER_TITLES, match.group("title"), re.IGNORECASE) is not None
        self._record(mentions, roles, start, raw, leader, not leader, country, match.group("title"))

    @staticmethod
    def _shared_family_names(text: str, mentions: dict[int, PersonMention],
                             roles: dict[str, tuple[bool, bool, str | None]], full_names: set[str]) -> None:
        """A family name several people of the article share ("Lee" of Lee Myung-bak and Lee Jae-myung), alone or
        after a title: the one of them named in full last before it."""
        shared: dict[str, set[str]] = {}
        for name in full_names:
            shared.setdefault(family_name(name), set()).add(name)
        shared = {form: names for form, names in shared.items() if len(names) > 1}
        if not shared:
            return
        full_at = sorted((m.start, m.name) for m in mentions.values() if " " in m.name)
        starts = [start for start, _ in full_at]

        def last_named(form: str, offset: int) -> str | None:
            before = full_at[: bisect.bisect_left(starts, offset)]
            return next((name for _, name in reversed(before) if name in shared[form]), None)

        for start, mention in list(mentions.items()):
            if mention.name in shared and (full := last_named(mention.name, start)) is not None:
                leader, minister, country = roles.get(full, (False, False, None))
                mentions[start] = replace(mention, name=full, leader=leader or mention.leader,
                                          minister=minister or mention.minister, country=country or mention.country)
        covered = _covered(mentions.values())
        for match in _short_form_pattern(tuple(sorted(shared))).finditer(text):
            if not covered(match.start()) and (full := last_named(match.group(1), match.start())) is not None:
                leader, minister, country = roles.get(full, (False, False, None))
                mentions[match.start()] = PersonMention(match.start(), match.end(), full, leader, minister, country)

    def find(self, text: str) -> list[PersonMention]:
        """Every person named in `text` (a whole article's plain text), in order."""
        mentions: dict[int, PersonMention] = {}
        roles: dict[str, tuple[bool, bool, str | None]] = {}
        for match in _TITLED.finditer(text):
            raw = _trim_name(match.group("name"))
            if not raw:
                continue
            title = match.group("title")
            leader = re.fullmatch(_LEADER_TITLES, title) is not None
            country = self._country_after(match.group("of")) or self._country_before(text, match.start())
            start = match.start("name")
            minister = not leader and re.fullmatch(_MONARCH_TITLES, title) is None
            if title == "counterpart":
                # "Foreign Minister Yun and his Japanese counterpart Kishida": the rank of the one before.
                # The titled names come in order of position: the last one is the nearest before.
                previous = next(reversed(mentions.values()), None)
                previous = previous if previous is not None and previous.start > start - 120 else None
                leader = previous is not None and previous.leader
                minister = previous is not None and previous.minister
                if previous is not None and country in self._pair.codes and roles[previous.name][2] is None:
                    # "Tajani held talks with his German counterpart": the one before is of the pair's other side
                    other = next(code for code in self._pair.codes if code != country)
                    roles[previous.name] = (*roles[previous.name][:2], other)
            self._record(mentions, roles, start, raw, leader, minister, country, title)
        for match in _PLURAL_TITLED.finditer(text):
            leader = re.match(r"(?i:presidents|prime|leaders)", match.group("title")) is not None
            side = None
            if match.group("title") == "counterparts":
                # "A and B and their Japanese counterparts C and D": the rank of the ones named just before
                previous = max((m for m in mentions.values() if match.start() - 160 < m.start < match.start()),
                               key=lambda m: m.start, default=None)
                if previous is None:
                    continue
                leader, side = previous.leader, self._country_before(text, match.start("title"))
            for part in ("a", "b"):
                raw = _trim_name(match.group(part))
                if raw and match.start(part) not in mentions:
                    country = self._country_after(match.group(f"of_{part}") or match.group(f"before_{part}")) or side
                    self._record(mentions, roles, match.start(part), raw, leader, not leader, country)
        for match in _TITLE_THEN_NAME.finditer(text):
            raw = _trim_name(match.group("name"))
            country = self._country_before(text, match.start("title"))
            if raw and country is not None and match.start("name") not in mentions:
                leader = re.fullmatch(_LEADER_TITLES, match.group("title"), re.IGNORECASE) is not None
                self._record(mentions, roles, match.start("name"), raw, leader, not leader, country,
                             match.group("title"))
        for match in _NAME_TITLE_OF.finditer(text):
            self._name_then_title(match, mentions, roles)
        for match in _APPOSITIVE.finditer(text):
            if match.start() in mentions or not match.group("country"):
                continue
            leader = re.fullmatch(_LEADER_TITLES, match.group("title"), re.IGNORECASE) is not None
            country = self._country_before(text, match.start("title"))
            if country is None:
                continue  # "Kim Min-su, the opposition leader": no country, maybe no office either
            self._record(mentions, roles, match.start(), match.group("name"), leader, not leader, country,
                         match.group("title"))
        covered = _covered(mentions.values())
        for start, raw, code in bare_names(text):
            # The form of a name is weak evidence: of a side of the pair followed, never of a third country.
            if code in self._pair.codes and not covered(start) and not covered(start + len(raw) - 1):
                country = self._country_before(text, start) or code
                self._record(mentions, roles, start, raw, False, False, country)
        if self._curated is not None:
            # The matches of one pattern never overlap: only the names found before can cover one.
            covered = _covered(mentions.values())
            for match in self._curated.finditer(text):
                if not covered(match.start()):
                    name = self.canonical(match.group())
                    leader, minister, country = roles.get(name, (False, False, None))
                    mentions[match.start()] = PersonMention(match.start(), match.end(), name, leader, minister, country)
        # Single-token titled names ("President Lee") resolve to a full name the article gives.
        full_names = {m.name for m in mentions.values() if " " in m.name}
        by_family = _unique_by_family(full_names)
        for start, mention in list(mentions.items()):
            if " " not in mention.name and mention.name in by_family:
                full = by_family[mention.name]
                leader, minister, country = roles.get(full, (mention.leader, mention.minister, mention.country))
                mentions[start] = PersonMention(mention.start, mention.end, full, leader or mention.leader,
                                                minister, country or mention.country, mention.title)
        # Family names alone, once the article has introduced the person.
        if by_family:
            first_seen = {m.name: m.start for m in sorted(mentions.values(), key=lambda m: m.start)}
            covered = _covered(mentions.values())
            for start, end, form in _short_forms_in(text, tuple(sorted(by_family))):
                if covered(start):
                    continue
                full = by_family[form]
                if first_seen.get(full, len(text)) < start:
                    leader, minister, country = roles.get(full, (False, False, None))
                    mentions[start] = PersonMention(start, end, full, leader, minister, country)
        self._shared_family_names(text, mentions, roles, full_names)
        # "Abe's predecessor Junichiro Koizumi": the same office in the same country as the one named before.
        ends = {m.end: m for m in mentions.values()}
        for match in _matches(_SUCCESSION, text):
            holder = ends.get(match.end("owner"))
            raw = _trim_name(match.group("name"))
            if holder is None or not raw or match.start("name") in mentions:
                continue
            leader, minister, country = roles.get(holder.name, (holder.leader, holder.minister, holder.country))
            self._record(mentions, roles, match.start("name"), raw, leader, minister, country)
            full_names.add(self.canonical(raw))
        # An honorific before any part of a full name the article gave: "Mr Prabowo", "Ms Ana" (given names
        # as often as family names stand alone after one).
        by_part = _unique_by_part(full_names)
        covered = _covered(mentions.values())
        for match in _matches(_HONORIFIC, text):
            owner = by_part.get(match.group("part"))
            if owner is None or covered(match.start("part")):
                continue
            leader, minister, country = roles.get(owner, (False, False, None))
            mentions[match.start("part")] = PersonMention(match.start("part"), match.end(), owner, leader, minister,
                                                          country)
        result = []
        for mention in sorted(mentions.values(), key=lambda m: m.start):
            leader, minister, country = roles.get(mention.name, (mention.leader, mention.minister, mention.country))
            country = country or country_of_name(mention.name)
            result.append(PersonMention(mention.start, mention.end, mention.name, leader, minister, country,
                                        mention.title))
        return result


def _covered(mentions: Iterable[PersonMention]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of `mentions` (by bisection: a long article names thousands)."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))  # the furthest end of the spans so far

    def covered(offset: int) -> bool:
        before = bisect.bisect_right(starts, offset)
        return before > 0 and offset < reach[before - 1]

    return covered


@functools.lru_cache(maxsize=256)
def _short_form_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """Family names alone ("Ishiba"), not followed by another capitalized name."""
    return re.compile(r"\b(" + "|".join(re.escape(f) for f in forms) + r")\b(?!\s+[A-Z][a-z])")


_WORD = re.compile(r"\w+")
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _short_forms_in(text: str, forms: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """What `_short_form_pattern(forms)` finds in `text`: (start, end, form), in order. Forms of one word
    each (nearly always) are looked for as whole words with str.find: no pattern compiled per article."""
    if not all(_WORD.fullmatch(form) for form in forms):
        return [(match.start(), match.end(), match.group(1)) for match in _short_form_pattern(forms).finditer(text)]
    found = []
    for form in forms:
        start = text.find(form)
        while start >= 0:
            end = start + len(form)
            if ((start == 0 or not _is_word_char(text[start - 1]))
                    and (end == len(text) or not _is_word_char(text[end])) and not _NAME_NEXT.match(text, end)):
                found.append((start, end, form))
            start = text.find(form, start + 1)
    return sorted(found)


def _is_word_char(char: str) -> bool:
    """Whether `char` is one that \\w matches."""
    return char.isalnum() or char == "_"


def _any_form_pattern(forms: list[str]) -> re.Pattern[str]:
    """`\\b(?:form|form|...)\\b` with the forms grouped by their first letter, in their order within each group:
    the same matches (forms of other first letters never match where one does), tried faster."""
    groups: dict[str, list[str]] = {}
    for form in forms:
        if not form:
            return re.compile(r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")\b")
        groups.setdefault(form[0], []).append(re.escape(form[1:]))
    return re.compile(r"\b(?:" + "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
                      + r")\b")


def _trim_name(raw: str) -> str:
    tokens = []
    for token in raw.split():
        if token in _NOT_NAMES:
            break
        tokens.append(token)
    return " ".join(tokens)


_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Madam)\.?\s+(?P<part>{_NAME_TOKEN})\b(?!\s+[A-Z][a-z])")

# Words one of which every match of a pattern holds (as written): a text without any is not scanned with it.
_REQUIRED_WORDS = {_SUCCESSION: ("predecessor", "successor"), _HONORIFIC: ("Mr", "Ms", "Dr", "Madam")}


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, skipped when `text` lacks every word the pattern's matches hold."""
    if any(word in text for word in _REQUIRED_WORDS[pattern]):
        yield from pattern.finditer(text)


def _unique_by_part(names: set[str]) -> dict[str, str]:
    """Each part of a full name that no other full name shares."""
    owners: dict[str, set[str]] = {}
    for name in names:
        for part in name.split():
            owners.setdefault(part, set()).add(name)
    return {part: next(iter(group)) for part, group in owners.items() if len(group) == 1}


def _unique_by_family(names: set[str]) -> dict[str, str]:
    """Short forms that name one person only: the family name, and for Japanese names, whose order
    English reports write both ways ("Shinzo Abe", "Abe Shinzo"), either part."""
    counts: dict[str, set[str]] = {}
    for name in names:
        forms = {family_name(name)}
        parts = name.split()
        if len(parts) == 2 and country_of_name(name) == _JAPANESE_NAME:
            forms.update(parts)
        elif len(parts) == 2 and family_name(name) == parts[1] and len(parts[0]) >= 5 and "-" not in parts[0]:
            forms.add(parts[0])  # "Paetongtarn", "Anwar", "Prabowo": the given name is how many are called
        for form in forms:
            counts.setdefault(form, set()).add(name)
    return {form: next(iter(group)) for form, group in counts.items() if len(group) == 1}
