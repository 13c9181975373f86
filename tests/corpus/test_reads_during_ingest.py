"""One writer, consistent readers: a long ingest never blocks or tears what the read side shows."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest

from storyline.evaluate.t17 import topic_documents
from storyline.ingest.runner import ingest_documents
from storyline.loadtest import local_server
from storyline.options import Options
from storyline.store.db import Store
from tests.api.live import copy_store
from tests.conftest import EVAL

TOPIC = EVAL / "timeline17" / "t17" / "H1N1_guardian"


def test_reads_answer_and_stay_consistent_while_an_ingest_writes(seed_store_path: Path, tmp_path: Path) -> None:
    if not TOPIC.is_dir():
        pytest.skip(f"Timeline17 not found at {TOPIC}")
    path = copy_store(seed_store_path, tmp_path / "store.db")
    documents = topic_documents(TOPIC, limit=12)
    done = threading.Event()
    failures: list[BaseException] = []

    def write() -> None:
        try:
            ingest_documents(Store(path), documents, Options(progress=False))
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            failures.append(exc)
        finally:
            done.set()

    seen: list[int] = []
    with local_server(path) as base, httpx.Client(base_url=base, timeout=60) as http:
        writer = threading.Thread(target=write)
        writer.start()
        while not done.is_set():
            found = http.get("/api/search", params={"q": "flu"})
            assert found.status_code == 200, found.text  # never "database is locked"
            page = http.get("/api/articles", params={"limit": 1})
            assert page.status_code == 200, page.text
            total = page.json()["total"]
            assert http.get("/api/timeline").status_code == 200
            # an article and its full-text row commit together: what search finds is stored, whole
            assert found.json()["total"] <= total - 5
            seen.append(total)
        writer.join()
    assert not failures, failures
    assert seen and seen == sorted(seen) and seen[0] >= 5  # articles only ever appear, each whole
    assert Store(path).counts()["articles"] == 5 + len(documents)
