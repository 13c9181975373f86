"""Stage ``speakers``: each named quote speaker linked to an entity."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.analyse.entities.resolve import NameLookup
from storyline.corpus.state import CorpusState


def link(state: CorpusState) -> None:
    assert state.resolution is not None
    state.speaker_links = link_speakers(state.quotes, state.resolution.links, NameLookup(state.resolution.entities).find)


def link_speakers(
    quotes: list[dict[str, Any]], links: dict[tuple[str, int, int], str], by_name: Callable[[str], Any]
) -> dict[str, str]:
    """Quote id -> entity id: the linked mention at the speaker's evidence span, else the name's entity."""
    out: dict[str, str] = {}
    for quote in quotes:
        if not quote["speaker"] or not quote["speaker_named"]:
            continue
        span = (quote["article"], quote["speaker_start"], quote["speaker_end"])
        entity_id = links.get(span) if quote["speaker_start"] is not None else None
        if entity_id is None:
            entity = by_name(quote["speaker"])
            entity_id = entity.id if entity is not None else None
        if entity_id is not None:
            out[quote["id"]] = entity_id
    return out
