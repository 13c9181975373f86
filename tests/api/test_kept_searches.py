"""Searches answered from folded text kept until the store changes give what a scan of every row gives, before and
after an ingest of another story's articles (a kept list that outlived the ingest would miss the new rows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from storyline.evaluate.t17 import topic_documents
from storyline.ingest.runner import ingest_documents
from storyline.model import UNSPOKEN_KINDS
from storyline.options import Options
from storyline.reader import Storyline
from tests.conftest import EVAL

TOPIC = EVAL / "timeline17" / "t17" / "LibyaWar_cnn"
WORDS = ("said", "gadhafi", "north korea", "officials said", "é", "nato", "the", "zz-nothing")
FRAGMENTS = ("gadd", "kirby", "korea", "libya", "nato", "tripoli", "qadd", "obama", "x")


def _scan_quotes(reader: Storyline, terms: list[str], column: str) -> list[str]:
    """Quote ids whose folded ``column`` holds every term, in the views' order (article date, source, id, offset)."""
    rows = reader.store.query(
        "SELECT q.id, q.text, q.speaker, q.kind, a.published, a.source, a.id AS aid, q.start FROM quotes q "
        "JOIN articles a ON a.id = q.article")
    def holds(row: dict[str, Any]) -> bool:
        said = {"said": f"{row['text']} {row['speaker'] or ''}", "text": row["text"], "speaker": row["speaker"] or ""}
        return all(term in said[column].lower() for term in terms)
    kept = [r for r in rows if holds(r) and r["kind"] not in UNSPOKEN_KINDS]
    kept.sort(key=lambda r: (r["published"] is None, r["published"] or "", r["source"], r["aid"], r["start"]))
    return [r["id"] for r in kept]


def _scan_entities(reader: Storyline, terms: list[str]) -> list[str]:
    """Entity ids whose folded name, aliases (as stored) and id hold every term, in the unfiltered list's order."""
    raw = {r["id"]: f"{r['name']} {r['aliases']} {r['id']}".lower()
           for r in reader.store.query("SELECT id, name, aliases FROM entities")}
    return [e["id"] for e in reader.entities()["items"] if all(term in raw[e["id"]] for term in terms)]


def _scan_holder(reader: Storyline, fragment: str) -> str | None:
    holding = [r["id"] for r in reader.store.query("SELECT id, name FROM entities") if fragment in r["name"].lower()]
    return holding[0] if len(holding) == 1 else None


def _check(reader: Storyline) -> int:
    """Every kept search against its scan; returns how many quotes the searches found."""
    found = 0
    for words in WORDS:
        terms = words.split()
        searched = reader.search(words, limit=1000)
        assert [q["id"] for q in searched["quotes"]] == _scan_quotes(reader, terms, "said")[:1000], words
        found += len(searched["quotes"])
        assert [e["id"] for e in searched["entities"]] == _scan_entities(reader, terms)[:1000], words
        assert [q["id"] for q in reader.quotes(search=words, limit=1000)["items"]] == \
            _scan_quotes(reader, [words], "text")[:1000], words
        assert [q["id"] for q in reader.quotes(speaker=words, limit=1000)["items"]] == \
            _scan_quotes(reader, [words], "speaker")[:1000], words
    for fragment in FRAGMENTS:
        from storyline import views

        assert views._one_entity_holding(reader.store, fragment) == _scan_holder(reader, fragment), fragment
    return found


def test_kept_searches_equal_a_scan_before_and_after_an_ingest(seed_store_copy: Path) -> None:
    if not TOPIC.is_dir():
        pytest.skip(f"Timeline17 not found at {TOPIC}")
    reader = Storyline.open(str(seed_store_copy))
    before = _check(reader)
    libya = reader.search("gadhafi")
    assert not libya["quotes"] and not libya["entities"]  # the seeds' story has no Gadhafi (CNN's spelling)
    report = ingest_documents(reader.store, topic_documents(TOPIC, limit=6), Options(progress=False))
    assert report.added
    after = _check(reader)  # the same reader: what it kept before the ingest must not answer now
    assert after > before
    assert reader.search("gadhafi")["entities"] and reader.search("gadhafi")["quotes"]
