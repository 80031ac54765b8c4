"""Finding the events between two countries that one article reports: a mention per event phrase, dated where the
text allows."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace

from timeline_app.model.dates.finder import DateMention, find_dates
from timeline_app.model.dates.fuzzy_date import DateBasis, FuzzyDate, Precision
from timeline_app.model.dates.words import FULL_MONTHS, FULL_WEEKDAYS
from timeline_app.model.events import Kind, Span, Status
from timeline_app.model.extraction.bare_names import learn_ranks
from timeline_app.model.extraction.beside import date_beside_the_three, share_purpose_dates
from timeline_app.model.extraction.chronology import line_head
from timeline_app.model.extraction.coordination import coordinated_events
from timeline_app.model.extraction.counted import date_by_count_to_a_later_date
from timeline_app.model.extraction.dateline import dispatch_day, in_dateline
from timeline_app.model.extraction.dating import (
    ANNOUNCED,
    CLAUSE_EDGE,
    MAX_PLACE_COST,
    SAME_DAY,
    VENUE,
    assign_dates,
    date_by_event_before,
    date_by_margins,
    date_by_neighbour,
    date_of_ongoing,
    date_since,
    event_end,
    separation,
    share_sideline_dates,
    share_when_dates,
)
from timeline_app.model.extraction.feasts import months_around_feasts
from timeline_app.model.extraction.fronted import date_by_fronted
from timeline_app.model.extraction.groups import (
    group_meetings,
    group_of_three,
    leads_to_the_meeting,
    next_of_three,
    they_are_three,
    three_at_table,
)
from timeline_app.model.extraction.people import PersonFinder, PersonMention
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES, CountryPair, country_pair, gazetteer
from timeline_app.model.extraction.plans import asked, date_by_horizon
from timeline_app.model.extraction.titles import LeaderTitles
from timeline_app.model.extraction.traps import (
    bodies_of_sessions,
    colleagues_of_one_side,
    drop_dates_of_other_acts,
    gatherings_own,
    hosted_abroad,
    institutions_meet,
    named_but_not_held,
)
from timeline_app.model.extraction.triggers import Trigger, find_triggers, status_near
from timeline_app.model.reading.articles import Article, Sentence


@dataclass(frozen=True, slots=True)
class Mention:
    """One phrase of one article that reports an event, with what the sentence says of it."""

    article: str
    kind: Kind
    date: FuzzyDate | None
    end: FuzzyDate | None
    basis: DateBasis | None
    needs_anchor: bool
    status: Status
    participants: tuple[str, ...]
    location: str | None
    name: str | None
    noun: str  # what the text calls it: "phone call", "summit", "talks", "visit", "reception"...
    sentence: Span
    highlights: tuple[Span, ...]
    notes: tuple[str, ...]
    published: dt.date | None
    between: str  # the pair of countries, as a title names it: "Korea–Japan", "Germany–France"
    trilateral: bool = False  # a third country at the table: another event than the pair's bilateral
    recent: bool = False  # "their recent phone conversation": an earlier event, not long before the report


_QUOTES = {"“": "”", "‘": "’", '"': '"'}
# What opens a quotation: not a single curly quote (an apostrophe as often), nor the first of a doubled '"'.
_OPENING_QUOTE = re.compile(r'“|"(?!")')
_PRONOUN = re.compile(r"\b(?:he|she|who)\b", re.IGNORECASE)
# "Takaichi's predecessor Shigeru Ishiba": the possessor is not the one who takes part.
_POSSESSOR = re.compile(
    r"['’]s\s+(?!(?:\w+\s+){0,2}(?:visit|trip|call|talks|meeting|summit|conversation)\b)[a-z]", re.IGNORECASE
)
# "the two foreign ministers", "their defence ministers", "Agriculture ministers of the two countries".
_MINISTER_GROUP = re.compile(r"(?<!prime\s)\bministers\b(?!['’]?\s*(?:s['’]?\s+)?(?:meeting|talks))", re.IGNORECASE)
# "..., Vega said", "said Vega": who reports an event, not who takes part in it.
_REPORTER_AFTER = re.compile(r"\s+(?:said|says|told|added|announced)\b")
# '"...," said Vega.', "said Vega, adding": the reporter closes the clause; "said Lee and Ishiba will meet" does not.
_REPORTER_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:who|in\s+a|on\s+\w+day|at\s+a)\b)")
_REPORTER_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+(?:[A-Z][\w.]*\s+){0,3}$")
_GROUP = re.compile(
    r"\b(?:the\s+two\s+leaders|both\s+leaders|the\s+leaders|the\s+two\s+sides|the\s+pair|"
    r"(?:the\s+two|both)\s+(?:men|women)|"
    r"their|they|the\s+two(?!\s+(?:countries|nations|states|neighbou?rs|capitals|allies|economies)\b))\b",
    re.IGNORECASE,
)
# "the leaders of the two Koreas", "the leaders of China and Russia": a group the words after it say is not the pair.
_GROUP_OF_OTHERS = re.compile(r"\s+of\s+(?!the\s+two\s+(?:countries|nations|sides)|both\b)(?:the\s+)?(?:two\s+)?(?-i:[A-Z])|"
                              r"\s+[A-Z]\w*s\b")
_PLACE = re.compile(
    r"\b(?:in|at)\s+(?P<place>(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)"
)
_MONTHS_AND_WEEKDAYS = "|".join(name.title() for name in (*FULL_MONTHS, *FULL_WEEKDAYS))
_NOT_PLACES = re.compile(
    rf"^(?:{_MONTHS_AND_WEEKDAYS}|President|Prime|Minister|The|This|That|English|Foreign|Defense|Ministry|Office|"
    r"Parliament|National|Assembly|G7|G20|NATO|APEC|ASEAN|UN)\b"
)
_TRAILING_NON_PLACE = re.compile(rf"(?:,?\s+(?:{_MONTHS_AND_WEEKDAYS})\b.*)$")
_RECENT = re.compile(r"\b(?:recent|recently|earlier|previous|last|prior)\b", re.IGNORECASE)
_LEADER_WORDS = re.compile(r"\b(?:president|prime\s+ministers?|premier|leaders?|heads?\s+of\s+state)\b", re.IGNORECASE)
_MINISTER_WORDS = re.compile(
    r"\b(?:(?<!prime\s)ministers?|top\s+diplomat|counterpart|secretary|envoy|ministerial|security\s+advis[eo]rs?|"
    r"(?:defen[cs]e|foreign|finance)\s+chiefs?)\b", re.IGNORECASE
)


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of text[start:end] inside quotation marks (curly or straight), each closed at paragraph end."""
    spans: list[tuple[int, int]] = []
    cursor = start
    while True:
        opener = _OPENING_QUOTE.search(text, cursor, end)
        if opener is None:
            return spans
        closed = text.find(_QUOTES[opener.group()], opener.end(), end)
        if closed < 0:
            spans.append((opener.start(), end))
            return spans
        spans.append((opener.start(), closed + 1))
        cursor = closed + 1


def _person_finder(people: Mapping[str, tuple[str, ...]], pair: CountryPair) -> PersonFinder:
    """The finder of `people`, made once for all the articles of a data set (its patterns are costly)."""
    return _finder_for(tuple((name, tuple(aliases)) for name, aliases in people.items()), pair)


@functools.lru_cache(maxsize=4)
def _finder_for(people: tuple[tuple[str, tuple[str, ...]], ...], pair: CountryPair) -> PersonFinder:
    return PersonFinder(dict(people), pair)


def extract_mentions(
    article: Article, published: dt.date | None, people: Mapping[str, tuple[str, ...]],
    countries: tuple[str, str] = DEFAULT_COUNTRIES,
) -> list[Mention]:
    """Every phrase of the article's body that reports an event between the two `countries` (names a
    `places.gazetteer()` knows), with date, status, participants and place."""
    pair = country_pair(countries)
    published = dispatch_day(article, published)
    cast = _Cast.of(_person_finder(people, pair).find(article.plain), article.plain, pair)
    quotes = _Spans([span for p_start, p_end in article.paragraphs
                     for span in quoted_spans(article.plain, p_start, p_end)])
    mentions, named_earlier = _read_sentences(article, published, cast, quotes)
    if named_earlier:
        # "March 16, 2023: Yoon Suk Yeol visits Tokyo" before the summit that tells Yoon's rank: read again
        mentions, _ = _read_sentences(article, published, cast, quotes)
    mentions = _lead_act(article, published, cast, _lead_of_the_day(article, published, mentions))
    mentions = _visits_dated_by_talks(article, published, _dated_by_lead(article, published, mentions))
    return date_beside_the_three(article.plain, mentions)


def _read_sentences(article: Article, published: dt.date | None, cast: _Cast, quotes: _Spans,
                    ) -> tuple[list[Mention], bool]:
    """The mentions of each sentence in turn, and whether a rank was learned of someone named in a sentence
    before the one that told it."""
    mentions: list[Mention] = []
    context = _Context()
    named_earlier = False
    index = 0  # sentences counted as the reader does: a list's number ("1.") is none
    for sentence in article.sentences:
        if _WORDS.search(article.plain, sentence.start, sentence.end):
            index += 1
        found = _sentence_mentions(article, sentence, published, cast, quotes, context, index)
        three = group_of_three(article.sentence_text(sentence), cast.pair)
        if three is not None:
            context.three, context.three_sentence = three, index
        meetings = [m for m in found if m.kind is not Kind.OTHER]
        learned = learn_ranks([(m.kind, m.participants) for m in meetings], cast.by_name)
        cast.learned(learned)
        named_earlier = named_earlier or any(cast.first_named[name] < sentence.start for name in learned)
        if meetings:
            context.kind, context.sentence = meetings[-1].kind, index
            if meetings[-1].trilateral:
                context.trilateral_sentence = index
        days = [m for m in meetings if m.date is not None and m.date.precision is Precision.DAY]
        if context.day_near(index) is not None:
            # "arrived on Wednesday for a two-day visit": a visit's first day is not what "the previous day" counts
            # from once a meeting's day is known
            days = [m for m in days if not any(_VISIT_WORD.search(article.plain, h.start, h.end) for h in m.highlights)]
        if days and days[-1].date is not None:
            context.day, context.day_sentence = days[-1].date, index
            context.day_is_call = days[-1].kind is Kind.CALL
        mentions.extend(found)
    return mentions, named_earlier


_WORDS = re.compile(r"[^\W\d_]{2,}\W+[^\W\d_]{2,}")
_BILATERAL = re.compile(r"\bbilateral\b", re.IGNORECASE)


@dataclass(slots=True)
class _Context:
    """The last event an article spoke of: what "the meeting" and "their talks" refer back to."""

    kind: Kind | None = None
    sentence: int = -10
    day: FuzzyDate | None = None  # the day of the last event dated to the day, what "a day earlier" counts from
    day_sentence: int = -10
    three: Kind | None = None  # the meeting "the leaders (or ministers) of A, B and C" said last would hold
    three_sentence: int = -10
    trilateral_sentence: int = -10  # the sentence of the last meeting of three
    day_is_call: bool = False  # a call has no margins: what "on the sidelines" says no gathering of

    def three_near(self, index: int) -> Kind | None:
        """The kind of the group of three named at most three sentences before sentence `index`."""
        return self.three if index - self.three_sentence <= 3 else None

    def kind_near(self, index: int) -> Kind | None:
        """The kind of the event named at most three sentences before sentence `index`."""
        return self.kind if index - self.sentence <= 3 else None

    def day_near(self, index: int, reach: int = 3) -> FuzzyDate | None:
        """The day of the event dated to the day at most `reach` sentences before sentence `index`."""
        return self.day if index - self.day_sentence <= reach else None


_DEFINITE = re.compile(r"\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _dated_by_lead(article: Article, published: dt.date | None, mentions: list[Mention]) -> list[Mention]:
    """News reports date their main event in the lead ("agreed on Thursday to ..."). When a kind of event
    has no dated mention in the month before the report, its definite undated mentions ("The summit at the prime minister's office")
    take the lead sentence's date."""
    if not article.sentences or published is None:
        return mentions
    # Only the events of the report's days count: "The first 2+2 talks were held in April 2023" is history, not the
    # day of the talks the lead reports.
    recent = published - dt.timedelta(days=31)
    # The lead's date is of the lead's event: a call it reports gives no day to a ministers' meeting.
    lead_kinds = {m.kind for m in mentions if m.sentence.start == article.sentences[0].start and m.kind is not Kind.OTHER}
    dated_recently = [m for m in mentions
                      if m.date is not None and m.status is Status.OCCURRED and m.date.start >= recent]
    undated = [index for index, mention in enumerate(mentions)
               if mention.date is None and not mention.needs_anchor and not mention.recent
               and mention.status is Status.OCCURRED and not any(_may_be_one(m, mention) for m in dated_recently)
               and (not lead_kinds or mention.kind in lead_kinds)
               and mention.kind is not Kind.OTHER and _lead_may_date(_before_trigger(article, mention))]
    if not undated:
        return mentions
    lead = _lead_day(article, published)
    if lead is None or lead.value is None:
        return mentions
    result = list(mentions)
    for index in undated:
        basis = DateBasis(lead.phrase, lead.value, published, article.name, "the date of the report's lead")
        result[index] = replace(mentions[index], date=lead.value, basis=basis)
    return result


_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?(?:met|held|visited|talked|spoken|been|had)\b", re.IGNORECASE)


def _lead_of_the_day(article: Article, published: dt.date | None, mentions: list[Mention]) -> list[Mention]:
    """"TOKYO, Aug. 23 (Yonhap) -- Lee and Ishiba held talks and agreed ...": a lead that reports a meeting as done
    without saying when reports it on the day of its dateline. (Without a dateline, or in the present perfect, the
    day stays unsaid: a feature may be written days later.)"""
    if not article.sentences or published is None:
        return mentions
    lead = article.sentences[0]
    text = article.sentence_text(lead)
    # ... unless the report dates a meeting it may be elsewhere ("has met X in Gothenburg. The pair held talks at
    # the city hall on Tuesday").
    recent = published - dt.timedelta(days=31)
    dated = [m for m in mentions if m.date is not None and m.status is Status.OCCURRED and m.date.start >= recent]
    undated = [index for index, m in enumerate(mentions) if m.sentence.start == lead.start and m.date is None
               and not m.needs_anchor and not m.recent and m.status is Status.OCCURRED and m.kind is not Kind.OTHER
               and not any(_may_be_one(other, m) for other in dated)]
    if not undated:
        return mentions
    # The dateline, in the lead or just before it on its line ("TOKYO, Aug. 23 (Yonhap) --", kept out of the lead)
    line_start = article.plain.rfind("\n", 0, lead.start) + 1
    head = article.plain[line_start : lead.start] + text
    dateline = next((d for d in find_dates(head, published, article=article.name)
                     if in_dateline(head, d) and d.value is not None and d.value.precision is Precision.DAY
                     and d.value.start <= published), None)
    result = list(mentions)
    for index in undated:
        mention = mentions[index]
        if _PLUPERFECT.search(article.plain, lead.start, mention.highlights[0].end):
            continue  # "had met in Ottawa before": a time before the report's
        if dateline is None or dateline.value is None:
            continue
        basis = DateBasis(dateline.phrase, dateline.value, published, article.name, "the day of the report's dateline")
        result[index] = replace(mention, date=dateline.value, basis=basis)
    return result


def _may_be_one(dated: Mention, undated: Mention) -> bool:
    """Whether a dated mention may be of the event an undated one names: same kind, and, for a meeting named by
    its proper name, people who do not show another meeting (a courtesy call on the president is not the
    ministers' "Foreign and Defense Ministerial Meeting" it followed). The people of "the summit" are those of
    its sentence, not a sign of another event."""
    if (dated.kind, dated.trilateral) != (undated.kind, undated.trilateral):
        return False
    a, b = set(dated.participants), set(undated.participants)
    return undated.name is None or not a or not b or a <= b or b <= a


# "Lee and Fukuda agreed on Monday to ...": two people of the two sides acting together.
_JOINT_ACT = re.compile(r"\s+(?:also\s+)?(?:agreed|signed|pledged|vowed|reaffirmed|affirmed|discussed|unveiled)\b")


# "agreed on Monday through diplomatic channels", "in separate statements", "in an exchange of letters", "in a video
# message": acting together without meeting.
_APART_ACT = re.compile(
    r"\b(?:separate(?:ly)?|apart|channels?|letters?|messages?|envoys?|emissar(?:y|ies)|written|by\s+(?:mail|post)|"
    r"online|remotely|communiqu[eé]s?\s+issued\s+in)\b", re.IGNORECASE)


def _lead_act(article: Article, published: dt.date | None, cast: _Cast, mentions: list[Mention]) -> list[Mention]:
    """A lead in which leaders (or ministers) of the two sides, the joint subject of "agreed", "signed" or "pledged",
    act on a day it gives reports their meeting that day, though it names no meeting (the joint declaration they
    signed is what it produced, no event apart). Calls say "by phone" and are found as such."""
    if not article.sentences or published is None:
        return mentions
    lead = article.sentences[0]
    in_lead = [m for m in mentions if m.sentence.start == lead.start]
    if any(m.kind is not Kind.OTHER for m in in_lead):
        return mentions
    people = [p for p in cast.mentions if lead.start <= p.start < lead.end]
    pair = next(((a, b) for a, b in itertools.pairwise(people)
                 if re.fullmatch(r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){0,4}", article.plain[a.end : b.start])
                 and {cast.country(a.name), cast.country(b.name)} == cast.pair.codes
                 and a.leader == b.leader and a.minister == b.minister and (a.leader or a.minister)), None)
    day = _lead_day(article, published)
    if pair is None or day is None or day.value is None:
        return mentions
    act = _JOINT_ACT.match(article.plain, pair[1].end)
    if act is None or _APART_ACT.search(article.plain, lead.start, lead.end):
        return mentions
    text_start = lead.start
    highlights = (Span(act.start() + 1, act.end()), Span(text_start + day.start, text_start + day.end))
    basis = DateBasis(day.phrase, day.value, published, article.name, "the day the two sides acted together")
    lead_mention = Mention(
        article=article.name, kind=Kind.SUMMIT if pair[0].leader else Kind.MINISTERIAL, date=day.value, end=None,
        basis=basis, needs_anchor=False, status=Status.OCCURRED, participants=(pair[0].name, pair[1].name),
        location=next((m.location for m in in_lead if m.location), None), name=None, noun="meeting",
        sentence=Span(lead.start, lead.end), highlights=tuple(sorted(highlights, key=lambda s: s.start)), notes=(),
        published=published, between=cast.pair.label)
    # "signed a joint declaration in Tokyo on Thursday": the document is what their meeting produced.
    return [lead_mention, *(m for m in mentions if m not in in_lead)]


def _lead_day(article: Article, published: dt.date) -> DateMention | None:
    """The day the lead sentence gives its event (not the day something was announced), if any."""
    lead_text = article.sentence_text(article.sentences[0])
    return next((d for d in find_dates(lead_text, published, article=article.name)
                 if d.value is not None and d.value.precision is Precision.DAY and d.value.start <= published
                 and not ANNOUNCED.search(lead_text[max(0, d.start - 40) : d.start])), None)


_UNSAID_VISIT_DAYS = 2
_VISIT_WORD = re.compile(r"\b(?:visit|trip)", re.IGNORECASE)


def _visits_dated_by_talks(article: Article, published: dt.date | None, mentions: list[Mention]) -> list[Mention]:
    """"arrived Wednesday on a four-day state visit": a visit's first day is not the day of its talks. A day of
    talks the report gives within the visit's days dates the visit (its mention gives up its own day); else the
    day the lead gives the leaders' act ("agreed Thursday to ...") when it falls within them."""
    if not article.sentences or published is None:
        return mentions

    def is_visit(mention: Mention) -> bool:
        return any(_VISIT_WORD.search(article.plain, span.start, span.end) for span in mention.highlights)

    visits = [index for index, m in enumerate(mentions) if m.kind is not Kind.OTHER and m.date is not None
              and m.date.precision is Precision.DAY and is_visit(m)]
    if not visits:
        return mentions
    talks = [m for m in mentions if m.date is not None and m.date.precision is Precision.DAY and not is_visit(m)]
    lead = _lead_day(article, published)
    result = list(mentions)
    for index in visits:
        visit = mentions[index]
        assert visit.date is not None
        # A visit whose length the report leaves unsaid lasts a day or two: "arrived yesterday on an official visit",
        # then "held talks on Monday".
        first = visit.date.start
        last = visit.end.start if visit.end is not None else first + dt.timedelta(days=_UNSAID_VISIT_DAYS)
        if any(m.kind is visit.kind and m.date is not None and first < m.date.start <= last for m in talks):
            result[index] = replace(visit, date=None, end=None, basis=None)
        elif lead is not None and lead.value is not None and first < lead.value.start <= last:
            basis = DateBasis(lead.phrase, lead.value, published, article.name,
                              "the day of the leaders' act the report's lead gives, within the visit")
            result[index] = replace(visit, date=lead.value, end=None, basis=basis)
    return result


def _lead_may_date(before: str) -> bool:
    """"The summit at the prime minister's office", "on the sidelines of a trilateral meeting": an event the
    lead's own event is, or one held alongside it."""
    return bool(_DEFINITE.search(before) or VENUE.search(before))


def _before_trigger(article: Article, mention: Mention) -> str:
    """The words of the mention's sentence just before its event phrase (at most 30 characters)."""
    trigger = mention.highlights[0]
    return article.plain[max(mention.sentence.start, trigger.start - 30) : trigger.start]


_SERIES = re.compile(r"\b[Tt]he\s+(?:next|previous|last|first|following|preceding)\s+(?:[\w+-]+\s+)?$")


def _of_the_series(text: str, trigger: Trigger, cast: _Cast) -> bool:
    """"The next summit", "The first 2+2 talks": a summit or meeting of the series the report follows, when the
    sentence names no third country."""
    return (not trigger.generic and not trigger.name and not trigger.trilateral and trigger.kind is not Kind.OTHER
            and bool(_SERIES.search(text, max(0, trigger.start - 30), trigger.start))
            and not _WHOSE.match(text, trigger.end) and not cast.names_a_third_country(text))


# "The next summit of the European Union", "the first summit between the two Koreas": a summit that says whose it
# is names another series than the report's.
_WHOSE = re.compile(r"\s+(?:of|between|among|amongst)\s", re.IGNORECASE)


def _of_others(text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int, cast: _Cast) -> bool:
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


def _journey_at_home(text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int, cast: _Cast) -> bool:
    """Whether the one who travels, named just before the verb ("Kishida will travel to Hiroshima"), goes to a
    place of his own country."""
    traveller = next((p for p in reversed(in_sentence) if p.end - base <= trigger.start), None)
    if traveller is None or not re.fullmatch(r"\s+(?:[a-z]+\s+){0,3}", text[traveller.end - base : trigger.start]):
        return False
    return cast.country(traveller.name) in cast.pair.named_in(trigger.visit_to or "")


def _visit_before(triggers: list[Trigger], trigger: Trigger) -> str | None:
    """"will visit Nara next week for talks with her": where the visit before the talks goes."""
    return next((t.visit_to for t in reversed(triggers) if t.visit_to and t.end <= trigger.start), None)


def _sentence_mentions(
    article: Article,
    sentence: Sentence,
    published: dt.date | None,
    cast: _Cast,
    quotes: _Spans,
    context: _Context,
    index: int,
) -> list[Mention]:
    text = article.sentence_text(sentence)
    base = sentence.start
    triggers = [three_at_table(text, t, cast.pair) for t in group_meetings(text, find_triggers(text, cast.pair), cast.pair)
                if not quotes.covers(base + t.start)]
    triggers = bodies_of_sessions(text, triggers)
    if not triggers:
        return []
    dates = [d for d in find_dates(text, published, article=article.name)
             if not quotes.covers(base + d.start) and not in_dateline(text, d)]
    dates = months_around_feasts(text, dates)
    head = line_head(article, sentence, dates, published)
    if head is not None:
        dates = head.dated(dates)
    assigned = assign_dates(text, triggers, dates)
    share_when_dates(text, triggers, assigned)
    share_sideline_dates(text, triggers, assigned)
    share_purpose_dates(text, triggers, assigned)
    date_by_neighbour(text, triggers, dates, assigned, article.name, context.day_near(index))
    far_day = context.day_near(index, reach=6) or (context.day if SAME_DAY.search(text) else None)
    date_by_event_before(text, triggers, dates, assigned, context.day_near(index), article.name, far_day)
    date_by_margins(text, triggers, assigned, None if context.day_is_call else context.day_near(index), article.name)
    date_since(text, triggers, dates, assigned, published, article.name)
    date_of_ongoing(text, triggers, assigned, published, article.name)
    date_by_fronted(text, triggers, dates, assigned)
    date_by_count_to_a_later_date(text, triggers, dates, assigned, article.name)
    if head is not None:
        head.date_the_rest(text, triggers, assigned)
    drop_dates_of_other_acts(text, triggers, assigned)
    triggers = coordinated_events(text, triggers, dates, assigned)
    date_by_horizon(text, triggers, assigned, published, article.name)
    paragraph = article.paragraphs[sentence.paragraph]
    paragraph_text = article.plain[paragraph[0] : paragraph[1]]
    in_sentence = cast.between(sentence.start, sentence.end)
    earlier = cast.named_before(sentence.start)
    actors = [p for p in in_sentence if not _REPORTER_AFTER.match(text, p.end - base)
              and not (_REPORTER_BEFORE.search(text, max(0, p.start - base - 60), p.start - base)
                       and _REPORTER_END.match(text, p.end - base))]
    named_at = {p.name: p.start - base for p in reversed(in_sentence)}.get  # where each is first named
    mentions = []
    accepted: list[tuple[Trigger, Kind]] = []  # the event phrases of the sentence made into mentions so far
    for trigger in triggers:
        date = assigned.get(trigger)
        if trigger.person_object and not _calls_a_person(text, trigger, in_sentence, base):
            continue
        if (gatherings_own(text, trigger) or named_but_not_held(text, trigger, cast.pair)
                or (date is None and leads_to_the_meeting(text, trigger))):
            continue
        if index - context.trilateral_sentence <= 3 and not trigger.trilateral and next_of_three(text, trigger):
            trigger = replace(trigger, trilateral=True)  # "The next summit is to be held in China"
        # "Wi, President Lee's national security adviser, and ...": Lee only owns the adviser, in any clause.
        owners = [p for p in actors if not _POSSESSOR.match(text, p.end - base)]
        clause = [p for p in owners if _in_clause(text, trigger, p.start - base)
                  and not _behind_other(trigger, triggers, p.start - base)]
        before = earlier.then([p for p in in_sentence if p.start - base < trigger.start])
        if institutions_meet(text, trigger, any(p.start - base < trigger.start for p in clause)):
            continue
        # "The two leaders last met in December, ..., and the foreign ministers, A and B, met in May": a group
        # subject of its own, the people of the sentence's other clauses are not the phrase's
        # (not "when they and Premier Wen held the first trilateral summit": the same meeting, of three)
        fallback = owners if any(t.trilateral for t in triggers) or not _GROUP_SUBJECT.search(
            text, max(0, trigger.start - 40), trigger.start) else []
        named = _participants(text, trigger.end, clause or fallback, before, cast)
        if not named and trigger.generic and (three := context.three_near(index)):
            if they_are_three(text, trigger):
                trigger = replace(trigger, kind=three, generic=False, trilateral=True)  # "they" are the three before
            elif _BILATERAL.search(text, trigger.start, trigger.end):
                trigger = replace(trigger, kind=three, generic=False)  # "separate bilateral talks": two of the three
        if trigger.visit_to:
            named = _visitor_first(text, trigger, in_sentence, base, named)
        # "The three-way talks among A, B and C" name their own parties: not the event named before.
        antecedent = context.kind_near(index) if trigger.anaphoric and not trigger.trilateral else None
        if antecedent is None and not clause:
            antecedent = _event_as_subject(text, trigger, accepted)
        if trigger.elided:  # "the eighth dialogue and the first since the seventh": the kind said before it
            antecedent = next((t.kind for t in reversed(triggers) if t.end <= trigger.start and not t.generic),
                              antecedent)
            if antecedent is None:
                continue
        kind = antecedent if trigger.elided else _kind(trigger, named, cast, text, antecedent)
        if kind is None:
            continue
        participants = _fitting_participants(kind, named, cast)
        if hosted_abroad(text, trigger, participants, named_at, cast.country, cast.pair):
            continue
        if len(participants) == 2 and colleagues_of_one_side(text, trigger, {cast.country(n) for n in participants},
                                                             cast.pair):
            continue
        if _below_ministers(text, clause, base, participants, cast):
            continue  # "Ambassador X met Foreign Minister Y": one side is there below ministerial rank
        if ((trigger.generic or trigger.kind is Kind.OTHER)
                and _non_state_subject(text, trigger, [p.name for p in clause], cast)):
            continue  # "Business leaders of the two countries held a meeting": not the governments
        if _non_state_object(text, trigger, clause, base, cast):
            continue  # "Lee held talks with Japanese business leaders in Tokyo"
        if not trigger.trilateral and any(cast.is_foreign(name) for name in participants):
            if not _three_at_one_table(text, trigger, participants, clause, cast):
                continue
            trigger = replace(trigger, trilateral=True)
        if _of_others(text, trigger, in_sentence, base, cast):
            continue  # "The next summit of the European Union will be held in Brussels"
        if trigger.visit_to and _abroad(trigger.visit_to, cast):
            continue  # "Macron flew to Washington", "before flying to Brunei": a journey to a third country
        if trigger.visit_to and _HOMEWARD.search(text, trigger.end):
            continue  # "travel to Osaka on Saturday before returning home": a leg of the visit under way
        if trigger.visit_to and _journey_at_home(text, trigger, in_sentence, base, cast):
            continue  # "Kishida will travel to Hiroshima to host the G7": a journey at home, no visit to the other
        location = trigger.visit_to or _location(text, trigger, triggers, cast.pair)
        if antecedent is None:
            if _of_the_series(text, trigger, cast) and context.kind is not None:
                pass  # "The next summit will be held in Ireland": one of the series the report is about
            elif not _is_between_pair(text, paragraph_text, trigger, named, cast, kind):
                continue
            if trigger.name and not trigger.trilateral and not _named_is_bilateral(text, trigger, cast.pair):
                continue
            if (trigger.generic and not trigger.visit_to and not trigger.trilateral
                    and not _generic_is_bilateral(text if participants else _own_clause(text, trigger), participants,
                                                  cast, location or _visit_before(triggers, trigger), trigger.start)):
                continue
            if (trigger.generic and not trigger.visit_to and not trigger.trilateral
                    and _third_country_object(text, trigger, cast)):
                continue  # "expected to meet Venezuela's Nicolás Maduro": someone else, whoever the subject is
        status = asked(text, status_near(text, trigger.start, trigger.end))
        if status is None:
            continue
        if kind is Kind.OTHER and (date is None or date.value is None or date.value.precision is Precision.YEAR):
            continue  # a reception or declaration is worth a place on the timeline only with its day or month
        if (status is Status.OCCURRED and date is not None and date.value is not None and published is not None
                and date.value.start > published):
            status = Status.PLANNED  # reported without a verb of plan, but still to come
        highlights = [Span(base + trigger.start, base + trigger.end)]
        if date is not None:
            highlights.append(Span(base + date.start, base + date.end))
        notes: tuple[str, ...] = (date.note,) if date is not None and date.note else ()
        if date is not None and date.qualifier:
            notes += (f"{date.qualifier} {date.value.human() if date.value else ''}".strip(),)
        accepted.append((trigger, kind))
        mentions.append(
            Mention(
                article=article.name,
                kind=kind,
                date=date.value if date is not None else None,
                end=event_end(text, trigger, date),
                basis=date.basis if date is not None else None,
                needs_anchor=date is not None and date.value is None and date.anchored and not date.relative_to_event,
                status=status,
                participants=participants,
                location=location,
                name=trigger.name,
                noun=_noun(trigger, text),
                sentence=Span(sentence.start, sentence.end),
                highlights=tuple(sorted(highlights, key=lambda s: s.start)),
                notes=notes,
                published=published,
                between=cast.pair.label,
                trilateral=trigger.trilateral or _three_sides(participants, cast),
                recent=date is None and (bool(_RECENT.search(text[max(0, trigger.start - 30) : trigger.start]))
                                         or any(d.relative_to_event and d.value is None for d in dates)),
            )
        )
    return mentions


_UNRANKED_TITLE = re.compile(r"\b(?:Ambassador|Envoy|King|Queen|Emperor|Empress)\s+$")


def _below_ministers(text: str, clause: list[PersonMention], base: int, participants: tuple[str, ...],
                     cast: _Cast) -> bool:
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


def _non_state_object(text: str, trigger: Trigger, clause: list[PersonMention], base: int, cast: _Cast) -> bool:
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


def _non_state_subject(text: str, trigger: Trigger, named: list[str], cast: _Cast) -> bool:
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


_MEET_VERB = re.compile(r"\bmeet\b", re.IGNORECASE)
# The event phrase, then its verb: at once ("The dialogue will meet again"), after an aside between commas, or as
# the second verb of its subject, "and" with no new subject ("... resumed in June and is to meet again").
_SUBJECT_TO_VERB = re.compile(
    r"(?:,[^,;:—–]*,|[^;:—–]*?\sand)?\s+(?:(?:is|are|will|would|was|were)\s+)?(?:(?:also|due|expected|set|scheduled)\s+)?"
    r"(?:to\s+)?", re.IGNORECASE)


def _event_as_subject(text: str, trigger: Trigger, accepted: list[tuple[Trigger, Kind]]) -> Kind | None:
    """"The finance ministers' dialogue ... resumed in June and is to meet again in Seoul": a meeting whose subject
    is an event of the pair named before it in the sentence (no person between) is of that event's kind."""
    if not trigger.generic or not _MEET_VERB.search(text, trigger.start, trigger.end):
        return None
    subject = next(((t, k) for t, k in reversed(accepted) if t.end <= trigger.start and not t.generic), None)
    if subject is None or not _SUBJECT_TO_VERB.fullmatch(text, subject[0].end, trigger.start):
        return None
    return subject[1]


def _abroad(place: str, cast: _Cast) -> bool:
    """Whether the place a journey goes to is of a country outside the pair (by the GeoNames names)."""
    found = cast.pair.countries_in(place)
    return bool(found) and found[0][0] == 0 and found[0][2] not in cast.pair.codes


_GROUP_SUBJECT = re.compile(r"\b(?:the\s+two|both)\s+(?:[\w-]+\s+)?(?:leaders|ministers|men|women|sides)\s+"
                            r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_HOMEWARD = re.compile(r"\bbefore\s+(?:returning|flying|heading|going|travell?ing)\s+(?:back\s+)?home\b",
                       re.IGNORECASE)
# "held separate talks with", "met A and B one by one", "individually", "in turn": one meeting with each.
_APART = re.compile(r"\b(?:separate(?:ly)?|each|individually|one\s+by\s+one|in\s+turn|"
                    r"one\s+after\s+(?:the\s+)?other)\b", re.IGNORECASE)


def _three_at_one_table(text: str, trigger: Trigger, participants: tuple[str, ...], clause: list[PersonMention],
                        cast: _Cast) -> bool:
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


def _three_sides(participants: tuple[str, ...], cast: _Cast) -> bool:
    """"President Joe Biden welcomed Kishida and Yoon to Camp David": both sides and a third party whose country
    the report leaves unsaid (or names) make a meeting of three."""
    countries = [cast.country(name) for name in participants]
    return (len(participants) >= 3 and cast.pair.codes <= set(countries)
            and any(code is None or code not in cast.pair.codes for code in countries))


def _calls_a_person(text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int) -> bool:
    """"Suga called Moon", "called his South Korean counterpart": the object of the call is a person."""
    if re.match(r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b", text[trigger.end :], re.IGNORECASE):
        return True
    return any(p.start - base >= trigger.end and _CALLED_GAP.fullmatch(text, trigger.end, p.start - base)
               and not _NAMED_AS.match(text, p.end - base) and not _POSSESSIVE.match(text, p.end - base)
               for p in in_sentence)


class _Spans:
    """Sorted, disjoint spans of an article (its quotations), asked by bisection whether they cover an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def covers(self, offset: int) -> bool:
        """Whether `offset` lies inside one of the spans."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


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
class _Cast:
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
    def of(cls, mentions: list[PersonMention], text: str, pair: CountryPair) -> _Cast:
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


def _behind_other(trigger: Trigger, triggers: list[Trigger], offset: int) -> bool:
    """Whether a trilateral event phrase lies between this one and `offset`: "talks ... on the sidelines of a
    trilateral summit with Chinese Premier Li": Li is at the summit, not at the talks."""
    lo, hi = (offset, trigger.start) if offset < trigger.start else (trigger.end, offset)
    return any(other.trilateral and other is not trigger and lo <= other.start < hi for other in triggers)


def _in_clause(text: str, trigger: Trigger, offset: int) -> bool:
    """Whether `offset` lies in the clause of the event phrase (no clause edge between them)."""
    lo, hi = (offset, trigger.start) if offset < trigger.start else (trigger.end, offset)
    return CLAUSE_EDGE.search(text, lo, hi) is None


def _participants(
    text: str, trigger_end: int, in_sentence: list[PersonMention], earlier: _Named, cast: _Cast
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


def _visitor_first(
    text: str, trigger: Trigger, in_sentence: list[PersonMention], base: int, names: tuple[str, ...]
) -> tuple[str, ...]:
    """"President Lee's visit to Japan": the visitor is named first."""
    for person in in_sentence:
        gap = text[person.end - base : trigger.start]
        if re.fullmatch(r"['’]s\s+(?:\w+\s+){0,2}", gap):
            return (person.name, *(n for n in names if n != person.name))
    return names


def _fitting_participants(kind: Kind, names: tuple[str, ...], cast: _Cast) -> tuple[str, ...]:
    """Leaders take part in summits and calls, ministers in ministerial meetings; unknown roles fit all."""
    roles = cast.by_name
    if kind is Kind.MINISTERIAL:
        fitting = tuple(n for n in names if n not in roles or not roles[n].leader)
        return fitting if len(fitting) >= 2 or len(fitting) == len(names) else names  # a minister calling on a leader
    if kind is Kind.SUMMIT:
        return tuple(n for n in names if n not in roles or roles[n].leader or not roles[n].minister)
    return names


def _noun(trigger: Trigger, text: str) -> str:
    phrase = text[trigger.start : trigger.end].lower()
    if trigger.kind is Kind.CALL:
        return "video call" if "video" in phrase else "phone call"
    if trigger.visit_to:
        return "visit"
    if trigger.name:
        return trigger.name
    if trigger.trilateral:
        return "trilateral summit" if trigger.kind is Kind.SUMMIT and "summit" in phrase else "trilateral meeting"
    if trigger.kind is Kind.SUMMIT:
        if "summit" in phrase:
            return "summit"
        return "talks" if "talks" in phrase else "meeting" if trigger.generic or "meeting" in phrase else "summit"
    if trigger.kind is Kind.MINISTERIAL:
        return "ministerial meeting"
    return re.sub(r"(?<=[a-z])s$", "", re.sub(r"ies$", "y", phrase))


def _kind(
    trigger: Trigger, participants: tuple[str, ...], cast: _Cast, text: str,
    antecedent: Kind | None = None,
) -> Kind | None:
    """The kind of an event phrase: its own, else the people's rank, the words around it, what came before."""
    roles = cast.by_name
    if not trigger.generic:
        # "Foreign Ministers A and B held a separate bilateral meeting": a meeting word, not "summit", takes the
        # rank of those who hold it
        if (trigger.kind is Kind.SUMMIT and not trigger.name and participants
                and "summit" not in text[trigger.start : trigger.end].lower()
                and all(name in roles and roles[name].minister and not roles[name].leader for name in participants)):
            return Kind.MINISTERIAL
        return trigger.kind
    leaders = {roles[name].country for name in participants if name in roles and roles[name].leader}
    ministers = [name for name in participants if name in roles and roles[name].minister and not roles[name].leader]
    # A minister received by the other side's leader ("paid a courtesy call on Prime Minister X") is a meeting
    # of ministerial rank: a summit takes the leaders of both sides.
    if leaders and ministers and len(leaders) < 2:
        return Kind.MINISTERIAL
    if leaders:
        return Kind.SUMMIT
    if ministers:
        return Kind.MINISTERIAL
    if antecedent is not None:
        return antecedent
    # Nobody with a known title: the words around the phrase tell leaders from ministers.
    leader_words = _LEADER_WORDS.search(text)
    minister_words = _MINISTER_WORDS.search(text)
    if minister_words and not leader_words:
        return Kind.MINISTERIAL
    if leader_words and not minister_words:
        return Kind.SUMMIT
    if leader_words and minister_words:
        # "the foreign ministers ... held a trilateral meeting ..., agreeing to work toward a leaders' summit":
        # the rank said last before the event phrase, its subject
        last_leader = [m.end() for m in _LEADER_WORDS.finditer(text, 0, trigger.start)]
        last_minister = [m.end() for m in _MINISTER_WORDS.finditer(text, 0, trigger.start)]
        if last_leader or last_minister:
            return Kind.SUMMIT if max(last_leader, default=-1) > max(last_minister, default=-1) else Kind.MINISTERIAL
    if len(participants) >= 2:
        return Kind.SUMMIT
    return None


_PLACE_CLAUSE_BREAK = re.compile(r"[;—–]|\s(?:but|while|whereas)\s")


def _not_a_place(words: str, pair: CountryPair) -> bool:
    """"in Korean", "at Korea-Japan talks": a people or the pair itself, not a place."""
    return gazetteer().is_demonym(re.split(r"[\s-]", words)[0]) or _names_the_pair(words, pair)


def _location(text: str, trigger: Trigger, triggers: list[Trigger], pair: CountryPair) -> str | None:
    """The place named nearest the event phrase within its clause ("in Kananaskis, Canada", "in Busan")."""
    best: tuple[float, str] | None = None
    for match in _PLACE.finditer(text):
        place = _TRAILING_NON_PLACE.sub("", match.group("place")).strip(" ,")
        if not place or _NOT_PLACES.match(place) or _not_a_place(place, pair):
            continue
        if re.search(r"\b(?:Minister|President|Summit|Meeting|Dialogue|Office|Ministry|Embassy)\b", place):
            continue
        after = match.start() >= trigger.end
        lo, hi = (trigger.end, match.start()) if after else (match.end(), trigger.start)
        breaks = len(_PLACE_CLAUSE_BREAK.findall(text, lo, hi))
        cost = separation(lo, hi, not after, breaks, triggers, trigger)
        if best is None or cost < best[0]:
            best = (cost, place)
    return best[1] if best is not None and best[0] < MAX_PLACE_COST else None


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


def _names_the_pair(text: str, pair: CountryPair) -> bool:
    """Whether `text` names the two countries together: "South Korea and Japan", "the Japan-ROK summit",
    "Korean-Japanese", "Seoul and Tokyo"."""
    found = pair.countries_in(text)
    return any(a[2] != b[2] and {a[2], b[2]} == pair.codes and _JOINED.fullmatch(text, a[1], b[0])
               for a, b in itertools.pairwise(found))


def _third_country_object(text: str, trigger: Trigger, cast: _Cast) -> bool:
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


def _generic_is_bilateral(text: str, participants: tuple[str, ...], cast: _Cast, location: str | None,
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
    return cast.pair.codes <= sides or bool(_TWO_SIDES.search(text)) or _names_the_pair(text, cast.pair)


_HOSTED = re.compile(r"(?:host|receiv|welcom)", re.IGNORECASE)
_COORDINATION = re.compile(r"[;—–]|,\s+(?:and|but|while|whereas)\s|\s(?:but|while|whereas)\s")


def _own_clause(text: str, trigger: Trigger) -> str:
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


def _one_office(participants: tuple[str, ...], cast: _Cast, subject: str) -> bool:
    """Whether the people hold one office each, as counterparts do: all leaders, or ministers of one portfolio (a
    plural title, or one portfolio named)."""
    people = [cast.by_name.get(name) for name in participants]
    if all(p is not None and p.leader for p in people):
        return True
    if any(p is None or not p.minister for p in people):
        return False  # a leader with a minister: no counterparts (a former leader now a minister counts as one)
    return bool(_PLURAL_RANK.search(subject)) or len({m.group().lower() for m in _PORTFOLIO.finditer(subject)}) == 1


def _two_ranked_unsaid(participants: tuple[str, ...], cast: _Cast, text: str, trigger_start: int) -> bool:
    """"Foreign ministers Ana Costa and Luis Pereira had a working lunch" in a report about the two countries: two
    people the report titles but whose countries it leaves unsaid are its two sides when their subject says they
    hold one office, each on a side (a plural title, or one portfolio for both), and the sentence names no third
    country. ("Chancellor A met Foreign Minister B": a government at home.)"""
    people = [cast.by_name.get(name) for name in participants]
    if not (len(people) == 2 and all(p is not None and (p.leader or p.minister) and p.country is None for p in people)
            and cast.sides == cast.pair.codes and not cast.names_a_third_country(text)):
        return False
    return _one_office(participants, cast, text[:trigger_start]) and not all(p is not None and p.leader for p in people)


def _named_is_bilateral(text: str, trigger: Trigger, pair: CountryPair) -> bool:
    """A named meeting counts when the name or its sentence says it is bilateral, not when it is the venue
    ("on the sidelines of the Shangri-La Dialogue")."""
    if VENUE.search(text[max(0, trigger.start - 30) : trigger.start]):
        return False
    name = trigger.name or ""
    return any(re.search(r"\bbilateral\b", t, re.IGNORECASE) or _names_the_pair(t, pair) for t in (name, text))


def _is_between_pair(
    text: str, paragraph: str, trigger: Trigger, participants: tuple[str, ...], cast: _Cast, kind: Kind,
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
