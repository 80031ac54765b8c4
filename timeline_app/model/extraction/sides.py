"""Whether an event phrase is a meeting of the pair's governments: the predicates that turn away officials below
ministers, non-state parties, third countries, meetings at home or of others, and the like."""

from __future__ import annotations

import itertools
import re

from timeline_app.model.events import Kind
from timeline_app.model.extraction.cast import Cast
from timeline_app.model.extraction.dating import CLAUSE_EDGE, VENUE
from timeline_app.model.extraction.people import PersonMention
from timeline_app.model.extraction.places import CountryPair, gazetteer
from timeline_app.model.extraction.triggers import Trigger

_SERIES = re.compile(r"\b[Tt]he\s+(?:next|previous|last|first|following|preceding)\s+(?:[\w+-]+\s+)?$")


def of_the_series(text: str, trigger: Trigger, cast: Cast) -> bool:
    """"The next summit", "The first 2+2 talks": a summit or meeting of the series the report follows, when the
    sentence names no third country."""
    return (not trigger.generic and not trigger.name and not trigger.trilateral and trigger.kind is not Kind.OTHER
            and bool(_SERIES.search(text, max(0, trigger.start - 30), trigger.start))
            and not _WHOSE.match(text, trigger.end) and not cast.names_a_third_country(text))


# "The next summit of the European Union", "the first summit between the two Koreas": a summit that says whose it
# is names another series than the report's.
_WHOSE = re.compile(r"\s+(?:of|between|among|amongst)\s", re.IGNORECASE)


def of_others(text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int, cast: Cast) -> bool:
    """"The next summit of the European Union", "the first summit of Asian and Pacific Rim leaders": an event
    phrase that says whose it is, and names neither the two countries, nor "the two", nor a person of a side."""
    whose = _WHOSE.match(text, trigger.end)
    if whose is None or trigger.generic or trigger.trilateral:
        return False  # "the first trilateral summit of the three allies" names its own parties
    edge = CLAUSE_EDGE.search(text, whose.end())
    end = min(edge.start() if edge else len(text), whose.end() + 60)
    owner = text[whose.end() : end]
    if _TWO_SIDES.search(owner) or cast.pair.named_in(owner) or _LEADER_OR_MINISTER.search(owner):
        return False
    return not any(whose.end() <= p.start - base < end and not cast.is_foreign(p.name) for p in in_sentence)


# "a meeting of foreign ministers", "the summit of the leaders": the two sides' people, said by their office.
_LEADER_OR_MINISTER = re.compile(r"^(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:leaders|ministers|heads|presidents|premiers)\b",
                                 re.IGNORECASE)


def journey_at_home(text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int, cast: Cast) -> bool:
    """Whether the one who travels, named just before the verb ("Kishida will travel to Hiroshima"), goes to a
    place of his own country."""
    traveller = next((p for p in reversed(in_sentence) if p.end - base <= trigger.start), None)
    if traveller is None or not re.fullmatch(r"\s+(?:[a-z]+\s+){0,3}", text[traveller.end - base : trigger.start]):
        return False
    return cast.country(traveller.name) in cast.pair.named_in(trigger.visit_to or "")


_UNRANKED_TITLE = re.compile(r"\b(?:Ambassador|Envoy|King|Queen|Emperor|Empress)\s+$")


def below_ministers(text: str, clause: list[PersonMention], base: int, participants: tuple[str, ...],
                     cast: Cast) -> bool:
    """Whether a side is at the meeting only through someone its title puts below the ministers (an ambassador,
    an envoy) or outside the government (a monarch): no meeting of the two governments."""
    for person in clause:
        if person.name not in participants or not _UNRANKED_TITLE.search(text, max(0, person.start - base - 20),
                                                                       person.start - base):
            continue
        side = cast.country(person.name)
        if not any(cast.country(name) == side and side is not None and (p := cast.by_name.get(name)) is not None
                   and (p.leader or p.minister) for name in participants):
            return True
    return False


# Who meets, when not the governments: business, lobbies, lawmakers, parties, towns, scholars, sport.
_NON_STATE = re.compile(
    r"\b(?:business(?:es|men|women|\s+leaders)?|industr(?:y|ies|ial)|companies|firms|executives|employers|chaebol|"
    r"lobb(?:y|ies)|federations?|chambers?|associations?|(?:trade\s+)?unions|Keidanren|lawmakers|legislators|"
    r"parliamentarians|MPs|senators|mayors|governors|opposition|(?:ruling\s+)?part(?:y|ies)|civic|citizens|students|"
    r"scholars|academics|experts|researchers|journalists|athletes|teams|clubs?|banks?|activists|survivors|"
    r"victims|families|youth|veterans|residents|first\s+lad(?:y|ies)|wives|wife|spouses?|husbands?|"
    r"(?<!top\s)(?<!chief\s)diplomats|officials|negotiators|delegations?|working-level|directors?[\s-]general|aides|"
    r"bureaucrats|communit(?:y|ies)|diaspora|compatriots|chairman|chairwoman|CEOs?|"
    r"(?:former|ex-)\s*(?:[A-Z][\w.-]*\s+){0,3}(?:president|prime\s+minister|premier|chancellor|minister|leader)s?)\b",
    re.IGNORECASE,
)


def non_state_object(text: str, trigger: Trigger, clause: list[PersonMention], base: int, cast: Cast) -> bool:
    """"Lee held talks with Japanese business leaders", "met South Korean opposition leader Kim", "met former
    President Moon", "visited Osaka to meet Korean residents": the one met, first after the verb in its clause,
    is not of the other government (a ranked person named before those words still makes it a meeting)."""
    if not trigger.generic:
        return False
    start = trigger.end
    if trigger.visit_to:  # "visited Osaka on Sunday to meet Korean residents": whom the visit is for
        purpose = _TO_MEET.search(text, trigger.end, trigger.end + 60)
        if purpose is None:
            return False
        start = purpose.end()
    whom = _OBJECT.match(text, start)
    other = _NON_STATE.search(text, whom.start("np"), whom.end("np")) if whom else None
    if other is None:
        return False
    return not any(start <= p.start - base < other.start() and (p.leader or p.minister) for p in clause)


_TO_MEET = re.compile(r"\bto\s+(?:meet|see|talk\s+with)\s")
# The one met: the words after the verb up to a preposition or a comma ("with Japanese business leaders in Tokyo").
_OBJECT = re.compile(r"\s*(?:with\s+)?(?P<np>(?:(?!(?:in|on|at|to|for|after|before|during|over|about|and|who|"
                     r"which|that)\b)[\w'’.-]+\s*){1,6})")


def non_state_subject(text: str, trigger: Trigger, named: list[str], cast: Cast) -> bool:
    """"The Federation of Korean Industries and the Keidanren held a meeting", "Lawmakers of both countries met":
    a meeting whose subject, the clause before its phrase, is a body other than the governments, and none of the
    people its clause names (`named`) is a leader or minister ("their" then is theirs, not the leaders')."""
    if any((p := cast.by_name.get(name)) is not None and (p.leader or p.minister) for name in named):
        return False
    edges = [m.end() for m in CLAUSE_EDGE.finditer(text, 0, trigger.start)]
    edges += [m.end() for m in _REPORTED.finditer(text, 0, trigger.start)]  # "Officials said the two leaders met"
    fronted = _FRONTED_PHRASE.match(text)  # "On the sidelines of the Association of ... summit, the two leaders met"
    if fronted is not None and fronted.end() <= trigger.start:
        edges.append(fronted.end())
    return bool(_NON_STATE.search(text, max(edges, default=0), trigger.start))


_FRONTED_PHRASE = re.compile(r"(?:On|At|In|During|After|Before|Ahead\s+of|Following|Amid|Later|Earlier)\b[^,;]*,\s*")
_REPORTED = re.compile(r"\b(?:said|says|told\s+\w+|reported|announced|added|confirmed)(?:\s+that)?\s", re.IGNORECASE)


def abroad(place: str, cast: Cast) -> bool:
    """Whether the place a journey goes to is of a country outside the pair (by the GeoNames names)."""
    found = cast.pair.countries_in(place)
    return bool(found) and found[0][0] == 0 and found[0][2] not in cast.pair.codes
# "held separate talks with", "met A and B one by one", "individually", "in turn": one meeting with each.
_APART = re.compile(r"\b(?:separate(?:ly)?|each|individually|one\s+by\s+one|in\s+turn|"
                    r"one\s+after\s+(?:the\s+)?other)\b", re.IGNORECASE)


def three_at_one_table(text: str, trigger: Trigger, participants: tuple[str, ...], clause: list[PersonMention],
                        cast: Cast) -> bool:
    """"Obama met Park and Abe": people of both sides and of a third country, all named in the clause of a
    meeting phrase, meet as three (not "held separate talks with Xi", not "Monday's talks")."""
    in_clause = {p.name for p in clause}
    return (not trigger.anaphoric and set(participants) <= in_clause and not _APART.search(text)
            and cast.pair.codes <= {cast.country(name) for name in participants})


# Between a call verb and the person called: titles and nationalities ("called South Korean President").
_CALLED_GAP = re.compile(r"(?:(?:[A-Z][\w.'’-]*|the|his|her|their|new)\s+)*")


# "welcomed Kishida's remarks", "called Moon's office": the object is the person's, not the person.
_POSSESSIVE = re.compile(r"['’]s?\b")
# "called Moon a trusted partner": naming someone, not calling him.
_NAMED_AS = re.compile(r"\s+(?:a|an|the|his|her|their|one|[\w-]+ly)\s", re.IGNORECASE)


def three_sides(participants: tuple[str, ...], cast: Cast) -> bool:
    """"President Joe Biden welcomed Kishida and Yoon to Camp David": both sides and a third party whose country
    the report leaves unsaid (or names) make a meeting of three."""
    countries = [cast.country(name) for name in participants]
    return (len(participants) >= 3 and cast.pair.codes <= set(countries)
            and any(code is None or code not in cast.pair.codes for code in countries))


def calls_a_person(text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int) -> bool:
    """"Suga called Moon", "called his South Korean counterpart": the object of the call is a person."""
    if re.match(r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b", text[trigger.end :], re.IGNORECASE):
        return True
    return any(p.start - base >= trigger.end and _CALLED_GAP.fullmatch(text, trigger.end, p.start - base)
               and not _NAMED_AS.match(text, p.end - base) and not _POSSESSIVE.match(text, p.end - base)
               for p in in_sentence)


_TWO_SIDES = re.compile(
    r"\bbilateral\b|\b(?:two|both)\s+(?:countries|sides|leaders|nations|ministers|governments|men|women)"
    r"|\bcounterparts?\b"
    r"|\bthe\s+two\b(?!\s+(?-i:[A-Z])\w*s\b)|\bthe\s+pair\b|\btheir\s+(?:[\w-]+\s+)?ministers\b"  # not "the two Koreas"
    # "Foreign Ministers Giorgos Gerapetritis and Hakan Fidan": one plural title, a name of each side
    r"|\b(?-i:Presidents|Prime\s+Ministers|[A-Z][a-z]+\s+Ministers)\s+(?-i:[A-Z])[\w-]+(?:\s+[\w-]+){0,2}\s+and\s+(?-i:[A-Z])",
    re.IGNORECASE,
)
# What joins the names of the two countries in "Korea and Japan", "Korea-Japan", "Seoul and Tokyo".
_JOINED = re.compile(r"(?:['’]s)?\s*(?:[-–/]|\s+and\s+)\s*")


def names_the_pair(text: str, pair: CountryPair) -> bool:
    """Whether `text` names the two countries together: "South Korea and Japan", "the Japan-ROK summit",
    "Korean-Japanese", "Seoul and Tokyo"."""
    found = pair.countries_in(text)
    return any(a[2] != b[2] and {a[2], b[2]} == pair.codes and _JOINED.fullmatch(text, a[1], b[0])
               for a, b in itertools.pairwise(found))


def third_country_object(text: str, trigger: Trigger, cast: Cast) -> bool:
    """Whether the one met, right after the verb, is of a country outside the pair by the words before the name:
    "to meet Venezuela's Nicolás Maduro", "met Indian Prime Minister Narendra Modi", "talks with the Chinese premier"."""
    after = text[trigger.end : trigger.end + 40]
    places = gazetteer()
    for start, end, code in cast.pair.countries_in(after):
        if not re.fullmatch(r"\s*(?:with\s+)?(?:the\s+)?", after[:start]):
            return False
        name = re.sub(r"['’]s$", "", after[start:end])
        return (code not in cast.pair.codes and (places.country(name) is not None or places.is_demonym(name))
                and bool(re.match(r"(?:['’]s)?\s+(?-i:[A-Z])|(?:['’]s)?\s+(?:president|prime|premier|leader|"
                                  r"chancellor|foreign|defen[cs]e|top|new)\b", after[end:], re.IGNORECASE)))
    return False


def generic_is_bilateral(text: str, participants: tuple[str, ...], cast: Cast, location: str | None,
                          trigger_start: int = 0) -> bool:
    """"Met" and "held talks" name a meeting of the pair only when both sides take part: people of both
    countries, "Korea and Japan", "his Japanese counterpart", "the two leaders", or a minister of one side
    holding talks in a city of the other ("talks in Sendai")."""
    people_sides = {cast.country(name) for name in participants}
    if _HOSTED.match(text, trigger_start):
        # "Seoul hopes to host Kishida", "Tokyo received the minister": the capital that hosts stands for its side
        subject_start = max((m.end() for m in _COORDINATION.finditer(text, 0, trigger_start)), default=0)
        people_sides |= cast.pair.named_in(text[subject_start:trigger_start])
    sides = people_sides | (cast.pair.named_in(location) if location else frozenset())
    # With no one's side said, only the place's, two leaders are taken for the two sides, but not a leader and a
    # minister or two ministers of different offices ("Chancellor A met Foreign Minister B in Berlin": at home).
    home = cast.home_side(participants, sides, text) and (
        bool(people_sides & cast.pair.codes) or _one_office(participants, cast, text[:trigger_start]))
    if home or _two_ranked_unsaid(participants, cast, text, trigger_start):
        return True
    return cast.pair.codes <= sides or bool(_TWO_SIDES.search(text)) or names_the_pair(text, cast.pair)


_HOSTED = re.compile(r"(?:host|receiv|welcom)", re.IGNORECASE)
_COORDINATION = re.compile(r"[;—–]|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s")


def own_clause(text: str, trigger: Trigger) -> str:
    """The clause of an event phrase among coordinated ones: "the dialogue resumed in June, and A is to meet B"
    (a meeting nobody is named at says who meets only in its own clause)."""
    start = max((m.end() for m in _COORDINATION.finditer(text, 0, trigger.start)), default=0)
    end = next((m.start() for m in _COORDINATION.finditer(text, trigger.end)), len(text))
    return text[start:end]


# One office held on each side: "Foreign ministers A and B", "Minister for Foreign Affairs A and Foreign Secretary B".
_PORTFOLIO = re.compile(r"\b(?:foreign|defen[cs]e|finance|trade|economy|interior|home|justice|energy|health|"
                        r"agriculture|transport|environment|education|labou?r|culture|industry|treasury)\b", re.IGNORECASE)
_PLURAL_RANK = re.compile(r"\b(?:ministers|secretaries|leaders|presidents|prime\s+ministers|counterparts)\b",
                          re.IGNORECASE)


def _one_office(participants: tuple[str, ...], cast: Cast, subject: str) -> bool:
    """Whether the people hold one office each, as counterparts do: all leaders, or ministers of one portfolio (a
    plural title, or one portfolio named)."""
    people = [cast.by_name.get(name) for name in participants]
    if all(p is not None and p.leader for p in people):
        return True
    if any(p is None or not p.minister for p in people):
        return False  # a leader with a minister: no counterparts (a former leader now a minister counts as one)
    return bool(_PLURAL_RANK.search(subject)) or len({m.group().lower() for m in _PORTFOLIO.finditer(subject)}) == 1


def _two_ranked_unsaid(participants: tuple[str, ...], cast: Cast, text: str, trigger_start: int) -> bool:
    """"Foreign ministers Ana Costa and Luis Pereira had a working lunch" in a report about the two countries: two
    people the report titles but whose countries it leaves unsaid are its two sides when their subject says they
    hold one office, each on a side (a plural title, or one portfolio for both), and the sentence names no third
    country. ("Chancellor A met Foreign Minister B": a government at home.)"""
    people = [cast.by_name.get(name) for name in participants]
    if not (len(people) == 2 and all(p is not None and (p.leader or p.minister) and p.country is None for p in people)
            and cast.sides == cast.pair.codes and not cast.names_a_third_country(text)):
        return False
    return _one_office(participants, cast, text[:trigger_start]) and not all(p is not None and p.leader for p in people)


def named_is_bilateral(text: str, trigger: Trigger, pair: CountryPair) -> bool:
    """A named meeting counts when the name or its sentence says it is bilateral, not when it is the venue
    ("on the sidelines of the Shangri-La Dialogue")."""
    if VENUE.search(text[max(0, trigger.start - 30) : trigger.start]):
        return False
    name = trigger.name or ""
    return any(re.search(r"\bbilateral\b", t, re.IGNORECASE) or names_the_pair(t, pair) for t in (name, text))


def is_between_pair(
    text: str, paragraph: str, trigger: Trigger, participants: tuple[str, ...], cast: Cast, kind: Kind,
) -> bool:
    """Whether the event is between the two countries: by its people, its place, or the words around it."""
    if not trigger.trilateral and any(cast.is_foreign(name) for name in participants):
        return False
    if not trigger.trilateral and cast.titles.stranger(participants, cast.country, cast.pair.codes):
        return False  # "talks with President Bush" in a report whose Japanese leaders are prime ministers
    both = cast.pair.codes
    sides = {side for name in participants if (side := cast.country(name)) in both}
    if trigger.visit_to:
        sides |= cast.pair.named_in(trigger.visit_to)
    if sides == both or cast.pair.named_in(text) | sides == both or cast.pair.named_in(paragraph) | sides == both:
        return True
    if cast.home_side(participants, sides | set(cast.pair.named_in(text)), text):
        return True
    if trigger.trilateral and cast.sides == both:
        # "a trilateral meeting with China" in a report on the pair: the pair and one other country.
        edges = list(CLAUSE_EDGE.finditer(text))
        lo = max((m.end() for m in edges if m.end() <= trigger.start), default=0)
        hi = min((m.start() for m in edges if m.start() >= trigger.end), default=len(text))
        # Countries by their names or peoples: a city may be the venue ("in Singapore during the Shangri-La
        # Dialogue": Shangri-La is a town too).
        places, clause = gazetteer(), text[lo:hi]
        named = {code for start, end, code in cast.pair.countries_in(clause)
                 if places.country(clause[start:end]) is not None or places.is_demonym(clause[start:end])}
        return not named & both and len(named) <= 1
    # Two people named, or "the two foreign ministers", in a report about both countries, none of them from a
    # third country.
    if kind is Kind.OTHER or cast.sides != both:
        return False
    return len(participants) >= 2 or bool(_TWO_SIDES.search(text)) and not cast.names_a_third_country(text)
