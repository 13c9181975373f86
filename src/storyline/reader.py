"""``Storyline``: the one read side. The CLI, the JSON API and the web pages call these methods.

Like datasette's ``Datasette`` object, it is thin: it holds the store and names the views; the
views themselves (SQL, paging, evidence) live in ``storyline.views``. The same call gives the same
records in the same order whichever front end asks, so ``storyline quotes --json``, ``/api/quotes``
and ``/quotes.json`` agree.
"""

from __future__ import annotations

from typing import Any

from storyline import views
from storyline.store.db import Store


class Storyline:
    """Read access to one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(cls, path: str, *, create: bool = False) -> Storyline:
        return cls(Store(path, create=create))

    def status(self) -> str | None:
        """None when the analysis is up to date; else why it is stale (a corpus stage failed)."""
        return self.store.corpus_status()

    def stories(self) -> list[dict[str, Any]]:
        return views.stories_view(self.store)

    def story(self, story_id: str) -> dict[str, Any] | None:
        return views.story_view(self.store, story_id)

    def default_story(self) -> str | None:
        """The story per-story views show when none is asked (the largest), or None when the store holds one story."""
        return views.default_story(self.store)

    def articles(self, *, story: str | None = None, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
        return views.articles_view(self.store, story=story, limit=limit, offset=offset)

    def article_choices(self, *, story: str | None = None) -> list[dict[str, Any]]:
        return views.article_choices(self.store, story=story)

    def article(self, article_id: str) -> dict[str, Any] | None:
        return views.article_view(self.store, article_id)

    def quotes(self, *, speaker: str | None = None, article: str | None = None, search: str | None = None,
               kind: str | None = None, entity: str | None = None, story: str | None = None, limit: int | None = None,
               offset: int = 0) -> dict[str, Any]:
        return views.quotes_view(self.store, speaker=speaker, article=article, search=search, kind=kind, entity=entity,
                                 story=story, limit=limit, offset=offset)

    def quote_copies(self, groups: set[str]) -> list[dict[str, Any]]:
        return views.quote_copies(self.store, groups)

    def speakers(self, *, story: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        return views.top_speakers(self.store, story=story, limit=limit)

    def entities(self, *, etype: str | None = None, search: str | None = None, story: str | None = None, limit: int | None = None,
                 offset: int = 0) -> dict[str, Any]:
        return views.entities_view(self.store, etype=etype, search=search, story=story, limit=limit, offset=offset)

    def find_entity(self, name: str) -> dict[str, Any] | None:
        """The entity record called ``name`` (id, name, alias or recorded variant), without its view."""
        return views.find_entity(self.store, name)

    def entity(self, name: str, *, limit: int | None = 100) -> dict[str, Any] | None:
        return views.entity_view(self.store, name, limit=limit)

    def entity_articles(self, entity_id: str, *, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
        return views.entity_articles(self.store, entity_id, limit=limit, offset=offset)

    def events(self, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None,
               etype: str | None = None, order: str = "date", story: str | None = None, limit: int | None = None,
               offset: int = 0, dated_only: bool = False) -> dict[str, Any]:
        return views.events_view(self.store, date_from=date_from, date_to=date_to, entity=entity, etype=etype, order=order,
                                 story=story, limit=limit, offset=offset, dated_only=dated_only)

    def event_types(self) -> list[str]:
        return views.event_types(self.store)

    def timeline(self, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None,
                 etype: str | None = None, top: int | None = None, story: str | None = None, limit: int | None = None,
                 offset: int = 0, per_date: int | None = None) -> dict[str, Any]:
        return views.timeline_view(self.store, date_from=date_from, date_to=date_to, entity=entity, etype=etype, top=top,
                                   story=story, limit=limit, offset=offset, per_date=per_date)

    def dated_mentions(self, *, date_from: str | None = None, date_to: str | None = None, story: str | None = None,
                       limit: int = 60) -> list[dict[str, Any]]:
        return views.dated_mentions_view(self.store, date_from=date_from, date_to=date_to, story=story, limit=limit)

    def published_days(self, *, date_from: str | None = None, date_to: str | None = None,
                       story: str | None = None) -> list[dict[str, Any]]:
        return views.published_days_view(self.store, date_from=date_from, date_to=date_to, story=story)

    def claims(self, *, status: str | None = None, story: str | None = None, entity: str | None = None,
               search: str | None = None, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
        return views.claims_view(self.store, status=status, story=story, entity=entity, search=search, limit=limit,
                                 offset=offset)

    def claim_counts(self, *, story: str | None = None) -> dict[str, int]:
        return views.claim_counts(self.store, story=story)

    def entity_ids(self, names: set[str]) -> dict[str, str]:
        return views.entity_ids(self.store, names)

    def search(self, query: str, *, story: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
        return views.search_view(self.store, query, story=story, limit=limit, offset=offset)
