"""The SQLite schema (SQLAlchemy Core), versioned.

Per-article tables (articles, sentences, mentions, quotes, timexes) are written in one transaction
per article. Corpus tables (entities, events, claims, timeline and their evidence) are rebuilt from
the per-article tables after every ingest. Every derived row has ``article``, ``start``, ``end``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 6  # 2: corpus facts, read indexes; 3: stories; 4: claim parties and sources; 5: event centrality;
# 6: the articles' reading order indexed (each added in place)

metadata = MetaData()


def _article_fk() -> Column[str]:
    return Column("article", String(16), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)


meta = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", Text, nullable=False))

articles = Table(
    "articles",
    metadata,
    Column("id", String(16), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("media_type", String, nullable=False),
    Column("encoding", String, nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("decoded", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("body_start", Integer, nullable=False),
    Column("segments", Text, nullable=False),  # JSON [[start, raw_start, length], ...]
    Column("removed", Text, nullable=False),  # JSON [{raw_start, raw_end, reason, text}]
    Column("headline", Text),
    Column("subheadline", Text),
    Column("byline", Text),
    Column("outlet", Text),
    Column("outlet_basis", Text),
    Column("agency", Text),
    Column("dateline", Text),
    Column("published", String),
    Column("published_basis", String, nullable=False),
    Column("published_evidence", Text),
    Column("published_confidence", Float),
    Column("published_earliest", String),  # an inferred window when no single day is known
    Column("published_latest", String),
    Column("stated_published", String),  # what the cleaner read, before corpus inference
    Column("captions", Text, nullable=False),  # JSON list
    Column("notes", Text, nullable=False),  # JSON list
    Column("words", Integer, nullable=False),
    Column("ingested_at", String, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("paragraph", Integer, nullable=False),
    Index("ix_sentences_article", "article", "idx", unique=True),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String, nullable=False),
    Column("entity", String),
    Column("source", String, nullable=False, default="ner"),  # ner | resolver
    Index("ix_mentions_article", "article"),
    Index("ix_mentions_span", "article", "start", "end"),
    Index("ix_mentions_entity", "entity"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String, primary_key=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("cue", String),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("speaker", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_role", Text),
    Column("speaker_named", Boolean, nullable=False),
    Column("speaker_entity", String),
    Column("grp", String),
    Index("ix_quotes_article", "article"),
    Index("ix_quotes_speaker_entity", "speaker_entity"),
)

timexes = Table(
    "timexes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String),
    Column("end_value", String),
    Column("granularity", String),
    Column("anchor", String),
    Column("basis", Text),
    Index("ix_timexes_article", "article"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", String, primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("country_code", String),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("roles", Text, nullable=False),  # JSON list of {title, article, start, end, date}
    Column("variants", Text, nullable=False),  # JSON list
)

events = Table(
    "events",
    metadata,
    Column("id", String, primary_key=True),
    Column("type", String, nullable=False),
    Column("summary", Text, nullable=False),
    Column("date", String),
    Column("granularity", String),
    Column("actor", String),
    Column("target", String),
    Column("actor_code", String),
    Column("target_code", String),
    Column("mode", String, nullable=False),
    Column("location", Text),
    Column("sources", Integer, nullable=False),
    Column("salience", Float, nullable=False, default=0.0),
    Column("story", String),
    Column("centrality", Float, nullable=False, default=0.0),
    Index("ix_events_salience", "salience"),
    Index("ix_events_story", "story"),
    Index("ix_events_date", "date"),
    Index("ix_events_actor", "actor"),
    Index("ix_events_target", "target"),
)

event_evidence = Table(
    "event_evidence",
    metadata,
    Column("event", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_event_evidence_event", "event"),
    Index("ix_event_evidence_article", "article"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String, primary_key=True),
    Column("statement", Text, nullable=False),
    Column("status", String, nullable=False),
    Column("asserted_by", Text, nullable=False),  # JSON list
    Column("denied_by", Text, nullable=False),  # JSON list
    Column("figures", Text, nullable=False),  # JSON list
    Column("story", String),
    Column("parties", Text, nullable=False, default="[]"),  # JSON [{name, entity, stance, articles}]
    Column("sources", Integer, nullable=False, default=0),  # independent sources carrying it
    Index("ix_claims_story", "story"),
)

claim_evidence = Table(
    "claim_evidence",
    metadata,
    Column("claim", String, ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
    _article_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("role", String, nullable=False, default="asserts"),  # asserts | alleges | confirms | denies | retracts | figure
    Index("ix_claim_evidence_claim", "claim"),
    Index("ix_claim_evidence_article", "article"),
)

docs = Table(
    "docs",
    metadata,
    Column("article", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String, nullable=False),
    Column("data", LargeBinary, nullable=False),  # spaCy DocBin bytes: derived, rebuildable
)

entity_names = Table(  # every name an entity answers to, lower-cased: the read side's indexed lookup
    "entity_names",
    metadata,
    Column("name", Text, nullable=False),
    Column("entity", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String, nullable=False),  # 0 id or name, 1 alias, 2 probable variant (lookup order)
    Index("ix_entity_names_name", "name"),
)

facts = Table(
    "facts",
    metadata,
    _article_fk(),
    Column("stage", String, nullable=False),  # the corpus stage that read it
    Column("fingerprint", String, nullable=False),  # digest of everything it was computed from
    Column("data", Text, nullable=False),  # JSON
    PrimaryKeyConstraint("article", "stage"),
)

stories = Table(  # one row per story: what `storyline stories` lists, and its centroid
    "stories",
    metadata,
    Column("id", String, primary_key=True),
    Column("label", Text, nullable=False),
    Column("first", String),  # earliest and latest publication date of its articles
    Column("last", String),
    Column("articles", Integer, nullable=False),
    Column("sources", Integer, nullable=False),  # independent sources
    Column("updated", String, nullable=False),  # when its latest article was ingested
    Column("state", Text, nullable=False),  # JSON: the centroid's term counts, first arrival
)

story_articles = Table(  # each article's story, how it got there, and the profile it was placed with
    "story_articles",
    metadata,
    Column("article", String(16), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("story", String, nullable=False),
    Column("seq", Integer, nullable=False),  # arrival order
    Column("action", String, nullable=False),  # new | join | copy (a later merge or split moves it)
    Column("score", Float),
    Column("profile", Text, nullable=False),  # JSON terms and date
    Index("ix_story_articles_story", "story", "seq"),
)

story_log = Table(  # why the stories are as they are: every new story, merge and split
    "story_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String, nullable=False),
    Column("story", String, nullable=False),
    Column("other", String),
    Column("article", String(16)),
    Column("score", Float),
    Column("detail", Text, nullable=False),
)

story_terms = Table(  # document frequency of every term across the store (the IDF of story assignment)
    "story_terms",
    metadata,
    Column("term", Text, primary_key=True),
    Column("df", Integer, nullable=False),
)

PER_ARTICLE_TABLES = (sentences, mentions, quotes, timexes, docs)
CORPUS_TABLES = (event_evidence, events, claim_evidence, claims, entities)

# The order every list of articles, quotes and search hits is read in (undated last, then date, source, id): a page of
# fifty quotes walks it and stops, where it had sorted every quote of the store (0.09 -> 0.002 s on 970 articles).
# Written as DDL: SQLAlchemy cannot reflect an index on an expression, so it is no ``Index`` of the table above
READ_ORDER_DDL = "CREATE INDEX IF NOT EXISTS ix_articles_order ON articles (published IS NULL, published, source, id)"

FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
    "id UNINDEXED, headline, text, tokenize='unicode61 remove_diacritics 2')"
)
