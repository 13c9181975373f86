"""Independent sources: syndicated copies and rewrites of one story count once.

Articles whose texts are near-duplicates (Jaccard of word 5-shingles >= 0.5: exact for small
corpora, MinHash LSH with ``datasketch`` above ``EXACT_LIMIT`` articles) or that carry the same wire
agency fall into one source group; corroboration counts groups, not articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

SHINGLE = 5
NUM_PERM = 128
THRESHOLD = 0.5
EXACT_LIMIT = 300  # below this many articles exact Jaccard is cheaper than importing datasketch (~1 s)


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    """Word n-grams of the lower-cased text."""
    words = re.findall(r"\w+", text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _jaccard(a: set[str], b: set[str]) -> float:
    """Exact Jaccard similarity of two shingle sets."""
    return len(a & b) / len(a | b) if a and b else 0.0


def near_duplicate_pairs(texts: dict[str, str], threshold: float = THRESHOLD) -> list[tuple[str, str]]:
    """Pairs of ids whose texts are near-duplicates (estimated Jaccard of shingles >= threshold)."""
    sets = {key: shingles(text) for key, text in texts.items()}
    if len(sets) <= EXACT_LIMIT:  # exact comparison is cheaper than MinHash for small corpora
        keys = sorted(sets)
        sizes = {key: len(items) for key, items in sets.items()}
        # Jaccard(a, b) <= min(|a|, |b|) / max(|a|, |b|): skip pairs whose sizes already rule it out
        return [
            (a, b) for i, a in enumerate(keys) for b in keys[i + 1 :]
            if min(sizes[a], sizes[b]) >= threshold * max(sizes[a], sizes[b]) and _jaccard(sets[a], sets[b]) >= threshold
        ]
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, Any] = {}
    for key, items in sets.items():
        mh = MinHash(num_perm=NUM_PERM)
        for item in items:
            mh.update(item.encode("utf-8"))
        hashes[key] = mh
        lsh.insert(key, mh)
    pairs: set[tuple[str, str]] = set()
    for key, mh in hashes.items():
        for other in lsh.query(mh):
            if other != key:
                pairs.add((min(key, other), max(key, other)))
    return sorted(pairs)


def _find(parent: dict[str, str], key: str) -> str:
    """Union-find root with path halving."""
    while parent[key] != key:
        parent[key] = parent[parent[key]]
        key = parent[key]
    return key


def source_groups(articles: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Article id -> source group id: near-duplicate texts and the same wire agency share a group."""
    rows = list(articles)
    parent = {a["id"]: a["id"] for a in rows}
    body = {a["id"]: (a.get("text") or "")[int(a.get("body_start") or 0) :] for a in rows}
    for a, b in near_duplicate_pairs(body):
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
