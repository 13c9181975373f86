"""Stage ``pubdate``: publication dates inferred from other articles, time expressions re-anchored on them.

Inference restarts from stated dates only, so re-running it never feeds on its own guesses. It
runs only while some article has no stated date; an article's expressions are re-anchored (from its
Doc) only when its inferred date or window changes.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial
from typing import Any

from storyline.analyse.time import expressions as timex
from storyline.analyse.time import pubdate
from storyline.corpus.facts import fingerprint
from storyline.corpus.state import CorpusState, PublishedUpdate
from storyline.model import Sentence, Timex, shallow

TIMEX_FIELDS = ("article", "start", "end", "text", "type", "value", "granularity", "anchor", "basis", "end_value")


def _timex(row: dict[str, Any]) -> Timex:
    return Timex(**{k: row[k] for k in TIMEX_FIELDS})


def infer_dates(state: CorpusState) -> None:
    state.dated = {}
    if all(a["stated_published"] for a in state.articles):
        return  # nothing to infer: every article states its date
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for s in state.docs.store.rows("sentences"):
        sentences[s["article"]].append(Sentence(s["article"], s["idx"], s["start"], s["end"], s["paragraph"]))
    stored = state.by_article(state.timexes)
    table = state.table("pubdate")
    items = []
    for article in state.articles:
        stated = article["stated_published"]
        if stated:  # stored expressions of a dated article are already anchored on its stated date
            timexes = [_timex(t) for t in stored[article["id"]]]
        else:
            timexes = table.get(
                article["id"], fingerprint("pubdate", article["id"]),
                partial(_unanchored, state, article["id"]),
            )
        items.append(pubdate.DatingInput(article=article["id"], published=stated, text=article["text"],
                                         timexes=timexes, sentences=sentences[article["id"]]))
    inferences = pubdate.infer_publication_dates(items)
    for item, article in zip(items, state.articles, strict=True):
        if item.published:  # a stated date is never replaced
            continue
        inference = inferences.get(item.article)
        if inference is None:
            continue
        basis = inference.basis if inference.basis in {"inferred", "unknown"} else "unknown"
        update = PublishedUpdate(
            published=inference.date, basis=basis if inference.date or inference.earliest else "unknown",
            evidence=inference.describe() if (inference.evidence or inference.notes) else None,
            confidence=inference.confidence if basis == "inferred" else None,
            earliest=inference.earliest, latest=inference.latest, timexes=[],
        )
        now = (article["published"], article["published_basis"], article["published_evidence"],
               article["published_confidence"], article["published_earliest"], article["published_latest"])
        if now == (update.published, update.basis, update.evidence, update.confidence, update.earliest, update.latest):
            continue  # already applied by an earlier run
        update.timexes = pubdate.apply_inference(item.timexes, inference, doc=state.docs.get(item.article))
        state.dated[item.article] = update
        article.update(published=update.published, published_basis=update.basis, published_evidence=update.evidence,
                       published_confidence=update.confidence, published_earliest=update.earliest,
                       published_latest=update.latest)
    if state.dated:  # later stages read the re-anchored expressions
        kept = [t for t in state.timexes if t["article"] not in state.dated]
        fresh = [shallow(t) for update in state.dated.values() for t in update.timexes]
        state.timexes = sorted(kept + fresh, key=lambda t: (t["article"], t["start"]))


def _unanchored(state: CorpusState, article_id: str) -> list[Timex]:
    """An undated article's expressions, read from its Doc with no anchor."""
    doc = state.docs.get(article_id)
    return [] if doc is None else timex.extract_timexes(doc, article_id, anchor=None)


def decode_timexes(data: Any) -> list[Timex]:
    return [Timex(**t) for t in data]
