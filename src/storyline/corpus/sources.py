"""Stage ``source_groups``: syndicated copies and rewrites of one story count as one source.

Each article keeps its MinHash signature and the near-duplicates found when it arrived. A new
article is compared with every kept signature at once and checked exactly against its candidates;
pairs among older articles are read back, so an ingest costs the new articles, not every pair.
"""

from __future__ import annotations

from functools import partial
from typing import Any

import numpy as np

from storyline.analyse.dedup import (
    SIGNATURE_SCHEME,
    THRESHOLD,
    body,
    candidates,
    jaccard,
    shingles,
    signature,
    source_groups,
)
from storyline.corpus.facts import fingerprint
from storyline.corpus.state import CorpusState


def _signature(text: str) -> dict[str, Any]:
    return {"sig": signature(shingles(text)), "pairs": []}


def group_sources(state: CorpusState) -> None:
    table = state.table("sources")
    ids = [a["id"] for a in state.articles]
    bodies = {a["id"]: body(a) for a in state.articles}
    facts: dict[str, dict[str, Any]] = {}
    for article in state.articles:
        aid = article["id"]
        facts[aid] = table.get(aid, fingerprint("sources", SIGNATURE_SCHEME, aid, article["body_start"]), partial(_signature, bodies[aid]), dict)
    pairs = {(a, b) for aid in ids if aid not in table.fresh for a, b in (sorted((aid, p)) for p in facts[aid]["pairs"])}
    if table.fresh:
        matrix = np.array([facts[aid]["sig"] for aid in ids], dtype=np.uint64)
        sets: dict[str, set[str]] = {}
        for row, aid in enumerate(ids):
            if aid not in table.fresh:
                continue
            found = []
            for other in candidates(matrix, row):
                partner = ids[other]
                a = sets.setdefault(aid, shingles(bodies[aid]))
                b = sets.setdefault(partner, shingles(bodies[partner]))
                if jaccard(a, b) >= THRESHOLD:
                    found.append(partner)
                    pairs.add((min(aid, partner), max(aid, partner)))
            facts[aid]["pairs"] = sorted(found)
            table.put(aid, facts[aid])
    state.groups = source_groups(state.articles, sorted(pairs))
    copies: dict[str, list[str]] = {}
    for a, b in sorted(pairs):
        copies.setdefault(a, []).append(b)
        copies.setdefault(b, []).append(a)
    state.copies = copies
