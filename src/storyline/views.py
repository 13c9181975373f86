"""Read-side views shared by the CLI, the JSON API and the web pages (one view, several renderings)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from storyline.store.db import Store


def _articles(store: Store) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in store.article_rows(with_text=True)}


def find_entity(store: Store, name: str) -> dict[str, Any] | None:
    """An entity by id, name or any alias (case-insensitive); best match by exactness."""
    needle = name.strip().lower()
    rows = store.rows("entities")
    for row in rows:
        if row["id"] == name or row["name"].lower() == needle:
            return row
    for row in rows:
        if needle in (a.lower() for a in row["aliases"]):
            return row
    partial = [r for r in rows if needle in r["name"].lower()]
    return partial[0] if len(partial) == 1 else None


def entity_view(store: Store, name: str) -> dict[str, Any] | None:
    entity = find_entity(store, name)
    if entity is None:
        return None
    mentions = [m for m in store.rows("mentions") if m["entity"] == entity["id"]]
    quotes = [q for q in store.rows("quotes") if q["speaker_entity"] == entity["id"]]
    events = [e for e in events_with_evidence(store) if entity["id"] in (e["actor"], e["target"])]
    return {
        "entity": entity,
        "mentions": mentions,
        "articles": sorted({m["article"] for m in mentions} | {q["article"] for q in quotes}),
        "quotes": quotes,
        "events": events,
    }


def events_with_evidence(store: Store) -> list[dict[str, Any]]:
    """Events with their evidence spans, each span carrying its text, outlet and date."""
    articles = _articles(store)
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.rows("event_evidence"):
        article = articles.get(row["article"], {})
        evidence[row["event"]].append({
            **row, "text": article.get("text", "")[row["start"]:row["end"]],
            "outlet": article.get("outlet"), "published": article.get("published"), "headline": article.get("headline"),
        })
    out = []
    for event in store.rows("events"):
        event["evidence"] = evidence[event["id"]]
        out.append(event)
    return out


def timeline_view(
    store: Store, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None, etype: str | None = None
) -> list[dict[str, Any]]:
    """Dated events grouped by date, filtered; within a date, most salient first."""
    entity_id = None
    if entity:
        found = find_entity(store, entity)
        if found is None:
            return []
        entity_id = found["id"]
    by_date: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events_with_evidence(store):
        date = event["date"]
        if not date:
            continue
        if date_from and date[: len(date_from)] < date_from:
            continue
        if date_to and date[: len(date_to)] > date_to:
            continue
        if entity_id and entity_id not in (event["actor"], event["target"]):
            continue
        if etype and event["type"].upper() != etype.upper():
            continue
        by_date[date].append(event)
    return [
        {"date": date, "events": sorted(by_date[date], key=lambda e: -(e["salience"] or 0))}
        for date in sorted(by_date)
    ]


def claims_view(store: Store, *, status: str | None = None) -> list[dict[str, Any]]:
    articles = _articles(store)
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.rows("claim_evidence"):
        article = articles.get(row["article"], {})
        evidence[row["claim"]].append({**row, "text": article.get("text", "")[row["start"]:row["end"]],
                                       "outlet": article.get("outlet"), "published": article.get("published")})
    out = []
    for claim in store.rows("claims", status=status):
        claim["evidence"] = evidence[claim["id"]]
        out.append(claim)
    return out
