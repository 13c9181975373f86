"""Corpus stages: everything that needs more than one article, brought up to date after each ingest.

The stages, in order (each a ``CorpusStage`` with checked ``requires``/``assigns`` over one
``CorpusState``; adding a stage touches its own module and ``STAGES`` below):

1. ``pubdate``        publication dates inferred from other articles; expressions re-anchored on them
2. ``source_groups``  syndicated copies and rewrites counted as one independent source
3. ``entities``       mentions resolved across articles (per-article facts, then a pure merge)
4. ``stories``        each new article joins its story or starts one (online, in arrival order)
5. ``speakers``       quote speakers linked to entities
6. ``quote_groups``   the same quote across outlets, by hashing
7. ``scope``          which stories' merges must be redone (each story's merge inputs fingerprinted)
8. ``statements``     per-article sentence events and ledger findings, read from the Doc once
9. ``events``         events merged across articles of one story, counted and ranked
10. ``claims``        the claims ledger, one story at a time

Per-article work is kept as fingerprinted facts (``corpus/facts.py``): an ingest reads the Docs of
new articles and of those whose inputs changed, and the merges run over stored facts, only for the
stories whose inputs changed (``corpus/scope.py``); the other stories keep their stored rows. The result is
written in one transaction; a failure leaves what was stored untouched and records which stage
failed and why (``meta.corpus_error``), which every read side reports until a rebuild succeeds.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from storyline.analyse.entities.resolve import ArticleEntities
from storyline.corpus import (
    claims,
    dates,
    entities,
    events,
    quote_groups,
    scope,
    sources,
    speakers,
    statements,
    stories,
)
from storyline.corpus.facts import FactTable
from storyline.corpus.stage import CorpusStage, CorpusStageError, run_stages
from storyline.corpus.state import CorpusState, DocSource
from storyline.options import Options

STAGES: tuple[CorpusStage, ...] = (
    CorpusStage("pubdate", dates.infer_dates, ("articles", "timexes"), ("dated",)),
    CorpusStage("source_groups", sources.group_sources, ("articles",), ("groups", "copies")),
    CorpusStage("entities", entities.resolve, ("articles", "mentions"), ("entity_facts", "resolution")),
    CorpusStage("stories", stories.place, ("articles", "mentions", "copies", "resolution", "story_index"), ("stories",)),
    CorpusStage("speakers", speakers.link, ("quotes", "resolution"), ("speaker_links",)),
    CorpusStage("quote_groups", quote_groups.group, ("quotes",), ("quote_groups",)),
    CorpusStage("scope", scope.scope, ("articles", "timexes", "quotes", "resolution", "groups", "stories"),
                ("statement_inputs", "scope")),
    CorpusStage("statements", statements.read, ("articles", "timexes", "quotes", "resolution", "statement_inputs", "scope"),
                ("sentence_events", "article_claims")),
    CorpusStage("events", events.merge, ("sentence_events", "resolution", "entity_facts", "groups", "stories", "scope"),
                ("events",)),
    CorpusStage("claims", claims.ledger, ("article_claims", "resolution", "stories", "scope"), ("claims",)),
)

FACT_DECODERS: dict[str, Any] = {
    "pubdate": dates.decode_timexes,
    "sources": dict,
    "entities": ArticleEntities.from_json,
    "statements": statements.decode,
}

__all__ = ["STAGES", "CorpusStage", "CorpusStageError", "CorpusState", "rebuild_corpus"]

# A corpus pass allocates millions of small objects that live until it ends (rows, facts, indexes); at Python's default
# of a collection every 700 allocations the cyclic collector walked them 2,591 times while one article was added to a
# 970-article store, 2.0 s of it. Collections are made rarer for the pass alone; reference counting frees as before
PASS_GC_THRESHOLD = (50_000, 20, 20)


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the cyclic collector's thresholds at ``PASS_GC_THRESHOLD``, restoring them after."""
    before = gc.get_threshold()
    gc.set_threshold(*PASS_GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def rebuild_corpus(store: Any, options: Options, *, fresh: bool = False, docs: dict[str, Any] | None = None) -> dict[str, int]:
    """Bring the corpus tables up to date; ``fresh`` drops every kept fact first (``storyline rebuild``).

    ``docs`` are Docs the caller already holds (the articles it just parsed), used instead of re-reading them.
    Returns counts of what was written and of the stored Docs that had to be read.
    """
    with fewer_collections():
        return _bring_up_to_date(store, options, fresh=fresh, docs=docs)


def _bring_up_to_date(store: Any, options: Options, *, fresh: bool, docs: dict[str, Any] | None) -> dict[str, int]:
    started = time.perf_counter()
    if fresh:
        store.clear_facts()
    state = CorpusState(
        docs=DocSource(store, options.model, held=docs),
        articles=store.article_rows(with_text=True, parsed_only=True),
        mentions=store.rows("mentions", source="ner"),
        quotes=store.rows("quotes"),
        timexes=store.rows("timexes"),
        facts={name: FactTable(name, decode, stored=store.load_facts(name)) for name, decode in FACT_DECODERS.items()},
        arrival=store.arrival_order(),
        story_index=store.load_story_index(),
        story_profiles=store.story_profiles,
        word_articles=store.articles_with_words,
        merge_scope=store.merge_scope(),
    )
    if not state.articles:
        store.record_corpus_success()
        return {}
    try:
        run_stages(STAGES, state, options.timings)
    except CorpusStageError as exc:
        store.record_corpus_failure(exc.stage, exc.reason)
        raise
    write_started = time.perf_counter()
    try:
        store.write_corpus(state)
    except Exception as exc:  # the transaction rolled back: the tables hold the previous analysis
        reason = f"{exc.__class__.__name__}: {str(exc)[:300]}"
        store.record_corpus_failure("write", reason)
        raise CorpusStageError("write", reason) from exc
    if options.timings is not None:
        options.timings["corpus.write"] = options.timings.get("corpus.write", 0.0) + time.perf_counter() - write_started
        options.timings["corpus.total"] = options.timings.get("corpus.total", 0.0) + time.perf_counter() - started
    assert state.resolution is not None and state.scope is not None
    return {
        "entities": len(state.resolution.entities), "events": store.scalar("SELECT count(*) FROM events"),
        "claims": store.scalar("SELECT count(*) FROM claims"),
        "stories": len(state.stories.index.stories) if state.stories else 0,
        "stories merged": len(state.scope.keys) if state.scope.redo is None else len(state.scope.redo),
        "docs read": state.docs.loaded,
    }
