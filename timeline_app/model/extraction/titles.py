"""The title each side's leaders bear in a report ("President" for one, "Prime Minister" for the other): a leader
whose country the report leaves unsaid and whose title the missing side's leaders never bear there is of a third
country ("President Roh was at the White House for talks with President Bush", in a report on Korea and Japan
whose Japanese leaders are prime ministers)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from timeline_app.model.extraction.people import PersonMention


@dataclass(frozen=True, slots=True)
class LeaderTitles:
    """The leaders' titles a report gives each country, and those given to each person."""

    of_side: dict[str, frozenset[str]]
    of_person: dict[str, frozenset[str]]

    @classmethod
    def of(cls, mentions: Iterable[PersonMention], country: Callable[[str], str | None]) -> LeaderTitles:
        """The titles of `mentions`, each person's country as `country` gives it (the article's last word)."""
        sides: dict[str, set[str]] = {}
        people: dict[str, set[str]] = {}
        for mention in mentions:
            if mention.title is None:
                continue
            people.setdefault(mention.name, set()).add(mention.title)
            if (code := country(mention.name)) is not None:
                sides.setdefault(code, set()).add(mention.title)
        return cls({code: frozenset(t) for code, t in sides.items()},
                   {name: frozenset(t) for name, t in people.items()})

    def stranger(self, participants: Collection[str], country: Callable[[str], str | None],
                 codes: Collection[str]) -> bool:
        """Whether a participant of unsaid country bears a leader's title that the side of the pair no other
        participant stands for never bears in the report (while its leaders do bear one)."""
        present = {country(name) for name in participants}
        missing = [code for code in codes if code not in present]
        if len(missing) != 1 or missing[0] not in self.of_side:
            return False
        theirs = self.of_side[missing[0]]
        return any(country(name) is None and (titles := self.of_person.get(name)) and not titles & theirs
                   for name in participants)
