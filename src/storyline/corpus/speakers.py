"""Stage ``speakers``: each quote speaker linked to an entity: a named one, and a body the text describes."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from storyline.analyse.entities.resolve import (
    ANAPHOR_LABELS,
    BODY_KINDS,
    EntityResolution,
    NameLookup,
)
from storyline.corpus.state import CorpusState

BODY_TYPES = BODY_KINDS  # what a described speaker ("the company said") may be linked to
NEAR_CHARS = 200  # about one news sentence: a speaker named this close before a "he" is the quotes stage's to keep


TITLE_HOLDER_SHARE = 0.9  # of the people the corpus gives a title, the share one must hold for "the <title>" to be them
TITLE_HOLDER_COUNT = 3  # and the times it must give it them
GOVERNMENT_WORDS = frozenset({"government", "authorities", "regime", "administration"})


def link(state: CorpusState) -> None:
    assert state.resolution is not None
    types = {e.id: e.type for e in state.resolution.entities}
    named = NamedInArticles(state.mentions, state.resolution)
    lookup = NameLookup(state.resolution.entities)
    state.speaker_links = link_speakers(state.quotes, state.resolution.links, lookup.find, types,
                                        named.distance, named.last, named.within,
                                        described_as=Descriptions(state.resolution, lookup).entity)


class Descriptions:
    """Who a described speaker is across the corpus: "the <title>" when one person holds that title nearly always
    ("the Libyan leader": Moammar Gadhafi, of every "Libyan leader ..." the articles write), "the <people or country>
    government" that country ("the Libyan government": Libya)."""

    def __init__(self, resolution: EntityResolution, lookup: NameLookup) -> None:
        holders: dict[str, Counter[str]] = defaultdict(Counter)
        for entity in resolution.entities:
            if entity.type == "person":
                for role in entity.roles:
                    holders[" ".join(role.title.casefold().split())][entity.id] += 1
        self.titles = {title: top for title, counts in holders.items()
                       for top, n in counts.most_common(1)
                       if n >= TITLE_HOLDER_COUNT and n >= TITLE_HOLDER_SHARE * sum(counts.values())}
        self.lookup = lookup

    def entity(self, speaker: str) -> str | None:
        words = " ".join(speaker.casefold().split())
        if not words.startswith("the "):
            return None
        words = words[4:]
        if " " in words and words in self.titles:  # ("the director" alone was "the director of one of the clinics")
            return self.titles[words]
        people, _, last = words.rpartition(" ")
        if last in GOVERNMENT_WORDS and people and (found := self.lookup.find(people)) is not None:
            if found.type == "country":
                return found.id
            country = self.lookup.codes.get(found.country_code or "") if found.type == "other" else None
            return country.id if country is not None else None
        return None


class NamedInArticles:
    """Where each article names each entity (its names, not a pronoun's or a description's links)."""

    def __init__(self, mentions: list[dict[str, Any]], resolution: EntityResolution) -> None:
        spans = [(m["article"], m["start"], m["end"], m["text"]) for m in mentions]
        spans += [(m.article, m.start, m.end, m.text) for m in resolution.mentions if m.label not in ANAPHOR_LABELS]
        self.starts: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.names: dict[tuple[str, str], list[tuple[int, str, int]]] = defaultdict(list)  # (start, entity, end)
        for article, start, end, text in spans:
            if (entity := resolution.links.get((article, start, end))) is not None:
                self.starts[(article, entity)].append(start)
                self.names[(article, " ".join(text.split()).casefold())].append((start, entity, end))
        for found in self.starts.values():
            found.sort()
        for named in self.names.values():
            named.sort()

    def distance(self, article: str, entity: str, at: int) -> int | None:
        """How far before ``at`` the article last named the entity, or None when it did not before it."""
        found = self.starts.get((article, entity), [])
        i = bisect_left(found, at)
        return at - found[i - 1] if i else None

    def within(self, article: str, name: str, start: int, end: int) -> str | None:
        """The entity of the mention written ``name`` inside [start, end) ("the younger [Gadhafi]"), if any."""
        found = self.names.get((article, " ".join(name.split()).casefold()), [])
        inside = None
        for at, entity, stop in found[bisect_left(found, (start, "")) :]:
            if at >= end:
                break
            if stop <= end:
                inside = entity
        return inside

    def last(self, article: str, name: str, at: int) -> str | None:
        """The entity the article's last mention written ``name`` before ``at`` is linked to."""
        found = self.names.get((article, " ".join(name.split()).casefold()), [])
        i = bisect_left(found, (at, ""))
        return found[i - 1][1] if i else None


def link_speakers(
    quotes: list[dict[str, Any]], links: dict[tuple[str, int, int], str], by_name: Callable[[str], Any],
    types: dict[str, str], named_before: Callable[[str, str, int], int | None] | None = None,
    named_last: Callable[[str, str, int], str | None] | None = None,
    named_within: Callable[[str, str, int, int], str | None] | None = None,
    described_as: Callable[[str], str | None] | None = None,
) -> dict[str, str]:
    """Quote id -> entity id: for a named speaker the linked mention at the speaker's evidence span, else the entity the
    article's last mention of that name is, else the name's entity (the name's, when the mention there is linked to
    another person and the name was given just before it: a "he" the two stages read apart, where the resolver's
    reading of a "he" wins over a speaker named further back);
    for a definite description the entities stage linked to a body, that body ("the company added": BP; on
    bpoil_guardian 67 quotes of "the company" had no one). Described people ("a woman", "one official") stay unlinked:
    the entities stage's links of them were wrong more often than right on LibyaWar_cnn; a description the corpus makes
    one person's or one country's (``described_as``: "the Libyan leader", "the Libyan government") is that one."""
    out: dict[str, str] = {}
    for quote in quotes:
        if not quote["speaker"]:
            continue
        span = (quote["article"], quote["speaker_start"], quote["speaker_end"])
        entity_id = links.get(span) if quote["speaker_start"] is not None else None
        if not quote["speaker_named"]:
            described = quote["speaker"].lower().startswith("the ")
            if entity_id is not None and described and types.get(entity_id) in BODY_TYPES:
                out[quote["id"]] = entity_id
            elif described and entity_id is None and described_as is not None and (who := described_as(quote["speaker"])):
                out[quote["id"]] = who
            continue
        if entity_id is None and named_within is not None and quote["speaker_start"] is not None:
            # the name inside a speaker's words: "the younger Gadhafi" is the one its "Gadhafi" was linked to (Saif
            # al-Islam), not whoever the bare name is an alias of across the corpus
            entity_id = named_within(quote["article"], quote["speaker"], quote["speaker_start"], quote["speaker_end"])
        if entity_id is None and named_last is not None and quote["speaker_start"] is not None:
            # the name as the article last wrote it before the speaker: "Gadhafi" after "On state television, Gadhafi
            # threatened ..." is the one that mention is, not whichever entity the name is an alias of first (Ayesha
            # Gadhafi's alias "Gadhafi" had taken 30 of the 44 quotes linked to her on LibyaWar_cnn)
            entity_id = named_last(quote["article"], quote["speaker"], quote["speaker_start"])
        if entity_id is None:
            named = by_name(quote["speaker"])
            entity_id = named.id if named is not None else None
        elif types.get(entity_id) == "person" and len(quote["speaker"].split()) >= 2:
            # '“He's spending a few hours with his family”, he said' after "BP spokesman Robert Wine defended Mr
            # Hayward's move": the quotes stage's last speaker names who says it; the entities stage's "he" was Hayward.
            # A speaker named only further back is not ('It has a foreign policy chief in Catherine Ashton. She has
            # said ...' was Bernard Kouchner's, named four sentences before). On haiti_bbc, of 20 such readings apart
            # that either stage got right, the resolver had 16; with this bound 18 come out right (the quotes stage
            # kept 6 named that close, 4 of them rightly)
            named = by_name(quote["speaker"])
            near = named_before(quote["article"], named.id, quote["speaker_start"]) if named is not None and named_before else 0
            if named is not None and named.type == "person" and near is not None and near <= NEAR_CHARS:
                entity_id = named.id
        if entity_id is not None:
            out[quote["id"]] = entity_id
    return out
