"""`storyline verify`: every citation is checked against its article; a broken one is found and named."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.evaluate.t17 import topic_documents
from storyline.ingest.runner import ingest_documents
from storyline.options import Options
from storyline.store.db import Store
from tests.conftest import EVAL


def test_every_citation_of_the_seeds_is_valid(seed_store_path: Path) -> None:
    result = CliRunner().invoke(main, ["verify", "--json", "--store", str(seed_store_path)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["valid_share"] == 1.0 and not report["failures"]
    assert report["checked"]["briefing sentence"] > 0 and report["checked"]["quote"] > 50


def test_a_citation_that_points_at_other_words_is_reported(seed_store_copy: Path) -> None:
    with sqlite3.connect(seed_store_copy) as conn:
        conn.execute("UPDATE quotes SET start = start + 7 WHERE id = (SELECT id FROM quotes ORDER BY id LIMIT 1)")
    result = CliRunner().invoke(main, ["verify", "--store", str(seed_store_copy)])
    assert result.exit_code == 1 and "invalid: quote" in result.stdout


DEV_TOPICS = ["LibyaWar_cnn", "bpoil_bbc", "bpoil_foxnews", "bpoil_guardian", "bpoil_reuters", "bpoil_washingtonpost", "haiti_bbc"]


@pytest.mark.parametrize("topic", [*DEV_TOPICS, "H1N1_guardian"])
def test_every_citation_is_valid_on_dev_topics(topic: str, tmp_path: Path) -> None:
    """A slice of every dev topic (and one held-out topic) through the real ingest path: the briefing, quotes,
    evidence and figures all hold. Whole topics are checked by `storyline eval story` (docs/EVALUATION.md)."""
    folder = EVAL / "timeline17" / "t17" / topic
    if not folder.is_dir():
        pytest.skip(f"Timeline17 not found at {folder}")
    store = Store(tmp_path / "t.db")
    ingest_documents(store, topic_documents(folder, limit=25), Options(progress=False))
    result = CliRunner().invoke(main, ["verify", "--json", "--store", str(tmp_path / "t.db")])
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["valid_share"] == 1.0, report["failures"][:5]
    assert report["checked"].get("briefing sentence", 0) + report["checked"].get("briefing quote", 0) > 0


def test_briefing_lines_cite_only_articles_that_print_them(seed_store_path: Path) -> None:
    """The shipment sentence is cited to its one article; other sources are shown in their own words."""
    brief = json.loads(CliRunner().invoke(main, ["brief", "--format", "json", "--store", str(seed_store_path)]).stdout)
    texts = {}
    with sqlite3.connect(seed_store_path) as conn:
        texts = dict(conn.execute("SELECT id, text FROM articles"))
    shipment = [item for section in brief["sections"] for item in section["items"] if "10,000 containers" in item["text"]]
    assert shipment
    for item in shipment:
        for c in item["citations"]:
            assert " ".join(item["text"].split()) in " ".join(texts[c["article"]][c["start"]:c["end"]].split())
        assert len({c["article"] for c in item["citations"]}) == 1
