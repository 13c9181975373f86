"""A real uvicorn server on a free loopback port, in a thread, over a real SQLite store (shared by API and browser tests)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyline.loadtest import local_server

TOKEN = "test-token-4f1c2a9e"
HOSTILE_TEXT = (
    "Officials warn of <script>alert(1)</script> threats\n\n"
    "SEOUL, June 20 -- \"We will never accept <img src=x onerror=alert(1)> from Pyongyang,\" "
    "John Kirby said on Wednesday, adding that <b onmouseover=alert(1)>the <script>alert(1)</script> "
    "test</b> had been noted by Washington.\n\n"
    "The White House said the <img src=x onerror=alert(1)> markup would be examined."
)


def copy_store(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite store (WAL included), via SQLite's backup API."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


live_server = local_server  # the product's own loopback server (storyline.loadtest)


def ingest_hostile(base_url: str, *, token: str | None = None) -> str:
    """POST an article full of HTML/script markup as plain text; returns its id."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(f"{base_url}/api/ingest", json={"text": HOSTILE_TEXT, "title": "Hostile <script>alert(1)</script>"},
                          headers=headers, timeout=120)
    assert response.status_code == 201, response.text
    return str(response.json()["added"][0])


@pytest.fixture(scope="module")
def server(seed_store_path: Path) -> Iterator[str]:
    """A read-only server over the seed store."""
    with live_server(seed_store_path) as url:
        yield url


@pytest.fixture(scope="module")
def writable_server(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over a private copy of the seed store, small body limit (1 MB) for the size test."""
    store = copy_store(seed_store_path, tmp_path_factory.mktemp("writable") / "store.db")
    with live_server(store, max_body_bytes=1_000_000) as url:
        yield url


@pytest.fixture(scope="module")
def hostile_server(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """A server over a copy of the seeds plus one article of hostile markup; yields (url, article id)."""
    store = copy_store(seed_store_path, tmp_path_factory.mktemp("hostile") / "store.db")
    with live_server(store) as url:
        yield url, ingest_hostile(url)
