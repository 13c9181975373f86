"""Stage ``events``: sentence events merged across articles, counted by independent source and ranked."""

from __future__ import annotations

from storyline.analyse.events.annotate import merge_events
from storyline.corpus.state import CorpusState


def merge(state: CorpusState) -> None:
    assert state.sentence_events is not None and state.resolution is not None and state.groups is not None
    found = [ev for a in state.articles for ev in state.sentence_events.get(a["id"], [])]
    state.events = merge_events(
        found=found, articles=state.articles, timexes=state.timexes, entities=state.resolution.entities, groups=state.groups,
    )
