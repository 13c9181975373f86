"""Stage ``speakers``: each quote speaker linked to an entity: a named one, and a body the text describes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from storyline.analyse.entities.resolve import NameLookup
from storyline.corpus.state import CorpusState

BODY_TYPES = frozenset({"organisation", "country"})  # what a described speaker ("the company said") may be linked to


def link(state: CorpusState) -> None:
    assert state.resolution is not None
    types = {e.id: e.type for e in state.resolution.entities}
    state.speaker_links = link_speakers(state.quotes, state.resolution.links, NameLookup(state.resolution.entities).find, types)


def link_speakers(
    quotes: list[dict[str, Any]], links: dict[tuple[str, int, int], str], by_name: Callable[[str], Any],
    types: dict[str, str],
) -> dict[str, str]:
    """Quote id -> entity id: for a named speaker the linked mention at the speaker's evidence span, else the name's
    entity (the name's, when the mention there is linked to another person: a "he" the two stages read apart); for a
    definite description the entities stage linked to a body, that body ("the company added": BP; on
    bpoil_guardian 67 quotes of "the company" had no one). Described people ("a woman", "one official", "the Libyan
    leader") stay unlinked: their links were wrong more often than right on LibyaWar_cnn."""
    out: dict[str, str] = {}
    for quote in quotes:
        if not quote["speaker"]:
            continue
        span = (quote["article"], quote["speaker_start"], quote["speaker_end"])
        entity_id = links.get(span) if quote["speaker_start"] is not None else None
        if not quote["speaker_named"]:
            described = quote["speaker"].lower().startswith("the ")
            if entity_id is not None and described and types.get(entity_id) in BODY_TYPES:
                out[quote["id"]] = entity_id
            continue
        if entity_id is None:
            named = by_name(quote["speaker"])
            entity_id = named.id if named is not None else None
        elif types.get(entity_id) == "person" and len(quote["speaker"].split()) >= 2:
            # '“He's spending a few hours with his family”, he said' after "BP spokesman Robert Wine defended Mr
            # Hayward's move": the quotes stage's last speaker names who says it; the entities stage's "he" was Hayward
            named = by_name(quote["speaker"])
            if named is not None and named.type == "person":
                entity_id = named.id
        if entity_id is not None:
            out[quote["id"]] = entity_id
    return out
