"""Merging the mentions of one real event, within and across articles, into one sourced event."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline_app.model.dates.fuzzy_date import FuzzyDate, Precision
from timeline_app.model.events import Event, Kind, Origin, Source, Status
from timeline_app.model.extraction.names import family_name

if TYPE_CHECKING:  # a build whose merge is cached does without the extraction and its patterns
    from timeline_app.model.extraction.mentions import Mention

_NEAR_DAYS = 3  # reports of one meeting may disagree by a day or two (time zones, "local time")
_RECENT_DAYS = 62


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What an excerpt needs to say of its article."""

    outlet: str | None
    published: dt.date | None
    title: str | None
    text: str


@dataclass(slots=True)
class Cluster:
    """The mentions gathered for one event so far, with what they say together (kept until one is added)."""

    kind: Kind
    number: int = 0  # order of creation, which breaks ties between equally good clusters
    mentions: list[Mention] = field(default_factory=list)
    _date: FuzzyDate | None = None
    _participants: tuple[str, ...] | None = None
    _locations: list[str] | None = None

    def add(self, mention: Mention) -> None:
        """Gather one more mention."""
        self.mentions.append(mention)
        self._date = self._participants = self._locations = None

    @property
    def trilateral(self) -> bool:
        """Whether a third country sits at the table (all the cluster's mentions agree)."""
        return self.mentions[0].trilateral

    @property
    def dated(self) -> list[Mention]:
        """The mentions that carry a date."""
        return [m for m in self.mentions if m.date is not None]

    def date(self) -> FuzzyDate:
        """The most precise date the mentions agree on (the most reported one when they disagree)."""
        if self._date is None:
            dates = [m.date for m in self.mentions if m.date is not None]
            finest = min(d.precision.rank for d in dates)
            votes = Counter(d for d in dates if d.precision.rank == finest)
            self._date = max(votes, key=lambda d: (votes[d], -d.start.toordinal()))
        return self._date

    def participants(self) -> tuple[str, ...]:
        """Everyone any mention names, the most often named first."""
        if self._participants is None:
            counts: Counter[str] = Counter()
            first: dict[str, int] = {}
            for mention in self.mentions:
                for position, name in enumerate(mention.participants):
                    counts[name] += 1
                    first.setdefault(name, position)
            self._participants = tuple(sorted(counts, key=lambda n: (-counts[n], first[n])))
        return self._participants

    def noun(self) -> str:
        """What most mentions call the event ("summit" wins over "talks", "meeting" and "visit")."""
        nouns = Counter(m.noun for m in self.mentions)
        if self.kind is Kind.SUMMIT and "summit" in nouns:
            return "summit"
        return max(nouns, key=lambda n: (nouns[n], n))

    def locations(self) -> list[str]:
        """The places the mentions give, most specific first."""
        if self._locations is None:
            places = {m.location for m in self.mentions if m.location}
            self._locations = sorted(places, key=lambda p: (-len(p.split(",")), -len(p), p))
        return self._locations


class _ClusterIndex:
    """Clusters by kind and calendar month, and by the articles, people and places of their mentions, so
    that a mention is compared with the few clusters it may belong to, not with all of them."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._by_month: dict[tuple[Kind, int], list[Cluster]] = {}
        self._by_key: dict[tuple[Kind, str], list[Cluster]] = {}

    def new(self, mention: Mention) -> None:
        """Start a cluster with this dated mention."""
        cluster = Cluster(mention.kind, len(self.clusters))
        self.clusters.append(cluster)
        assert mention.date is not None
        for month in months_touched(mention.date, _NEAR_DAYS):
            self._by_month.setdefault((mention.kind, month), []).append(cluster)
        self.add(cluster, mention)

    def add(self, cluster: Cluster, mention: Mention) -> None:
        """Add a mention to a cluster, indexing what it names."""
        cluster.add(mention)
        for key in _keys(mention):
            group = self._by_key.setdefault((mention.kind, key), [])
            if not group or group[-1] is not cluster:
                group.append(cluster)

    def near(self, mention: Mention) -> list[Cluster]:
        """The clusters of the mention's kind whose months its date (give or take a few days) touches."""
        assert mention.date is not None
        found: dict[int, Cluster] = {}
        for month in months_touched(mention.date, _NEAR_DAYS):
            for cluster in self._by_month.get((mention.kind, month), ()):
                found[cluster.number] = cluster
        return [found[number] for number in sorted(found)]

    def related(self, mention: Mention, article_only: bool = False) -> list[Cluster]:
        """The clusters of the mention's kind that share its article, a person or a place."""
        found: dict[int, Cluster] = {}
        for key in [f"article:{mention.article}"] if article_only else _keys(mention):
            for cluster in self._by_key.get((mention.kind, key), ()):
                found[cluster.number] = cluster
        return [found[number] for number in sorted(found)]


def months_touched(date: FuzzyDate, widen_days: int = 0) -> range:
    """The months (as year * 12 + month) that the period touches, widened by `widen_days` each side
    (no further than the calendar goes)."""
    widen = dt.timedelta(days=widen_days)
    first = date.start - widen if date.start - dt.date.min >= widen else dt.date.min
    last = date.end + widen if dt.date.max - date.end >= widen else dt.date.max
    return range(first.year * 12 + first.month, last.year * 12 + last.month + 1)


def _keys(mention: Mention) -> set[str]:
    keys = {f"article:{mention.article}"}
    keys.update(f"person:{name}" for name in mention.participants)
    if mention.location:
        keys.update(f"place:{part.strip().casefold()}" for part in mention.location.split(","))
    return keys


def merge_mentions(mentions: list[Mention], articles: dict[str, ArticleInfo],
                   people_order: Sequence[str] = ()) -> list[Event]:
    """Cluster mentions into events: same kind, compatible dates, and shared people or place; titles name
    the people in `people_order` (the order of events.yaml's `people:`), see `title_parties`."""
    index = _ClusterIndex()
    dated = sorted((m for m in mentions if m.date is not None),
                   key=lambda m: (m.date.precision.rank if m.date else 0, m.article, m.sentence.start))
    for mention in dated:
        target = _best_cluster(index.near(mention), mention)
        if target is None:
            index.new(mention)
        else:
            index.add(target, mention)
    for mention in (m for m in mentions if m.date is None and not m.needs_anchor):
        target = _undated_target(index, mention)
        # One excerpt an article is enough for an undated reference, unless it says something new
        # of the event ("was called off").
        if target is not None and not any(
            m.article == mention.article and (m.status is mention.status or mention.status is not Status.CANCELLED)
            for m in target.mentions
        ):
            index.add(target, mention)
    events = [_event(cluster, articles, people_order) for cluster in index.clusters]
    return assign_ids(events)


def _best_cluster(clusters: list[Cluster], mention: Mention) -> Cluster | None:
    best: tuple[int, Cluster] | None = None
    for cluster in clusters:
        score = _match_score(cluster, mention)
        if score is not None and (best is None or score > best[0]):
            best = (score, cluster)
    return best[1] if best else None


def cluster_status(mentions: list[Mention]) -> Status:
    """A report that the event happened wins; then one that it was called off; else the latest report's
    word (planned, expected, possible), the most tentative where one report says several."""
    statuses = {m.status for m in mentions}
    for decisive in (Status.OCCURRED, Status.CANCELLED):
        if decisive in statuses:
            return decisive
    latest = max(m.published or dt.date.min for m in mentions)
    said = {m.status for m in mentions if (m.published or dt.date.min) == latest}
    return next(s for s in (Status.POSSIBLE, Status.EXPECTED, Status.PLANNED) if s in said)


def _match_score(cluster: Cluster, mention: Mention) -> int | None:
    if cluster.kind is not mention.kind or mention.date is None or cluster.trilateral is not mention.trilateral:
        return None  # a trilateral summit and the bilateral on its sidelines are two events
    date = cluster.date()
    overlaps = date.overlaps(mention.date)
    near = abs((date.start - mention.date.start).days) <= _NEAR_DAYS
    if not (overlaps or near):
        return None  # the common case in a chronology: another event of the same months
    if mention.status.is_tentative and mention.published is not None and any(
        m.status is Status.OCCURRED and m.date is not None and m.date.end <= mention.published
        for m in cluster.mentions
    ):
        return None  # a report does not plan what it knows has already happened: "to meet again"
    people = set(cluster.participants()) & set(mention.participants)
    if _other_pair_of_people(cluster, mention):
        return None
    place = any(places_compatible(p, mention.location) for p in cluster.locations()) if mention.location else False
    place_conflict = bool(mention.location and cluster.locations() and not place)
    name = mention.name is not None and any(m.name == mention.name for m in cluster.mentions)
    names_differ = mention.name is not None and any(m.name and m.name != mention.name for m in cluster.mentions)
    if names_differ or (cluster.kind is Kind.OTHER and all(m.noun != mention.noun for m in cluster.mentions)):
        return None
    if overlaps:
        if place_conflict and not people:
            return None
        evidence = 2 * len(people) + 2 * place + 3 * name
        if evidence == 0 and (cluster.participants() and mention.participants):
            return None
        return 10 + evidence - mention.date.precision.rank
    if near and date.precision is Precision.DAY and mention.date.precision is Precision.DAY and people and place:
        return 1  # the same meeting, with the reports disagreeing on the day: recorded as a conflict
    return None


def _other_pair_of_people(cluster: Cluster, mention: Mention) -> bool:
    """"Cho held the dialogue with Saiki ... Saiki also paid a courtesy call on Yun the same day": one article
    naming two people at each of two meetings of a day, with one of them different, reports two meetings."""
    if len(mention.participants) < 2:
        return False
    own = set(mention.participants)
    return any(m.article == mention.article and len(m.participants) >= 2 and set(m.participants) != own
               and not (own < set(m.participants) or set(m.participants) < own) for m in cluster.mentions)


def _undated_target(index: _ClusterIndex, mention: Mention) -> Cluster | None:
    """The one event an undated mention can mean: one its own article dates ("The summit also ..."), else,
    for "their recent phone conversation", one shortly before the report, sharing people or place."""
    candidates = []
    same_article = index.related(mention, article_only=True)
    if same_article:
        pool = same_article
    elif mention.recent and mention.published is not None:
        pool = index.related(mention)
    else:
        return None
    for cluster in pool:
        if cluster.trilateral is not mention.trilateral:
            continue
        if (mention.kind is Kind.OTHER or mention.name) and all(m.noun != mention.noun for m in cluster.mentions):
            continue
        date = cluster.date()
        if mention.published is not None:
            if mention.status is Status.OCCURRED and date.start > mention.published:
                continue  # what a report says has happened is not an event still to come
            if mention.recent and not 0 <= (mention.published - date.end).days <= _RECENT_DAYS:
                continue
        people = set(cluster.participants()) & set(mention.participants)
        place = bool(mention.location) and any(places_compatible(p, mention.location) for p in cluster.locations())
        if people or place or same_article:
            candidates.append((place, len(people), cluster))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
    if len(candidates) > 1 and candidates[0][:2] == candidates[1][:2]:
        return None
    return candidates[0][2]


def places_compatible(a: str, b: str | None) -> bool:
    """Whether two place names may name the same place ("Kananaskis, Canada" and "Canada")."""
    if b is None:
        return True
    parts_a = {p.strip().casefold() for p in a.split(",")}
    parts_b = {p.strip().casefold() for p in b.split(",")}
    return bool(parts_a & parts_b)


def _event(cluster: Cluster, articles: dict[str, ArticleInfo], people_order: Sequence[str]) -> Event:
    date = cluster.date()
    dated = cluster.dated
    conflicts = []
    days = {m.date for m in dated if m.date is not None and m.date.precision is Precision.DAY}
    if len(days) > 1:
        listing = ", ".join(sorted(f"{d.iso()} ({_who(cluster, d)})" for d in days))
        conflicts.append(f"The sources disagree on the date: {listing}.")
    places = cluster.locations()
    location = places[0] if places else None
    odd = [p for p in places if not places_compatible(p, location)]
    if odd:
        conflicts.append(f"The sources disagree on the place: {', '.join([location or '', *odd])}.")
    ends = [m.end for m in dated if m.end is not None and m.date == date]
    status = cluster_status(cluster.mentions)
    participants = cluster.participants()
    names = [m.name for m in cluster.mentions if m.name]
    sources = []
    for mention in sorted(cluster.mentions, key=lambda m: (m.published or dt.date.min, m.article, m.sentence.start)):
        info = articles[mention.article]
        excerpt = info.text[mention.sentence.start : mention.sentence.end]
        source = Source(mention.article, info.outlet, info.published, excerpt, mention.sentence.start,
                        mention.sentence.end, info.title, mention.highlights)
        if source not in sources:
            sources.append(source)
    notes = tuple(dict.fromkeys(n for m in cluster.mentions for n in m.notes))
    bases = tuple(m.basis for m in dated if m.basis is not None and m.date == date)
    bases += tuple(m.basis for m in dated if m.basis is not None and m.date != date)
    return Event(
        id="",
        title=event_title(cluster.kind, names[0] if names else None, title_parties(participants, people_order),
                          location, cluster.noun(), cluster.mentions[0].between),
        kind=cluster.kind,
        date=date,
        end=ends[0] if ends else None,
        status=status,
        location=location,
        participants=participants,
        origin=Origin.EXTRACTED,
        date_basis=bases,
        sources=sources,
        conflicts=conflicts,
        notes=notes,
    )


def _who(cluster: Cluster, date: FuzzyDate) -> str:
    return ", ".join(sorted({m.article for m in cluster.mentions if m.date == date}))


_KIND_WORDS = {Kind.CALL: "phone call", Kind.SUMMIT: "summit", Kind.MINISTERIAL: "ministerial meeting",
               Kind.OTHER: "event"}


def title_parties(participants: Sequence[str], people_order: Sequence[str]) -> tuple[str, ...]:
    """The participants in the order a title names them, the same for every event: those listed in
    `people_order` first, in its order, then the others alphabetically by family name."""
    rank = {name: position for position, name in enumerate(people_order)}
    return tuple(sorted(participants, key=lambda name: (rank.get(name, len(rank)), family_name(name).casefold(),
                                                        name)))


def event_title(kind: Kind, name: str | None, participants: Sequence[str], location: str | None,
                noun: str | None = None, between: str | None = None) -> str:
    """'Lee–Ishiba summit in Kananaskis', 'Korea-Japan Defense Ministers' Meeting', 'Reception in Seoul'."""
    if name:
        return name
    words = noun or _KIND_WORDS[kind]
    people = "–".join(family_name(p) for p in participants[:3])
    if kind is Kind.OTHER:
        title = words
    elif people:
        title = f"{people} {words}"
    else:
        title = f"{between} {words}" if between else words
    if location and kind is not Kind.CALL:
        title += f" in {location.split(',')[0].strip()}"
    return title[0].upper() + title[1:]


def slug(text: str) -> str:
    """Lower-case words joined by hyphens, ASCII letters and digits only."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")


def assign_ids(events: list[Event]) -> list[Event]:
    """Give each event a readable, stable id: date-kind-place (or people, or name), unique within the list."""
    taken = {event.id for event in events if event.id}
    for event in sorted(events, key=lambda e: e.sort_key()):
        if event.id:
            continue
        named = event.title if event.kind is Kind.MINISTERIAL or event.kind is Kind.OTHER else None
        if named and not event.location:
            what = named
        elif event.location:
            what = event.location.split(",")[0]
        elif event.participants:
            what = "-".join(family_name(p) for p in event.participants[:2])
        else:
            what = " ".join(event.title.split()[:4])
        base = "-".join(filter(None, [event.date.iso(), event.kind.value, slug(what)[:40]]))
        candidate, number = base, 1
        while candidate in taken:
            number += 1
            candidate = f"{base}-{number}"
        event.id = candidate
        taken.add(candidate)
    return events
