"""Stage ``claims``: the ledger, merged from what each article asserts, denies and reports."""

from __future__ import annotations

from collections import Counter

from storyline.analyse.claims.ledger import Links, build_claims
from storyline.analyse.entities.resolve import ANAPHOR_LABELS
from storyline.analyse.lexicon import PRONOUN_GENDER
from storyline.corpus.events import by_story, story_ids
from storyline.corpus.state import CorpusState
from storyline.model import Claim


def ledger(state: CorpusState) -> None:
    assert state.article_claims is not None and state.resolution is not None
    out: list[Claim] = []
    links = _links(state)
    for story, articles in by_story(state).items():
        found = [state.article_claims[a["id"]] for a in articles if a["id"] in state.article_claims]
        texts = {a["id"]: a["text"] for a in articles}
        for claim in build_claims(found=found, entities=state.resolution.entities, texts=texts, groups=state.groups,
                                  links=links):
            claim.story = story
            out.append(claim)
    state.claims = story_ids(out)


def _links(state: CorpusState) -> Links:
    """Every article's entity links, names apart from the pronouns and descriptions that stand for one (the resolver's
    anaphors; each article's statement fingerprint holds its links, so a story whose links change is redone)."""
    assert state.resolution is not None
    anaphoric = {(m.article, m.start, m.end) for m in state.resolution.mentions if m.label in ANAPHOR_LABELS}
    links = Links(kinds={e.id: e.type for e in state.resolution.entities})
    for (article, start, end), entity in state.resolution.links.items():
        side = links.anaphors if (article, start, end) in anaphoric else links.named
        side.setdefault(article, []).append((start, end, entity))
    for side in (links.anaphors, links.named):
        for spans in side.values():
            spans.sort()
    for m in state.resolution.mentions:
        gender = PRONOUN_GENDER.get(m.text.lower())
        if m.entity and gender:
            links.genders.setdefault(m.entity, Counter())[gender] += 1
    return links
