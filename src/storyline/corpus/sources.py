"""Stage ``source_groups``: syndicated copies and rewrites of one story count as one source."""

from __future__ import annotations

from storyline.analyse.dedup import source_groups
from storyline.corpus.state import CorpusState


def group_sources(state: CorpusState) -> None:
    state.groups = source_groups(state.articles)
