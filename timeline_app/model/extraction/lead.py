"""The article-level passes run after the sentences are read: events the lead dates, the day of the dateline,
a lead in which the two sides act together, and visits dated by their talks."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace

from timeline_app.model.dates.finder import DateMention, find_dates
from timeline_app.model.dates.fuzzy_date import DateBasis, Precision
from timeline_app.model.events import Kind, Span, Status
from timeline_app.model.extraction.cast import Cast
from timeline_app.model.extraction.dateline import in_dateline
from timeline_app.model.extraction.dating import ANNOUNCED, VENUE
from timeline_app.model.extraction.mention import Mention
from timeline_app.model.reading.articles import Article

_DEFINITE = re.compile(r"\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def dated_by_lead(article: Article, published: dt.date | None, mentions: list[Mention]) -> list[Mention]:
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


def lead_of_the_day(article: Article, published: dt.date | None, mentions: list[Mention]) -> list[Mention]:
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


def lead_act(article: Article, published: dt.date | None, cast: Cast, mentions: list[Mention]) -> list[Mention]:
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
VISIT_WORD = re.compile(r"\b(?:visit|trip)", re.IGNORECASE)


def visits_dated_by_talks(article: Article, published: dt.date | None, mentions: list[Mention]) -> list[Mention]:
    """"arrived Wednesday on a four-day state visit": a visit's first day is not the day of its talks. A day of
    talks the report gives within the visit's days dates the visit (its mention gives up its own day); else the
    day the lead gives the leaders' act ("agreed Thursday to ...") when it falls within them."""
    if not article.sentences or published is None:
        return mentions

    def is_visit(mention: Mention) -> bool:
        return any(VISIT_WORD.search(article.plain, span.start, span.end) for span in mention.highlights)

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
