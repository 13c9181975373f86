"""Stage ``stories``: each new article joins its story (or starts one) in arrival order.

The story index (centroids, document frequencies, who is where) is read from the store; only the
articles not yet placed are profiled and placed, one at a time, in the order they were stored, so an
ingest costs its new articles and ``storyline rebuild`` (which clears the index) replays the same
stream to the same stories. Stored profiles are read only when a story must merge or split.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field

from storyline.analyse.dedup import count_sources
from storyline.analyse.stories import ENTITY_PREFIX, Profile, StoryChange, StoryIndex, profile
from storyline.corpus.state import CorpusState
from storyline.model import NAME_LABELS

LABEL_ENTITIES = 3
LABEL_TERMS = 3


@dataclass
class StorySummary:
    """One row of ``storyline stories``."""

    id: str
    label: str
    first: str | None
    last: str | None
    articles: int
    sources: int
    updated: str


@dataclass
class StoryResult:
    """What the stage assigns: the updated index, what changed, and each story's summary."""

    index: StoryIndex
    changes: list[StoryChange] = field(default_factory=list)
    new: dict[str, Profile] = field(default_factory=dict)  # profiles of the articles placed by this run
    summaries: list[StorySummary] = field(default_factory=list)


class StoredProfiles(Mapping[str, Profile]):
    """The profiles of placed articles, read from the store on first use, with this run's new ones."""

    def __init__(self, load: Callable[[], dict[str, Profile]], new: dict[str, Profile]) -> None:
        self._load = load
        self._stored: dict[str, Profile] | None = None
        self.new = new

    def _all(self) -> dict[str, Profile]:
        if self._stored is None:
            self._stored = self._load()
        return self._stored

    def __getitem__(self, key: str) -> Profile:
        return self.new[key] if key in self.new else self._all()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.new or key in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter({**self._all(), **self.new})

    def __len__(self) -> int:
        return len({**self._all(), **self.new})


def place(state: CorpusState) -> None:
    assert state.story_index is not None and state.copies is not None and state.resolution is not None
    index = state.story_index
    rows = {a["id"]: a for a in state.articles}
    names: dict[str, list[str]] = {}
    for mention in state.mentions:
        if mention["label"] in NAME_LABELS:
            names.setdefault(mention["article"], []).append(mention["text"])
    new: dict[str, Profile] = {}
    profiles = StoredProfiles(state.story_profiles, new)
    changes: list[StoryChange] = []
    for article_id in state.arrival:
        row = rows.get(article_id)
        if row is None or article_id in index.placed:
            continue
        item = profile(article_id, row["text"][row["body_start"]:], headline=row.get("headline"),
                       entities=names.get(article_id, ()), published=row.get("published"),
                       copies=state.copies.get(article_id, ()))
        new[article_id] = item
        changes.extend(index.add(item, profiles))
    state.stories = StoryResult(index, changes, new, summaries(index, state))


def _name_key(name: str) -> str:
    """A name as profiles and labels compare it: lower case, single spaces, no leading article."""
    return re.sub(r"^the\s+", "", " ".join(name.split()).lower())


def summaries(index: StoryIndex, state: CorpusState) -> list[StorySummary]:
    """Label, span, size and independent sources of every story, largest first."""
    assert state.resolution is not None and state.groups is not None
    display: dict[str, str] = {}
    # the entity most mentioned first: a bare "Gadhafi" an article linked to his daughter is an alias of Ayesha Gadhafi
    # too, and LibyaWar_cnn's story had been labelled with her name
    mentioned = Counter(state.resolution.links.values())
    entities = sorted(state.resolution.entities, key=lambda e: -mentioned[e.id])
    for entity in entities:
        display.setdefault(_name_key(entity.name), entity.name)
    for entity in entities:  # an alias shows as its entity's name ("US" -> "United States", not "Us")
        for alias in entity.aliases:
            display.setdefault(_name_key(alias), entity.name)
    ingested = {a["id"]: a.get("ingested_at") or "" for a in state.articles}
    out = []
    for story in index.stories.values():
        ranked = sorted(story.weights.items(), key=lambda kv: (-kv[1], kv[0]))
        people: list[str] = []
        for term, _count in ranked:
            if term.startswith(ENTITY_PREFIX):
                key = _name_key(term[len(ENTITY_PREFIX):])
                name = display.get(key, key.title())
                mine = set(name.lower().split())
                if not any(mine <= set(p.lower().split()) or set(p.lower().split()) <= mine for p in people):
                    people.append(name)
            if len(people) == LABEL_ENTITIES:
                break
        shown = {w for name in people for w in name.lower().split()}
        words = [t for t, _ in sorted(((t, c * index.idf(t)) for t, c in story.weights.items() if not t.startswith(ENTITY_PREFIX)
                                       and t not in shown), key=lambda kv: (-kv[1], kv[0]))[:LABEL_TERMS]]
        label = ", ".join(people) + (" · " if people and words else "") + ", ".join(words)
        out.append(StorySummary(story.id, label or story.id, story.first, story.last, len(story.members),
                                count_sources(story.members, state.groups),
                                max((ingested.get(a, "") for a in story.members), default="")))
    out.sort(key=lambda s: (-s.articles, s.id))
    return out
