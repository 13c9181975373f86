"""Kept answers (``storyline.answer_cache``): served again until any connection commits to the store, never to a
request the token guard refuses, never for a failure; bounded in bytes."""

from __future__ import annotations

from pathlib import Path

import httpx

from storyline.answer_cache import AnswerCache, KeptAnswer
from storyline.loadtest import local_server
from storyline.store.db import Store
from storyline.views import SPOKEN
from tests.api.live import TOKEN, copy_store


def test_an_answer_is_kept_until_another_connection_commits(seed_store_path: Path, tmp_path: Path) -> None:
    store_path = copy_store(seed_store_path, tmp_path / "store.db")
    with local_server(store_path) as base, httpx.Client(base_url=base, timeout=60) as http:
        first, again = http.get("/api/quotes", params={"limit": 500}), http.get("/api/quotes", params={"limit": 500})
        assert first.headers["x-storyline-cache"] == "miss" and again.headers["x-storyline-cache"] == "hit"
        assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
        page = http.get("/timeline")
        assert http.get("/timeline").headers["x-storyline-cache"] == "hit"
        assert "stale" not in page.text.lower()
        # another connection (an ingest in another process, a second worker) takes a quote away and records a failure
        writer = Store(store_path)
        with writer.engine.begin() as conn:
            conn.exec_driver_sql(f"DELETE FROM quotes WHERE id = (SELECT min(q.id) FROM quotes q WHERE {SPOKEN})")
        after = http.get("/api/quotes", params={"limit": 500})
        assert after.headers["x-storyline-cache"] == "miss"
        assert after.json()["total"] == first.json()["total"] - 1
        writer.record_corpus_failure("claims", "a test failure")
        banner = http.get("/timeline")
        assert banner.headers["x-storyline-cache"] == "miss" and "a test failure" in banner.text


def test_a_kept_answer_is_never_sent_to_a_request_the_guard_refuses(seed_store_path: Path) -> None:
    with local_server(seed_store_path, token=TOKEN) as base, httpx.Client(base_url=base, timeout=60) as http:
        allowed = http.get("/api/claims", headers={"Authorization": f"Bearer {TOKEN}"})
        assert allowed.status_code == 200
        assert http.get("/api/claims", headers={"Authorization": f"Bearer {TOKEN}"}).headers["x-storyline-cache"] == "hit"
        refused = http.get("/api/claims")
        assert refused.status_code == 401 and "x-storyline-cache" not in refused.headers
        assert http.get("/api/claims", headers={"Authorization": "Bearer wrong"}).status_code == 401


def test_failures_and_writes_are_never_kept(seed_store_path: Path, tmp_path: Path) -> None:
    store_path = copy_store(seed_store_path, tmp_path / "store.db")
    with local_server(store_path) as base, httpx.Client(base_url=base, timeout=60) as http:
        for _ in range(2):
            missing = http.get("/api/entities/no-such-entity")
            assert missing.status_code == 404 and missing.headers["x-storyline-cache"] == "miss"
            bad = http.get("/api/events", params={"from": "June"})
            assert bad.status_code == 422
        total = http.get("/api/articles").json()["total"]
        added = http.post("/api/ingest", json={"text": "Officials met on Monday.\n\nThe ministers of both countries met in "
                                                        "Geneva on Monday to discuss the talks, a spokesman said."})
        assert added.status_code == 201 and "x-storyline-cache" not in added.headers
        now = http.get("/api/articles")  # the ingest's own commit drops what was kept
        assert now.headers["x-storyline-cache"] == "miss" and now.json()["total"] == total + 1


def _answer(size: int) -> KeptAnswer:
    return KeptAnswer(200, [(b"content-type", b"text/plain")], b"x" * size)


def test_the_cache_keeps_answers_within_its_budget_least_recently_used_out() -> None:
    cache = AnswerCache(budget=100, largest=60)
    assert cache.get(("/a", b""), 1) is None  # the first look at generation 1
    assert cache.put(("/a", b""), 1, _answer(40)) and cache.put(("/b", b""), 1, _answer(40))
    assert cache.get(("/a", b""), 1) is not None  # /a used last: /b goes first
    assert cache.put(("/c", b""), 1, _answer(40))
    assert cache.get(("/b", b""), 1) is None and cache.get(("/a", b""), 1) is not None and cache.size == 80
    assert not cache.put(("/d", b""), 1, _answer(61))  # larger than any answer kept
    assert not cache.put(("/e", b""), 0, _answer(10))  # rendered before the store changed
    assert cache.get(("/a", b""), 2) is None and len(cache) == 0 and cache.size == 0  # the store changed: all dropped
