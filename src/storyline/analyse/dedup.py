"""Independent sources: syndicated copies and rewrites of one story count once.

Articles whose bodies are near-duplicates (Jaccard of word 5-shingles >= 0.5) or that carry the
same wire agency fall into one source group; corroboration counts groups, not articles.

Finding the pairs scales with the corpus: each article gets a MinHash signature once (``signature``,
kept by the corpus stage between ingests); a new article is compared with every signature at once
(``candidates``: the share of equal hash values estimates the Jaccard), and only the candidates
are checked exactly on their shingles, so the pairs are the exact ones whatever the batch.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

import numpy as np

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.5
MARGIN = 0.2  # candidates are pairs whose estimate is within this of the threshold (128 hashes: sd <= 0.045)
SIGNATURE_SCHEME = "minhash-blake2b32-v1"  # in the kept facts' fingerprint: a new scheme recomputes every signature
_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_SEEDS = np.random.default_rng(20231).integers(1, 1 << 32, size=(2, NUM_PERM), dtype=np.uint64)
_HASH_A, _HASH_B = _SEEDS[0], _SEEDS[1]


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word n-grams of the lower-cased text."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def signature(items: set[str]) -> list[int]:
    """MinHash signature of a shingle set: for each of ``NUM_PERM`` fixed hash functions ``(a*h + b) mod p`` over the
    shingles' 32-bit digests, the least value. The share of equal values of two signatures estimates their Jaccard;
    the seeds are fixed, so the same set always gives the same signature."""
    if not items:
        return [int(_MAX_HASH)] * NUM_PERM
    digests = np.fromiter(
        (int.from_bytes(hashlib.blake2b(item.encode("utf-8"), digest_size=4).digest(), "little") for item in items),
        dtype=np.uint64, count=len(items),
    )
    values = (digests[:, None] * _HASH_A + _HASH_B) % _PRIME & _MAX_HASH  # a, h < 2**32 and b < 2**32: no overflow
    return [int(v) for v in values.min(axis=0)]


def candidates(matrix: np.ndarray[Any, Any], row: int, threshold: float = THRESHOLD) -> list[int]:
    """Rows of ``matrix`` (signatures) whose estimated Jaccard with ``row`` may reach the threshold."""
    estimate = (matrix == matrix[row]).mean(axis=1)
    return [int(i) for i in np.flatnonzero(estimate >= threshold - MARGIN) if i != row]


def near_duplicate_pairs(texts: dict[str, str], threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """Pairs of ids whose texts are near-duplicates (exact Jaccard of shingles >= threshold)."""
    keys = sorted(texts)
    sets = {key: shingles(texts[key]) for key in keys}
    if not keys:
        return []
    matrix = np.array([signature(sets[key]) for key in keys], dtype=np.uint64)
    pairs = set()
    for row, key in enumerate(keys):
        for other in candidates(matrix, row, threshold):
            a, b = sorted((key, keys[other]))
            if (a, b) not in pairs and jaccard(sets[a], sets[b]) >= threshold:
                pairs.add((a, b))
    return sorted(pairs)


def _find(parent: dict[str, str], key: str) -> str:
    """Union-find root with path halving."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def body(article: dict[str, Any]) -> str:
    """The article text a reader sees as the story (title block excluded)."""
    return str(article.get("text") or "")[int(article.get("body_start") or 0) :]


def source_groups(articles: Iterable[dict[str, Any]], pairs: Iterable[tuple[str, str]] | None = None) -> dict[str, str]:
    """Article id -> source group id: near-duplicate texts (``pairs``, found here if not given) and one wire agency."""
    rows = list(articles)
    parent = {a["id"]: a["id"] for a in rows}
    if pairs is None:
        pairs = near_duplicate_pairs({a["id"]: body(a) for a in rows})
    for a, b in pairs:
        if a in parent and b in parent:
            parent[_find(parent, a)] = _find(parent, b)
    by_agency: dict[str, str] = {}
    for row in rows:
        agency = (row.get("agency") or "").strip().lower()
        if not agency:
            continue
        if agency in by_agency:
            parent[_find(parent, row["id"])] = _find(parent, by_agency[agency])
        else:
            by_agency[agency] = row["id"]
    return {key: _find(parent, key) for key in parent}


def count_sources(article_ids: Iterable[str], groups: dict[str, str]) -> int:
    """Number of independent sources among these articles."""
    return len({groups.get(a, a) for a in article_ids})
