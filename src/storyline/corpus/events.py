"""Stage ``events``: sentence events merged across articles, counted by independent source and ranked."""

from __future__ import annotations

from collections import Counter
from typing import Any, TypeVar

from storyline.analyse.events.annotate import merge_events
from storyline.corpus.state import CorpusState
from storyline.model import Claim, Event

T = TypeVar("T", Event, Claim)


def merge(state: CorpusState) -> None:
    assert state.sentence_events is not None and state.resolution is not None and state.groups is not None
    merged: list[Event] = []
    timexes = state.by_article(state.timexes)
    for story, articles in by_story(state).items():
        found = [ev for a in articles for ev in state.sentence_events.get(a["id"], [])]
        told = [t for a in articles for t in timexes[a["id"]]]  # a story's salience counts its own articles' dates only
        for event in merge_events(found=found, articles=articles, timexes=told, entities=state.resolution.entities,
                                  groups=state.groups):
            event.story = story
            merged.append(event)
    state.events = unique_ids(merged)


def by_story(state: CorpusState) -> dict[str | None, list[dict[str, Any]]]:
    """The articles of each story, in store order (events and claims never merge across stories)."""
    placed = state.stories.index.placed if state.stories else {}
    out: dict[str | None, list[dict[str, Any]]] = {}
    for article in state.articles:
        out.setdefault(placed.get(article["id"]), []).append(article)
    return out


def unique_ids(items: list[T]) -> list[T]:
    """Ids are derived from content: the same key in two stories gets the story id appended."""
    seen = Counter(item.id for item in items)
    for item in items:
        if seen[item.id] > 1 and item.story:
            item.id = f"{item.id}_{item.story}"
    return items
