"""Events of another story told in passing: a sentence set in a country the story is not about, naming nothing of it.

A page of one story often reports others beside it (a live blog of the Mideast's unrest: "a 17-year-old boy died ...
as demonstrators battled Kurdish security forces in Sulaimaniya in northern Iraq" on a Libya page; "More than 400
people have been killed in Syria"). A story's own countries are those a good share of its articles name, its own
parties the people and bodies several of its articles name. A sentence event whose sentence places it in another
country ("in northern Iraq") and names none of the story's own countries or parties is an aside and stays off the
story's events. What a foreign country says or does with no place ("Russia criticised the strikes"), what anyone says
or meets about abroad ("Lavrov told reporters in Moscow"), or anything its sentence ties to the story ("al-Obeidy made
public statements after arriving in Qatar") is the story's.

A page also recalls other times: "The Exxon Valdez oil tanker hit a reef off Alaska 21 years ago", "Nasser ... had died
in 1972", "Bartlit ... had led the investigation into the 1988 Piper Alpha disaster". A sentence event dated before the
year before its story began is another story's past unless its doer or the one it was done to is the story's own (one
of its parties, or a country or place of its own countries: "Moammar Gadhafi seized Libya's helm in 1969", "BP
publicly committed to improving its safety record" in 2006), or, with neither named, the sentence names one of its
parties ("15 workers died in an explosion at BP's Texas refinery").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from storyline.analyse.events import patterns as P

OWN_COUNTRY_SHARE = 0.15  # share of a story's articles that must name a country for it to be the story's own
OWN_PARTY_SHARE = 0.05  # ... or a person or body, for it to be one of the story's parties ...
OWN_PARTY_ARTICLES = 3  # ... in this many articles at least
MIN_ARTICLES = 5  # a story of fewer articles has too few to tell its own countries from a passing one
PAST_YEARS = 1  # an act whose date ends more than this many calendar years before the story's first is of the past


@dataclass(frozen=True, slots=True)
class Named:
    """One named mention: where it starts, its entity, the entity's country code ("" for none), whether it is placed."""

    offset: int
    entity: str
    code: str
    placed: bool


@dataclass(frozen=True, slots=True)
class OwnParties:
    """What a story is about: its own countries (codes) and its own people and bodies (entity ids)."""

    countries: frozenset[str]
    parties: frozenset[str]


def own_parties(named: Mapping[str, list[Named]]) -> OwnParties | None:
    """The story's own countries and parties from each of its articles' named mentions; None when it is too small."""
    if len(named) < MIN_ARTICLES:
        return None
    codes = Counter(code for mentions in named.values() for code in {m.code for m in mentions if m.code})
    parties = Counter(e for mentions in named.values() for e in {m.entity for m in mentions if not m.code})
    wanted = max(OWN_PARTY_ARTICLES, OWN_PARTY_SHARE * len(named))
    return OwnParties(frozenset(c for c, n in codes.items() if n >= OWN_COUNTRY_SHARE * len(named)),
                      frozenset(e for e, n in parties.items() if n >= wanted))


def in_sentence(mentions: list[Named], start: int, end: int) -> list[Named]:
    """The mentions (sorted by offset) that start inside [start, end)."""
    first = bisect_left(mentions, start, key=lambda m: m.offset)
    out = []
    for mention in mentions[first:]:
        if mention.offset >= end:
            break
        out.append(mention)
    return out


def is_aside(kind: str, mentions: list[Named], own: OwnParties | None) -> bool:
    """Whether a sentence's event (of type ``kind``) is another story's: a deed, not a saying or a meeting (what
    Lavrov "told reporters in Moscow" is about the story), that the sentence places in a country not the story's own,
    naming none of the story's own countries or parties."""
    if kind in P.REPORTING_TYPES or kind == "CONSULT":
        return False
    if own is None or not any(m.placed and m.code and m.code not in own.countries for m in mentions):
        return False
    return not any(m.code in own.countries or m.entity in own.parties for m in mentions)


def last_year(value: str | None) -> int | None:
    """The last calendar year a stored date value can fall in ("1969", "199" the 1990s, "2002-SP", "2005-03-04",
    "2009/2010"), or None for one with no year ("XXXX-03")."""
    if not value:
        return None
    value = value.rsplit("/", 1)[-1]
    digits = value[: len(value) - len(value.lstrip("0123456789"))][:4]
    if len(digits) < 2:
        return None
    return int(digits.ljust(4, "9"))


def is_of_the_past(date: str | None, end: str | None, parties: tuple[str | None, str | None], mentions: list[Named],
                   own: OwnParties | None, codes: Mapping[str, str], began: int | None) -> bool:
    """Whether a sentence event dated ``date`` (to ``end``) before the year before its story ``began`` is another
    story's past: its actor and target (``parties``) are none of the story's own, or, with neither, its sentence
    (``mentions``) names none of the story's parties."""
    year = last_year(end or date)
    if own is None or began is None or year is None or year >= began - PAST_YEARS:
        return False
    named = [e for e in parties if e]
    if named:
        return not any(e in own.parties or codes.get(e, "") in own.countries for e in named)
    return not any(m.entity in own.parties for m in mentions)
