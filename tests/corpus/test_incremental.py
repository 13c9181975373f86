"""Incremental corpus stages: batches give what one ingest and a full rebuild give, on a dev topic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.corpus import rebuild_corpus
from storyline.evaluate.t17 import topic_documents
from storyline.ingest.runner import ingest_documents
from storyline.options import Options
from storyline.store.db import Store
from tests.conftest import EVAL

TOPIC = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
N = 24


def _snapshot(store: Store) -> dict[str, Any]:
    """Everything the corpus stages derive, in a comparable form."""
    with store.engine.connect() as conn:
        def rows(sql: str) -> list[tuple[Any, ...]]:
            return sorted(tuple(r) for r in conn.exec_driver_sql(sql))

        return {
            "entities": rows("SELECT id, name, type, country_code, aliases, roles, variants FROM entities"),
            "links": rows('SELECT article, start, "end", label, entity, source FROM mentions'),
            "quotes": rows("SELECT id, speaker_entity, grp FROM quotes"),
            "events": rows("SELECT * FROM events"),
            "event_evidence": rows('SELECT event, article, start, "end" FROM event_evidence'),
            "claims": rows("SELECT * FROM claims"),
            "claim_evidence": rows('SELECT claim, article, start, "end", role FROM claim_evidence'),
            "published": rows("SELECT id, published, published_basis FROM articles"),
            "stories": rows("SELECT id, label, first, last, articles, sources, state FROM stories"),
            "story_articles": rows("SELECT article, story, seq, action, score, profile FROM story_articles"),
            "story_terms": rows("SELECT term, df FROM story_terms"),
        }


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Store, Store, dict[str, int]]:
    if not TOPIC.is_dir():
        pytest.skip(f"Timeline17 not found at {TOPIC}")
    documents = topic_documents(TOPIC, limit=N)
    folder = tmp_path_factory.mktemp("incremental")
    batched, whole = Store(folder / "batched.db"), Store(folder / "whole.db")
    options = Options(progress=False, timings={})
    for part in (documents[:8], documents[8:16], documents[16:]):
        report = ingest_documents(batched, part, options)
        assert not [f for f in report.failed if "E600" in f]
    ingest_documents(whole, documents, Options(progress=False))
    return batched, whole, {"docs": 0}


def test_three_batches_equal_one_batch(stores: tuple[Store, Store, dict[str, int]]) -> None:
    batched, whole, _ = stores
    a, b = _snapshot(batched), _snapshot(whole)
    assert a["entities"] and a["events"]
    for key in a:
        assert a[key] == b[key], key


def test_fresh_rebuild_equals_incremental(stores: tuple[Store, Store, dict[str, int]]) -> None:
    batched, _, _ = stores
    before = _snapshot(batched)
    counts = rebuild_corpus(batched, Options(progress=False), fresh=True)
    assert counts["docs read"] > 0  # a fresh rebuild really re-reads the Docs
    assert _snapshot(batched) == before


def test_nothing_new_reads_no_doc(stores: tuple[Store, Store, dict[str, int]]) -> None:
    """Bringing an up-to-date store up to date again re-reads no Doc: the kept facts still hold."""
    _, whole, _ = stores
    before = _snapshot(whole)
    counts = rebuild_corpus(whole, Options(progress=False))
    assert counts["docs read"] == 0
    assert _snapshot(whole) == before


def test_adding_one_article_reads_few_docs(stores: tuple[Store, Store, dict[str, int]], tmp_path: Path) -> None:
    """One new article re-reads its own Doc and those of the articles whose entity links it changed, not all."""
    _, whole, _ = stores
    extra = topic_documents(TOPIC, limit=N + 1)[-1]
    report = ingest_documents(whole, [extra], Options(progress=False))
    assert report.added == [extra.id]
    # its own Doc is in memory; stored Docs are re-read only for articles whose entity links changed
    assert report.corpus["docs read"] <= N // 2, report.corpus


def test_a_new_article_merges_only_its_story_and_equals_a_rebuild(tmp_path: Path) -> None:
    """Two stories in one store: an article of one redoes that story's events and claims, keeps the other's rows
    untouched, and the store then holds what a fresh rebuild gives."""
    other = EVAL / "timeline17" / "t17" / "bpoil_bbc"
    if not other.is_dir():
        pytest.skip(f"Timeline17 not found at {other}")
    # the added article is the topic's 14th: the 13th renames an entity the oil story links too ("Americans" becomes
    # "American" by mention count), which rightly redoes that story as well
    libya, oil = topic_documents(TOPIC, limit=14), topic_documents(other, limit=12)
    store = Store(tmp_path / "two.db")
    ingest_documents(store, libya[:12] + oil, Options(progress=False))
    stories = store.scalar("SELECT count(DISTINCT story) FROM events")
    assert stories >= 2
    untouched = store.query("SELECT e.id, e.story FROM events e JOIN story_articles s ON s.story = e.story "
                            "JOIN articles a ON a.id = s.article WHERE a.url LIKE 't17://bpoil_bbc/%'")
    report = ingest_documents(store, libya[13:], Options(progress=False))
    assert report.added == [libya[13].id]
    assert report.corpus["stories merged"] < report.corpus["stories"], report.corpus
    kept = {r["id"] for r in store.query("SELECT id FROM events")}
    assert {r["id"] for r in untouched} <= kept
    before = _snapshot(store)
    rebuild_corpus(store, Options(progress=False), fresh=True)
    assert _snapshot(store) == before
