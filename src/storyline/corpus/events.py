"""Stage ``events``: sentence events merged across articles, counted by independent source and ranked."""

from __future__ import annotations

import hashlib
from typing import Any, TypeVar

from storyline.analyse.events.annotate import merge_events
from storyline.analyse.events.asides import (
    Named,
    in_sentence,
    is_aside,
    is_of_the_past,
    last_year,
    own_parties,
)
from storyline.corpus.state import CorpusState
from storyline.model import Claim, Event

T = TypeVar("T", Event, Claim)


def merge(state: CorpusState) -> None:
    assert state.sentence_events is not None and state.resolution is not None and state.groups is not None
    merged: list[Event] = []
    timexes = state.by_article(state.timexes)
    scoped = by_story(state)
    codes = {e.id: e.country_code or "" for e in state.resolution.entities}
    named = _named_mentions(state, {a["id"] for articles in scoped.values() for a in articles}, codes)
    for story, articles in scoped.items():
        own = own_parties({a["id"]: named.get(a["id"], []) for a in articles}) if story else None
        began = min((y for a in articles if (y := last_year(a["published"])) is not None), default=None)
        found = [ev for a in articles for ev in state.sentence_events.get(a["id"], [])
                 if not is_aside(ev.type, sentence := in_sentence(named.get(a["id"], []), ev.start, ev.end), own)
                 and not is_of_the_past(ev.date, ev.end_date, (ev.actor, ev.target), sentence, own, codes, began)]
        told = [t for a in articles for t in timexes[a["id"]]]  # a story's salience counts its own articles' dates only
        for event in merge_events(found=found, articles=articles, timexes=told, entities=state.resolution.entities,
                                  groups=state.groups):
            event.story = story
            merged.append(event)
    state.events = story_ids(merged)


def _named_mentions(state: CorpusState, articles: set[str], codes: dict[str, str]) -> dict[str, list[Named]]:
    """Per article of ``articles`` (those of the stories in scope: an ingest reads no other), its named mentions with
    their entity, country code (``codes``, by entity id) and whether the sentence places them, sorted."""
    assert state.resolution is not None and state.entity_facts is not None
    out: dict[str, list[Named]] = {}
    for facts in state.entity_facts:
        if facts.article not in articles:
            continue
        for cand in facts.cands:
            start, end = cand.mention or (cand.start, cand.end)
            entity = state.resolution.links.get((cand.article, start, end))
            if entity is not None and not (cand.anaphor or cand.described):
                out.setdefault(cand.article, []).append(Named(cand.start, entity, codes.get(entity, ""), cand.placed))
    for mentions in out.values():
        mentions.sort(key=lambda m: m.offset)
    return out


def by_story(state: CorpusState) -> dict[str | None, list[dict[str, Any]]]:
    """The articles of each story the merges redo (``state.scope``), in store order (events and claims never merge
    across stories)."""
    assert state.scope is not None
    return {story: articles for story, articles in state.by_story().items() if state.scope.wants(story)}


def story_ids(items: list[T]) -> list[T]:
    """Ids are derived from content and, for an item of a story, from the story too: the same key in two stories
    never collides, whichever of them a later ingest redoes."""
    for item in items:
        if item.story:
            prefix, _, _ = item.id.partition("_")
            item.id = f"{prefix}_" + hashlib.sha1(f"{item.id}|{item.story}".encode()).hexdigest()[:12]
    return items
