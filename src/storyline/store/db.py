"""The embedded SQLite store: open/create, write one article atomically, read back.

All writes go through ``Store`` methods that each run in one transaction, so a killed process
never leaves half an article behind. Reads return plain dicts (JSON-ready).
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.engine import Connection

from storyline.analyse.stories import Profile, Story, StoryIndex
from storyline.errors import SchemaMismatch, StoreError
from storyline.model import Article, Claim, Entity, Event, Mention, Quote, shallow
from storyline.store import schema as S

if TYPE_CHECKING:  # the read side never imports spaCy
    from storyline.pipeline import Analysis

DEFAULT_STORE = "storyline.db"
MERGE_SCOPE = "merge_scope"  # meta key: each story's merge fingerprint (corpus/scope.py)
ANALYZED = "analyzed_articles"  # meta key: the articles the store held when its statistics were last read
STATISTICS_GROWTH = 1.25  # statistics are read again when the store has grown by this factor since
T = TypeVar("T")
BUSY_TIMEOUT_MS = 10_000  # how long a connection waits for another's write lock
UPGRADABLE = (1, 2, 3, 4, 5)  # schema versions brought to this one in place (``Store._upgrade``)
MEMO_ENTRIES = 4096  # read-side aggregates kept per store generation (``Store.memo``); cleared whole when full


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    _use_write_ahead_log(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    # Unicode-aware lower-casing for the read side's filters (SQLite's own lower() folds ASCII only)
    dbapi_connection.create_function("py_lower", 1, _py_lower, deterministic=True)


def _use_write_ahead_log(cursor: sqlite3.Cursor) -> None:
    """Turn the file to WAL once. SQLite answers "database is locked" at once, without waiting out the busy
    timeout, when another connection is turning the same new file at that moment: try again until it is WAL."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while cursor.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _py_lower(value: object) -> str | None:
    return None if value is None else str(value).lower()


class Store:
    """One SQLite file. Writes are serialised through one lock (one writer, as datasette does)."""

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(
                f"no store at {self.path}",
                hint="run `storyline ingest PATH` first, or point --store / STORYLINE_DB at an existing file",
            )
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(f"sqlite:///{self.path}", future=True)
        event.listen(self.engine, "connect", _on_connect)
        self._write_lock = threading.Lock()
        self._probe: sqlite3.Connection | None = None  # opened on first ``generation()``; never writes
        self._probe_lock = threading.Lock()
        self._memo: dict[Any, Any] = {}
        self._memo_generation: int | None = None
        self._ensure_schema()

    def close(self) -> None:
        """Fold the write-ahead log into the main file and close connections (the file is then self-contained)."""
        with self._write_lock, self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        with self._probe_lock:
            if self._probe is not None:
                self._probe.close()
                self._probe = None
        self.engine.dispose()

    # --- what the read side may keep between requests ---------------------------------------------

    def generation(self) -> int:
        """A number that changes whenever any connection, in this process or another, commits to the file.

        SQLite's ``PRAGMA data_version`` on a connection of its own that never writes: every commit is
        another connection's, so none goes unseen (the ingest, a second server worker, a rebuild).
        """
        with self._probe_lock:
            if self._probe is None:
                self._probe = sqlite3.connect(str(self.path), check_same_thread=False)
            return int(self._probe.execute("PRAGMA data_version").fetchone()[0])

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``'s value, kept until the store changes: for read-side aggregates many requests share
        (a story's speakers, its publication days). The value is shared: callers must not change it."""
        generation = self.generation()
        if generation != self._memo_generation or len(self._memo) >= MEMO_ENTRIES:
            self._memo = {}
            self._memo_generation = generation
        memo = self._memo
        if key not in memo:
            memo[key] = compute()
        value: T = memo[key]
        return value

    # --- schema ---------------------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        try:
            with self.engine.connect() as conn:
                version = self._version(conn)
                if version == S.SCHEMA_VERSION:  # the usual case: a read, no lock taken
                    return
                if version is not None and version not in UPGRADABLE:
                    self._settle_schema(conn, version)  # raises: nothing to write
            with self.engine.connect() as conn:
                # Creating or upgrading takes the write lock first and reads the version again under it: two
                # processes opening one new file at once (an ingest and a server) would otherwise both create
                # it, and one would fail on "table already exists".
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                self._settle_schema(conn, self._version(conn))
                conn.commit()
        except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on a corrupt file
            raise StoreError(f"{self.path} is not a storyline SQLite store ({exc})") from exc
        except Exception as exc:
            if isinstance(exc, SchemaMismatch):
                raise
            if "file is not a database" in str(exc):
                raise StoreError(f"{self.path} is not a SQLite database", hint="choose another --store file") from exc
            raise

    def _settle_schema(self, conn: Connection, version: int | None) -> None:
        if version is None:
            S.metadata.create_all(conn)
            conn.exec_driver_sql(S.FTS_DDL)
            conn.exec_driver_sql(S.READ_ORDER_DDL)
            conn.execute(insert(S.meta).values(key="schema_version", value=str(S.SCHEMA_VERSION)))
        elif version > S.SCHEMA_VERSION:
            raise SchemaMismatch(
                f"{self.path} has schema version {version}, newer than this storyline ({S.SCHEMA_VERSION})",
                hint="upgrade storyline, or use another --store file",
            )
        elif version in UPGRADABLE:  # later versions add tables, indexes and columns: added in place
            self._upgrade(conn, version)
        elif version < S.SCHEMA_VERSION:
            raise SchemaMismatch(
                f"{self.path} has schema version {version}; this storyline writes {S.SCHEMA_VERSION}",
                hint="run `storyline rebuild --store FILE` to re-derive everything from the kept raw bytes",
            )

    def _upgrade(self, conn: Connection, version: int) -> None:
        """Bring an older store to this version in place; the next ingest or rebuild fills the new tables and columns."""
        added = {"events": {"story": "VARCHAR", "centrality": "FLOAT NOT NULL DEFAULT 0"}, "claims": {"story": "VARCHAR", "parties": "TEXT NOT NULL DEFAULT '[]'",
                                                           "sources": "INTEGER NOT NULL DEFAULT 0"}}
        for name, columns in added.items():
            present = {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({name})")}
            for column, kind in columns.items():
                if column not in present:
                    conn.exec_driver_sql(f"ALTER TABLE {name} ADD COLUMN {column} {kind}")
        S.metadata.create_all(conn, checkfirst=True)
        for table in S.metadata.sorted_tables:
            for index in table.indexes:
                index.create(conn, checkfirst=True)
        conn.exec_driver_sql(S.READ_ORDER_DDL)
        if version < 2:
            conn.exec_driver_sql(
                "INSERT INTO entity_names (name, entity, kind) "
                "SELECT py_lower(id), id, '0' FROM entities UNION SELECT py_lower(name), id, '0' FROM entities "
                "UNION SELECT py_lower(j.value), e.id, '1' FROM entities e, json_each(e.aliases) j "
                "UNION SELECT py_lower(json_extract(j.value, '$.text')), e.id, '2' FROM entities e, json_each(e.variants) j"
            )
        self._set_meta(conn, "schema_version", str(S.SCHEMA_VERSION))
        if version < 5:  # (version 6 adds an index only: the analysis stands)
            self._set_meta(conn, "corpus_dirty", "1")
        self._refresh_statistics(conn)

    @staticmethod
    def _version(conn: Connection) -> int | None:
        exists = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' AND name='meta'").first()
        if not exists:
            return None
        row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == "schema_version")).first()
        return int(row[0]) if row else None

    # --- writes ---------------------------------------------------------------------------------

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))

    def set_meta(self, key: str, value: str) -> None:
        with self._write_lock, self.engine.begin() as conn:
            self._set_meta(conn, key, value)

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == key)).first()
            return None if row is None else str(row[0])

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(S.articles.c.id).where(S.articles.c.id == article_id)).first() is not None

    def known_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return {row[0] for row in conn.execute(select(S.articles.c.id))}

    def save_analysis(self, analysis: Analysis) -> None:
        """Store one article and everything derived from it, in one transaction."""
        article = analysis.article
        with self._write_lock, self.engine.begin() as conn:
            conn.execute(delete(S.articles).where(S.articles.c.id == article.id))
            conn.exec_driver_sql("DELETE FROM articles_fts WHERE id = ?", (article.id,))
            conn.execute(insert(S.articles).values(**_article_row(article)))
            self._insert_derived(conn, analysis)
            conn.exec_driver_sql(
                "INSERT INTO articles_fts (id, headline, text) VALUES (?, ?, ?)",
                (article.id, article.headline or "", article.text),
            )
            self._set_meta(conn, "corpus_dirty", "1")

    def replace_derived(self, analysis: Analysis) -> None:
        """Replace one article's derived rows (used by `rebuild` and re-anchoring), in one transaction."""
        article = analysis.article
        with self._write_lock, self.engine.begin() as conn:
            for table in S.PER_ARTICLE_TABLES:
                conn.execute(delete(table).where(table.c.article == article.id))
            conn.execute(update(S.articles).where(S.articles.c.id == article.id).values(**_article_row(article)))
            self._insert_derived(conn, analysis)

    def _insert_derived(self, conn: Connection, analysis: Analysis) -> None:
        if analysis.sentences:
            conn.execute(insert(S.sentences), [
                {"article": s.article, "idx": s.index, "start": s.start, "end": s.end, "paragraph": s.paragraph}
                for s in analysis.sentences
            ])
        if analysis.mentions:
            conn.execute(insert(S.mentions), [_mention_row(m, "ner") for m in analysis.mentions])
        if analysis.quotes:
            conn.execute(insert(S.quotes), [_quote_row(q, i) for i, q in enumerate(analysis.quotes)])
        if analysis.doc is not None:
            from spacy.tokens import DocBin

            data = DocBin(store_user_data=False, docs=[analysis.doc]).to_bytes()
            conn.execute(insert(S.docs).values(article=analysis.article.id, model=analysis.extra.get("model", ""), data=data))
        if analysis.timexes:
            conn.execute(insert(S.timexes), [
                shallow(t) for t in analysis.timexes
            ])

    def load_doc(self, article_id: str, vocab: Any) -> Any:
        """One stored spaCy Doc, or None when the article has no parse."""
        from spacy.tokens import DocBin

        with self.engine.connect() as conn:
            row = conn.execute(select(S.docs.c.data).where(S.docs.c.article == article_id)).first()
        return None if row is None else next(iter(DocBin().from_bytes(bytes(row[0])).get_docs(vocab)))

    # --- corpus facts and status ----------------------------------------------------------------

    def load_facts(self, stage: str) -> dict[str, tuple[str, str]]:
        """Article -> (fingerprint, JSON) of one corpus stage's kept facts."""
        with self.engine.connect() as conn:
            rows = _fetch(conn, "SELECT article, fingerprint, data FROM facts WHERE stage = ?", (stage,))[1]
            return {article: (key, data) for article, key, data in rows}

    def clear_facts(self) -> None:
        """Drop every kept fact and the story index (``storyline rebuild`` replays the stream from the start)."""
        with self._write_lock, self.engine.begin() as conn:
            conn.execute(delete(S.facts))
            for table in (S.story_articles, S.story_log, S.story_terms, S.stories):
                conn.execute(delete(table))
            conn.execute(delete(S.meta).where(S.meta.c.key.in_(("story_docs", "story_next", MERGE_SCOPE))))

    def merge_scope(self) -> dict[str, str]:
        """Each story's merge fingerprint as the last corpus write left it; empty (sync every table in full) when none is
        kept or the tables hold rows of a story it does not know (a store upgraded in place, or written before)."""
        value = self.get_meta(MERGE_SCOPE)
        kept: dict[str, str] = dict(json.loads(value)) if value else {}
        with self.engine.connect() as conn:
            present = {row[0] or "" for table in ("events", "claims")
                       for row in _fetch(conn, f"SELECT DISTINCT story FROM {table}")[1]}
        return kept if present <= set(kept) else {}

    # --- stories ---------------------------------------------------------------------------------

    def arrival_order(self) -> list[str]:
        """Every article id in the order it was stored."""
        with self.engine.connect() as conn:
            return [row[0] for row in conn.exec_driver_sql("SELECT id FROM articles ORDER BY rowid")]

    def load_story_index(self) -> StoryIndex:
        """The stories as the last corpus run left them (empty in a new store)."""
        members: dict[str, list[str]] = {}
        index = StoryIndex()
        with self.engine.connect() as conn:
            for article, story, seq, action, score in conn.execute(
                select(S.story_articles.c.article, S.story_articles.c.story, S.story_articles.c.seq, S.story_articles.c.action,
                       S.story_articles.c.score).order_by(S.story_articles.c.seq)
            ):
                members.setdefault(story, []).append(article)
                index.placed[article] = story
                index.seq[article] = seq
                index.reasons[article] = action
                index.scores[article] = score
            for story_id, state in conn.execute(select(S.stories.c.id, S.stories.c.state)):
                index.stories[story_id] = Story.from_json(story_id, json.loads(state), members.get(story_id, []))
            index.df = {term: df for term, df in conn.execute(select(S.story_terms.c.term, S.story_terms.c.df))}
            meta_rows = dict(conn.execute(select(S.meta.c.key, S.meta.c.value).where(S.meta.c.key.in_(("story_docs", "story_next")))).all())
        index.n_docs = int(meta_rows.get("story_docs", 0))
        index.next_id = int(meta_rows.get("story_next", 1))
        return index

    def story_profiles(self) -> dict[str, Profile]:
        """The profile each placed article was placed with (read only when a story merges or splits)."""
        with self.engine.connect() as conn:
            return {article: Profile.from_json(article, json.loads(data))
                    for article, data in conn.execute(select(S.story_articles.c.article, S.story_articles.c.profile))}

    @staticmethod
    def _write_stories(conn: Connection, result: Any) -> None:
        index = result.index
        current = dict(conn.execute(select(S.story_articles.c.article, S.story_articles.c.story)).all())
        moved = [(story, article) for article, story in index.placed.items() if article in current and current[article] != story]
        if moved:
            conn.exec_driver_sql("UPDATE story_articles SET story = ? WHERE article = ?", moved)
        added = [
            {"article": a, "story": index.placed[a], "seq": index.seq[a], "action": index.reasons[a], "score": index.scores.get(a),
             "profile": json.dumps(p.to_json(), ensure_ascii=False, separators=(",", ":"))}
            for a, p in result.new.items()
        ]
        if added:
            conn.execute(insert(S.story_articles), added)
        conn.execute(delete(S.stories))
        if result.summaries:
            conn.execute(insert(S.stories), [
                {**shallow(s), "state": json.dumps(index.stories[s.id].to_json(), ensure_ascii=False, separators=(",", ":"))}
                for s in result.summaries
            ])
        terms = [(term, index.df[term]) for term in sorted(index.changed_terms) if term in index.df]
        if terms:
            conn.exec_driver_sql("INSERT INTO story_terms (term, df) VALUES (?, ?) "
                                 "ON CONFLICT(term) DO UPDATE SET df = excluded.df", terms)
        logged = [shallow(c) for c in result.changes if c.action in ("new", "merge", "split")]
        if logged:
            conn.execute(insert(S.story_log), logged)
        Store._set_meta(conn, "story_docs", str(index.n_docs))
        Store._set_meta(conn, "story_next", str(index.next_id))

    def record_corpus_failure(self, stage: str, reason: str) -> None:
        """Remember that the corpus tables are stale, which stage failed and why (shown by every read side)."""
        with self._write_lock, self.engine.begin() as conn:
            self._set_meta(conn, "corpus_dirty", "1")
            self._set_meta(conn, "corpus_error", f"corpus stage '{stage}' failed: {reason}"[:500])

    def record_corpus_success(self) -> None:
        with self._write_lock, self.engine.begin() as conn:
            self._set_meta(conn, "corpus_dirty", "0")
            conn.execute(delete(S.meta).where(S.meta.c.key == "corpus_error"))

    def corpus_status(self) -> str | None:
        """None when the corpus tables are up to date; else why they are stale (kept until the store changes: every
        API answer and page asks)."""
        return self.memo("corpus status", self._corpus_status)

    def _corpus_status(self) -> str | None:
        with self.engine.connect() as conn:
            rows = dict(conn.execute(select(S.meta.c.key, S.meta.c.value).where(S.meta.c.key == "corpus_error")).all())
        return str(rows["corpus_error"]) if rows.get("corpus_error") else None

    def write_corpus(self, state: Any) -> None:
        """Write what the corpus stages derived, in one transaction, touching only rows that changed."""
        resolution = state.resolution
        with self._write_lock, self.engine.begin() as conn:
            for article_id, dated in (state.dated or {}).items():
                conn.execute(update(S.articles).where(S.articles.c.id == article_id).values(
                    published=dated.published, published_basis=dated.basis, published_evidence=dated.evidence,
                    published_confidence=dated.confidence, published_earliest=dated.earliest,
                    published_latest=dated.latest,
                ))
                conn.execute(delete(S.timexes).where(S.timexes.c.article == article_id))
                if dated.timexes:
                    conn.execute(insert(S.timexes), [shallow(t) for t in dated.timexes])
            for table in state.facts.values():
                if table.fresh:
                    conn.exec_driver_sql(
                        "INSERT INTO facts (article, stage, fingerprint, data) VALUES (?, ?, ?, ?) "
                        "ON CONFLICT(article, stage) DO UPDATE SET fingerprint = excluded.fingerprint, data = excluded.data",
                        [(article, table.stage, key, data) for article, (key, data) in table.fresh.items()],
                    )
            _sync_rows(conn, S.entities, {e.id: _entity_row(e) for e in resolution.entities})
            _sync_names(conn, {(name, e.id, kind) for e in resolution.entities for name, kind in _entity_names(e)})
            self._sync_mentions(conn, resolution.links, resolution.mentions)
            if state.stories is not None:
                self._write_stories(conn, state.stories)
            self._sync_quotes(conn, state.speaker_links, state.quote_groups)
            redo = state.scope.redo  # the stories whose events and claims were merged again; None: all of them
            _sync_rows(conn, S.events, {e.id: _event_row(e) for e in state.events}, S.event_evidence, "event",
                       {e.id: [{"event": e.id, "article": x.article, "start": x.start, "end": x.end} for x in e.evidence] for e in state.events},
                       stories=redo)
            _sync_rows(conn, S.claims, {c.id: _claim_row(c) for c in state.claims}, S.claim_evidence, "claim",
                       {c.id: [{"claim": c.id, "article": x.article, "start": x.start, "end": x.end, "role": x.role} for x in c.evidence]
                        for c in state.claims}, stories=redo)
            self._set_meta(conn, MERGE_SCOPE, json.dumps(state.scope.keys, sort_keys=True))
            self._set_meta(conn, "corpus_dirty", "0")
            conn.execute(delete(S.meta).where(S.meta.c.key == "corpus_error"))
            self._refresh_statistics(conn)

    def _refresh_statistics(self, conn: Connection) -> None:
        """Re-read the tables' statistics (SQLite's ANALYZE) when the store has none or has grown by a quarter since: the
        query planner needs them to walk an index in the reading order for a page of everything and to go by a filter's
        own index for a narrow one (without them it sorted every quote for a page of fifty). Growth-bound, so most
        ingests pay nothing (0.1 s on 970 articles when it runs)."""
        articles = conn.execute(select(func.count()).select_from(S.articles)).scalar_one()
        row = conn.execute(select(S.meta.c.value).where(S.meta.c.key == ANALYZED)).first()
        last = int(row[0]) if row else 0
        if not last or articles >= STATISTICS_GROWTH * last:
            conn.exec_driver_sql("ANALYZE")
            self._set_meta(conn, ANALYZED, str(articles))

    @staticmethod
    def _sync_mentions(conn: Connection, links: dict[tuple[str, int, int], str], extra: list[Mention]) -> None:
        """NER mentions get their entity link; resolver mentions are replaced where they changed."""
        changed = []
        for mention_id, article, start, end, entity in _fetch(
            conn, "SELECT id, article, start, \"end\", entity FROM mentions WHERE source = 'ner'")[1]:
            wanted = links.get((article, start, end))
            if wanted != entity:
                changed.append((wanted, mention_id))
        if changed:
            conn.exec_driver_sql("UPDATE mentions SET entity = ? WHERE id = ?", changed)
        new = {(m.article, m.start, m.end, m.text, m.label, m.entity) for m in extra}
        old: dict[tuple[Any, ...], int] = {}
        for row in _fetch(conn, "SELECT id, article, start, \"end\", text, label, entity FROM mentions WHERE source = 'resolver'")[1]:
            old[tuple(row[1:])] = row[0]
        gone = [(mention_id,) for key, mention_id in old.items() if key not in new]
        if gone:
            conn.exec_driver_sql("DELETE FROM mentions WHERE id = ?", gone)
        added = [m for m in extra if (m.article, m.start, m.end, m.text, m.label, m.entity) not in old]
        if added:
            conn.execute(insert(S.mentions), [_mention_row(m, "resolver") for m in added])

    @staticmethod
    def _sync_quotes(conn: Connection, speakers: dict[str, str], groups: dict[str, str]) -> None:
        changed = [
            (speakers.get(quote_id), groups.get(quote_id), quote_id)
            for quote_id, speaker, grp in _fetch(conn, "SELECT id, speaker_entity, grp FROM quotes")[1]
            if (speaker, grp) != (speakers.get(quote_id), groups.get(quote_id))
        ]
        if changed:
            conn.exec_driver_sql("UPDATE quotes SET speaker_entity = ?, grp = ? WHERE id = ?", changed)

    # --- reads ----------------------------------------------------------------------------------

    def article_rows(self, *, with_text: bool = False, parsed_only: bool = False) -> list[dict[str, Any]]:
        """Articles without raw bytes, in store order (dated first, by date, then source); ``parsed_only``: with a Doc."""
        cols = [c for c in S.articles.c if c.name not in {"raw", "decoded", "segments", "removed"} and (with_text or c.name != "text")]
        query = select(*cols).order_by(S.articles.c.published.is_(None), S.articles.c.published, S.articles.c.source, S.articles.c.id)
        if parsed_only:
            query = query.where(S.articles.c.id.in_(select(S.docs.c.article)))
        with self.engine.connect() as conn:
            return [_decode_json(dict(r._mapping)) for r in conn.execute(query)]

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, segments and removals; accepts a unique id prefix."""
        with self.engine.connect() as conn:
            if not article_id or not all(c in "0123456789abcdef" for c in article_id.lower()):
                return None  # ids are hex digests; anything else (%, _) is not a prefix of one
            rows = conn.execute(select(S.articles).where(S.articles.c.id.like(f"{article_id.lower()}%"))).fetchall()
            if len(rows) != 1:
                return None
            row = dict(rows[0]._mapping)
        row.pop("raw")
        return _decode_json(row)

    def raw_bytes(self, article_id: str) -> bytes | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(S.articles.c.raw).where(S.articles.c.id == article_id)).first()
            return None if row is None else bytes(row[0])

    def raw_documents(self) -> Iterator[tuple[str, str, bytes, str, str | None]]:
        with self.engine.connect() as conn:
            for row in conn.execute(select(S.articles.c.id, S.articles.c.source, S.articles.c.raw, S.articles.c.media_type, S.articles.c.url)):
                yield row[0], row[1], bytes(row[2]), row[3], row[4]

    def rows(self, table_name: str, **where: Any) -> list[dict[str, Any]]:
        """Every row of a table as a dict, by article and offset (``where``: column = value, None ignored).

        Read through the DBAPI cursor: the corpus stages read every mention, quote and time expression on each
        ingest, and SQLAlchemy's row objects cost as much again as the reading itself.
        """
        table = S.metadata.tables[table_name]
        columns = [c.name for c in table.c]
        wanted = [(key, value) for key, value in where.items() if value is not None]
        for key, _ in wanted:
            table.c[key]  # noqa: B018 - an unknown column raises here, before any SQL is built
        order = [c for c in ("article", "start") if c in table.c] or columns[:1]
        quoted = {c: '"' + c + '"' for c in columns}
        sql = (f"SELECT {', '.join(quoted[c] for c in columns)} FROM {table.name}"
               + (" WHERE " + " AND ".join(f"{quoted[key]} = ?" for key, _ in wanted) if wanted else "")
               + f" ORDER BY {', '.join(quoted[c] for c in order)}")
        json_columns = [i for i, c in enumerate(columns) if c in _JSON_COLUMNS]
        with self.engine.connect() as conn:
            out = [dict(zip(columns, row, strict=True)) for row in _fetch(conn, sql, tuple(value for _, value in wanted))[1]]
        for row in out if json_columns else ():
            _decode_json(row)
        return out

    def query(self, sql: str, params: Any = (), *, json: bool = False) -> list[dict[str, Any]]:
        """Rows of one read-only SQL statement as dicts (``json``: decode the JSON columns)."""
        with self.engine.connect() as conn:
            columns, values = _fetch(conn, sql, tuple(params) if isinstance(params, list) else params)
        rows = [dict(zip(columns, row, strict=True)) for row in values]
        return [_decode_json(r) for r in rows] if json else rows

    def scalar(self, sql: str, params: Any = ()) -> int:
        with self.engine.connect() as conn:
            value = conn.exec_driver_sql(sql, tuple(params) if isinstance(params, list) else params).scalar()
        return int(value or 0)

    def search(self, query: str, *, story: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        """Full-text search with FTS5: the total and one page of hits (id, headline, highlighted snippet in plain text).

        The page is ranked first and its snippets made after, for its own rows only: asked in one statement, SQLite
        made a snippet for every matching article before sorting (10 of 12 ms for a word in 400 articles)."""
        within = " AND f.id IN (SELECT article FROM story_articles WHERE story = ?)" if story else ""
        ranked = (
            "SELECT f.rowid AS fts_row, f.id, a.headline, a.published, a.outlet, bm25(articles_fts) AS score "
            "FROM articles_fts f JOIN articles a ON a.id = f.id "
            f"WHERE articles_fts MATCH ?{within} ORDER BY score, f.rowid LIMIT ? OFFSET ?"
        )
        fts = _fts_query(query)
        given = (fts, story) if story else (fts,)
        with self.engine.connect() as conn:
            try:
                hits = [dict(r._mapping) for r in conn.exec_driver_sql(ranked, (*given, limit, offset))]
                rows = [hit["fts_row"] for hit in hits]
                snippets: dict[int, str] = dict(conn.exec_driver_sql(
                    "SELECT f.rowid, snippet(articles_fts, 2, '[', ']', ' … ', 16) FROM articles_fts f "
                    f"WHERE articles_fts MATCH ? AND f.rowid IN ({','.join('?' * len(rows))})", (fts, *rows)).fetchall()) \
                    if rows else {}
                total = conn.exec_driver_sql(f"SELECT count(*) FROM articles_fts f WHERE articles_fts MATCH ?{within}", given).scalar()
            except Exception as exc:
                raise StoreError(f"cannot search for {query!r}: {exc}", hint="use plain words, or quote a phrase") from exc
        return {"total": int(total or 0), "hits": [
            {"id": hit["id"], "headline": hit["headline"], "published": hit["published"], "outlet": hit["outlet"],
             "snippet": snippets.get(hit["fts_row"]), "score": hit["score"]} for hit in hits]}

    def articles_with_words(self, words: list[str]) -> dict[str, list[str]]:
        """For each plain word, the articles whose text holds it in any case (the full-text index; a word with anything
        but letters holds nowhere)."""
        out: dict[str, list[str]] = {}
        with self.engine.connect() as conn:
            for word in words:
                out[word] = [row[0] for row in conn.exec_driver_sql(
                    "SELECT id FROM articles_fts WHERE articles_fts MATCH ?", (f'text : "{word}"',))] if word.isalpha() else []
        return out

    def counts(self) -> dict[str, int]:
        out = {}
        with self.engine.connect() as conn:
            for name in ("articles", "sentences", "mentions", "quotes", "timexes", "entities", "events", "claims"):
                out[name] = conn.execute(select(func.count()).select_from(S.metadata.tables[name])).scalar_one()
        return out

    def integrity_ok(self) -> bool:
        with self.engine.connect() as conn:
            ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            n_articles = conn.execute(select(func.count()).select_from(S.articles)).scalar_one()
            n_fts = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar_one()
        return ok and not fk and n_articles == n_fts


def _fts_query(query: str) -> str:
    """Plain words are ANDed; a double-quoted phrase stays a phrase; a word may end in * (prefix); nothing else of FTS5's syntax passes."""
    safe = []
    for part in re.findall(r'"[^"]+"|\S+', query):
        if part.startswith('"') and part.endswith('"') and len(part) > 1:
            words = re.findall(r"\w+", part)
            if words:
                safe.append('"' + " ".join(words) + '"')
            continue
        for word, star in re.findall(r"(\w+)(\*?)", part):
            safe.append(f'"{word}"' + ("*" if star else ""))
    return " ".join(safe) or '""'


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "media_type": article.media_type,
        "encoding": article.encoding,
        "raw": article.raw,
        "decoded": article.decoded,
        "text": article.text,
        "body_start": article.body_start,
        "segments": json.dumps([[s.start, s.raw_start, s.length] for s in article.segments]),
        "removed": json.dumps([shallow(r) for r in article.removed], ensure_ascii=False),
        "headline": article.headline,
        "subheadline": article.subheadline,
        "byline": article.byline,
        "outlet": article.outlet,
        "outlet_basis": article.outlet_basis,
        "agency": article.agency,
        "dateline": article.dateline,
        "published": article.published,
        "published_basis": article.published_basis,
        "published_evidence": article.published_evidence,
        "published_confidence": article.published_confidence,
        "stated_published": article.published if article.published_basis == "stated" else None,
        "captions": json.dumps(article.captions, ensure_ascii=False),
        "notes": json.dumps(article.notes, ensure_ascii=False),
        "words": len(article.text.split()),
        "ingested_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }


def _fetch(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and plain tuples of one query, through the DBAPI cursor (no SQLAlchemy row objects: the
    corpus writer compares whole tables on every ingest, and a page's reads are mostly building rows)."""
    cursor = conn.connection.driver_connection.execute(sql, params)  # type: ignore[union-attr]
    rows = cursor.fetchall()
    return [d[0] for d in cursor.description], rows


def _table_dicts(conn: Connection, table: Any, where: str = "", params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    columns, rows = _fetch(conn, f"SELECT * FROM {table.name}{where}", params)
    return [dict(zip(columns, row, strict=True)) for row in rows]


def _in_stories(stories: set[str] | None, column: str = "story") -> tuple[str, tuple[Any, ...]]:
    """A WHERE clause for the rows of ``stories`` ('' is the unplaced articles' NULL story); all rows for None."""
    if stories is None:
        return "", ()
    named = sorted(s for s in stories if s)
    tests = [f"{column} IN ({', '.join('?' * len(named))})"] if named else []
    if "" in stories:
        tests.append(f"{column} IS NULL")
    return " WHERE " + (" OR ".join(tests) or "0"), tuple(named)


def _sync_rows(
    conn: Connection, table: Any, rows: dict[str, dict[str, Any]], child: Any = None, key: str = "",
    children: dict[str, list[dict[str, Any]]] | None = None, *, stories: set[str] | None = None,
) -> None:
    """Make ``table`` hold exactly ``rows`` (by id), with their ``child`` rows; unchanged rows are not touched.
    With ``stories``, only the rows of those stories are compared and replaced (the others are kept as they are)."""
    where, params = _in_stories(stories)
    old: dict[str, dict[str, Any]] = {r["id"]: r for r in _table_dicts(conn, table, where, params)}
    old_children: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if child is not None:
        child_where = f" WHERE {key} IN (SELECT id FROM {table.name}{where})" if where else ""
        for r in _table_dicts(conn, child, child_where, params):
            old_children[r[key]].append(r)
    def same(row_id: str) -> bool:
        if old.get(row_id) != rows[row_id]:
            return False
        return child is None or sorted(map(_sorted_items, old_children.get(row_id, []))) == sorted(
            map(_sorted_items, (children or {}).get(row_id, [])))
    stale = [row_id for row_id in old if row_id not in rows or not same(row_id)]
    stale_ids = set(stale)
    for offset in range(0, len(stale), 500):
        conn.execute(delete(table).where(table.c.id.in_(stale[offset : offset + 500])))  # evidence goes by cascade
    fresh = [row_id for row_id in rows if row_id not in old or row_id in stale_ids]
    if fresh:
        conn.execute(insert(table), [rows[row_id] for row_id in fresh])
        if child is not None:
            kids = [kid for row_id in fresh for kid in (children or {}).get(row_id, [])]
            if kids:
                conn.execute(insert(child), kids)


def _sync_names(conn: Connection, wanted: set[tuple[str, str, str]]) -> None:
    """Make ``entity_names`` hold exactly ``wanted`` (name, entity, kind), touching only what changed."""
    old = set(_fetch(conn, "SELECT name, entity, kind FROM entity_names")[1])
    gone = sorted(old - wanted)
    if gone:
        conn.exec_driver_sql("DELETE FROM entity_names WHERE name = ? AND entity = ? AND kind = ?", gone)
    added = sorted(wanted - old)
    if added:
        conn.exec_driver_sql("INSERT INTO entity_names (name, entity, kind) VALUES (?, ?, ?)", added)


def _entity_names(entity: Entity) -> list[tuple[str, str]]:
    """(lower-cased name, lookup rank) for the id, name, aliases and recorded variants of an entity."""
    out = {(entity.id.lower(), "0"), (entity.name.lower(), "0")}
    out |= {(alias.lower(), "1") for alias in entity.aliases}
    out |= {(str(v.get("text", "")).lower(), "2") for v in entity.variants if v.get("text")}
    return sorted(out)


def _sorted_items(row: dict[str, Any]) -> tuple[tuple[str, Any], ...]:
    return tuple(sorted(row.items()))


def _event_row(event: Event) -> dict[str, Any]:
    return {f.name: getattr(event, f.name) for f in fields(event) if f.name != "evidence"}  # scalars: no deep copy


def _claim_row(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id, "statement": claim.statement, "status": claim.status,
        "asserted_by": json.dumps(claim.asserted_by, ensure_ascii=False), "denied_by": json.dumps(claim.denied_by, ensure_ascii=False),
        "figures": json.dumps(claim.figures, ensure_ascii=False), "story": claim.story,
        "parties": json.dumps(claim.parties, ensure_ascii=False), "sources": claim.sources,
    }


def _mention_row(mention: Mention, source: str) -> dict[str, Any]:
    return {
        "article": mention.article, "start": mention.start, "end": mention.end, "text": mention.text,
        "label": mention.label, "entity": mention.entity, "source": source,
    }


def _quote_row(quote: Quote, index: int) -> dict[str, Any]:
    row = shallow(quote)
    row["id"] = quote.id or f"{quote.article}-q{index}"
    quote.id = row["id"]
    row["grp"] = row.pop("group")
    row["speaker_named"] = bool(row["speaker_named"])
    return row


def _entity_row(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id, "name": entity.name, "type": entity.type, "country_code": entity.country_code,
        "aliases": json.dumps(entity.aliases, ensure_ascii=False),
        "roles": json.dumps([shallow(r) for r in entity.roles], ensure_ascii=False),
        "variants": json.dumps(entity.variants, ensure_ascii=False),
    }


_JSON_COLUMNS = {"segments", "removed", "captions", "notes", "aliases", "roles", "variants", "asserted_by", "denied_by", "figures", "parties"}


def _decode_json(row: dict[str, Any]) -> dict[str, Any]:
    for key in _JSON_COLUMNS & row.keys():
        if isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row
