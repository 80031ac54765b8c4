"""Which country a place, a country's name or a demonym names, from the GeoNames-derived table shipped beside
this module (places.tsv.gz, made by tools/make_places.py; GeoNames data, CC BY 4.0), and the pair of countries
a data set follows."""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_TABLE = Path(__file__).with_name("places.tsv.gz")
_COMPASS = ("North ", "South ", "East ", "West ")
# A run of capitalized words, or words joined by "of"/"the" ("Republic of Korea"), possibly hyphenated
# pairs ("Korea-Japan"): where the names of places and peoples are looked for.
_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w.'’]*(?:(?:\s+(?:of\s+(?:the\s+)?)?|-)[A-Z][\w.'’]*)*")
_RUN_WORD = re.compile(r"[A-Z][\w.'’]*(?:\s+of(?:\s+the)?(?=\s))?")
_RUNS_KEPT = 50_000  # runs whose names are remembered; beyond, the memory starts again


@dataclass(frozen=True, slots=True)
class Country:
    """One country: its ISO code, English name, capital, demonym and the other names it goes by."""

    code: str
    name: str
    capital: str
    demonym: str
    other_names: tuple[str, ...]


class Gazetteer:
    """Country names, demonyms, capitals and cities of 15,000 people or more, each with its countries."""

    def __init__(self, text: str) -> None:
        countries, _, places_text = text.partition("\nPLACES\n")
        self.countries: dict[str, Country] = {}
        for line in countries.splitlines():
            if line and not line.startswith("#"):
                code, name, capital, demonym, others = line.split("\t")
                self.countries[code] = Country(code, name, capital, demonym, tuple(filter(None, others.split(";"))))
        # The place lines are most of the table: read in one go, their countries kept as "ISO,ISO" text.
        cells = iter(places_text.replace("\n", "\t").split("\t"))
        places = dict(zip(cells, cells))
        # What names a country, strongest first: its own names, then its people, then short forms that
        # several countries share ("Korea", "Korean"), then its capital, then any city.
        full: dict[str, list[str]] = {}
        short: dict[str, list[str]] = {}
        for country in self.countries.values():
            names = [country.name, *country.other_names]
            if country.demonym:
                names += [country.demonym, *_plurals(country.demonym)]
            for name in names:
                full.setdefault(name, []).append(country.code)
                if name.startswith(_COMPASS):
                    short.setdefault(name.split(" ", 1)[1], []).append(country.code)
        self._names = places
        for country in self.countries.values():
            if country.capital:
                self._names[country.capital] = country.code
        self._names.update({name: ",".join(codes) for name, codes in short.items() if name not in full})
        self._names.update({name: ",".join(codes) for name, codes in full.items()})
        self._demonyms = {name for country in self.countries.values() if country.demonym
                          for name in (country.demonym, *_plurals(country.demonym), *short_demonyms(country))}
        # What `mentions` found in each run of capitalized words seen ("Prime Minister Ishiba"): runs recur.
        self._in_run: dict[str, tuple[tuple[int, int, tuple[str, ...]], ...]] = {}
        self._by_name = {name.casefold(): country for country in self.countries.values()
                         for name in (country.name, country.code, *country.other_names)}

    def countries_of(self, name: str) -> tuple[str, ...]:
        """The ISO codes of the countries `name` may mean, the likeliest first (none for an unknown name)."""
        codes = self._names.get(name.removesuffix("'s").removesuffix("’s"))
        return tuple(codes.split(",")) if codes else ()

    def is_demonym(self, word: str) -> bool:
        """Whether `word` names a people ("Korean", "Japanese", "Germans"), not a place."""
        return word in self._demonyms

    def country(self, name: str) -> Country | None:
        """The country of that name, other name or ISO code, in any case."""
        return self._by_name.get(name.strip().casefold())

    def country_names(self) -> list[str]:
        """Every country's English name."""
        return [country.name for country in self.countries.values()]

    def mentions(self, text: str) -> Iterable[tuple[int, int, tuple[str, ...]]]:
        """Each name of a country, people or place in `text`: start, end and the countries it may mean,
        the longest name first where names overlap ("North Korea" is not "Korea")."""
        known = self._in_run
        for run in _CAPITALIZED_RUN.finditer(text):
            phrase = run.group()
            found = known.get(phrase)
            if found is None:
                if len(known) >= _RUNS_KEPT:
                    known.clear()
                found = known[phrase] = tuple(self._names_in_run(phrase))
            base = run.start()
            for start, end, codes in found:
                yield base + start, base + end, codes

    def _names_in_run(self, phrase: str) -> Iterable[tuple[int, int, tuple[str, ...]]]:
        """The names in one run of capitalized words (what `mentions` finds in it, offsets in the run)."""
        names = self._names
        if phrase in names or phrase.removesuffix("'s").removesuffix("’s") in names:  # most runs: one name
            codes = self.countries_of(phrase)
            if codes:
                yield 0, len(phrase), codes
                return
        words = [(w.start(), w.end()) for w in _RUN_WORD.finditer(phrase)]
        index = 0
        while index < len(words):
            for last in range(min(len(words), index + 4) - 1, index - 1, -1):
                start, end = words[index][0], words[last][1]
                candidate = " ".join(phrase[start:end].split()).rstrip(".")
                codes = self.countries_of(candidate) or self.countries_of(candidate + ".")
                if codes:
                    yield start, end, codes
                    index = last + 1
                    break
            else:
                index += 1


def short_demonyms(country: Country) -> list[str]:
    """"Korean" for "South Korean": the demonym without its compass word."""
    return [country.demonym.split(" ", 1)[1]] if country.demonym.startswith(_COMPASS) else []


def _plurals(demonym: str) -> list[str]:
    """'Koreans' for 'Korean', 'Israelis' for 'Israeli'; 'Japanese' and 'French' have none."""
    return [demonym + "s"] if demonym.endswith(("an", "i")) else []


@functools.cache
def gazetteer() -> Gazetteer:
    """The shipped table, read once, on first use."""
    return Gazetteer(gzip.decompress(_TABLE.read_bytes()).decode("utf-8"))


DEFAULT_COUNTRIES = ("South Korea", "Japan")


@dataclass(frozen=True, slots=True, eq=False)
class CountryPair:
    """The two countries whose meetings a data set follows (`countries:` in events.yaml); one object per
    pair (`country_pair`), compared and hashed by identity."""

    first: Country
    second: Country
    codes: frozenset[str] = field(init=False)  # both ISO codes

    def __post_init__(self) -> None:
        object.__setattr__(self, "codes", frozenset((self.first.code, self.second.code)))

    @property
    def label(self) -> str:
        """"Korea–Japan": each name without a compass word that only sets it apart from a namesake."""
        return _label(self)

    def code_of(self, name: str) -> str | None:
        """The country a name means: one of the pair when it may mean one ("Korea", "Korean"), else the
        likeliest other country, else None."""
        codes = gazetteer().countries_of(name)
        return next((code for code in codes if code in self.codes), codes[0] if codes else None)

    def named_in(self, text: str) -> frozenset[str]:
        """Which of the two countries `text` names, by any name of the country, its people or its places."""
        return _named_in(self, text)

    def countries_in(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """Each country, people or place named in `text`, with the country meant (one of the pair first)."""
        return _countries_in(self, text)


_LONG_TEXT = 2_000  # characters: longer than sentences and paragraphs, whose places are asked again


@functools.lru_cache(maxsize=512)
def _named_in(pair: CountryPair, text: str) -> frozenset[str]:
    if len(text) < _LONG_TEXT:
        return frozenset(code for _, _, code in _countries_in(pair, text) if code in pair.codes)
    # A whole article: read only until both countries are named (most name them in their first lines).
    named: set[str] = set()
    for _, _, found in gazetteer().mentions(text):
        code = next((c for c in found if c in pair.codes), None)
        if code is not None:
            named.add(code)
            if len(named) == len(pair.codes):
                break
    return frozenset(named)


@functools.lru_cache(maxsize=2048)
def _countries_in(pair: CountryPair, text: str) -> tuple[tuple[int, int, str], ...]:
    codes = pair.codes
    return tuple((start, end, next((c for c in found if c in codes), found[0]))
                 for start, end, found in gazetteer().mentions(text))


@functools.lru_cache(maxsize=16)
def _label(pair: CountryPair) -> str:
    return "–".join(_short_name(country) for country in (pair.first, pair.second))


def _short_name(country: Country) -> str:
    """"Korea" for South Korea (a name it shares with North Korea); "South Africa" stays whole."""
    short = country.name.split(" ", 1)[1] if country.name.startswith(_COMPASS) else ""
    return short if len(gazetteer().countries_of(short)) > 1 else country.name


@functools.lru_cache(maxsize=16)
def country_pair(names: tuple[str, str] = DEFAULT_COUNTRIES) -> CountryPair:
    """The pair of countries of these names (each must be a country `gazetteer().country` knows)."""
    first, second = (gazetteer().country(name) for name in names)
    if first is None or second is None:
        raise ValueError(f"unknown country in {names}")
    return CountryPair(first, second)
