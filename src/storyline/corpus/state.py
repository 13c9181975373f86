"""The one state the corpus stages pass along, and the lazy Doc source they share.

Rows read from the store stay plain dicts where the finders already take them; everything a stage
assigns is a typed field, ``None`` until the stage that assigns it has run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from storyline.corpus.facts import FactTable

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from storyline.analyse.claims.ledger import ArticleClaims
    from storyline.analyse.entities.resolve import ArticleEntities, EntityResolution
    from storyline.analyse.events.candidates import SentenceEvent
    from storyline.analyse.stories import Profile, StoryIndex
    from storyline.corpus.scope import StatementInput, StoryScope
    from storyline.corpus.stories import StoryResult
    from storyline.model import Claim, Event, Timex
    from storyline.store.db import Store


class DocSource:
    """Stored spaCy Docs, loaded one at a time and only when a stage must recompute an article."""

    def __init__(self, store: Store, model: str, *, held: dict[str, Any] | None = None) -> None:
        self.store = store
        self.model = model
        self.held = held or {}  # Docs the caller already has in memory (this ingest's articles)
        self._vocab: Any = None
        self.loaded = 0

    def get(self, article_id: str) -> Doc | None:
        if article_id in self.held:
            held: Doc = self.held[article_id]
            return held
        if self._vocab is None:
            from storyline.nlp import load_nlp

            self._vocab = load_nlp(self.model).vocab
        doc: Doc | None = self.store.load_doc(article_id, self._vocab)
        self.loaded += doc is not None
        return doc


@dataclass
class PublishedUpdate:
    """A new inferred publication date for one article, and its re-anchored time expressions."""

    published: str | None
    basis: str
    evidence: str | None
    confidence: float | None
    earliest: str | None
    latest: str | None
    timexes: list[Timex]


@dataclass
class CorpusState:
    """What the corpus stages read and assign, in pipeline order."""

    docs: DocSource
    articles: list[dict[str, Any]]  # every article with a parse, in store order (published, source)
    mentions: list[dict[str, Any]]  # NER mentions
    quotes: list[dict[str, Any]]
    timexes: list[dict[str, Any]]
    facts: dict[str, FactTable[Any]] = field(default_factory=dict)
    arrival: list[str] = field(default_factory=list)  # every article id in the order it was stored
    story_index: StoryIndex | None = None  # the stories as the last ingest left them
    story_profiles: Callable[[], dict[str, Profile]] = dict  # placed articles' profiles, read only when needed
    merge_scope: dict[str, str] = field(default_factory=dict)  # each story's merge fingerprint as the last ingest left it
    word_articles: Callable[[list[str]], dict[str, list[str]]] = lambda words: {}  # the articles holding each word (any
    # case): the store's full-text index
    # assigned by the stages
    dated: dict[str, PublishedUpdate] | None = None  # pubdate
    groups: dict[str, str] | None = None  # source_groups: article -> independent-source group
    copies: dict[str, list[str]] | None = None  # source_groups: article -> its near-duplicates
    entity_facts: list[ArticleEntities] | None = None  # entities
    resolution: EntityResolution | None = None  # entities
    stories: StoryResult | None = None  # stories: article -> story, what changed, the story list
    speaker_links: dict[str, str] | None = None  # speakers: quote id -> entity id
    quote_groups: dict[str, str] | None = None  # quote_groups: quote id -> group id
    statement_inputs: dict[str, StatementInput] | None = None  # scope: each article's statement inputs and fingerprint
    scope: StoryScope | None = None  # scope: which stories' events and claims are redone
    sentence_events: dict[str, list[SentenceEvent]] | None = None  # statements (articles of the stories in scope)
    article_claims: dict[str, ArticleClaims] | None = None  # statements
    events: list[Event] | None = None  # events of the stories in scope
    claims: list[Claim] | None = None  # claims of the stories in scope

    def by_article(self, rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {a["id"]: [] for a in self.articles}
        for row in rows:
            if row["article"] in out:
                out[row["article"]].append(row)
        return out

    def by_story(self) -> dict[str | None, list[dict[str, Any]]]:
        """The articles of each story (None: placed in none), in store order."""
        placed = self.stories.index.placed if self.stories else {}
        out: dict[str | None, list[dict[str, Any]]] = {}
        for article in self.articles:
            out.setdefault(placed.get(article["id"]), []).append(article)
        return out

    def table(self, name: str) -> FactTable[Any]:
        return self.facts[name]
