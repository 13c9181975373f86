"""Stories in a stream: each article joins the story it belongs to, or starts one, as it arrives.

An online single-pass clustering in the manner of Miranda et al. (EMNLP 2018): an article is a
TF-IDF vector of its words and its named entities; a story is the centroid of its articles (each
term's log-scaled count summed over its members, kept to its ``MAX_STORY_TERMS`` heaviest terms);
an article joins the story whose centroid is most similar, discounted by how far the article's
date lies outside the story's span, when that similarity reaches ``JOIN``; else it starts a new
story. A near-duplicate of an article already placed (a syndicated copy, an update) joins its story.

Stories change shape as they grow: each time a story's size reaches a power of two it is compared
with the others (two that meet, centroid cosine >= ``MERGE``, become one) and checked for a split
(the best of a few two-way spherical k-means runs, whose halves' centroids fall below ``SPLIT``). Every
change is returned as a ``StoryChange`` with its reason, for the store's log.

Everything here is a pure function of the articles in arrival order: the same stream gives the
same stories whether it arrives in one batch or in many.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from itertools import repeat
from operator import mul

from storyline.analyse.terms import stop_words

JOIN = 0.06  # least discounted cosine for an article to join a story (dev T17 stream: F1 flat over 0.045-0.06)
MERGE = 0.3  # two stories whose centroids reach this become one
SPLIT = 0.2  # a story whose two halves' centroids fall below this splits (dev stream: one false split at 0.25, none at 0.2)
MIN_SPLIT = 8  # neither half of a split may be smaller
TIME_SCALE = 30.0  # days outside a story's span over which the time discount grows ...
TIME_WEIGHT = 0.5  # ... to at most this share of the similarity (stories do resurface months later)
IDF_FLOOR = 1.0  # added to every term's IDF: how much a word in every article still counts
HEADLINE_WEIGHT = 2  # a headline word counts as this many body words
ENTITY_WEIGHT = 2  # an entity mention counts as this many words
MAX_PROFILE_TERMS = 150  # an article keeps its most frequent terms
MAX_STORY_TERMS = 600  # a story's centroid keeps its most widespread terms
ENTITY_PREFIX = "e:"

_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{2,}")

@dataclass(frozen=True)
class Profile:
    """What story assignment reads from one article: term counts, its date, the articles it copies."""

    article: str
    terms: dict[str, int]
    date: str | None = None
    copies: tuple[str, ...] = ()  # near-duplicate articles (syndicated copies, updates)

    def to_json(self) -> dict[str, object]:
        return {"terms": self.terms, "date": self.date}

    @classmethod
    def from_json(cls, article: str, data: Mapping[str, object]) -> Profile:
        terms = data.get("terms")
        day = data.get("date")
        return cls(article, dict(terms) if isinstance(terms, dict) else {}, day if isinstance(day, str) else None)


def profile(article: str, text: str, *, headline: str | None = None, entities: Iterable[str] = (),
            published: str | None = None, copies: Iterable[str] = ()) -> Profile:
    """An article's profile: lower-cased content words (headline words count double) and entity names."""
    stop = stop_words()
    counts: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        if word not in stop:
            counts[word] += 1
    for word in _WORD.findall((headline or "").lower()):
        if word not in stop:
            counts[word] += HEADLINE_WEIGHT
    for name in entities:
        key = " ".join(name.split()).lower()
        if key and not key.isdigit():
            counts[ENTITY_PREFIX + key] += ENTITY_WEIGHT
    kept = dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_PROFILE_TERMS])
    day = published[:10] if published and re.match(r"\d{4}-\d{2}-\d{2}", published) else None
    return Profile(article, kept, day, tuple(sorted(copies)))


@dataclass
class Story:
    """One story: its members, the share of them holding each term, its date span."""

    id: str
    members: list[str] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)  # term -> summed log-scaled counts over its members
    first: str | None = None
    last: str | None = None
    created: int = 0  # arrival number of its first article

    def add(self, item: Profile) -> None:
        self.members.append(item.article)
        for term, count in item.terms.items():
            self.weights[term] = round(self.weights.get(term, 0.0) + 1.0 + math.log(count), 3)
        if len(self.weights) > 2 * MAX_STORY_TERMS:
            self.prune()
        if item.date:
            self.first = min(self.first or item.date, item.date)
            self.last = max(self.last or item.date, item.date)

    def prune(self) -> None:
        self.weights = dict(sorted(self.weights.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_STORY_TERMS])

    def to_json(self) -> dict[str, object]:
        """The centroid and span (its members are kept one row per article)."""
        return {"weights": self.weights, "first": self.first, "last": self.last, "created": self.created}

    @classmethod
    def from_json(cls, story_id: str, data: Mapping[str, object], members: list[str]) -> Story:
        weights = data.get("weights")
        first, last, created = data.get("first"), data.get("last"), data.get("created")
        return cls(story_id, members, dict(weights) if isinstance(weights, dict) else {},
                   first if isinstance(first, str) else None, last if isinstance(last, str) else None,
                   created if isinstance(created, int) else 0)


@dataclass(frozen=True)
class StoryChange:
    """One entry of the story log: an article placed, or stories merged or split, and why."""

    action: str  # new | join | copy | merge | split
    story: str
    other: str | None
    article: str | None
    score: float | None
    detail: str


@dataclass
class StoryIndex:
    """Every story and the global document frequencies, updated one article at a time."""

    stories: dict[str, Story] = field(default_factory=dict)
    df: dict[str, int] = field(default_factory=dict)
    n_docs: int = 0
    next_id: int = 1
    placed: dict[str, str] = field(default_factory=dict)  # article -> story
    seq: dict[str, int] = field(default_factory=dict)  # article -> arrival number
    scores: dict[str, float] = field(default_factory=dict)  # article -> the similarity it joined with
    reasons: dict[str, str] = field(default_factory=dict)  # article -> how it was placed
    changed_terms: set[str] = field(default_factory=set)

    def idf(self, term: str) -> float:
        return math.log((self.n_docs + 1) / (self.df.get(term, 0) + 1)) + IDF_FLOOR

    def vector(self, item: Profile) -> dict[str, float]:
        vec = {t: (1.0 + math.log(c)) * self.idf(t) for t, c in item.terms.items()}
        return _normalised(vec)

    def centroid(self, story: Story) -> dict[str, float]:
        n = max(1, len(story.members))
        docs, df, log = self.n_docs + 1, self.df, math.log  # self.idf inlined: every story's terms, on every add
        return _normalised({t: (c / n) * (log(docs / (df.get(t, 0) + 1)) + IDF_FLOOR) for t, c in story.weights.items()})

    def add(self, item: Profile, profiles: Mapping[str, Profile]) -> list[StoryChange]:
        """Place one new article; returns what changed (its placement, then any merge or split)."""
        self.n_docs += 1
        for term in item.terms:
            self.df[term] = self.df.get(term, 0) + 1
        self.changed_terms.update(item.terms)
        centroids: dict[str, dict[str, float]] = {}  # this add's centroids: only the story that grows changes
        story, score, action, detail = self._choose(item, centroids)
        if story is None:
            story = Story(f"s{self.next_id}", created=self.n_docs)
            self.next_id += 1
            self.stories[story.id] = story
        story.add(item)
        self.placed[item.article] = story.id
        self.seq[item.article] = self.n_docs
        self.scores[item.article] = round(score, 4)
        self.reasons[item.article] = action
        changes = [StoryChange(action, story.id, None, item.article, round(score, 4), detail)]
        if action == "join":
            changes.extend(self._reshape(story, profiles, centroids))
        return changes

    def _choose(self, item: Profile, centroids: dict[str, dict[str, float]]) -> tuple[Story | None, float, str, str]:
        for partner in item.copies:
            if partner in self.placed:
                return self.stories[self.placed[partner]], 1.0, "copy", f"a near-duplicate of article {partner}"
        vec = self.vector(item)
        best: tuple[float, str] | None = None
        for story in self.stories.values():
            centroids[story.id] = self.centroid(story)
            score = _cosine(vec, centroids[story.id]) * _time_factor(item.date, story)
            if best is None or score > best[0] or (score == best[0] and story.id < best[1]):
                best = (score, story.id)
        if best is not None and best[0] >= JOIN:
            return self.stories[best[1]], best[0], "join", f"similarity {best[0]:.2f} to the story's centroid (>= {JOIN})"
        detail = f"no story within reach (best similarity {best[0]:.2f} < {JOIN})" if best else "the first article"
        return None, best[0] if best else 0.0, "new", detail

    def _reshape(self, story: Story, profiles: Mapping[str, Profile],
                 centroids: dict[str, dict[str, float]] | None = None) -> list[StoryChange]:
        """Merge the story that just grew with the story it now meets; at each power-of-two size, check it for a split
        (``centroids``: the other stories' centroids as this add computed them)."""
        mine = self.centroid(story)
        for other in sorted(self.stories.values(), key=lambda s: s.id):
            if other.id == story.id:
                continue
            score = _cosine(mine, (centroids or {}).get(other.id) or self.centroid(other))
            if score >= MERGE:
                keep, gone = (story, other) if (len(story.members), other.id) > (len(other.members), story.id) else (other, story)
                self._merge(keep, gone, profiles)
                return [StoryChange("merge", keep.id, gone.id, None, round(score, 4),
                                    f"centroids met (cosine {score:.2f} >= {MERGE}): {len(gone.members)} articles joined")]
        size = len(story.members)
        return self._split(story, profiles) if size & (size - 1) == 0 else []

    def _merge(self, keep: Story, gone: Story, profiles: Mapping[str, Profile]) -> None:
        for article in gone.members:
            self.placed[article] = keep.id
            if article in profiles:
                keep.add(profiles[article])
            else:
                keep.members.append(article)
        del self.stories[gone.id]

    def _split(self, story: Story, profiles: Mapping[str, Profile]) -> list[StoryChange]:
        members = [profiles[a] for a in story.members if a in profiles]
        if len(members) < 2 * MIN_SPLIT or len(members) < len(story.members):
            return []
        vecs = [self.vector(p) for p in members]
        halves = _two_means(vecs)
        if halves is None:
            return []
        left = [members[i] for i in halves[0]]
        right = [members[i] for i in halves[1]]
        if min(len(left), len(right)) < MIN_SPLIT:
            return []
        score = _cosine(_mean(vecs[i] for i in halves[0]), _mean(vecs[i] for i in halves[1]))
        if score >= SPLIT:
            return []
        if members.index(right[0]) < members.index(left[0]):
            left, right = right, left
        rebuilt = Story(story.id, created=story.created)
        for item in left:
            rebuilt.add(item)
        new = Story(f"s{self.next_id}", created=self.n_docs)
        self.next_id += 1
        for item in right:
            new.add(item)
            self.placed[item.article] = new.id
        self.stories[story.id] = rebuilt
        self.stories[new.id] = new
        return [StoryChange("split", story.id, new.id, None, round(score, 4),
                            f"its articles grew apart (halves' cosine {score:.2f} < {SPLIT}): {len(right)} articles left")]


def _normalised(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    products: Iterable[float] = map(mul, a.values(), map(b.get, a.keys(), repeat(0.0)))
    return sum(products)  # the same products added in the same order as a loop would, without a generator's frames


def _mean(vecs: Iterable[Mapping[str, float]]) -> dict[str, float]:
    total: dict[str, float] = {}
    for vec in vecs:
        for t, v in vec.items():
            total[t] = total.get(t, 0.0) + v
    return _normalised(total)


def _two_means(vecs: list[dict[str, float]], rounds: int = 8, starts: int = 6) -> tuple[list[int], list[int]] | None:
    """The best-separated of a few two-way spherical k-means runs (each seeded with a member and the one least like it)."""
    best: tuple[float, tuple[list[int], list[int]]] | None = None
    for a in sorted({round(k * (len(vecs) - 1) / max(1, starts - 1)) for k in range(starts)}):
        b = min(range(len(vecs)), key=lambda i: (_cosine(vecs[i], vecs[a]), i))
        if a == b:
            continue
        ca, cb = vecs[a], vecs[b]
        groups: tuple[list[int], list[int]] = ([], [])
        for _ in range(rounds):
            previous, groups = groups, ([], [])
            for i, vec in enumerate(vecs):
                groups[0 if _cosine(vec, ca) >= _cosine(vec, cb) else 1].append(i)
            if not groups[0] or not groups[1] or groups == previous:  # settled: the means would come out as they are
                break
            ca, cb = _mean(vecs[i] for i in groups[0]), _mean(vecs[i] for i in groups[1])
        if groups[0] and groups[1]:
            score = _cosine(ca, cb)
            if best is None or score < best[0]:
                best = (score, groups)
    return best[1] if best else None


def _time_factor(day: str | None, story: Story) -> float:
    """1 inside the story's span; decays with the days the article lies outside it."""
    if not day or not story.first or not story.last:
        return 1.0
    try:
        d, first, last = date.fromisoformat(day), date.fromisoformat(story.first), date.fromisoformat(story.last)
    except ValueError:
        return 1.0
    gap = (first - d).days if d < first else (d - last).days if d > last else 0
    return 1.0 - TIME_WEIGHT * (1.0 - math.exp(-gap / TIME_SCALE))

