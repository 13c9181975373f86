"""Stage ``scope``: which stories the events merge and the ledger must redo after this ingest.

A story's merges read its articles' statements (fingerprinted per article by everything they are
read from: date, time expressions, quotes, entity links), each article's independent-source group,
and what they take from the entities its articles link: name, type, country, the country entity a
place stands for, the actor code (which reads the person's roles against the corpus's country names
and demonyms). The fingerprint of those, with the merge code itself, is kept per story; a story whose fingerprint still holds keeps
its stored events and claims, and its articles' statements are not even decoded. So adding one
article to a store of many stories merges the story it joined, not every story.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from storyline.analyse.claims.ledger import claims_canon
from storyline.analyse.entities.resolve import ANAPHOR_LABELS
from storyline.analyse.events.linking import MentionIndex, mention_indexes
from storyline.analyse.events.merge import entity_code
from storyline.corpus.facts import fingerprint
from storyline.corpus.state import CorpusState

UNPLACED = ""  # the scope key of articles no story holds

# what the merges run: a change to any of these files redoes every story once (the per-article facts
# have FACTS_VERSION; a merge is cheap enough to be redone on every code change instead)
_MERGE_CODE = ("analyse", "corpus", "model.py", "patterns.py")


@cache
def merge_code() -> str:
    """A digest of the source the merges run."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha1()
    for part in _MERGE_CODE:
        path = root / part
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


@dataclass
class StatementInput:
    """What one article's statements are read from, and the fingerprint of it."""

    key: str
    index: MentionIndex | None  # named entity links (events' actors)
    pronouns: MentionIndex | None  # links with resolved pronouns (who denies in "He denied ...")
    linked: list[str] = field(default_factory=list)  # entity ids linked in the article


@dataclass
class StoryScope:
    """Every story's merge fingerprint now, and the stories whose merges must be redone (None: all, table-wide)."""

    keys: dict[str, str]
    redo: set[str] | None

    def wants(self, story: str | None) -> bool:
        return self.redo is None or (story or UNPLACED) in self.redo


def scope(state: CorpusState) -> None:
    assert state.resolution is not None and state.groups is not None
    state.statement_inputs = statement_inputs(state)
    keys = story_keys(state, state.statement_inputs)
    stored = state.merge_scope
    # a store without kept fingerprints (new, rebuilt from scratch, or older than them) syncs every table in full
    redo = None if not stored else {s for s in keys if stored.get(s) != keys[s]} | (set(stored) - set(keys))
    state.scope = StoryScope(keys, redo)


def statement_inputs(state: CorpusState) -> dict[str, StatementInput]:
    """Each article's statement inputs and their fingerprint (what ``statements`` reads or recomputes by)."""
    assert state.resolution is not None
    resolution = state.resolution
    entities = resolution.entities
    names = {e.id: e.name for e in entities}
    types = {e.id: e.type for e in entities}
    canon = claims_canon(entities)
    # events take actors from names only (a definite description, "the 15-member council", is resolved by the events
    # stage itself to a name before it): a guessed pronoun put the wrong person in 4 of 7 events (precision first)
    named = [m for m in resolution.mentions if m.label not in ANAPHOR_LABELS]
    indexes = mention_indexes(resolution.links, named)
    anaphors = mention_indexes(resolution.links, resolution.mentions)
    timexes = state.by_article(state.timexes)
    quotes = state.by_article(state.quotes)
    out: dict[str, StatementInput] = {}
    for article in state.articles:
        aid = article["id"]
        index, pronouns = indexes.get(aid), anaphors.get(aid)
        linked = sorted({e for _, _, e in index.spans}) if index else []
        key = fingerprint(
            "statements", aid, article["published"], article.get("published_latest"), article["body_start"],
            [(t["start"], t["end"], t["type"], t["value"], t["end_value"], t["granularity"]) for t in timexes[aid]],
            [(q["start"], q["end"], q["kind"], q["speaker"]) for q in quotes[aid]],
            index.spans if index else None, [(e, names[e], types[e], canon.get(e)) for e in linked],
            pronouns.spans if pronouns else None,
        )
        every = sorted({e for _, _, e in pronouns.spans}) if pronouns else linked
        out[aid] = StatementInput(key, index, pronouns, every)
    return out


def story_keys(state: CorpusState, inputs: dict[str, StatementInput]) -> dict[str, str]:
    """Each story's merge fingerprint: its articles' statement keys and source groups, what the merges take from the
    entities its articles link (name, type, actor code, country), and the merge code."""
    assert state.resolution is not None and state.groups is not None
    entity_list = state.resolution.entities
    entities = {e.id: e for e in entity_list}
    country_of = {e.country_code: e.id for e in entity_list if e.type == "country" and e.country_code}
    demonyms = {e.name.lower(): e.country_code for e in entity_list if e.type == "other" and e.country_code}
    countries = {a.lower(): e.country_code for e in entity_list if e.type == "country" and e.country_code
                 for a in [e.name, *e.aliases]}
    parts: dict[str, tuple[Any, ...]] = {}

    def part(entity_id: str) -> tuple[Any, ...]:
        if entity_id not in parts:
            e = entities[entity_id]
            country = country_of.get(e.country_code or "")  # the entity a place stands for (and its name, which claims show)
            parts[entity_id] = (e.id, e.name, e.type, e.country_code, country, country and entities[country].name,
                                entity_code(e, demonyms, countries))
        return parts[entity_id]

    out: dict[str, str] = {}
    for placed, articles in state.by_story().items():
        story = placed or UNPLACED
        linked = sorted({e for a in articles for e in inputs[a["id"]].linked})
        out[story] = fingerprint(
            "merge", merge_code(), story,
            [(a["id"], inputs[a["id"]].key, state.groups.get(a["id"])) for a in articles],
            [part(e) for e in linked if e in entities],
        )
    return out
