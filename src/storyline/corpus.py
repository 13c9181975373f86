"""Corpus stage: everything that needs more than one article, rebuilt from the store after each ingest.

1. publication dates inferred from other articles (and time expressions re-anchored on them)
2. entities resolved across articles; mentions and quote speakers linked to them
3. the same quote reported by several outlets grouped
4. events, claims and the timeline

Each step is a pure function over stored rows; this module only loads, calls and writes.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Any

from storyline.analyse import pubdate, timex
from storyline.analyse.entities import EntityInput, EntityResolution, resolve_entities, resolve_name
from storyline.analyse.events import build_events_and_claims
from storyline.model import Mention, Sentence, Timex
from storyline.options import Options
from storyline.store.db import Store

ANAPHOR_LABELS = frozenset({"PRON", "NOMINAL"})  # resolver mentions that stand for an earlier name


def rebuild_corpus(store: Store, options: Options) -> dict[str, int]:
    """Recompute the corpus tables; returns counts of what was written."""
    from storyline.nlp import load_nlp

    articles = store.article_rows(with_text=True)
    if not articles:
        return {}
    nlp = load_nlp(options.model)
    docs = store.load_docs(nlp.vocab)
    _infer_dates(store, articles, docs)
    articles = store.article_rows(with_text=True)
    mentions = store.rows("mentions", source="ner")
    quotes = store.rows("quotes")

    resolution = _resolve_entities(articles, docs, mentions)
    entities, links, extra = resolution.entities, resolution.links, list(resolution.mentions)
    speaker_links = link_speakers(quotes, links, lambda name: resolve_name(resolution, name))
    # events take actors from names only: pronouns and descriptions are resolved by the events stage
    # itself, within the sentence pair it reads (precision first)
    named = [m for m in extra if m.label not in ANAPHOR_LABELS]
    events, claims = build_events_and_claims(
        articles=articles, docs=docs, quotes=quotes, timexes=store.rows("timexes"),
        entities=entities, links=links, extra_mentions=named,
    )
    store.replace_corpus(
        entities=entities, links=links, extra_mentions=extra, speaker_links=speaker_links,
        quote_groups=group_quotes(quotes), events=events, claims=claims,
    )
    store.set_meta("corpus_dirty", "0")
    return {"entities": len(entities), "events": len(events), "claims": len(claims)}


def _resolve_entities(articles: list[dict[str, Any]], docs: dict[str, Any], mentions: list[dict[str, Any]]) -> EntityResolution:
    """Entity resolution over every stored article that has a parse."""
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m["article"]].append(Mention(m["article"], m["start"], m["end"], m["text"], m["label"]))
    items = [
        EntityInput(
            article_id=a["id"], published=a["published"], text=a["text"], doc=docs.get(a["id"]),
            mentions=by_article.get(a["id"], []), body_start=int(a["body_start"] or 0),
        )
        for a in articles
        if a["id"] in docs
    ]
    return resolve_entities(items)


def link_speakers(
    quotes: list[dict[str, Any]], links: dict[tuple[str, int, int], str], by_name: Any
) -> dict[str, str]:
    """Quote id -> entity id: the linked mention at the speaker's evidence span, else the name's entity."""
    out: dict[str, str] = {}
    for quote in quotes:
        if not quote["speaker"] or not quote["speaker_named"]:
            continue
        span = (quote["article"], quote["speaker_start"], quote["speaker_end"])
        entity_id = links.get(span) if quote["speaker_start"] is not None else None
        if entity_id is None:
            entity = by_name(quote["speaker"])
            entity_id = entity.id if entity is not None else None
        if entity_id is not None:
            out[quote["id"]] = entity_id
    return out


def _infer_dates(store: Store, articles: list[dict[str, Any]], docs: dict[str, Any]) -> None:
    """Infer missing publication dates from the text and other articles; re-anchor time expressions.

    Inference restarts from stated dates only, so re-running it never feeds on its own guesses.
    """
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for s in store.rows("sentences"):
        sentences[s["article"]].append(Sentence(s["article"], s["idx"], s["start"], s["end"], s["paragraph"]))
    stored: dict[str, list[Timex]] = defaultdict(list)
    for row in store.rows("timexes"):
        stored[row["article"]].append(Timex(**{k: v for k, v in row.items() if k != "id"}))
    items = []
    for article in articles:
        doc = docs.get(article["id"])
        if doc is None:
            continue
        stated = article["stated_published"]
        # stored expressions of a dated article are already anchored on its stated date
        timexes = stored[article["id"]] if stated else timex.extract_timexes(doc, article["id"], anchor=None)
        items.append(pubdate.DatingInput(article=article["id"], published=stated, text=article["text"],
                                         timexes=timexes, sentences=sentences[article["id"]]))
    inferences = pubdate.infer_publication_dates(items)
    for item in items:
        if item.published:  # a stated date is never replaced
            continue
        inference = inferences.get(item.article)
        if inference is None:
            continue
        basis = inference.basis if inference.basis in {"inferred", "unknown"} else "unknown"
        evidence = inference.describe() if (inference.evidence or inference.notes) else None
        store.update_published(
            item.article, published=inference.date, basis=basis if inference.date or inference.earliest else "unknown",
            evidence=evidence, confidence=inference.confidence if basis == "inferred" else None,
            earliest=inference.earliest, latest=inference.latest,
        )
        fresh = pubdate.apply_inference(item.timexes, inference, doc=docs.get(item.article))
        store.update_timexes(item.article, [_timex_row(t) for t in fresh])


def _timex_row(t: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return dict(asdict(t))


def _normal_quote(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def group_quotes(quotes: list[dict[str, Any]]) -> dict[str, str]:
    """Group the same quote across articles: identical normalised text, or one containing the other."""
    groups: dict[str, str] = {}
    keyed = [(q, _normal_quote(q["text"])) for q in quotes if q["kind"] != "indirect" and len(q["text"]) >= 20]
    for i, (quote, key) in enumerate(keyed):
        for other, other_key in keyed[:i]:
            if other["article"] == quote["article"]:
                continue
            if key == other_key or (len(key) > 40 and (key in other_key or other_key in key)):
                group = groups.get(other["id"]) or "g-" + hashlib.sha1(other_key.encode()).hexdigest()[:10]
                groups[other["id"]] = group
                groups[quote["id"]] = group
                break
    return groups
