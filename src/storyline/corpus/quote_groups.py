"""Stage ``quote_groups``: the same quote reported by several outlets, found by hashing.

Two quotes from different articles group when their normalised texts are equal, or (over 40
characters) one contains the other word for word. Candidates come from an index of word trigrams,
so the cost grows with the quotes that share words, not with every pair.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any

from storyline.corpus.state import CorpusState
from storyline.model import MARKED_KINDS

GRAM = 3  # words per indexed n-gram
MIN_CHARS = 20  # shorter quotes ("yes", "we will") are never grouped
CONTAIN_CHARS = 40  # containment counts only for quotes longer than this


def group(state: CorpusState) -> None:
    state.quote_groups = group_quotes(state.quotes)


def normal_quote(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _grams(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + GRAM]) for i in range(len(words) - GRAM + 1)]


def group_quotes(quotes: list[dict[str, Any]]) -> dict[str, str]:
    """Quote id -> group id; each quote joins the first earlier quote (in store order) it matches."""
    groups: dict[str, str] = {}
    keyed = [(q, normal_quote(q["text"])) for q in quotes if q["kind"] in MARKED_KINDS and len(q["text"]) >= MIN_CHARS]
    exact: dict[str, list[int]] = defaultdict(list)
    containing: dict[tuple[str, ...], list[int]] = defaultdict(list)  # n-gram -> earlier quotes holding it
    first_gram: dict[tuple[str, ...], list[int]] = defaultdict(list)  # first n-gram -> earlier quotes starting so
    for i, (quote, key) in enumerate(keyed):
        words = key.split()
        long = len(key) > CONTAIN_CHARS
        # only a long quote contains another or is looked for inside one; a short one is only ever contained, by its
        # first n-gram
        grams = set(_grams(words)) if long else set()
        first = tuple(words[:GRAM]) if len(words) >= GRAM else None
        candidates = set(exact.get(key, []))
        if long and first is not None:
            candidates.update(containing.get(first, []))  # earlier quotes that may contain this one
            for gram in grams:
                candidates.update(first_gram.get(gram, []))  # earlier quotes this one may contain
        for j in sorted(candidates):
            other, other_key = keyed[j]
            if other["article"] == quote["article"]:
                continue
            if key == other_key or (len(key) > CONTAIN_CHARS and (key in other_key or other_key in key)):
                name = groups.get(other["id"]) or "g-" + hashlib.sha1(other_key.encode()).hexdigest()[:10]
                groups[other["id"]] = name
                groups[quote["id"]] = name
                break
        exact[key].append(i)
        for gram in grams:
            containing[gram].append(i)
        if first is not None:
            first_gram[first].append(i)
    return groups
