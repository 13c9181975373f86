"""Shared fixtures: paths to the seeds and gold data, and a real SQLite store of the seeds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


def seed_path(prefix: str) -> Path:
    """The seed file whose name starts with `prefix` ('000' … '004')."""
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.skip(f"seed {prefix} not found under {SEEDS}")
    return matches[0]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus missing at {SEEDS}")
    return SEEDS


@pytest.fixture(scope="session")
def seed_store_path(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    """A real SQLite store holding the five seeds, ingested once per test session."""
    from storyline.ingest.runner import ingest_paths
    from storyline.options import Options
    from storyline.store.db import Store

    path = tmp_path_factory.mktemp("store") / "seeds.db"
    report = ingest_paths(Store(path), [str(seeds_dir)], Options(progress=False))
    assert len(report.added) == 5 and not report.failed
    return path


@pytest.fixture()
def seed_store_copy(seed_store_path: Path, tmp_path: Path) -> Path:
    """A private copy of the seed store for tests that write (SQLite's backup API: the WAL is included)."""
    target = tmp_path / "copy.db"
    source = sqlite3.connect(seed_store_path)
    destination = sqlite3.connect(target)
    with destination:
        source.backup(destination)
    source.close()
    destination.close()
    return target


def load_seed_article(prefix: str):  # type: ignore[no-untyped-def]
    from storyline.clean.article import build_article
    from storyline.model import RawDocument

    path = seed_path(prefix)
    return build_article(RawDocument(source=str(path), raw=path.read_bytes(), media_type="text/plain"))
