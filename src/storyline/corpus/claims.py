"""Stage ``claims``: the ledger, merged from what each article asserts, denies and reports."""

from __future__ import annotations

from storyline.analyse.claims.ledger import build_claims
from storyline.corpus.state import CorpusState


def ledger(state: CorpusState) -> None:
    assert state.article_claims is not None and state.resolution is not None
    found = [state.article_claims[a["id"]] for a in state.articles if a["id"] in state.article_claims]
    state.claims = build_claims(found=found, entities=state.resolution.entities)
