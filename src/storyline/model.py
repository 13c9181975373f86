"""Plain data classes passed between storyline's stages.

Every derived item names its article and character offsets (``start``, ``end``)
into that article's clean text: that pair is its evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Any, Literal


def shallow(value: Any) -> dict[str, Any]:
    """A dataclass instance as a dict of its fields, values as they are (``dataclasses.asdict`` deep-copies every
    nested value: seconds on a large ingest, for rows whose fields are plain values anyway)."""
    return {f.name: getattr(value, f.name) for f in fields(value)}

PublishedBasis = Literal["stated", "inferred", "unknown"]
QuoteKind = Literal["direct", "partial", "indirect", "topic", "view", "finding"]
# Direct and partial quotes are the speaker's words in marks; indirect ones a clause of reported speech; a "topic" is
# only what someone spoke of, named in the writer's words ("Rebel leaders criticized [NATO's efforts]"): kept as an
# attribution (PolNeAR counts it one) but no quote of anyone's words, so the quote views leave it out unless asked; a
# "view" is what someone thinks, wants, seeks or decides, told in the writer's words ("BP intended ...": ``lexicon.VIEW_VERBS``),
# kept and left out of the views alike; a "finding" is what a poll, study or documents show ("The poll said a majority
# ...", "The documents also showed the EPA allowed ..."): a source's content, no one's words, kept and left out alike.
QUOTE_KINDS: tuple[str, ...] = ("direct", "partial", "indirect", "topic", "view", "finding")
UNSPOKEN_KINDS = frozenset({"topic", "view", "finding"})
MARKED_KINDS = frozenset({"direct", "partial"})
# The NER labels of names (of people, bodies, places, peoples, things made and done), as against numbers and dates.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
# ... of those who can act or speak (people, bodies, places governed, peoples) ...
PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# ... and of numbers and of times, which name no one.
NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
TIME_LABELS = frozenset({"DATE", "TIME"})
FIGURE_LABELS = NUMBER_LABELS - {"ORDINAL"}  # numbers that count or measure ("the first missile" orders)


def article_id_for(raw: bytes) -> str:
    """Article id: the first 16 hex digits of the SHA-256 of the raw bytes."""
    return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(slots=True)
class RawDocument:
    """One article's bytes as ingested, before any cleaning."""

    source: str
    raw: bytes
    media_type: str  # "text/plain", "text/html", "application/json"
    url: str | None = None
    title: str | None = None
    published: str | None = None  # as given by the container (JSONL, feed, WARC)

    @property
    def id(self) -> str:
        return article_id_for(self.raw)


@dataclass(slots=True)
class Segment:
    """A run of clean text copied from the decoded raw text: clean[start:start+length] == raw[raw_start:...]."""

    start: int
    raw_start: int
    length: int


@dataclass(slots=True)
class Removal:
    """A piece of the raw text the cleaner dropped, and why."""

    raw_start: int
    raw_end: int
    reason: str
    text: str


@dataclass(slots=True)
class Article:
    id: str
    source: str
    raw: bytes
    media_type: str
    encoding: str
    decoded: str
    text: str
    segments: list[Segment] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    url: str | None = None
    headline: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    outlet: str | None = None
    outlet_basis: str | None = None
    agency: str | None = None  # wire agency when the story is syndicated
    dateline: str | None = None
    published: str | None = None
    published_basis: PublishedBasis = "unknown"
    published_evidence: str | None = None
    published_confidence: float | None = None
    captions: list[str] = field(default_factory=list)
    body_start: int = 0  # clean text before this offset is the title block (headline, subheadline)
    notes: list[str] = field(default_factory=list)

    def raw_offset(self, clean_offset: int) -> int | None:
        """Map an offset in the clean text to the decoded raw text, or None if it was synthesised."""
        for seg in self.segments:
            if seg.start <= clean_offset < seg.start + seg.length:
                return seg.raw_start + (clean_offset - seg.start)
        for seg in self.segments:
            if clean_offset == seg.start + seg.length:
                return seg.raw_start + seg.length
        return None


@dataclass(slots=True)
class Sentence:
    article: str
    index: int
    start: int
    end: int
    paragraph: int


@dataclass(slots=True)
class Mention:
    """A named-entity mention in the clean text."""

    article: str
    start: int
    end: int
    text: str
    label: str
    entity: str | None = None


@dataclass(slots=True)
class Quote:
    article: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: str | None = None  # the name (or role, if unnamed) as resolved
    speaker_start: int | None = None  # evidence of the speaker mention used
    speaker_end: int | None = None
    speaker_role: str | None = None
    speaker_named: bool = True
    speaker_entity: str | None = None
    id: str | None = None
    group: str | None = None  # same quote across articles


@dataclass(slots=True)
class Timex:
    article: str
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    granularity: str | None = None  # day, week, month, year, ...
    anchor: str | None = None  # the date the value was computed from
    basis: str | None = None  # how it was resolved, in words
    end_value: str | None = None  # for ranges


@dataclass(slots=True)
class Role:
    title: str
    article: str
    start: int
    end: int
    date: str | None = None


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # person, organisation, country, place, other
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    country_code: str | None = None
    variants: list[dict[str, object]] = field(default_factory=list)  # probable garbled variants


@dataclass(slots=True)
class Evidence:
    article: str
    start: int
    end: int
    role: str = "supports"  # for claims: asserts | denies | figure


@dataclass(slots=True)
class Event:
    id: str
    type: str
    summary: str
    evidence: list[Evidence]
    date: str | None = None
    granularity: str | None = None
    actor: str | None = None
    target: str | None = None
    actor_code: str | None = None
    target_code: str | None = None
    mode: str = "asserted"
    location: str | None = None
    sources: int = 1  # independent sources
    salience: float = 0.0
    story: str | None = None  # events merge only within one story
    centrality: float = 0.0  # how central its words are to its story (0-1): orders events salience leaves tied


# A claim's status, in ledger order: asserted and denied; denied only; a thing (a proposal, an offer, an
# authority) rejected, nobody asserting; withdrawn by its asserter; asserted by two or more independent
# sources; asserted by one.
CLAIM_STATUSES = ("contested", "denied", "rejected", "retracted", "corroborated", "asserted")


@dataclass(slots=True)
class Claim:
    id: str
    statement: str
    evidence: list[Evidence]
    asserted_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    status: str = "asserted"
    figures: list[dict[str, object]] = field(default_factory=list)
    story: str | None = None
    parties: list[dict[str, object]] = field(default_factory=list)  # {name, entity, stance, articles}
    sources: int = 0  # independent sources among the articles that carry it
