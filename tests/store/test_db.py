"""The SQLite store: versioned schema, FTS, atomic writes, clear errors on wrong files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from storyline.errors import SchemaMismatch, StoreError
from storyline.pipeline import Analysis
from storyline.store.db import Store
from storyline.store.schema import SCHEMA_VERSION
from tests.conftest import load_seed_article


def test_schema_version_recorded(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key='schema_version'").scalar_one() == str(SCHEMA_VERSION)


def test_version_1_store_gains_facts_and_indexes_in_place(seed_store_copy: Path) -> None:
    """A store written by schema 1 opens: the facts and name tables and read indexes are added, nothing is lost."""
    store = Store(seed_store_copy)
    before = store.counts()
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE facts")
        conn.exec_driver_sql("DROP TABLE entity_names")
        conn.exec_driver_sql("DROP INDEX ix_events_salience")
        conn.exec_driver_sql("UPDATE meta SET value='1' WHERE key='schema_version'")
    store.close()
    reopened = Store(seed_store_copy)
    with reopened.engine.connect() as conn:
        names = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        version = conn.exec_driver_sql("SELECT value FROM meta WHERE key='schema_version'").scalar_one()
    assert {"facts", "entity_names", "ix_events_salience"} <= names and version == str(SCHEMA_VERSION)
    assert reopened.counts() == before
    from storyline.views import find_entity

    kirby = find_entity(reopened, "kirby")  # names are looked up at once, before any new ingest
    assert kirby is not None and kirby["name"] == "John Kirby"


def test_version_4_store_gains_event_centrality_in_place(seed_store_copy: Path) -> None:
    """A store written by schema 4 opens with the events' centrality column added (0 until the next corpus run)."""
    store = Store(seed_store_copy)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN centrality")
        conn.exec_driver_sql("UPDATE meta SET value='4' WHERE key='schema_version'")
    store.close()
    reopened = Store(seed_store_copy)
    assert reopened.get_meta("schema_version") == str(SCHEMA_VERSION) and reopened.get_meta("corpus_dirty") == "1"
    assert reopened.query("SELECT count(*) AS n FROM events WHERE centrality = 0")[0]["n"] > 0


def test_version_5_store_gains_the_reading_order_index_and_statistics_in_place(seed_store_copy: Path) -> None:
    """A store written by schema 5 opens with the articles' reading-order index and the tables' statistics, its analysis
    standing (no corpus run is asked for: only an index was added); a page of quotes then walks that index."""
    store = Store(seed_store_copy)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_articles_order")
        conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
        conn.exec_driver_sql("DELETE FROM meta WHERE key = 'analyzed_articles'")
        conn.exec_driver_sql("UPDATE meta SET value='5' WHERE key='schema_version'")
    store.close()
    reopened = Store(seed_store_copy)
    names = {r["name"] for r in reopened.query("SELECT name FROM sqlite_master")}
    assert {"ix_articles_order", "sqlite_stat1"} <= names
    assert reopened.get_meta("schema_version") == str(SCHEMA_VERSION) and reopened.get_meta("corpus_dirty") == "0"
    assert reopened.get_meta("analyzed_articles") == str(reopened.counts()["articles"])
    with reopened.engine.connect() as conn:  # the planner's own choice for the ordered scan of articles
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM articles ORDER BY published IS NULL, published, source, id LIMIT 3"))
    assert "ix_articles_order" in plan, plan


def test_version_2_store_gains_stories_in_place(seed_store_copy: Path) -> None:
    """A store written by schema 2 opens with the story tables and columns added; the next corpus run fills them."""
    from storyline.corpus import rebuild_corpus
    from storyline.options import Options

    store = Store(seed_store_copy)
    with store.engine.begin() as conn:
        for table in ("story_articles", "story_log", "story_terms", "stories"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        for table in ("events", "claims"):
            conn.exec_driver_sql(f"DROP INDEX ix_{table}_story")
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN story")
        conn.exec_driver_sql("DELETE FROM meta WHERE key IN ('story_docs', 'story_next')")
        conn.exec_driver_sql("UPDATE meta SET value='2' WHERE key='schema_version'")
    store.close()
    reopened = Store(seed_store_copy)
    assert reopened.get_meta("schema_version") == str(SCHEMA_VERSION) and reopened.get_meta("corpus_dirty") == "1"
    assert reopened.query("SELECT count(*) AS n FROM stories")[0]["n"] == 0
    rebuild_corpus(reopened, Options(progress=False))
    assert reopened.query("SELECT count(*) AS n FROM story_articles")[0]["n"] == 5
    assert {r["story"] for r in reopened.query("SELECT DISTINCT story FROM events")} == {"s1"}


def test_a_new_file_opened_by_many_at_once_is_created_once(tmp_path: Path) -> None:
    """An ingest and a server started together on a new file: each opens it; none fails on "table already exists"."""
    failures: list[str] = []
    for attempt in range(10):
        path = tmp_path / f"s{attempt}.db"
        start = threading.Barrier(4)

        def open_it(path: Path = path, start: threading.Barrier = start) -> None:
            start.wait()
            try:
                Store(path).counts()
            except Exception as exc:  # noqa: BLE001 - every failure is the finding
                failures.append(f"{type(exc).__name__}: {str(exc)[:80]}")

        threads = [threading.Thread(target=open_it) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert Store(path).get_meta("schema_version") == str(SCHEMA_VERSION)
    assert failures == []


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE meta SET value='99' WHERE key='schema_version'")
    with pytest.raises(SchemaMismatch, match="newer"):
        Store(tmp_path / "s.db")


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError):
        Store(path)
    assert path.read_text(encoding="utf-8").startswith("these are my notes")  # never overwritten


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    """A failure while writing derived rows rolls back the whole article."""
    store = Store(tmp_path / "s.db")
    analysis = Analysis(article=load_seed_article("002"))
    analysis.sentences = [object()]  # type: ignore[list-item]  # not a Sentence: the insert fails midway
    with pytest.raises(AttributeError):
        store.save_analysis(analysis)
    assert store.counts()["articles"] == 0
    assert store.integrity_ok()


def test_raw_bytes_kept_verbatim(seed_store_path: Path, seeds_dir: Path) -> None:
    store = Store(seed_store_path)
    stored = {store.raw_bytes(a["id"]) for a in store.article_rows()}
    assert stored == {p.read_bytes() for p in seeds_dir.glob("*.txt")}


def test_every_derived_row_points_into_its_article(seed_store_path: Path) -> None:
    store = Store(seed_store_path)
    texts = {a["id"]: a["text"] for a in store.article_rows(with_text=True)}
    for table in ("sentences", "mentions", "quotes", "timexes"):
        for row in store.rows(table):
            assert row["article"] in texts
            assert 0 <= row["start"] < row["end"] <= len(texts[row["article"]]), (table, row)
            if "text" in row and table != "quotes":
                assert texts[row["article"]][row["start"] : row["end"]] == row["text"]


def test_corpus_items_point_at_their_evidence(seed_store_path: Path) -> None:
    """Events, claims and entity roles all carry spans that lie inside their articles."""
    store = Store(seed_store_path)
    texts = {a["id"]: a["text"] for a in store.article_rows(with_text=True)}
    events, claims = store.rows("events"), store.rows("claims")
    assert events and claims
    evidence = store.rows("event_evidence") + store.rows("claim_evidence")
    assert {e["event"] for e in store.rows("event_evidence")} == {e["id"] for e in events}
    assert {c["claim"] for c in store.rows("claim_evidence")} == {c["id"] for c in claims}
    for row in evidence:
        assert 0 <= row["start"] < row["end"] <= len(texts[row["article"]])
    for entity in store.rows("entities"):
        for role in entity["roles"]:
            assert texts[role["article"]][role["start"] : role["end"]].lower() == role["title"].lower() or role["title"].lower() in texts[role["article"]][role["start"] : role["end"]].lower()


def test_a_kept_aggregate_is_read_again_after_any_commit(seed_store_copy: Path) -> None:
    """What the read side keeps between requests (``Store.memo``) holds until any connection commits: another
    process's or this store's own."""
    from storyline.views import SPOKEN, top_speakers

    reader, writer = Store(seed_store_copy), Store(seed_store_copy)
    before = top_speakers(reader)
    assert before and top_speakers(reader) is before  # kept: nothing was written
    loudest = next(g for g in before if g["entity"])
    with writer.engine.begin() as conn:  # another connection takes one quote from the loudest named speaker
        conn.exec_driver_sql(f"DELETE FROM quotes WHERE id = (SELECT min(q.id) FROM quotes q WHERE q.speaker_entity = ? "
                             f"AND {SPOKEN})", (loudest["entity"],))
    after = top_speakers(reader)
    assert next(g["quotes"] for g in after if g["key"] == loudest["key"]) == loudest["quotes"] - 1
    reader.set_meta("touched", "1")  # the store's own write, through its engine, also counts
    assert top_speakers(reader) is not after and top_speakers(reader) == after


def test_the_read_side_folds_case_as_python_does(tmp_path: Path) -> None:
    """The views' case-insensitive filters fold in C for plain ASCII and through Python otherwise: the same as
    ``str.lower`` for names and text outside ASCII (SQLite's own lower() leaves them as they are)."""
    from storyline.views import folded

    store = Store(tmp_path / "s.db")
    for text in ("Tony HAYWARD", "ÉLYSÉE Palace", "İstanbul", "\u212aelvin", "Straße", "ΣΟΦΙΑ", "René Préval\n", "", None, 42):
        sql = f"SELECT {folded('?')} AS f"
        got = store.query(sql, (text,) * sql.count("?"))[0]["f"]
        assert got == (None if text is None else str(text).lower()), text
