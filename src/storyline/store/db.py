"""The embedded SQLite store: open/create, write one article atomically, read back.

All writes go through ``Store`` methods that each run in one transaction, so a killed process
never leaves half an article behind. Reads return plain dicts (JSON-ready).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, delete, event, func, insert, select, text, update
from sqlalchemy.engine import Connection

from storyline.errors import SchemaMismatch, StoreError
from storyline.model import Article, Claim, Entity, Event, Mention, Quote
from storyline.pipeline import Analysis
from storyline.store import schema as S

DEFAULT_STORE = "storyline.db"


def default_store_path() -> str:
    return os.environ.get("STORYLINE_DB", DEFAULT_STORE)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


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
        self._ensure_schema()

    def close(self) -> None:
        """Fold the write-ahead log into the main file and close connections (the file is then self-contained)."""
        with self._write_lock, self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()

    # --- schema ---------------------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        try:
            with self.engine.begin() as conn:
                version = self._version(conn)
                if version is None:
                    S.metadata.create_all(conn)
                    conn.exec_driver_sql(S.FTS_DDL)
                    conn.execute(insert(S.meta).values(key="schema_version", value=str(S.SCHEMA_VERSION)))
                elif version > S.SCHEMA_VERSION:
                    raise SchemaMismatch(
                        f"{self.path} has schema version {version}, newer than this storyline ({S.SCHEMA_VERSION})",
                        hint="upgrade storyline, or use another --store file",
                    )
                elif version < S.SCHEMA_VERSION:
                    raise SchemaMismatch(
                        f"{self.path} has schema version {version}; this storyline writes {S.SCHEMA_VERSION}",
                        hint="run `storyline rebuild --store FILE` to re-derive everything from the kept raw bytes",
                    )
        except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on a corrupt file
            raise StoreError(f"{self.path} is not a storyline SQLite store ({exc})") from exc
        except Exception as exc:
            if isinstance(exc, SchemaMismatch):
                raise
            if "file is not a database" in str(exc):
                raise StoreError(f"{self.path} is not a SQLite database", hint="choose another --store file") from exc
            raise

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
                {k: v for k, v in asdict(t).items()} for t in analysis.timexes
            ])

    def load_docs(self, vocab: Any) -> dict[str, Any]:
        """Every stored spaCy Doc, by article id (parsed once at ingest, reused by corpus stages)."""
        from spacy.tokens import DocBin

        out = {}
        with self.engine.connect() as conn:
            for article, data in conn.execute(select(S.docs.c.article, S.docs.c.data)):
                out[article] = next(iter(DocBin().from_bytes(bytes(data)).get_docs(vocab)))
        return out

    def update_timexes(self, article_id: str, rows: list[dict[str, Any]]) -> None:
        with self._write_lock, self.engine.begin() as conn:
            conn.execute(delete(S.timexes).where(S.timexes.c.article == article_id))
            if rows:
                conn.execute(insert(S.timexes), rows)

    def update_published(
        self, article_id: str, *, published: str | None, basis: str, evidence: str | None, confidence: float | None,
        earliest: str | None = None, latest: str | None = None,
    ) -> None:
        with self._write_lock, self.engine.begin() as conn:
            conn.execute(update(S.articles).where(S.articles.c.id == article_id).values(
                published=published, published_basis=basis, published_evidence=evidence, published_confidence=confidence,
                published_earliest=earliest, published_latest=latest,
            ))

    def replace_corpus(
        self,
        *,
        entities: list[Entity],
        links: dict[tuple[str, int, int], str],
        extra_mentions: list[Mention],
        speaker_links: dict[str, str],
        quote_groups: dict[str, str],
        events: list[Event],
        claims: list[Claim],
    ) -> None:
        """Replace every corpus-level table in one transaction."""
        with self._write_lock, self.engine.begin() as conn:
            for table in S.CORPUS_TABLES:
                conn.execute(delete(table))
            conn.execute(delete(S.mentions).where(S.mentions.c.source == "resolver"))
            conn.execute(update(S.mentions).values(entity=None))
            if entities:
                conn.execute(insert(S.entities), [_entity_row(e) for e in entities])
            if extra_mentions:
                conn.execute(insert(S.mentions), [_mention_row(m, "resolver") for m in extra_mentions])
            if links:
                conn.exec_driver_sql(
                    'UPDATE mentions SET entity = ? WHERE article = ? AND start = ? AND "end" = ?',
                    [(entity_id, article, start, end) for (article, start, end), entity_id in links.items()],
                )
            conn.execute(update(S.quotes).values(speaker_entity=None, grp=None))
            if speaker_links:
                conn.exec_driver_sql("UPDATE quotes SET speaker_entity = ? WHERE id = ?", [(e, q) for q, e in speaker_links.items()])
            if quote_groups:
                conn.exec_driver_sql("UPDATE quotes SET grp = ? WHERE id = ?", [(g, q) for q, g in quote_groups.items()])
            if events:
                conn.execute(insert(S.events), [{k: v for k, v in asdict(ev).items() if k != "evidence"} for ev in events])
                evidence = [{"event": ev.id, "article": e.article, "start": e.start, "end": e.end} for ev in events for e in ev.evidence]
                if evidence:
                    conn.execute(insert(S.event_evidence), evidence)
            for claim in claims:
                conn.execute(insert(S.claims).values(
                    id=claim.id, statement=claim.statement, status=claim.status,
                    asserted_by=json.dumps(claim.asserted_by), denied_by=json.dumps(claim.denied_by),
                    figures=json.dumps(claim.figures),
                ))
                for e in claim.evidence:
                    conn.execute(insert(S.claim_evidence).values(claim=claim.id, article=e.article, start=e.start, end=e.end, role=e.role))

    # --- reads ----------------------------------------------------------------------------------

    def article_rows(self, *, with_text: bool = False) -> list[dict[str, Any]]:
        cols = [c for c in S.articles.c if c.name not in {"raw", "decoded", "segments", "removed"} and (with_text or c.name != "text")]
        with self.engine.connect() as conn:
            rows = conn.execute(select(*cols).order_by(S.articles.c.published.is_(None), S.articles.c.published, S.articles.c.source))
            return [_decode_json(dict(r._mapping)) for r in rows]

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
        table = S.metadata.tables[table_name]
        query = select(table)
        for key, value in where.items():
            if value is not None:
                query = query.where(table.c[key] == value)
        order = [table.c[c] for c in ("article", "start") if c in table.c] or [list(table.c)[0]]
        with self.engine.connect() as conn:
            return [_decode_json(dict(r._mapping)) for r in conn.execute(query.order_by(*order))]

    def search(self, query: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search with FTS5; returns article ids, headlines and a highlighted snippet (plain text)."""
        sql = (
            "SELECT f.id, a.headline, a.published, a.outlet, snippet(articles_fts, 2, '[', ']', ' … ', 16) AS snippet, "
            "bm25(articles_fts) AS score FROM articles_fts f JOIN articles a ON a.id = f.id "
            "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?"
        )
        with self.engine.connect() as conn:
            try:
                result = conn.exec_driver_sql(sql, (_fts_query(query), limit))
            except Exception as exc:
                raise StoreError(f"cannot search for {query!r}: {exc}", hint="use plain words, or quote a phrase") from exc
            return [dict(r._mapping) for r in result]

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
    """Plain words are ANDed; a double-quoted phrase stays a phrase; FTS syntax characters are neutralised."""
    import re

    parts = re.findall(r'"[^"]+"|\S+', query)
    safe = []
    for part in parts:
        if part.startswith('"') and part.endswith('"'):
            safe.append('"' + part.strip('"').replace('"', "") + '"')
        else:
            word = re.sub(r"[^\w*]", " ", part).strip()
            if word:
                safe.extend(f'"{w}"' if "*" not in w else w for w in word.split())
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
        "removed": json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
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


def _mention_row(mention: Mention, source: str) -> dict[str, Any]:
    return {
        "article": mention.article, "start": mention.start, "end": mention.end, "text": mention.text,
        "label": mention.label, "entity": mention.entity, "source": source,
    }


def _quote_row(quote: Quote, index: int) -> dict[str, Any]:
    row = asdict(quote)
    row["id"] = quote.id or f"{quote.article}-q{index}"
    quote.id = row["id"]
    row["grp"] = row.pop("group")
    row["speaker_named"] = bool(row["speaker_named"])
    return row


def _entity_row(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id, "name": entity.name, "type": entity.type, "country_code": entity.country_code,
        "aliases": json.dumps(entity.aliases, ensure_ascii=False),
        "roles": json.dumps([asdict(r) for r in entity.roles], ensure_ascii=False),
        "variants": json.dumps(entity.variants, ensure_ascii=False),
    }


_JSON_COLUMNS = {"segments", "removed", "captions", "notes", "aliases", "roles", "variants", "asserted_by", "denied_by", "figures"}


def _decode_json(row: dict[str, Any]) -> dict[str, Any]:
    for key in _JSON_COLUMNS & row.keys():
        if isinstance(row[key], str):
            row[key] = json.loads(row[key])
    return row
