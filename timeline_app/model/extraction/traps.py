"""Sentences that look like an event of the pair and are not: the day of a series' launch or of a summit's eve,
a gathering's own leaders' meeting, a host met in a city of a third country, a series said to be suspended, an event
the two tell each other about."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.model.dates.finder import DateMention
from timeline_app.model.events import Kind
from timeline_app.model.extraction.places import CountryPair
from timeline_app.model.extraction.triggers import Trigger

# "the fourth of the series Obama launched in 2010", "a forum set up in 2008": the day something began, said in
# a clause of its own after the event phrase.
_BEGUN = re.compile(r"\b(?:launched|began|begun|started|founded|created|established|inaugurated|initiated|"
                    r"set\s+up)\b", re.IGNORECASE)
# "On Friday, the eve of the summit, ...": a day before the event, not the event's.
# "a year after the Camp David summit", "two months before their Tokyo talks": the event a count of time starts from,
# whose day is not the day of the sentence's own act.
_COUNTED_FROM = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few)\s+"
                           r"(?:years?|months?|weeks?)\s+(?:after|before|since)\s+(?:the\s+|their\s+|its\s+)?"
                           r"(?:[\w'’.-]+\s+){0,3}$", re.IGNORECASE)
_EVE_OF = re.compile(r"\b(?:eve|run-up|day\s+before|days\s+before|ahead)\s+of\s+(?:the\s+|a\s+|their\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def drop_dates_of_other_acts(text: str, triggers: list[Trigger], assigned: dict[Trigger, DateMention]) -> None:
    """Take away a date that belongs to another act than the event: a launch said between them ("the series Obama
    launched in 2010"), or the eve the event phrase is said to follow ("On Friday, the eve of the summit")."""
    for trigger in triggers:
        date = assigned.get(trigger)
        if date is None:
            continue
        launched = date.start >= trigger.end and _BEGUN.search(text, trigger.end, date.start)
        eve = date.end <= trigger.start and _EVE_OF.search(text, max(0, trigger.start - 40), trigger.start)
        counted = date.end <= trigger.start and _COUNTED_FROM.search(text, max(0, trigger.start - 60), trigger.start)
        if launched or eve or counted:
            del assigned[trigger]


# The gatherings of many countries whose own meetings of leaders or ministers a report may speak of.
_GATHERING = re.compile(r"\b(?:APEC|ASEAN|G-?7|G-?20|NATO|EU|UN|OECD|BRICS|SCO|Commonwealth|Asia-Pacific|"
                        r"Group\s+of\s+(?:Seven|Eight|Twenty))\b")
_PLURAL_LEADERS = re.compile(r"(?<!two\s)(?<!both\s)(?<!their\s)\bleaders['’]\s*(?:meeting|summit|talks)\b",
                             re.IGNORECASE)


# "the Pacific Islands Forum leaders' meeting", "the Gulf Cooperation Council leaders' summit": a body of many
# countries named by its own name just before its leaders' meeting.
_BODY_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:Forum|Council|Union|Community|Organi[sz]ation|Group|"
                          r"Conference|Alliance|Bloc)\s+$")


def gatherings_own(text: str, trigger: Trigger) -> bool:
    """"The APEC ministerial meeting opens tomorrow, and the leaders' meeting will be held on the 20th", "will go to
    the Pacific Islands Forum leaders' meeting": the leaders' meeting of a gathering the sentence names, not the two
    leaders' (who are "the two leaders")."""
    leaders = _PLURAL_LEADERS.search(text, max(0, trigger.start - 12), trigger.end)
    return leaders is not None and (bool(_GATHERING.search(text)) or bool(
        _BODY_BEFORE.search(text, max(0, leaders.start() - 80), leaders.start())))


# Where one goes to meet someone: "visited Beijing", "is due in Berlin", "arrived in Paris", "flew to Rome".
_GOES_TO = re.compile(r"\b(?:visit(?:ed|s|ing)?|(?:is|are|was|were)\s+due\s+in|arriv(?:ed|es|ing)\s+in|"
                      r"(?:flew|flies|travell?ed|travels|went|goes)\s+to)\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


_GATHERED = re.compile(r"\b(?:sidelines|margins?|fringes?|summit|conference|forum)\b", re.IGNORECASE)


def hosted_abroad(text: str, trigger: Trigger, participants: tuple[str, ...], starts: Callable[[str], int | None],
                  country: Callable[[str], str | None], pair: CountryPair) -> bool:
    """"X is due in Berlin for talks with Chancellor Y", "visited Beijing and met President Z": one met in a city
    of a third country, whose own country the report leaves unsaid, is of that country: no side of the pair.
    `starts` gives where a participant is named in `text` (None when elsewhere), `country` his country if said."""
    unsaid = [name for name in participants if country(name) is None]
    if not unsaid or _GATHERED.search(text):
        return False  # at a gathering in a third country ("on the sidelines of ..."), those met are no hosts
    for goes in _GOES_TO.finditer(text, 0, trigger.end):
        found = pair.countries_in(goes.group("place"))
        if not found or found[0][0] != 0 or found[0][2] in pair.codes:
            continue
        if any((start := starts(name)) is not None and start > goes.end() for name in unsaid):
            return True
    return False


_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def bodies_of_sessions(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """"a ministerial session of the Senegalo-Gambian Presidential Council": the council is the body whose
    session the event is, no event of its own (nor the taker of the session's date)."""
    kept = []
    for index, trigger in enumerate(triggers):
        before = triggers[index - 1] if index else None
        if (trigger.name and trigger.kind is Kind.OTHER and before is not None and before.kind is not Kind.OTHER
                and _OF_THE.fullmatch(text, before.end, trigger.start)):
            continue
        kept.append(trigger)
    return kept


# Who meets when the subject is no government: banks, business lobbies, lawmakers, scholars, local leaders.
_INSTITUTION = re.compile(
    r"\b(?:Bank|Banks|Federation|Association|Chamber|Confederation|Keidanren|Corporation|University|Institute|"
    r"(?:central\s+)?banks|business\s+(?:leaders|groups|lobbies|executives|people|communities)|companies|firms|lawmakers|"
    r"parliamentarians|legislators|scholars|experts|historians|mayors|governors|students|journalists)\b",
    re.IGNORECASE)
_SUBJECT_START = re.compile(r"[;:]|,\s+(?:and|but|while)\s|^")


def institutions_meet(text: str, trigger: Trigger, named_before: bool) -> bool:
    """"The Bank of Korea and the Bank of Japan held talks", "Business leaders from the two countries met": the
    subject of a meeting verb is no government, and nobody of the two governments is named in it."""
    if not trigger.generic or trigger.visit_to or named_before:
        return False
    clause_start = max((m.end() for m in _SUBJECT_START.finditer(text, 0, trigger.start)), default=0)
    return bool(_INSTITUTION.search(text, clause_start, trigger.start)) and not _GOVERNMENT.search(
        text, clause_start, trigger.start)  # "After a business forum, the two leaders met": theirs


_GOVERNMENT = re.compile(r"\b(?:(?<!business\s)leaders?|presidents?|prime\s+ministers?|premiers?|chancellors?|ministers?|"
                         r"secretar(?:y|ies)|diplomats?|envoys?)\b", re.IGNORECASE)


# "The Finance Ministers' Dialogue was suspended for seven years, from 2016 to 2023": the series is the subject of a
# verb of suspension, and the span is when it was not held; "resumed after being suspended" is held.
_SUSPENDED = re.compile(
    r"(?:(?!\b(?:held|met|convened|took\s+place)\b)[^.;:]){0,40}?\b(?:was|were|has\s+been|have\s+been|had\s+been|remained|remains|stayed|lay|went)\s+"
    r"(?:\w+\s+)?(?:suspended|halted|frozen|stalled|dormant|on\s+hold|in\s+abeyance|discontinued|mothballed|"
    r"on\s+ice)\b", re.IGNORECASE)
_RESUMED = re.compile(r"\b(?:resum|restart|reviv|relaunch|reconven)\w*", re.IGNORECASE)


def suspended_series(text: str, trigger: Trigger) -> bool:
    """Whether the event phrase names a series its clause says was suspended, with no word of its resumption."""
    suspended = _SUSPENDED.match(text, trigger.end)
    return suspended is not None and _RESUMED.search(text) is None


# "Moon briefed Abe on the outcome of the inter-Korean summit", "discussed the U.S.-North Korea summit": a meeting
# named with "the" as what one tells or discusses, its own words naming not both of the pair.
_TOLD_OF = re.compile(
    r"\b(?:brief(?:ed|ing|s)?|inform(?:ed|ing|s)?|told|tell(?:ing|s)?|discuss(?:ed|ing|es)?|explain(?:ed|ing|s)?|"
    r"updat(?:ed|ing|es))\s+(?:(?!(?:at|during|in|after|before|with|ahead)\b)[\w'’.-]+\s+){0,6}?"
    r"(?:(?:on|about|of|over)\s+)?(?:the\s+(?:outcome|results?|details?)\s+of\s+)?the\s+"
    r"(?P<words>(?:(?!(?:at|during|in|after|before|with|ahead|by|over|on)\b)[\w'’.-]+\s+){0,3})$",
    re.IGNORECASE)


def told_of(text: str, trigger: Trigger, pair: CountryPair) -> bool:
    """Whether the event phrase is the topic of a verb of telling or discussing, and neither its words nor the people
    after it name the pair ("discussed the Korea-Japan summit planned for May", "on the summit with Abe": theirs)."""
    told = _TOLD_OF.search(text, max(0, trigger.start - 120), trigger.start)
    return (told is not None and not _ITS_PARTIES.match(text, trigger.end)
            and pair.named_in(told.group("words") + text[trigger.start : trigger.end]) != pair.codes)


_ITS_PARTIES = re.compile(r"\s+(?:with|between|among)\b")  # "briefed reporters on the summit with Abe": theirs


# "Sullivan met Kitamura and Suh one by one on Thursday": those met never sat together ("separately" may mean apart
# from another meeting: "the two also met separately").
_ONE_BY_ONE = re.compile(r"\b(?:one\s+by\s+one|individually|in\s+turn|one\s+after\s+(?:the\s+)?other)\b",
                         re.IGNORECASE)


def met_one_by_one(text: str, trigger: Trigger) -> bool:
    """Whether the clause of the event phrase says that those met were met one at a time."""
    end = min((i for i in (text.find(";", trigger.end), text.find(" but ", trigger.end)) if i >= 0), default=len(text))
    return _ONE_BY_ONE.search(text, trigger.end, end) is not None


# "laying the groundwork for Friday's meeting", "to prepare the summit", "paving the way for their talks": the meeting
# prepared is the one the report tells of elsewhere, not one of those who prepare it ("a summit" may be news).
_PREPARED = re.compile(
    r"\b(?:groundwork|preparations?|prepar(?:e|es|ed|ing)|pav(?:e|es|ed|ing)\s+the\s+way|set(?:s|ting)?\s+the\s+stage|"
    r"lay(?:s|ing)?\s+the\s+ground)\s+(?:for\s+)?(?:(?:the|their|its|(?:[A-Z]\w+|today|tomorrow)['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2})?$")  # the phrase may begin at its day: "Friday's meeting"


def prepared_meeting(text: str, trigger: Trigger) -> bool:
    """Whether the event phrase is the meeting (named with "the" or a day's "'s") that its clause prepares."""
    return _PREPARED.search(text, max(0, trigger.start - 60), trigger.start) is not None


# "A and B were in Tokyo and Seoul for talks with their counterparts": A and B are colleagues of one side.
_THEIR_COUNTERPARTS = re.compile(r"\bwith\s+their\s+(?P<whose>(?:[A-Z][\w-]*\s+){0,2})counterparts\b")


def colleagues_of_one_side(text: str, trigger: Trigger, sides: set[str | None], pair: CountryPair) -> bool:
    """Whether the people of an event phrase are colleagues meeting "their counterparts": no meeting of the pair
    unless they are of one side of it and the counterparts of the other (by their people's name, or unsaid)."""
    match = _THEIR_COUNTERPARTS.search(text, trigger.start)
    if match is None:
        return False
    own = {side for side in sides if side in pair.codes}
    if own == pair.codes:
        return False  # the two sides, and others' counterparts with them: a meeting of three or more
    if not own:
        return True  # "Blinken and Austin ... with their counterparts": a third country's colleagues
    other = pair.named_in(match.group("whose"))
    return bool(other) and other <= own


def named_but_not_held(text: str, trigger: Trigger, pair: CountryPair) -> bool:
    """Whether the event phrase names a meeting the sentence does not report the pair holding: a suspended series,
    one the two tell each other about, those met one by one, the meeting a clause prepares."""
    return (suspended_series(text, trigger) or told_of(text, trigger, pair) or met_one_by_one(text, trigger)
            or prepared_meeting(text, trigger))
