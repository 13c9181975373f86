"""Stage ``statements``: what each article states, read from its Doc once and kept.

Per article: sentence events (actors linked, dated) and the ledger's statements (who asserts,
alleges, denies, confirms or retracts what). A fact is reused while its fingerprint (``corpus/scope.py``)
holds: the article's date, time expressions, quotes, the entity links inside it and those entities'
names and types. A new article that renames or re-links an entity makes only the articles that
mention it read their Docs again; only the articles of stories the merges redo are read at all.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from storyline.analyse.claims.ledger import ArticleClaims, article_claims, claims_canon
from storyline.analyse.claims.statements import Statement, names_to_entities
from storyline.analyse.events.annotate import article_events
from storyline.analyse.events.candidates import SentenceEvent
from storyline.analyse.events.linking import MentionIndex, doc_candidates
from storyline.corpus.events import by_story
from storyline.corpus.state import CorpusState


def read(state: CorpusState) -> None:
    """The statements of every article of a story the merges redo (the others' are neither read nor decoded)."""
    assert state.resolution is not None and state.statement_inputs is not None and state.scope is not None
    entities = state.resolution.entities
    names = {e.id: e.name for e in entities}
    by_name = names_to_entities(names)  # once for every article, not once per article
    types = {e.id: e.type for e in entities}
    canon = claims_canon(entities)
    timexes = state.by_article(state.timexes)
    quotes = state.by_article(state.quotes)
    table = state.table("statements")
    state.sentence_events, state.article_claims = {}, {}
    for article in (a for articles in by_story(state).values() for a in articles):
        aid = article["id"]
        given = state.statement_inputs[aid]
        found = table.get(aid, given.key, partial(_compute, state, article, timexes[aid], quotes[aid], given.index, types, names,
                                                  canon, given.pronouns, by_name), _encode)
        state.sentence_events[aid], state.article_claims[aid] = found


def _compute(
    state: CorpusState, article: dict[str, Any], timexes: list[dict[str, Any]], quotes: list[dict[str, Any]],
    index: MentionIndex | None, types: dict[str, str], names: dict[str, str], canon: dict[str, str],
    pronouns: MentionIndex | None = None, by_name: dict[str, str] | None = None,
) -> tuple[list[SentenceEvent], ArticleClaims]:
    doc = state.docs.get(article["id"])
    if doc is None:
        return [], ArticleClaims()
    candidates = doc_candidates(doc, int(article.get("body_start") or 0))
    quoted = [(int(q["start"]), int(q["end"])) for q in quotes if q["kind"] in ("direct", "partial")]
    events = article_events(article, doc, timexes, index, types, candidates, quoted) if index is not None else []
    claims = article_claims(article, doc, index, quotes, timexes, names, canon, candidates, pronouns, by_name)
    return events, claims


def _encode(found: tuple[list[SentenceEvent], ArticleClaims]) -> dict[str, Any]:
    events, claims = found
    return {"events": events, "claims": claims}  # dataclasses: orjson writes their fields


def decode(data: dict[str, Any]) -> tuple[list[SentenceEvent], ArticleClaims]:
    claims = data["claims"]
    return [SentenceEvent(**e) for e in data["events"]], ArticleClaims([Statement(**s) for s in claims["statements"]])
