"""Finding the events between two countries that one article reports: a mention per event phrase, dated where the
text allows."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from timeline_app.model.dates.finder import find_dates
from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision
from timeline_app.model.dates.words import FULL_MONTHS, FULL_WEEKDAYS
from timeline_app.model.events import Kind, Span, Status
from timeline_app.model.extraction.bare_names import learn_ranks
from timeline_app.model.extraction.beside import date_beside_the_three, share_purpose_dates
from timeline_app.model.extraction.cast import (
    Cast,
    behind_other,
    clause_participants,
    fitting_participants,
    in_clause,
    visitor_first,
)
from timeline_app.model.extraction.chronology import line_head
from timeline_app.model.extraction.coordination import coordinated_events
from timeline_app.model.extraction.counted import date_by_count_to_a_later_date
from timeline_app.model.extraction.dateline import dispatch_day, in_dateline
from timeline_app.model.extraction.dating import (
    MAX_PLACE_COST,
    SAME_DAY,
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
from timeline_app.model.extraction.lead import (
    VISIT_WORD,
    dated_by_lead,
    lead_act,
    lead_of_the_day,
    visits_dated_by_talks,
)
from timeline_app.model.extraction.mention import Mention
from timeline_app.model.extraction.people import PersonFinder
from timeline_app.model.extraction.places import DEFAULT_COUNTRIES, CountryPair, country_pair, gazetteer
from timeline_app.model.extraction.plans import asked, date_by_horizon
from timeline_app.model.extraction.sides import (
    abroad,
    below_ministers,
    calls_a_person,
    generic_is_bilateral,
    is_between_pair,
    journey_at_home,
    named_is_bilateral,
    names_the_pair,
    non_state_object,
    non_state_subject,
    of_others,
    of_the_series,
    own_clause,
    third_country_object,
    three_at_one_table,
    three_sides,
)
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

__all__ = ["Mention", "extract_mentions", "quoted_spans"]


_QUOTES = {"“": "”", "‘": "’", '"': '"'}
# What opens a quotation: not a single curly quote (an apostrophe as often), nor the first of a doubled '"'.
_OPENING_QUOTE = re.compile(r'“|"(?!")')
# "Takaichi's predecessor Shigeru Ishiba": the possessor is not the one who takes part.
_POSSESSOR = re.compile(
    r"['’]s\s+(?!(?:\w+\s+){0,2}(?:visit|trip|call|talks|meeting|summit|conversation)\b)[a-z]", re.IGNORECASE
)
# "..., Vega said", "said Vega": who reports an event, not who takes part in it.
_REPORTER_AFTER = re.compile(r"\s+(?:said|says|told|added|announced)\b")
# '"...," said Vega.', "said Vega, adding": the reporter closes the clause; "said Lee and Ishiba will meet" does not.
_REPORTER_END = re.compile(r"\s*(?:[,.;:)]|$|\s(?:who|in\s+a|on\s+\w+day|at\s+a)\b)")
_REPORTER_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to)\s+(?:[A-Z][\w.]*\s+){0,3}$")
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
    cast = Cast.of(_person_finder(people, pair).find(article.plain), article.plain, pair)
    quotes = _Spans([span for p_start, p_end in article.paragraphs
                     for span in quoted_spans(article.plain, p_start, p_end)])
    mentions, named_earlier = _read_sentences(article, published, cast, quotes)
    if named_earlier:
        # "March 16, 2023: Yoon Suk Yeol visits Tokyo" before the summit that tells Yoon's rank: read again
        mentions, _ = _read_sentences(article, published, cast, quotes)
    mentions = lead_act(article, published, cast, lead_of_the_day(article, published, mentions))
    mentions = visits_dated_by_talks(article, published, dated_by_lead(article, published, mentions))
    return date_beside_the_three(article.plain, mentions)


def _read_sentences(article: Article, published: dt.date | None, cast: Cast, quotes: _Spans,
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
            days = [m for m in days if not any(VISIT_WORD.search(article.plain, h.start, h.end) for h in m.highlights)]
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


def _visit_before(triggers: list[Trigger], trigger: Trigger) -> str | None:
    """"will visit Nara next week for talks with her": where the visit before the talks goes."""
    return next((t.visit_to for t in reversed(triggers) if t.visit_to and t.end <= trigger.start), None)


def _sentence_mentions(
    article: Article,
    sentence: Sentence,
    published: dt.date | None,
    cast: Cast,
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
        if trigger.person_object and not calls_a_person(text, trigger, in_sentence, base):
            continue
        if (gatherings_own(text, trigger) or named_but_not_held(text, trigger, cast.pair)
                or (date is None and leads_to_the_meeting(text, trigger))):
            continue
        if index - context.trilateral_sentence <= 3 and not trigger.trilateral and next_of_three(text, trigger):
            trigger = replace(trigger, trilateral=True)  # "The next summit is to be held in China"
        # "Wi, President Lee's national security adviser, and ...": Lee only owns the adviser, in any clause.
        owners = [p for p in actors if not _POSSESSOR.match(text, p.end - base)]
        clause = [p for p in owners if in_clause(text, trigger, p.start - base)
                  and not behind_other(trigger, triggers, p.start - base)]
        before = earlier.then([p for p in in_sentence if p.start - base < trigger.start])
        if institutions_meet(text, trigger, any(p.start - base < trigger.start for p in clause)):
            continue
        # "The two leaders last met in December, ..., and the foreign ministers, A and B, met in May": a group
        # subject of its own, the people of the sentence's other clauses are not the phrase's
        # (not "when they and Premier Wen held the first trilateral summit": the same meeting, of three)
        fallback = owners if any(t.trilateral for t in triggers) or not _GROUP_SUBJECT.search(
            text, max(0, trigger.start - 40), trigger.start) else []
        named = clause_participants(text, trigger.end, clause or fallback, before, cast)
        if not named and trigger.generic and (three := context.three_near(index)):
            if they_are_three(text, trigger):
                trigger = replace(trigger, kind=three, generic=False, trilateral=True)  # "they" are the three before
            elif _BILATERAL.search(text, trigger.start, trigger.end):
                trigger = replace(trigger, kind=three, generic=False)  # "separate bilateral talks": two of the three
        if trigger.visit_to:
            named = visitor_first(text, trigger, in_sentence, base, named)
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
        participants = fitting_participants(kind, named, cast)
        if hosted_abroad(text, trigger, participants, named_at, cast.country, cast.pair):
            continue
        if len(participants) == 2 and colleagues_of_one_side(text, trigger, {cast.country(n) for n in participants},
                                                             cast.pair):
            continue
        if below_ministers(text, clause, base, participants, cast):
            continue  # "Ambassador X met Foreign Minister Y": one side is there below ministerial rank
        if ((trigger.generic or trigger.kind is Kind.OTHER)
                and non_state_subject(text, trigger, [p.name for p in clause], cast)):
            continue  # "Business leaders of the two countries held a meeting": not the governments
        if non_state_object(text, trigger, clause, base, cast):
            continue  # "Lee held talks with Japanese business leaders in Tokyo"
        if not trigger.trilateral and any(cast.is_foreign(name) for name in participants):
            if not three_at_one_table(text, trigger, participants, clause, cast):
                continue
            trigger = replace(trigger, trilateral=True)
        if of_others(text, trigger, in_sentence, base, cast):
            continue  # "The next summit of the European Union will be held in Brussels"
        if trigger.visit_to and abroad(trigger.visit_to, cast):
            continue  # "Macron flew to Washington", "before flying to Brunei": a journey to a third country
        if trigger.visit_to and _HOMEWARD.search(text, trigger.end):
            continue  # "travel to Osaka on Saturday before returning home": a leg of the visit under way
        if trigger.visit_to and journey_at_home(text, trigger, in_sentence, base, cast):
            continue  # "Kishida will travel to Hiroshima to host the G7": a journey at home, no visit to the other
        location = trigger.visit_to or _location(text, trigger, triggers, cast.pair)
        if antecedent is None:
            if of_the_series(text, trigger, cast) and context.kind is not None:
                pass  # "The next summit will be held in Ireland": one of the series the report is about
            elif not is_between_pair(text, paragraph_text, trigger, named, cast, kind):
                continue
            if trigger.name and not trigger.trilateral and not named_is_bilateral(text, trigger, cast.pair):
                continue
            if (trigger.generic and not trigger.visit_to and not trigger.trilateral
                    and not generic_is_bilateral(text if participants else own_clause(text, trigger), participants,
                                                  cast, location or _visit_before(triggers, trigger), trigger.start)):
                continue
            if (trigger.generic and not trigger.visit_to and not trigger.trilateral
                    and third_country_object(text, trigger, cast)):
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
                trilateral=trigger.trilateral or three_sides(participants, cast),
                recent=date is None and (bool(_RECENT.search(text[max(0, trigger.start - 30) : trigger.start]))
                                         or any(d.relative_to_event and d.value is None for d in dates)),
            )
        )
    return mentions


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


_GROUP_SUBJECT = re.compile(r"\b(?:the\s+two|both)\s+(?:[\w-]+\s+)?(?:leaders|ministers|men|women|sides)\s+"
                            r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_HOMEWARD = re.compile(r"\bbefore\s+(?:returning|flying|heading|going|travell?ing)\s+(?:back\s+)?home\b",
                       re.IGNORECASE)


class _Spans:
    """Sorted, disjoint spans of an article (its quotations), asked by bisection whether they cover an offset."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self._starts = [start for start, _ in spans]
        self._ends = [end for _, end in spans]

    def covers(self, offset: int) -> bool:
        """Whether `offset` lies inside one of the spans."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return index >= 0 and offset < self._ends[index]


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
    trigger: Trigger, participants: tuple[str, ...], cast: Cast, text: str,
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
    return gazetteer().is_demonym(re.split(r"[\s-]", words)[0]) or names_the_pair(words, pair)


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
