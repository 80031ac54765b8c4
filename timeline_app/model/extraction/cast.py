"""The people of an article as its sentences read them: who is named, who "he" and "the two leaders" are, and
who takes part in an event phrase."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass, replace

from timeline_app.model.events import Kind
from timeline_app.model.extraction.dating import CLAUSE_EDGE
from timeline_app.model.extraction.people import PersonMention
from timeline_app.model.extraction.places import CountryPair, gazetteer
from timeline_app.model.extraction.titles import LeaderTitles
from timeline_app.model.extraction.triggers import Trigger

_PRONOUN = re.compile(r"\b(?:he|she|who)\b", re.IGNORECASE)
# "the two foreign ministers", "their defence ministers", "Agriculture ministers of the two countries".
_MINISTER_GROUP = re.compile(r"(?<!prime\s)\bministers\b(?!['’]?\s*(?:s['’]?\s+)?(?:meeting|talks))", re.IGNORECASE)
_GROUP = re.compile(
    r"\b(?:the\s+two\s+leaders|both\s+leaders|the\s+leaders|the\s+two\s+sides|the\s+pair|"
    r"(?:the\s+two|both)\s+(?:men|women)|"
    r"their|they|the\s+two(?!\s+(?:countries|nations|states|neighbou?rs|capitals|allies|economies)\b))\b",
    re.IGNORECASE,
)
# "the leaders of the two Koreas", "the leaders of China and Russia": a group the words after it say is not the pair.
_GROUP_OF_OTHERS = re.compile(r"\s+of\s+(?!the\s+two\s+(?:countries|nations|sides)|both\b)(?:the\s+)?(?:two\s+)?(?-i:[A-Z])|"
                              r"\s+[A-Z]\w*s\b")


@dataclass(frozen=True, slots=True)
class _Named:
    """The people named before a point of an article: the last one, and the leaders and the ministers, each
    name once, the last named first (what "he", "the two leaders" and "the ministers" refer back to)."""

    last: PersonMention | None = None
    leaders: tuple[PersonMention, ...] = ()
    ministers: tuple[PersonMention, ...] = ()

    def then(self, mentions: list[PersonMention]) -> _Named:
        """These people named, then `mentions` (in order)."""
        if not mentions:
            return self
        return _Named(mentions[-1], _latest_first(self.leaders, [m for m in mentions if m.leader]),
                      _latest_first(self.ministers, [m for m in mentions if m.minister]))


def _latest_first(known: tuple[PersonMention, ...], newer: list[PersonMention]) -> tuple[PersonMention, ...]:
    """`known` (each name once, the last named first) after `newer` were named."""
    if not newer:
        return known
    latest: dict[str, PersonMention] = {}
    for mention in reversed(newer):
        latest.setdefault(mention.name, mention)
    return (*latest.values(), *(m for m in known if m.name not in latest))


@dataclass(frozen=True, slots=True)
class Cast:
    """The people of one article, with each one's rank and country, and the countries the article names."""

    mentions: list[PersonMention]
    by_name: dict[str, PersonMention]
    sides: frozenset[str]
    pair: CountryPair
    starts: list[int]
    first_named: dict[str, int]
    titles: LeaderTitles
    _named: list[tuple[int, _Named]]  # (end of the people counted, who they are), a memo for named_before

    @classmethod
    def of(cls, mentions: list[PersonMention], text: str, pair: CountryPair) -> Cast:
        """The cast of an article from its person mentions (rank and country agree for each name)."""
        first: dict[str, int] = {}
        for mention in mentions:
            first.setdefault(mention.name, mention.start)
        by_name = {m.name: m for m in mentions}
        titles = LeaderTitles.of(mentions, lambda name: by_name[name].country)
        return cls(mentions, by_name, frozenset(pair.named_in(text)), pair,
                   [m.start for m in mentions], first, titles, [(0, _Named())])

    def between(self, start: int, end: int) -> list[PersonMention]:
        """The people named from offset `start` up to `end`."""
        return self.mentions[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def named_before(self, offset: int) -> _Named:
        """Who was named before `offset`; quick when asked at offsets that grow, as sentence by sentence."""
        count = bisect.bisect_left(self.starts, offset)
        done, named = self._named[-1]
        if count < done:
            return _Named().then(self.mentions[:count])
        named = named.then(self.mentions[done:count])
        self._named[-1] = (count, named)
        return named

    def learned(self, names: set[str]) -> None:
        """Every mention of these people takes the rank `by_name` has learned for them ("the leaders" now
        counts them)."""
        if names:
            self.mentions[:] = [replace(m, leader=self.by_name[m.name].leader, minister=self.by_name[m.name].minister)
                                if m.name in names else m for m in self.mentions]
            self._named[:] = [(0, _Named())]

    def country(self, name: str) -> str | None:
        """The person's country (an ISO code), or None when the article does not say."""
        person = self.by_name.get(name)
        return person.country if person is not None else None

    def home_side(self, participants: tuple[str, ...], sides: Collection[str | None], text: str) -> bool:
        """Whether the participants stand for both sides once a titled one whose country the report leaves
        unsaid ("Prime Minister Ola Berg", the report's own country's leader) is taken for the side not
        otherwise present: `sides` holds exactly one of the pair, and `text` (the sentence) names no third
        country ("met President Bush at Camp David, in the United States")."""
        if len(self.pair.codes & set(sides)) != 1 or any(self.is_foreign(name) for name in participants):
            return False
        unsaid = any((person := self.by_name.get(name)) is not None and person.country is None
                     and (person.leader or person.minister) for name in participants)
        return unsaid and not self.names_a_third_country(text)

    def names_a_third_country(self, text: str) -> bool:
        """Whether `text` names a country outside the pair by its name or its people, people's names aside
        ("Berg" is a town too); a city may be where the two met ("at the NATO summit in Riga")."""
        parts = {part for name in self.by_name for part in name.split()}
        unnamed = re.sub(r"[\w'’.-]+", lambda m: " " * len(m.group()) if m.group() in parts else m.group(), text)
        places = gazetteer()
        return any(code not in self.pair.codes
                   and (places.country(unnamed[start:end]) is not None or places.is_demonym(unnamed[start:end]))
                   for start, end, code in self.pair.countries_in(unnamed))

    def is_foreign(self, name: str) -> bool:
        """Whether the person is of a country outside the pair: no side of the pair's events."""
        country = self.country(name)
        return country is not None and country not in self.pair.codes


def behind_other(trigger: Trigger, triggers: list[Trigger], offset: int) -> bool:
    """Whether a trilateral event phrase lies between this one and `offset`: "talks ... on the sidelines of a
    trilateral summit with Chinese Premier Li": Li is at the summit, not at the talks."""
    lo, hi = (offset, trigger.start) if offset < trigger.start else (trigger.end, offset)
    return any(other.trilateral and other is not trigger and lo <= other.start < hi for other in triggers)


def in_clause(text: str, trigger: Trigger, offset: int) -> bool:
    """Whether `offset` lies in the clause of the event phrase (no clause edge between them)."""
    lo, hi = (offset, trigger.start) if offset < trigger.start else (trigger.end, offset)
    return CLAUSE_EDGE.search(text, lo, hi) is None


def clause_participants(
    text: str, trigger_end: int, in_sentence: list[PersonMention], earlier: _Named, cast: Cast
) -> tuple[str, ...]:
    """The people the clause names; for "the two leaders" and "their", the last leaders of the two sides
    named before; for "the ministers" said up to the event phrase (`trigger_end`), the last two ministers."""
    names: list[str] = []
    for person in in_sentence:
        if person.name not in names:
            names.append(person.name)
    if len(names) >= 2:
        return tuple(names)
    if earlier.last is not None and _PRONOUN.search(text) and earlier.last.name not in names:
        names.insert(0, earlier.last.name)  # "where he is expected to hold talks with ..."
        if len(names) >= 2:
            return tuple(names)
    if _MINISTER_GROUP.search(text, 0, trigger_end):
        wanted = earlier.ministers
    elif any(not _GROUP_OF_OTHERS.match(text, group.end()) for group in _GROUP.finditer(text)):
        wanted = earlier.leaders
    else:
        return tuple(names)
    recent: list[str] = []
    for side in (cast.pair.first.code, cast.pair.second.code):  # one of each side first, then the last named
        for person in wanted:
            if cast.country(person.name) == side and person.name not in names:
                if cast.country(names[0]) != side if names else True:
                    recent.append(person.name)
                break
    for person in wanted:
        if len(names) + len(recent) >= 2:
            break
        if person.name not in names and person.name not in recent and not cast.is_foreign(person.name):
            recent.append(person.name)
    names.extend(sorted(recent[: 2 - len(names)], key=lambda n: cast.first_named[n]))
    return tuple(names)


def visitor_first(
    text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int, names: tuple[str, ...]
) -> tuple[str, ...]:
    """"President Lee's visit to Japan": the visitor is named first."""
    for person in in_sentence:
        gap = text[person.end - base : trigger.start]
        if re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}", gap):
            return (person.name, *(n for n in names if n != person.name))
    return names


def fitting_participants(kind: Kind, names: tuple[str, ...], cast: Cast) -> tuple[str, ...]:
    """Leaders take part in summits and calls, ministers in ministerial meetings; unknown roles fit all."""
    roles = cast.by_name
    if kind is Kind.MINISTERIAL:
        fitting = tuple(n for n in names if n not in roles or not roles[n].leader)
        return fitting if len(fitting) >= 2 or len(fitting) == len(names) else names  # a minister calling on a leader
    if kind is Kind.SUMMIT:
        return tuple(n for n in names if n not in roles or roles[n].leader or not roles[n].minister)
    return names
