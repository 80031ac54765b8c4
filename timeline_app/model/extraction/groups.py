"""Groups at one table: "the leaders of China, Japan and South Korea", "the three leaders", "met with the leaders
of South Korea and Japan" (three parties with the one who meets them), and "before the three sat down together"
(the meeting already reported, no new one)."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.model.events import Kind
from timeline_app.model.extraction.places import CountryPair
from timeline_app.model.extraction.triggers import Trigger

_COUNTRY = r"(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?"
# "The leaders of China, Japan and South Korea", "the foreign ministers of South Korea, Japan and China": a list of
# three countries just before the event phrase, its subject.
_THREE_NAMED = re.compile(rf"\bof\s+(?P<a>{_COUNTRY}),\s+(?P<b>{_COUNTRY}),?\s+and\s+(?P<c>{_COUNTRY})\s+")
_JUST_BEFORE = re.compile(r"\s*(?:[a-z]+\s+){0,3}")
# "... met in Tokyo for their annual summit": the event the three hold together, "their" the three's.
_THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$")
# "The three leaders last met together", "the three sat down", "all three ministers": three people as one subject.
_THREE_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Aa]ll)\s+three(?:\s+(?:leaders|men|women|heads\s+of\s+(?:state|government)|"
    r"(?:[a-z]+\s+)?ministers))?(?:,\s+who)?\s+(?:[a-z]+\s+){0,3}$")
_THREE_GROUP = re.compile(
    r"\b(?:[Tt]he|[Aa]ll)\s+three\s+(?:leaders|men|women|heads\s+of\s+(?:state|government)|(?:[a-z]+\s+)?ministers)\b")
# "met with the leaders of South Korea and Japan": one who meets the leaders of two other countries.
_MEETS_GROUP = re.compile(
    r"\b(?:met|meets|meet|meeting)(?:\s+(?:with|jointly\s+with))?\s+(?:the\s+)?"
    r"(?:(?P<leaders>leaders|heads\s+of\s+(?:state|government)|presidents)|(?:[a-z]+\s+)?ministers)\s+of\s+"
    rf"(?P<a>{_COUNTRY})\s+and\s+(?P<b>{_COUNTRY})\b")
# "The three leaders last met together in The Hague": "met together" is a meeting whoever the subject.
_TOGETHER = re.compile(r"\b(?:met|meet|meets|meeting)\s+together\b")
# "before the three sat down together", "after the two met": the meeting the sentence's main clause leads to.
_LEADS_TO = re.compile(r"\b(?:before|after|until|when)\s+(?:the\s+(?:two|three)|they|both|all\s+three)"
                       r"(?:\s+(?:leaders|men|women|ministers))?\s+$", re.IGNORECASE)


def group_meetings(text: str, triggers: list[Trigger], pair: CountryPair) -> list[Trigger]:
    """`triggers` with the meetings of groups the sentence names ("met with the leaders of A and B", "met
    together") that no event phrase covers yet, in order."""
    if "met" not in text and "meet" not in text:
        return triggers
    found = list(triggers)
    for match in _MEETS_GROUP.finditer(text):
        sides = {code for part in ("a", "b") for _, _, code in pair.countries_in(match.group(part))[:1]}
        if len(sides) == 2 and not _covered(found, match.start(), match.end()):
            kind = Kind.SUMMIT if match.group("leaders") else Kind.MINISTERIAL
            found.append(Trigger(match.start(), match.end(), kind, trilateral=True))
    for match in _TOGETHER.finditer(text):
        if not _covered(found, match.start(), match.end()):
            found.append(Trigger(match.start(), match.end(), Kind.SUMMIT, generic=True))
    return sorted(found, key=lambda t: t.start) if len(found) > len(triggers) else triggers


def _covered(triggers: list[Trigger], start: int, end: int) -> bool:
    return any(t.start < end and start < t.end for t in triggers)


_TWO_ONLY = re.compile(r"\b(?:bilateral|separate|one-on-one|own)\b", re.IGNORECASE)
# "will meet with U.S. Defense Secretary Lloyd Austin on Sunday for a trilateral session": the purpose says three.
_FOR_THREE = re.compile(r"[^;]{0,100}?\bfor\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?(?:trilateral|three-way)\b")


def three_at_table(text: str, trigger: Trigger, pair: CountryPair) -> Trigger:
    """The event phrase, trilateral when its subject is three ("the three leaders met", "the leaders of China,
    Japan and South Korea met")."""
    if trigger.trilateral or trigger.kind is Kind.CALL or _TWO_ONLY.search(text, max(0, trigger.start - 30),
                                                                           trigger.end):
        return trigger  # "held their own bilateral talks", "a separate meeting": two of the three
    before = text[max(0, trigger.start - 100) : trigger.start]
    if trigger.generic and not trigger.visit_to and _FOR_THREE.match(text, trigger.end):
        return replace(trigger, trilateral=True)
    three = _THREE_SUBJECT.search(before)
    if three is None and (_THEIR.search(before) or text.startswith("their ", trigger.start)):  # "the three ministers, who met ... for their first meeting"
        three = next((m for m in _THREE_GROUP.finditer(text, 0, trigger.start)
                      if ";" not in text[m.end() : trigger.start]), None)
    if three is not None:
        if trigger.generic and not trigger.visit_to and "minister" in three.group():
            return replace(trigger, trilateral=True, kind=Kind.MINISTERIAL, generic=False)  # the group's rank
        return replace(trigger, trilateral=True)
    named = next((m for m in _THREE_NAMED.finditer(text, 0, trigger.start)
                  if _JUST_BEFORE.fullmatch(text, m.end(), trigger.start) or (
                      _THEIR.search(before) and ";" not in text[m.end() : trigger.start])), None)
    if named is not None:
        codes = {code for part in ("a", "b", "c") for _, _, code in pair.countries_in(named.group(part))[:1]}
        if len(codes) == 3:
            return replace(trigger, trilateral=True)
    return trigger


def leads_to_the_meeting(text: str, trigger: Trigger) -> bool:
    """"Biden met Kishida before the three sat down together": the group's meeting the clause leads to is the one
    the report tells of elsewhere, not another."""
    return bool(_LEADS_TO.search(text, max(0, trigger.start - 40), trigger.start))


_GROUP_OF_THREE = re.compile(
    r"\b[Tt]he\s+(?P<who>leaders|heads\s+of\s+(?:state|government)|(?:[a-z]+\s+)?ministers)\s+of\s+"
    rf"(?P<a>{_COUNTRY}),\s+(?P<b>{_COUNTRY}),?\s+and\s+(?P<c>{_COUNTRY})\b")
# "For nearly a decade, the leaders of Japan, China and South Korea ... On Saturday, they met on their own."
_THEY = re.compile(r"\b(?:[Tt]hey|[Tt]he\s+three|[Aa]ll\s+three)\s+(?:[a-z]+\s+){0,3}$")


def group_of_three(text: str, pair: CountryPair) -> Kind | None:
    """The kind of meeting the group a sentence names would hold when it names the leaders (a summit) or the
    ministers (a ministerial meeting) of three countries among which the pair: what "they" may refer back to."""
    if " of " not in text:
        return None
    for match in _GROUP_OF_THREE.finditer(text):
        codes = {code for part in ("a", "b", "c") for _, _, code in pair.countries_in(match.group(part))[:1]}
        if len(codes) == 3 and pair.codes <= codes:
            return Kind.MINISTERIAL if "minister" in match.group("who") else Kind.SUMMIT
    return None


def they_are_three(text: str, trigger: Trigger) -> bool:
    """Whether the event phrase's subject is "they" or "the three", just before it."""
    return bool(_THEY.search(text, max(0, trigger.start - 40), trigger.start))


# "The next summit is to be held in China": the next of the series the report was telling of.
_NEXT_OF_SERIES = re.compile(r"\b[Tt]he\s+(?:next|following)\s+(?:[\w-]+\s+)?$")


def next_of_three(text: str, trigger: Trigger) -> bool:
    """Whether the event phrase is "the next summit" (or meeting), said after a meeting of three: the next of
    theirs, three at one table again."""
    return (not trigger.generic and trigger.kind is not Kind.CALL and not trigger.name
            and bool(_NEXT_OF_SERIES.search(text, max(0, trigger.start - 30), trigger.start)))
