"""Per-article facts kept between ingests: what a corpus stage read from one article's Doc.

A fact is stored with the fingerprint of everything it was computed from (the article, its rows,
the entity links it saw). A stage reuses a fact whose fingerprint still matches and recomputes,
from the stored Doc, only the articles whose inputs changed; so an ingest re-reads the new
articles and those the new ones affect, and gives exactly what a full rebuild gives.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field, is_dataclass
from typing import Any, Generic, TypeVar

from storyline.model import shallow

FACTS_VERSION = "371"  # bump when a per-article finder changes what it returns: every fact is recomputed

T = TypeVar("T")


def fingerprint(*parts: Any) -> str:
    """A stable digest of JSON-able inputs."""
    data = json.dumps([FACTS_VERSION, *parts], sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha1(data.encode()).hexdigest()


def plain(value: Any) -> Any:
    """A dataclass as its fields, for ``json.dumps(default=plain)``: the encoder walks lists and dicts itself, so nothing
    is deep-copied on the way (``dataclasses.asdict`` copied every nested value: 3 s of a 396-article corpus pass)."""
    if is_dataclass(value) and not isinstance(value, type):
        return shallow(value)
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


def _encode_fact(value: Any) -> str:
    """The stored JSON of a fact (dataclasses inside it included)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=plain)


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
        ``encode`` gives it, or as it is: dataclasses inside it are written by ``plain``)."""
        self.used.add(article)
        stored = self.stored.get(article)
        if stored is not None and stored[0] == key:
            return self.decode(json.loads(stored[1]))
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
