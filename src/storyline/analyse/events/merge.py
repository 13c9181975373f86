"""Merging the same event across articles, salience, and actor codes."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from storyline.analyse.events import patterns as P
from storyline.analyse.events.candidates import SentenceEvent
from storyline.analyse.events.dates import compatible, partial_value, specificity

SYMMETRIC = {"CONSULT", "SUPPORT", "COOPERATE", "AGREE"}


def _merge_key(ev: SentenceEvent, canon: dict[str, str]) -> tuple[str, ...]:
    """Type, the act itself and participants, capitals folded into their country; unordered for symmetric types.

    The act keeps "withdrew from the square" and "called on him to step down" apart though both are RETREAT by
    the same actor: a source is evidence of an event only when its own sentence states that act.
    """
    actor = canon.get(ev.actor or "", ev.actor or "")
    target = canon.get(ev.target or "", ev.target or "")
    if ev.type in SYMMETRIC and target:
        return (ev.type, ev.act, *sorted((actor, target)))
    return (ev.type, ev.act, actor, target)


def merge(
    events: list[SentenceEvent], canon: dict[str, str], published: dict[str, str] | None = None
) -> list[list[SentenceEvent]]:
    """Groups of sentence events naming the same event: same key and compatible dates.

    An undated report joins the one dated event of its key; when there are several (a 2000 visit and
    a 2024 visit), it joins the only one its own article also dates, else the one dated nearest its
    article's publication date (news reports what is recent or imminent), else it stays apart.
    """
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
        if undated and len(clusters) == 1:
            clusters[0].extend(undated)
        elif undated:
            apart = []
            for m in undated:
                home = _home_cluster(m, clusters, (published or {}).get(m.article))
                if home is None:
                    apart.append(m)
                else:
                    home.append(m)
            if apart:
                clusters.append(apart)
        groups.extend(clusters)
    return groups


def _home_cluster(
    member: SentenceEvent, clusters: list[list[SentenceEvent]], published: str | None
) -> list[SentenceEvent] | None:
    """The dated cluster an undated report belongs to, if the evidence says which."""
    same_article = [c for c in clusters if any(x.article == member.article for x in c)]
    if len(same_article) == 1:
        return same_article[0]
    anchor = _day(published)
    dated = [(c, _day(_first_date(c))) for c in clusters]
    near = [(abs((day - anchor).days), c) for c, day in dated if day is not None and anchor is not None]
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _day(value: str | None) -> date | None:
    """The first day of an ISO date, month or year value."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
    except ValueError:
        return None


def _first_date(cluster: list[SentenceEvent]) -> str | None:
    dates = sorted(m.date for m in cluster if m.date and not m.date.startswith("XXXX") and not m.date.startswith("P"))
    return dates[0][:10] if dates else None


def date_refs(timexes: list[dict[str, Any]], groups: dict[str, str]) -> dict[str, set[str]]:
    """Resolved date value -> source groups whose articles mention it (DATEWISE's date references)."""
    refs: dict[str, set[str]] = defaultdict(set)
    for t in timexes:
        value, _, _ = partial_value(t)
        if value and not value.startswith("XXXX"):
            refs[value].add(groups.get(t["article"], t["article"]))
    return refs


def salience(date_value: str | None, sources: int, refs: dict[str, set[str]], cache: dict[str, int] | None = None) -> float:
    """Independent sources for the event plus half the sources that date anything on that day/week/month.

    A date counts the references as precise as it or coarser: a day gathers that day's, its week's and its
    month's; a year only the references to that year, never every day inside it (a year-only aside would
    otherwise outrank every dated event of the story). ``cache`` (one per ``refs``) keeps the count per start
    date: many events share a date.
    """
    if not date_value:
        return float(sources) * 0.5
    start = date_value.split("/")[0]
    if cache is not None and start in cache:
        return float(sources) + 0.5 * cache[start]
    mentioning: set[str] = set()
    precision = specificity(start)
    for value, groups in refs.items():
        if specificity(value) <= precision and compatible(value, start):
            mentioning |= groups
    if cache is not None:
        cache[start] = len(mentioning)
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
    names = {**countries, **demonyms}
    for role in entity.roles:
        title = role.title.lower()
        words_in_title = title.split()
        # a one-word name matches a word of the title; a longer one ("north korean") a run of words
        code = next((c for name, c in names.items() if name in words_in_title or (" " in name and f"{name} " in f"{title} ")), None)
        if code is None:
            continue
        words = set(title.replace(".", "").split())
        if words & P.MIL_TITLES:
            return f"{code} MIL"
        if words & P.GOV_TITLES:
            return f"{code} GOV"
        return code
    return None
