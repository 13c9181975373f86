"""Per-article facts kept between ingests: what a corpus stage read from one article's Doc.

A fact is stored with the fingerprint of everything it was computed from (the article, its rows,
the entity links it saw). A stage reuses a fact whose fingerprint still matches and recomputes,
from the stored Doc, only the articles whose inputs changed; so an ingest re-reads the new
articles and those the new ones affect, and gives exactly what a full rebuild gives.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import orjson

FACTS_VERSION = "445"  # bump when a per-article finder changes what it returns: every fact is recomputed

T = TypeVar("T")


def fingerprint(*parts: Any) -> str:
    """A stable digest of JSON-able inputs (tuples as lists, dict keys sorted, anything else by its ``str``)."""
    return hashlib.sha1(orjson.dumps([FACTS_VERSION, *parts], option=_OPTIONS | orjson.OPT_SORT_KEYS, default=str)).hexdigest()


# orjson (not the standard json module) reads and writes every fact: decoding each article's kept facts was the largest
# single cost of adding one article to a large store (1.1 s of json.loads for 970 articles' facts). It writes dataclasses
# as their fields itself, and integer keys as strings, as json.dumps did
_OPTIONS = orjson.OPT_NON_STR_KEYS


def _encode_fact(value: Any) -> str:
    """The stored JSON of a fact (dataclasses inside it included)."""
    return orjson.dumps(value, option=_OPTIONS).decode()


@dataclass
class FactTable(Generic[T]):
    """One stage's facts: stored (article -> (fingerprint, JSON)) and what this run computed."""

    stage: str
    decode: Callable[[Any], T]
    stored: dict[str, tuple[str, str]] = field(default_factory=dict)
    fresh: dict[str, tuple[str, str]] = field(default_factory=dict)  # to write back
    used: set[str] = field(default_factory=set)

    def get(self, article: str, key: str, compute: Callable[[], T], encode: Callable[[T], Any] | None = None) -> T:
        """The fact for ``article`` under fingerprint ``key``: stored if it matches, else computed now (written as
        ``encode`` gives it, or as it is: orjson writes dataclasses inside it as their fields)."""
        self.used.add(article)
        stored = self.stored.get(article)
        if stored is not None and stored[0] == key:
            return self.decode(orjson.loads(stored[1]))
        value = compute()
        self.fresh[article] = (key, _encode_fact(encode(value) if encode is not None else value))
        return value

    def put(self, article: str, data: Any) -> None:
        """Replace the JSON of a fact computed in this run (a stage that completes it after seeing every article)."""
        key = self.fresh[article][0]
        self.fresh[article] = (key, _encode_fact(data))

    @property
    def recomputed(self) -> int:
        return len(self.fresh)
