"""Stage ``claims``: the ledger, merged from what each article asserts, denies and reports."""

from __future__ import annotations

from storyline.analyse.claims.ledger import build_claims
from storyline.analyse.entities.resolve import ANAPHOR_LABELS
from storyline.analyse.shown import Links
from storyline.corpus.events import by_story, story_ids
from storyline.corpus.state import CorpusState
from storyline.model import Claim


def ledger(state: CorpusState) -> None:
    assert state.article_claims is not None and state.resolution is not None
    out: list[Claim] = []
    links = Links.of(state.resolution, ANAPHOR_LABELS)
    for story, articles in by_story(state).items():
        found = [state.article_claims[a["id"]] for a in articles if a["id"] in state.article_claims]
        texts = {a["id"]: a["text"] for a in articles}
        for claim in build_claims(found=found, entities=state.resolution.entities, texts=texts, groups=state.groups,
                                  links=links):
            claim.story = story
            out.append(claim)
    state.claims = story_ids(out)

