"""Read-side views shared by the CLI, the JSON API and the web pages (one view, several renderings).

Each view is a pure read of the store returning JSON-ready dicts and lists; the API serialises them
as they are and the page templates render the same dicts.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from storyline.export import article_record, group_by_date, quote_record
from storyline.store.db import Store

ARTICLE_SUMMARY_KEYS = ("id", "source", "url", "headline", "outlet", "agency", "dateline", "published",
                        "published_basis", "words")
SNIPPET_WIDTH = 90


def _articles(store: Store) -> dict[str, dict[str, Any]]:
    return {a["id"]: a for a in store.article_rows(with_text=True)}


def source_name(article: dict[str, Any]) -> str:
    """Outlet, else wire agency, else the file or URL it came from."""
    if article.get("outlet") or article.get("agency"):
        return str(article.get("outlet") or article.get("agency"))
    source = str(article.get("url") or article.get("source") or "unknown source")
    return source.rstrip("/").rsplit("/", 1)[-1]


def date_label(article: dict[str, Any]) -> str:
    """Publication date as a reader needs it: stated, inferred (marked), a window, or undated."""
    if article.get("published"):
        return str(article["published"]) + (" (inferred)" if article.get("published_basis") == "inferred" else "")
    if article.get("published_earliest"):
        return f"{article['published_earliest']}..{article['published_latest']} (inferred)"
    return "undated"


def _citation_fields(article: dict[str, Any]) -> dict[str, Any]:
    """Outlet and date of an article, raw and as labels for a citation."""
    return {"outlet": article.get("outlet"), "published": article.get("published"),
            "label": source_name(article) if article else "unknown source", "date_label": date_label(article)}


def _source(article: dict[str, Any]) -> dict[str, Any]:
    """The few article fields a citation needs."""
    return {**_citation_fields(article), "headline": article.get("headline")}


# --- pagination ---------------------------------------------------------------------------------


def paginate(items: Sequence[Any], *, limit: int, offset: int) -> dict[str, Any]:
    """One page of a list, with the total count (the API's envelope)."""
    return {"total": len(items), "limit": limit, "offset": offset, "items": list(items[offset : offset + limit])}


# --- articles -----------------------------------------------------------------------------------


def articles_view(store: Store) -> list[dict[str, Any]]:
    """Stored articles (no text), dated first in date order, each with its quote and mention counts."""
    quotes: dict[str, int] = defaultdict(int)
    for q in store.rows("quotes"):
        quotes[q["article"]] += 1
    out = []
    for row in store.article_rows():
        item = {k: row.get(k) for k in ARTICLE_SUMMARY_KEYS}
        item["quotes"] = quotes[row["id"]]
        item.update(published_earliest=row.get("published_earliest"), published_latest=row.get("published_latest"),
                    source_label=source_name(row), date_label=date_label(row))
        out.append(item)
    return out


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its text and every span derived from it (quotes, mentions, dates, evidence)."""
    row = store.article(article_id)
    if row is None:
        return None
    aid = row["id"]
    entities = {e["id"]: e for e in store.rows("entities")}
    mentions = [
        {"id": m["id"], "start": m["start"], "end": m["end"], "text": m["text"], "label": m["label"],
         "entity": m["entity"], "entity_name": entities[m["entity"]]["name"] if m["entity"] in entities else None,
         "source": m["source"]}
        for m in store.rows("mentions", article=aid)
    ]
    timexes = [
        {k: t[k] for k in ("id", "start", "end", "text", "type", "value", "end_value", "granularity", "anchor", "basis")}
        for t in store.rows("timexes", article=aid)
    ]
    evidence = [
        {"kind": "event", "id": e["event"], "start": e["start"], "end": e["end"], "role": "supports"}
        for e in store.rows("event_evidence", article=aid)
    ] + [
        {"kind": "claim", "id": c["claim"], "start": c["start"], "end": c["end"], "role": c["role"]}
        for c in store.rows("claim_evidence", article=aid)
    ]
    sentences = [{"index": s["idx"], "start": s["start"], "end": s["end"], "paragraph": s["paragraph"]}
                 for s in store.rows("sentences", article=aid)]
    return {
        "article": article_record(row),
        "quotes": [quote_record(q) for q in store.rows("quotes", article=aid)],
        "mentions": mentions,
        "timexes": timexes,
        "sentences": sentences,
        "evidence": sorted(evidence, key=lambda e: (e["start"], e["end"])),
    }


# --- quotes -------------------------------------------------------------------------------------


def filter_quotes(
    rows: list[dict[str, Any]], *, speaker: str | None = None, article: str | None = None,
    search: str | None = None, kind: str | None = None, entity: str | None = None,
) -> list[dict[str, Any]]:
    """The CLI's quote filters: speaker name contains, article id prefix, text contains, kind, speaker entity id."""
    return [
        q for q in rows
        if (not speaker or speaker.lower() in (q["speaker"] or "").lower())
        and (not article or q["article"].startswith(article))
        and (not search or search.lower() in q["text"].lower())
        and (not kind or q["kind"] == kind)
        and (not entity or q["speaker_entity"] == entity)
    ]


def quotes_view(
    store: Store, *, speaker: str | None = None, article: str | None = None, search: str | None = None,
    kind: str | None = None, entity: str | None = None,
) -> list[dict[str, Any]]:
    """Quotes in the export shape, filtered, in article date order, each with its source's outlet and date."""
    articles = _articles(store)
    order = {aid: i for i, aid in enumerate(articles)}
    rows = filter_quotes(store.rows("quotes"), speaker=speaker, article=article, search=search, kind=kind, entity=entity)
    rows.sort(key=lambda q: (order.get(q["article"], 0), q["start"]))
    return [{**quote_record(q), "source": _source(articles.get(q["article"], {}))} for q in rows]


def speakers_view(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes grouped by speaker (resolved entity first, else the name as written), most quoted first."""
    groups: dict[str, dict[str, Any]] = {}
    for q in quotes:
        sp = q["speaker"]
        key = sp["entity"] or (sp["name"] or "").strip().lower() or "?"
        group = groups.setdefault(key, {"key": key, "name": sp["name"] or "unattributed", "entity": sp["entity"],
                                        "roles": [], "quotes": []})
        if sp["role"] and sp["role"] not in group["roles"]:
            group["roles"].append(sp["role"])
        group["quotes"].append(q)
    return sorted(groups.values(), key=lambda g: (g["name"] == "unattributed", -len(g["quotes"]), g["name"].lower()))


# --- entities -----------------------------------------------------------------------------------


def find_entity(store: Store, name: str) -> dict[str, Any] | None:
    """An entity by id, name, alias or recorded garbled variant (case-insensitive), most exact first."""
    needle = name.strip().lower()
    rows = store.rows("entities")
    for row in rows:
        if row["id"] == name or row["name"].lower() == needle:
            return row
    for row in rows:
        if needle in (a.lower() for a in row["aliases"]):
            return row
    for row in rows:
        if needle in (str(v.get("text", "")).lower() for v in row["variants"]):
            return row  # a probable variant ("Manhole Wood"): the entity page shows its evidence
    partial = [r for r in rows if needle in r["name"].lower()]
    return partial[0] if len(partial) == 1 else None


def entities_view(store: Store, *, etype: str | None = None) -> list[dict[str, Any]]:
    """Entities with mention and quote counts, most mentioned first (as `storyline entities`)."""
    mentions: dict[str, int] = defaultdict(int)
    for m in store.rows("mentions"):
        if m["entity"]:
            mentions[m["entity"]] += 1
    quotes: dict[str, int] = defaultdict(int)
    for q in store.rows("quotes"):
        if q["speaker_entity"]:
            quotes[q["speaker_entity"]] += 1
    rows = store.rows("entities", type=etype)
    for row in rows:
        row["mentions"] = mentions[row["id"]]
        row["quotes"] = quotes[row["id"]]
    return sorted(rows, key=lambda r: (-r["mentions"], r["name"].lower()))


def _names(entity: dict[str, Any]) -> set[str]:
    return {entity["id"].lower(), entity["name"].lower(), *(a.lower() for a in entity["aliases"])}


def entity_view(store: Store, name: str) -> dict[str, Any] | None:
    """One entity: its mentions, quotes (with sources), events, claims, articles and roles by date."""
    entity = find_entity(store, name)
    if entity is None:
        return None
    articles = _articles(store)
    mentions = [m for m in store.rows("mentions") if m["entity"] == entity["id"]]
    quotes = [q for q in store.rows("quotes") if q["speaker_entity"] == entity["id"]]
    for q in quotes:
        q["source"] = _source(articles.get(q["article"], {}))
    events = [e for e in events_with_evidence(store) if entity["id"] in (e["actor"], e["target"])]
    names = _names(entity)
    claims = [c for c in claims_view(store)
              if names & {str(x).lower() for x in [*c["asserted_by"], *c["denied_by"]]}]
    roles = sorted(
        ({**r, "source": _source(articles.get(r["article"], {}))} for r in entity["roles"]),
        key=lambda r: (r.get("date") is None, r.get("date") or "", r["article"]),
    )
    return {
        "entity": entity,
        "mentions": mentions,
        "articles": sorted({m["article"] for m in mentions} | {q["article"] for q in quotes}),
        "quotes": quotes,
        "events": events,
        "claims": claims,
        "roles": roles,
    }


# --- events, timeline, claims -------------------------------------------------------------------


def events_with_evidence(store: Store) -> list[dict[str, Any]]:
    """Events with their evidence spans, each span carrying its text, outlet and date."""
    articles = _articles(store)
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.rows("event_evidence"):
        article = articles.get(row["article"], {})
        evidence[row["event"]].append({
            **row, "text": article.get("text", "")[row["start"]:row["end"]],
            **_citation_fields(article), "headline": article.get("headline"),
            "source": article.get("source"),
        })
    out = []
    for event in store.rows("events"):
        event["evidence"] = evidence[event["id"]]
        out.append(event)
    return out


def filter_events(
    store: Store, events: list[dict[str, Any]], *, date_from: str | None = None, date_to: str | None = None,
    entity: str | None = None, etype: str | None = None, dated_only: bool = False,
) -> list[dict[str, Any]] | None:
    """The CLI's timeline filters; dates compare on their common prefix. None when `entity` is unknown."""
    entity_id = None
    if entity:
        found = find_entity(store, entity)
        if found is None:
            return None
        entity_id = found["id"]
    out = []
    for event in events:
        date = event["date"]
        if (dated_only or date_from or date_to) and not date:
            continue
        if date_from and date[: len(date_from)] < date_from:
            continue
        if date_to and date[: len(date_to)] > date_to:
            continue
        if entity_id and entity_id not in (event["actor"], event["target"]):
            continue
        if etype and event["type"].upper() != etype.upper():
            continue
        out.append(event)
    return out


def events_view(
    store: Store, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None, etype: str | None = None
) -> list[dict[str, Any]]:
    """Events with evidence, filtered, in date order (undated last)."""
    events = filter_events(store, events_with_evidence(store), date_from=date_from, date_to=date_to, entity=entity, etype=etype)
    return sorted(events or [], key=lambda e: (e["date"] is None, e["date"] or "", -(e["salience"] or 0)))


def timeline_view(
    store: Store, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None, etype: str | None = None
) -> list[dict[str, Any]]:
    """Dated events grouped by date, filtered; within a date, most salient first."""
    events = filter_events(store, events_with_evidence(store), date_from=date_from, date_to=date_to,
                           entity=entity, etype=etype, dated_only=True)
    return [{"date": date, "events": ranked} for date, ranked in group_by_date(events or [])]


def dated_mentions_view(store: Store) -> list[dict[str, Any]]:
    """Time expressions resolved to a calendar value, each with its article's outlet and date."""
    articles = _articles(store)
    out = []
    for t in store.rows("timexes"):
        if t["type"] != "DATE" or not t["value"] or not t["value"][:1].isdigit():
            continue
        out.append({"article": t["article"], "start": t["start"], "end": t["end"], "text": t["text"],
                    "value": t["value"], "granularity": t["granularity"], "source": _source(articles.get(t["article"], {}))})
    return sorted(out, key=lambda t: (t["value"], t["article"], t["start"]))


def claims_view(store: Store, *, status: str | None = None) -> list[dict[str, Any]]:
    """Claims with their evidence spans (text, outlet, date), contested ones first."""
    articles = _articles(store)
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.rows("claim_evidence"):
        article = articles.get(row["article"], {})
        evidence[row["claim"]].append({**row, "text": article.get("text", "")[row["start"]:row["end"]],
                                       **_citation_fields(article)})
    out = []
    for claim in store.rows("claims", status=status):
        claim["evidence"] = evidence[claim["id"]]
        out.append(claim)
    return out


# --- search -------------------------------------------------------------------------------------


def _terms(query: str) -> list[str]:
    """The words and "quoted phrases" of a search query, lower-cased."""
    return [t.strip('"').lower() for t in re.findall(r'"[^"]+"|[\w*-]+', query) if t.strip('"*')]


def snippet(text: str, terms: list[str], *, width: int = SNIPPET_WIDTH) -> dict[str, Any] | None:
    """Text around the first match of any term, split into plain and matched parts (with offsets)."""
    words = sorted({t.rstrip("*") for t in terms if t.rstrip("*")}, key=len, reverse=True)
    lower = text.lower()
    hits = sorted((lower.find(w), len(w)) for w in words if w in lower)
    if not hits:
        return None
    first, _ = hits[0]
    lo, hi = max(0, first - width), min(len(text), first + width)
    parts: list[dict[str, Any]] = []
    cursor = lo
    pattern = re.compile("|".join(re.escape(w) for w in words), re.I)
    for match in pattern.finditer(text, lo, hi):
        if match.start() > cursor:
            parts.append({"text": text[cursor:match.start()], "hit": False})
        parts.append({"text": match.group(0), "hit": True, "start": match.start(), "end": match.end()})
        cursor = match.end()
    if cursor < hi:
        parts.append({"text": text[cursor:hi], "hit": False})
    return {"start": first, "end": first + hits[0][1], "lead": lo > 0, "tail": hi < len(text), "parts": parts}


def search_view(store: Store, query: str, *, limit: int = 20) -> dict[str, Any]:
    """Articles (full-text), quotes and entities matching a query."""
    terms = _terms(query)
    articles = _articles(store)
    hits = []
    for row in store.search(query, limit=limit) if terms else []:
        text = articles.get(row["id"], {}).get("text", "")
        article = articles.get(row["id"], {})
        hits.append({"id": row["id"], "headline": row["headline"], "outlet": row["outlet"], "published": row["published"],
                     "source_label": source_name(article), "date_label": date_label(article),
                     "snippet": row["snippet"], "match": snippet(text, terms)})

    def quote_matches(q: dict[str, Any]) -> bool:
        haystack = f"{q['text']} {q['speaker'].get('name') or ''}".lower()
        return all(t.rstrip("*") in haystack for t in terms)

    quotes = [q for q in quotes_view(store) if terms and quote_matches(q)]
    entities = [e for e in entities_view(store)
                if terms and all(any(t.rstrip("*") in n for n in _names(e)) for t in terms)]
    return {"q": query, "articles": hits, "quotes": quotes[:limit], "entities": entities[:limit]}
