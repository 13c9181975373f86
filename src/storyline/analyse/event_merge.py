"""Merging the same event across articles, salience, and actor codes."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.analyse import event_patterns as P
from storyline.analyse.event_candidates import SentenceEvent
from storyline.analyse.event_dates import compatible, partial_value, specificity

SYMMETRIC = {"CONSULT", "SUPPORT", "COOPERATE", "AGREE"}


def _merge_key(ev: SentenceEvent, canon: dict[str, str]) -> tuple[str, ...]:
    """Type and participants, capitals folded into their country; unordered for symmetric types."""
    actor = canon.get(ev.actor or "", ev.actor or "")
    target = canon.get(ev.target or "", ev.target or "")
    if ev.type in SYMMETRIC and target:
        return (ev.type, *sorted((actor, target)))
    return (ev.type, actor, target)


def merge(events: list[SentenceEvent], canon: dict[str, str]) -> list[list[SentenceEvent]]:
    """Groups of sentence events naming the same event: same key and compatible dates."""
    by_key: dict[tuple[str, ...], list[SentenceEvent]] = defaultdict(list)
    for ev in events:
        by_key[_merge_key(ev, canon)].append(ev)
    groups: list[list[SentenceEvent]] = []
    for members in by_key.values():
        clusters: list[list[SentenceEvent]] = []
        ordered = sorted(members, key=lambda m: -specificity(m.date))
        undated = [m for m in ordered if m.date is None]
        for m in (m for m in ordered if m.date is not None):
            for cluster in clusters:
                if all(compatible(m.date, c.date) for c in cluster if c.date):
                    cluster.append(m)
                    break
            else:
                clusters.append([m])
        if undated:
            if len(clusters) == 1:
                clusters[0].extend(undated)
            else:
                clusters.append(undated)
        groups.extend(clusters)
    return groups


def date_refs(timexes: list[dict[str, Any]], groups: dict[str, str]) -> dict[str, set[str]]:
    """Resolved date value -> source groups whose articles mention it (DATEWISE's date references)."""
    refs: dict[str, set[str]] = defaultdict(set)
    for t in timexes:
        value, _, _ = partial_value(t)
        if value and not value.startswith("XXXX"):
            refs[value].add(groups.get(t["article"], t["article"]))
    return refs


def salience(date_value: str | None, sources: int, refs: dict[str, set[str]]) -> float:
    """Independent sources for the event plus half the sources that date anything on that day/week/month."""
    if not date_value:
        return float(sources) * 0.5
    start = date_value.split("/")[0]
    mentioning: set[str] = set()
    for value, groups in refs.items():
        if compatible(value, start):
            mentioning |= groups
    return float(sources) + 0.5 * len(mentioning)


def entity_code(entity: Any, demonyms: dict[str, str], countries: dict[str, str]) -> str | None:
    """CAMEO/PLOVER-style actor code: country code plus a sector (GOV, MIL) where the text shows one."""
    if entity is None:
        return None
    country: str | None = entity.country_code
    if entity.type in ("country", "place") and country:
        return country + (" GOV" if entity.type == "place" else "")
    if entity.type == "organisation" and country:
        return country + " GOV"
    if entity.type != "person":
        return country
    for role in entity.roles:
        title = role.title.lower()
        code = next((c for name, c in {**countries, **demonyms}.items() if name in title.split() or f"{name} " in f"{title} "), None)
        if code is None:
            continue
        words = set(title.replace(".", "").split())
        if words & P.MIL_TITLES:
            return f"{code} MIL"
        if words & P.GOV_TITLES:
            return f"{code} GOV"
        return code
    return None
