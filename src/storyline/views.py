"""Read-side views shared by the CLI, the JSON API and the web pages (one view, several renderings).

Each view is one read of the store: filtering, ordering and paging happen in SQL over indexed
columns, and evidence text is cut out of the article inside SQLite (``substr``), so a request costs
what it shows, never every article's text. List views return a page: ``{total, limit, offset,
items}`` (``limit`` None means every item, as the CLI and the exports ask).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import partial
from typing import Any

from storyline.analyse.events.asides import PAST_YEARS
from storyline.export import article_record, group_by_date, quote_record, speaker_names
from storyline.model import CLAIM_STATUSES, UNSPOKEN_KINDS
from storyline.store.db import Store

ARTICLE_SUMMARY_KEYS = ("id", "source", "url", "headline", "outlet", "agency", "dateline", "published",
                        "published_basis", "words")
SNIPPET_WIDTH = 90
SQL_BATCH = 500  # values bound in one IN (...) list (SQLite allows 32,766; kept well under)
# the article columns a citation needs (never the text)
_CITE_COLS = ("a.outlet AS a_outlet, a.agency AS a_agency, a.url AS a_url, a.source AS a_source, a.published AS a_published, "
              "a.published_basis AS a_published_basis, a.published_earliest AS a_published_earliest, "
              "a.published_latest AS a_published_latest, a.headline AS a_headline")
_ARTICLE_ORDER = "a.published IS NULL, a.published, a.source, a.id"


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


DATE_BOUND = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_bound(value: str) -> str:
    """A date filter as given (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar date), or ValueError saying what is wrong."""
    from datetime import date

    match = DATE_BOUND.match(value.strip())
    if not match:
        raise ValueError(f"'{value[:40]}' is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as exc:
        raise ValueError(f"'{value[:40]}' is not a calendar date ({exc})") from None
    return value.strip()


def source_fields(article: dict[str, Any]) -> dict[str, Any]:
    """The few article fields a citation needs."""
    return {**_citation_fields(article), "headline": article.get("headline")}


def _cited(row: dict[str, Any]) -> dict[str, Any]:
    """Pop the ``a_*`` article columns a joined query carried; return them as an article dict."""
    return {key[2:]: row.pop(key) for key in [k for k in row if k.startswith("a_")]}


# --- pagination ---------------------------------------------------------------------------------


def page(items: list[Any], *, total: int, limit: int | None, offset: int) -> dict[str, Any]:
    """The envelope every list view returns."""
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _limit_sql(limit: int | None, offset: int) -> str:
    return f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else (f" LIMIT -1 OFFSET {int(offset)}" if offset else "")


def _where_equal(where: list[str], params: list[Any], column: str, value: str | None) -> None:
    """Add ``column = value`` to a filter when a value is given."""
    if value:
        where.append(f"{column} = ?")
        params.append(value)


def _like_prefix(value: str) -> str:
    """A LIKE pattern matching strings that start with ``value`` (LIKE's wildcards escaped)."""
    return re.sub(r"([\\%_])", r"\\\1", value) + "%"


# --- stories ------------------------------------------------------------------------------------


def in_story(column: str, story: str | None) -> tuple[list[str], list[Any]]:
    """The condition that keeps rows of one story's articles (none when ``story`` is None)."""
    if not story:
        return [], []
    return [f"{column} IN (SELECT article FROM story_articles WHERE story = ?)"], [story]


def stories_view(store: Store) -> list[dict[str, Any]]:
    """Every story, largest first: id, label, date span, articles, independent sources, last update."""
    return store.query("SELECT id, label, first, last, articles, sources, updated FROM stories ORDER BY articles DESC, id")


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story's row and its log (new, merged, split, and why)."""
    rows = store.query("SELECT id, label, first, last, articles, sources, updated FROM stories WHERE id = ?", (story_id,))
    if not rows:
        return None
    log = store.query("SELECT action, story, other, article, score, detail FROM story_log WHERE story = ? OR other = ? ORDER BY id",
                      (story_id, story_id))
    return {**rows[0], "log": log}


def default_story(store: Store) -> str | None:
    """The story a per-story view shows when none is asked: the largest, when the store holds more than one."""
    rows = store.query("SELECT id FROM stories ORDER BY articles DESC, id LIMIT 2")
    return rows[0]["id"] if len(rows) > 1 else None


# --- articles -----------------------------------------------------------------------------------


ARTICLE_CHOICES = 500  # articles a filter list offers (the quotes page's), in reading order


def article_choices(store: Store, *, story: str | None = None) -> list[dict[str, Any]]:
    """The first ``ARTICLE_CHOICES`` articles in reading order, for a page's article filter (every page of quotes
    shows them: kept until the store changes)."""
    return store.memo(("article choices", story), lambda: articles_view(store, story=story, limit=ARTICLE_CHOICES)["items"])


def articles_view(store: Store, *, story: str | None = None, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
    """Stored articles (no text), dated first in date order, each with its quote count and story."""
    cond, params = in_story("a.id", story)
    where = " AND ".join(["1", *cond])
    rows = store.query(
        "SELECT a.id, a.source, a.url, a.headline, a.outlet, a.agency, a.dateline, a.published, a.published_basis, a.words, "
        f"a.published_earliest, a.published_latest, (SELECT count(*) FROM quotes q WHERE q.article = a.id AND {SPOKEN}) AS quotes, "
        "(SELECT story FROM story_articles s WHERE s.article = a.id) AS story "
        f"FROM articles a WHERE {where} ORDER BY {_ARTICLE_ORDER}" + _limit_sql(limit, offset), params
    )
    for row in rows:
        row.update(source_label=source_name(row), date_label=date_label(row))
    return page(rows, total=store.scalar(f"SELECT count(*) FROM articles a WHERE {where}", params), limit=limit, offset=offset)


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with its text and every span derived from it (quotes, mentions, dates, evidence)."""
    row = store.article(article_id)
    if row is None:
        return None
    aid = row["id"]
    mentions = store.query(
        'SELECT m.id, m.start, m."end", m.text, m.label, m.entity, e.name AS entity_name, m.source FROM mentions m '
        "LEFT JOIN entities e ON e.id = m.entity WHERE m.article = ? ORDER BY m.start, m.id", (aid,))
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
    quoted = store.rows("quotes", article=aid)
    names = speaker_names(store, quoted)
    return {
        "article": article_record(row),
        "quotes": [quote_record(q, names) for q in quoted],
        "mentions": mentions,
        "timexes": timexes,
        "sentences": sentences,
        "evidence": sorted(evidence, key=lambda e: (e["start"], e["end"])),
    }


# --- quotes -------------------------------------------------------------------------------------

# Quotes of someone's words: a "topic" (what someone spoke of, in the writer's words) or a "view" (what someone thinks
# or wants, told by the writer; ``model.UNSPOKEN_KINDS``) is shown and counted only where asked for by kind.
SPOKEN = "q.kind NOT IN (" + ", ".join(f"'{k}'" for k in sorted(UNSPOKEN_KINDS)) + ")"


def folded(expr: str) -> str:
    """SQL for ``expr`` lower-cased as Python's ``str.lower`` folds it (the ``py_lower`` function), cheaply.

    SQLite's own ``lower()`` runs in C but folds ASCII letters only; on ASCII text it gives what Python gives, so
    only other text (8.5% of the quotes of a 970-article store) calls back into Python. Text is ASCII when its UTF-8
    bytes are as many as its characters (a length SQLite knows at once; a ``GLOB`` for other characters took 68 ms
    over those quotes, this test 11).
    """
    return f"(CASE WHEN length(CAST({expr} AS BLOB)) = length({expr}) THEN lower({expr}) ELSE py_lower({expr}) END)"


def _holds(expr: str) -> str:
    """SQL true when ``expr``, lower-cased, holds the (lower-cased) parameter it takes."""
    return f"instr({folded(expr)}, ?) > 0"


ENTITY_HAYSTACK = "e.name || ' ' || e.aliases || ' ' || e.id"  # what an entity search looks in

# What a quote filter looks in, as ``_holds`` would fold it (``_quotes_holding``)
QUOTE_HAYSTACKS = {
    "said": "q.text || ' ' || coalesce(q.speaker, '')",
    "text": "q.text",
    "speaker": "coalesce(q.speaker, '')",
}


def _holding(store: Store, rows: str, key: str, expr: str, needles: list[str]) -> list[Any]:
    """The keys of the rows whose ``expr``, folded, holds every (lower-cased) needle: what ``_holds`` tests, with every
    row's folded text kept until the store changes (``rows`` the table and its alias, ``key`` the column to give), so a
    search is one pass over kept strings, not a scan that folds 17,000 quotes again each time."""
    kept = store.memo(("folded text", rows, key, expr), lambda: [
        (row["k"], row["hay"]) for row in store.query(f"SELECT {key} AS k, {folded('(' + expr + ')')} AS hay FROM {rows}")])
    for needle in needles:
        kept = [(k, hay) for k, hay in kept if needle in hay]
    return [k for k, _ in kept]


def _quotes_holding(store: Store, haystack: str, needles: list[str]) -> tuple[str, str]:
    """The condition (over ``q``) and its parameter that keep the quotes whose ``haystack`` holds every needle, read
    by rowid."""
    rowids = _holding(store, "quotes q", "q.rowid", QUOTE_HAYSTACKS[haystack], needles)
    return "q.rowid IN (SELECT value FROM json_each(?))", json.dumps(rowids)


def _quote_filters(
    store: Store, *, speaker: str | None, article: str | None, search: str | None, kind: str | None, entity: str | None,
    story: str | None = None,
) -> tuple[str, list[Any]]:
    cond, values = in_story("q.article", story)
    where, params = ["1", *cond], [*values]
    for haystack, needle in (("speaker", speaker), ("text", search)):
        if needle:
            holding, ids = _quotes_holding(store, haystack, [needle.lower()])
            where.append(holding)
            params.append(ids)
    if article:
        where.append("q.article LIKE ? ESCAPE '\\'")
        params.append(_like_prefix(article.lower()))
    if kind:
        where.append("q.kind = ?")
        params.append(kind)
    else:
        where.append(SPOKEN)
    if entity:
        where.append("q.speaker_entity = ?")
        params.append(entity)
    return " AND ".join(where), params


def quotes_view(
    store: Store, *, speaker: str | None = None, article: str | None = None, search: str | None = None,
    kind: str | None = None, entity: str | None = None, story: str | None = None, limit: int | None = None, offset: int = 0,
) -> dict[str, Any]:
    """Quotes in the export shape, filtered, in article date order, each with its source's outlet and date."""
    where, params = _quote_filters(store, speaker=speaker, article=article, search=search, kind=kind, entity=entity, story=story)
    rows = store.query(
        f"SELECT q.*, {_CITE_COLS} FROM quotes q JOIN articles a ON a.id = q.article WHERE {where} "
        f"ORDER BY {_ARTICLE_ORDER}, q.start" + _limit_sql(limit, offset), params)
    total = store.scalar(f"SELECT count(*) FROM quotes q WHERE {where}", params)
    items = []
    names = speaker_names(store, rows)
    for row in rows:
        cited = _cited(row)
        items.append({**quote_record(row, names), "source": source_fields(cited)})
    return page(items, total=total, limit=limit, offset=offset)


def quote_copies(store: Store, groups: set[str]) -> list[dict[str, Any]]:
    """Every quote of these cross-outlet groups, with its source (for "also reported by")."""
    if not groups:
        return []
    rows = store.query(
        f"SELECT q.*, {_CITE_COLS} FROM quotes q JOIN articles a ON a.id = q.article WHERE q.grp IN ({','.join('?' * len(groups))}) "
        f"ORDER BY {_ARTICLE_ORDER}, q.start", sorted(groups))
    names = speaker_names(store, rows)
    return [{**quote_record(r, names), "source": source_fields(_cited(r))} for r in rows]


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


def top_speakers(store: Store, *, story: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The most quoted speakers (entity, else name as written) with their quote counts, for filters and lists
    (every page of quotes shows them: kept until the store changes)."""
    return store.memo(("top speakers", story, limit), lambda: _top_speakers(store, story, limit))


def _top_speakers(store: Store, story: str | None, limit: int) -> list[dict[str, Any]]:
    cond, params = in_story("q.article", story)
    rows = store.query(
        f"SELECT coalesce(q.speaker_entity, {folded('trim(q.speaker)')}, '?') AS key, q.speaker_entity AS entity, "
        "coalesce(e.name, min(q.speaker), 'unattributed') AS name, count(*) AS quotes FROM quotes q "
        f"LEFT JOIN entities e ON e.id = q.speaker_entity WHERE {' AND '.join([SPOKEN, *cond])} "
        f"GROUP BY key ORDER BY name = 'unattributed', quotes DESC, name LIMIT {int(limit)}", params)
    return rows


# --- entities -----------------------------------------------------------------------------------


def find_entity(store: Store, name: str) -> dict[str, Any] | None:
    """An entity by id, name, alias or recorded garbled variant (case-insensitive), most exact first.

    An indexed lookup in ``entity_names``; failing that, the one entity whose name contains ``name``.
    """
    found = _entity_ids_of(store, {name.strip().lower()} - {""})
    if not found:
        return None
    rows = store.query("SELECT * FROM entities WHERE id = ?", (next(iter(found.values())),), json=True)
    return rows[0] if rows else None


def _entity_ids_of(store: Store, needles: set[str]) -> dict[str, str]:
    """Lower-cased name -> entity id, as ``find_entity`` chooses (one home for its rule): every needle in one indexed
    query of ``entity_names``, the most exact name kind first; the rest by one pass over the entities' names, a needle
    taking the one entity whose name holds it."""
    wanted = sorted(needles)
    found: dict[str, str] = {}
    for offset in range(0, len(wanted), SQL_BATCH):
        chunk = wanted[offset : offset + SQL_BATCH]
        for row in store.query(
            "SELECT n.name AS needle, e.id FROM entity_names n JOIN entities e ON e.id = n.entity "
            f"WHERE n.name IN ({','.join('?' * len(chunk))}) ORDER BY n.name, n.kind, e.type, py_lower(e.name), e.id", chunk,
        ):
            found.setdefault(row["needle"], row["id"])
    for needle in (n for n in wanted if n not in found):
        holder = store.memo(("entity holding", needle), partial(_one_entity_holding, store, needle))
        if holder is not None:
            found[needle] = holder
    return found


def _one_entity_holding(store: Store, needle: str) -> str | None:
    """The one entity whose lower-cased name holds ``needle``, or None (none, or more than one)."""
    names = store.memo("entity names lowered", partial(_entity_names_lowered, store))
    if not needle or NAME_SEPARATOR in needle:
        holding = [entity for entity, name in zip(names.ids, names.names, strict=True) if needle in name]
        return holding[0] if len(holding) == 1 else None
    # one search of the joined names (in C) instead of a test of each name: a ledger page asks for fifty names
    at = names.joined.find(needle)
    if at < 0:
        return None
    first = bisect_right(names.starts, at) - 1
    after = names.starts[first + 1] if first + 1 < len(names.starts) else len(names.joined)
    return names.ids[first] if names.joined.find(needle, after) < 0 else None


NAME_SEPARATOR = "\n"


@dataclass(frozen=True)
class _LoweredNames:
    ids: list[str]
    names: list[str]
    joined: str  # the names joined by NAME_SEPARATOR
    starts: list[int]  # where each name starts in ``joined``


def _entity_names_lowered(store: Store) -> _LoweredNames:
    rows = store.query("SELECT id, py_lower(name) AS name FROM entities")
    starts, at = [], 0
    for row in rows:
        starts.append(at)
        at += len(row["name"]) + len(NAME_SEPARATOR)
    return _LoweredNames([r["id"] for r in rows], [r["name"] for r in rows], NAME_SEPARATOR.join(r["name"] for r in rows),
                         starts)


def entities_view(
    store: Store, *, etype: str | None = None, search: str | None = None, story: str | None = None, limit: int | None = None,
    offset: int = 0,
) -> dict[str, Any]:
    """Entities with mention and quote counts, most mentioned first (as `storyline entities`); in one story's articles.

    The ranking (every id with its counts, in order) is shared by every page of the list: kept until the store changes;
    a page reads only its own entities' rows.
    """
    ranking = store.memo(("entity ranking", etype, search, story), partial(_entity_ranking, store, etype, search, story))
    start = max(offset, 0)
    chosen = ranking[start:] if limit is None or limit < 0 else ranking[start : start + limit]
    rows: dict[str, dict[str, Any]] = {}
    for at in range(0, len(chosen), SQL_BATCH):
        ids = [entity for entity, _, _ in chosen[at : at + SQL_BATCH]]
        rows.update((r["id"], r) for r in store.query(f"SELECT * FROM entities WHERE id IN ({','.join('?' * len(ids))})", ids,
                                                      json=True))
    items = [{**rows[entity], "mentions": mentions, "quotes": quotes} for entity, mentions, quotes in chosen
             if entity in rows]  # (an entity a write removed since the ranking was read is left out, not an error)
    return page(items, total=len(ranking), limit=limit, offset=offset)


def _entity_ranking(store: Store, etype: str | None, search: str | None, story: str | None) -> list[tuple[str, int, int]]:
    """(id, mentions, quotes) of the entities the filters keep, most mentioned first; in one story, those mentioned or
    quoted in its articles, counted there (an entity can be shared across stories)."""
    terms = [term.rstrip("*") for term in _terms(search or "")]
    if terms:  # the unfiltered ranking (shared with the list's pages), kept to the entities holding every word
        ranking = store.memo(("entity ranking", etype, None, story), partial(_entity_ranking, store, etype, None, story))
        holding = set(_holding(store, "entities e", "e.id", ENTITY_HAYSTACK, terms))
        return [ranked for ranked in ranking if ranked[0] in holding]
    clause, params = _entity_filters(etype)
    if story:
        sql = (
            "WITH s AS (SELECT article FROM story_articles WHERE story = ?), "
            "m AS (SELECT entity, count(*) AS n FROM mentions WHERE entity IS NOT NULL AND article IN (SELECT article FROM s) "
            f"GROUP BY entity), q AS (SELECT speaker_entity AS entity, count(*) AS n FROM quotes q WHERE speaker_entity IS NOT NULL "
            f"AND {SPOKEN} AND article IN (SELECT article FROM s) GROUP BY speaker_entity) "
            "SELECT e.id, coalesce(m.n, 0) AS mentions, coalesce(q.n, 0) AS quotes FROM entities e "
            "LEFT JOIN m ON m.entity = e.id LEFT JOIN q ON q.entity = e.id "
            f"WHERE (m.n IS NOT NULL OR q.n IS NOT NULL) AND {clause}"
        )
        params = [story, *params]
    else:
        sql = ("SELECT e.id, (SELECT count(*) FROM mentions m WHERE m.entity = e.id) AS mentions, "
               f"(SELECT count(*) FROM quotes q WHERE q.speaker_entity = e.id AND {SPOKEN}) AS quotes "
               f"FROM entities e WHERE {clause}")
    rows = store.query(sql + f" ORDER BY mentions DESC, {folded('e.name')}, e.id", params)
    return [(r["id"], r["mentions"], r["quotes"]) for r in rows]


def _entity_filters(etype: str | None) -> tuple[str, list[Any]]:
    """The SQL condition (over ``e``) and parameters of the entity list's type filter (its search filters the
    ranking: ``_entity_ranking``)."""
    where: list[str] = ["1"]
    params: list[Any] = []
    _where_equal(where, params, "e.type", etype)
    return " AND ".join(where), params


def _names(entity: dict[str, Any]) -> set[str]:
    return {entity["id"].lower(), entity["name"].lower(), *(a.lower() for a in entity["aliases"])}


def entity_view(store: Store, name: str, *, limit: int | None = 100) -> dict[str, Any] | None:
    """One entity: its mentions, quotes (with sources), events, claims, articles and roles by date.

    Long lists (mentions, quotes, events) hold their first ``limit`` items; ``counts`` gives the totals.
    """
    entity = find_entity(store, name)
    if entity is None:
        return None
    eid = entity["id"]
    mentions = store.query('SELECT id, article, start, "end", text, label, entity, source FROM mentions WHERE entity = ? '
                           "ORDER BY article, start" + _limit_sql(limit, 0), (eid,))
    quotes = quotes_view(store, entity=eid, limit=limit)
    events = events_view(store, entity=eid, limit=limit)
    names = _names(entity)
    claims = claims_view(store, voiced_by=names)["items"]
    role_articles = _article_meta(store, {r["article"] for r in entity["roles"]})
    roles = sorted(
        ({**r, "source": source_fields(role_articles.get(r["article"], {}))} for r in entity["roles"]),
        key=lambda r: (r.get("date") is None, r.get("date") or "", r["article"]),
    )
    articles = [r["article"] for r in store.query(
        "SELECT article FROM mentions WHERE entity = ? UNION SELECT article FROM quotes WHERE speaker_entity = ? ORDER BY article",
        (eid, eid))]
    return {
        "entity": entity,
        "counts": {"mentions": store.scalar("SELECT count(*) FROM mentions WHERE entity = ?", (eid,)),
                   "quotes": quotes["total"], "events": events["total"], "articles": len(articles)},
        "mentions": mentions,
        "articles": articles,
        "quotes": [{**q, "source": q["source"]} for q in quotes["items"]],
        "events": events["items"],
        "claims": claims,
        "roles": roles,
    }


def entity_articles(store: Store, entity_id: str, *, limit: int | None = None, offset: int = 0) -> dict[str, Any]:
    """The articles an entity appears in, in date order, with the entity's mention and quote counts in each."""
    sql = (
        "WITH m AS (SELECT article, count(*) AS n FROM mentions WHERE entity = :e GROUP BY article), "
        f"q AS (SELECT article, count(*) AS n FROM quotes q WHERE speaker_entity = :e AND {SPOKEN} GROUP BY article) "
        "SELECT a.id, a.source, a.url, a.headline, a.outlet, a.agency, a.dateline, a.published, a.published_basis, a.words, "
        "a.published_earliest, a.published_latest, coalesce(m.n, 0) AS mentions, coalesce(q.n, 0) AS quotes "
        "FROM articles a LEFT JOIN m ON m.article = a.id LEFT JOIN q ON q.article = a.id "
        f"WHERE m.n IS NOT NULL OR q.n IS NOT NULL ORDER BY {_ARTICLE_ORDER}"
    )
    rows = store.query(sql + _limit_sql(limit, offset), {"e": entity_id})
    for row in rows:
        row.update(source_label=source_name(row), date_label=date_label(row))
    total = store.scalar(
        "SELECT count(*) FROM (SELECT article FROM mentions WHERE entity = :e UNION SELECT article FROM quotes WHERE speaker_entity = :e)",
        {"e": entity_id})
    return page(rows, total=total, limit=limit, offset=offset)


def _article_meta(store: Store, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Citation fields (no text) of a few articles."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    return {r["id"]: r for r in store.query(
        "SELECT id, outlet, agency, url, source, published, published_basis, published_earliest, published_latest, headline "
        f"FROM articles WHERE id IN ({marks})", sorted(ids))}


# --- events, timeline, claims -------------------------------------------------------------------


# A timeline shows its story's own period: from the year before its first article (``asides.PAST_YEARS``) on. What the
# pages recall of earlier years ("Gadhafi seized Libya's helm in 1969", "Striking a major find in Alaska's Prudhoe Bay
# field in 1969, BP grew ...") stays an event of the story (its list, its entities' pages), counted as ``earlier``
# beside the timeline and shown by a ``date_from`` before it. A year unknown ("XXXX-07-12") is no earlier year.
IN_THE_STORYS_PERIOD = (
    "(e.story IS NULL OR e.date LIKE 'X%' OR e.date >= coalesce((SELECT printf('%04d', CAST(substr(s.first, 1, 4) AS "
    f"INTEGER) - {PAST_YEARS}) FROM stories s WHERE s.id = e.story AND s.first IS NOT NULL), ''))"
)


def _event_filters(
    store: Store, *, date_from: str | None, date_to: str | None, entity: str | None, etype: str | None, dated_only: bool,
    story: str | None = None, period: bool = True,
) -> tuple[str, list[Any]] | None:
    """SQL conditions for the timeline filters; dates compare on their common prefix. None when `entity` is unknown.

    A date bound leaves out undated events and those whose year is unknown ("XXXX-07-12"): they cannot be placed.
    Without ``date_from`` the events are of their story's period (``period``; ``earlier`` counts the rest).
    """
    where: list[str] = ["1"]
    params: list[Any] = []
    _where_equal(where, params, "e.story", story)
    if dated_only:
        where.append("e.date IS NOT NULL")
    if period and not date_from:
        where.append(f"(e.date IS NULL OR {IN_THE_STORYS_PERIOD})")
    if date_from or date_to:
        where.append("e.date IS NOT NULL AND e.date NOT LIKE 'X%'")
        bounds, values = _value_bounds("e.date", date_from, date_to)
        where += bounds
        params += values
    if entity:
        found = find_entity(store, entity)
        if found is None:
            return None
        where.append("(e.actor = ? OR e.target = ?)")
        params += [found["id"], found["id"]]
    if etype:
        where.append("upper(e.type) = ?")
        params.append(etype.upper())
    return " AND ".join(where), params


def with_evidence(store: Store, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Attach each event's evidence spans: the span's own text (cut in SQL), outlet and date."""
    if not events:
        return events
    ids = [e["id"] for e in events]
    marks = ",".join("?" * len(ids))
    evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in store.query(
        f'SELECT ee.event, ee.article, ee.start, ee."end", substr(a.text, ee.start + 1, ee."end" - ee.start) AS text, '
        f"{_CITE_COLS} FROM event_evidence ee JOIN articles a ON a.id = ee.article WHERE ee.event IN ({marks}) "
        "ORDER BY ee.event, ee.article, ee.start", ids,
    ):
        article = _cited(row)
        evidence[row["event"]].append({**row, **_citation_fields(article), "headline": article.get("headline"),
                                       "source": article.get("source")})
    for event in events:
        event["evidence"] = evidence[event["id"]]
    return mark_alleged(store, events)


def mark_alleged(store: Store, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An event whose evidence is a claim the ledger holds as contested or denied is alleged, not fact.

    Each such event gains ``alleged``: the claim's id, status, asserters and deniers (the timeline, the
    briefing and the API show "alleged by X; denied by Y" and link to the ledger entry).
    """
    spans = [(ev["article"], ev["start"], ev["end"], event) for event in events for ev in event.get("evidence", [])]
    if not spans:
        return events
    articles = sorted({a for a, _, _, _ in spans})
    rows = store.query(
        'SELECT ce.article, ce.start, ce."end", c.id, c.status, c.asserted_by, c.denied_by, c.statement FROM claim_evidence ce '
        f"JOIN claims c ON c.id = ce.claim WHERE c.status IN ('contested', 'denied') AND ce.role != 'figure' "
        f"AND ce.article IN ({','.join('?' * len(articles))})", articles, json=True)
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_article[row["article"]].append(row)
    for article, start, end, event in spans:
        for row in by_article[article]:
            if row["start"] < end and start < row["end"] and "alleged" not in event:
                event["alleged"] = {"claim": row["id"], "status": row["status"], "statement": row["statement"],
                                    "asserted_by": row["asserted_by"], "denied_by": row["denied_by"]}
    return events


def alleged_label(alleged: dict[str, Any]) -> str:
    """'alleged by United States; denied by Russia, North Korea'."""
    who = ", ".join(alleged.get("asserted_by") or []) or "unnamed sources"
    denied = ", ".join(alleged.get("denied_by") or [])
    return f"alleged by {who}" + (f"; denied by {denied}" if denied else "")


def events_view(
    store: Store, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None,
    etype: str | None = None, dated_only: bool = False, order: str = "date", story: str | None = None, limit: int | None = None,
    offset: int = 0, period: bool = True,
) -> dict[str, Any]:
    """Events with evidence, filtered; in date order (undated last) or by salience (``order="salience"``); of their
    story's period unless ``period`` is false or a ``date_from`` is given."""
    filters = _event_filters(store, date_from=date_from, date_to=date_to, entity=entity, etype=etype, dated_only=dated_only,
                             story=story, period=period)
    if filters is None:
        return page([], total=0, limit=limit, offset=offset)
    where, params = filters
    ordering = ("e.salience DESC, e.centrality DESC, e.date IS NULL, e.date, e.id" if order == "salience"
                else "e.date IS NULL, e.date LIKE 'X%', e.date, e.salience DESC, e.centrality DESC, e.id")
    rows = store.query(f"SELECT e.* FROM events e WHERE {where} ORDER BY {ordering}" + _limit_sql(limit, offset), params)
    total = store.scalar(f"SELECT count(*) FROM events e WHERE {where}", params)
    earlier = _earlier(store, date_from=date_from, date_to=date_to, entity=entity, etype=etype, story=story) if period else 0
    return {**page(with_evidence(store, rows), total=total, limit=limit, offset=offset), "earlier": earlier}


def _earlier(store: Store, **filters: Any) -> int:
    """The events the same filters hold from before their story's period, which a view of that period leaves out (0 once a
    ``date_from`` is given)."""
    if filters.get("date_from"):
        return 0
    found = _event_filters(store, **filters, dated_only=True, period=False)
    if found is None:
        return 0
    where, params = found
    return store.scalar(f"SELECT count(*) FROM events e WHERE {where} AND NOT {IN_THE_STORYS_PERIOD}", params) or 0


def event_types(store: Store) -> list[str]:
    """The event types present (every timeline page offers them): kept until the store changes."""
    return store.memo("event types", lambda: [r["type"] for r in store.query("SELECT DISTINCT type FROM events ORDER BY type")])


# The summary timeline (``top``) shows a key date's most salient events, not every one: a live blog's day held 22 lines
# on LibyaWar_cnn, most of them one source's asides. ``more`` counts the rest; a date's filter shows them all.
TOP_EVENTS_PER_DATE = 5


def timeline_view(
    store: Store, *, date_from: str | None = None, date_to: str | None = None, entity: str | None = None,
    etype: str | None = None, top: int | None = None, story: str | None = None, limit: int | None = None, offset: int = 0,
    per_date: int | None = None,
) -> dict[str, Any]:
    """Dated events grouped by date, filtered; within a date, most salient first.

    ``top`` keeps the N most salient dates (the summary timeline), each with its ``per_date`` most salient events
    (``TOP_EVENTS_PER_DATE`` unless given) and a count of the rest (``more``); without ``top`` a date shows every event
    unless ``per_date`` is given. ``limit``/``offset`` page through the dates.
    """
    filters = _event_filters(store, date_from=date_from, date_to=date_to, entity=entity, etype=etype, dated_only=True,
                             story=story)
    if filters is None:
        return page([], total=0, limit=limit, offset=offset)
    earlier = _earlier(store, date_from=date_from, date_to=date_to, entity=entity, etype=etype, story=story)
    where, params = filters
    dates_sql = f"SELECT e.date AS date, max(e.salience) AS salience FROM events e WHERE {where} GROUP BY e.date"
    if top is not None:  # the summary's key dates are on the calendar: a decade's ("200", "a decade ago") or a
        # century's background is no key date
        dates_sql = f"SELECT * FROM ({dates_sql} HAVING length(e.date) >= 4 ORDER BY salience DESC, date LIMIT {int(top)})"
    total = store.scalar(f"SELECT count(*) FROM ({dates_sql})", params)
    dates = [r["date"] for r in store.query(f"SELECT date FROM ({dates_sql}) ORDER BY date" + _limit_sql(limit, offset), params)]
    if not dates:
        return {**page([], total=total, limit=limit, offset=offset), "earlier": earlier}
    marks = ",".join("?" * len(dates))
    rows = store.query(f"SELECT e.* FROM events e WHERE {where} AND e.date IN ({marks})", [*params, *dates])
    cap = per_date or (TOP_EVENTS_PER_DATE if top is not None else None)
    nodes: list[dict[str, Any]] = []
    shown_events: list[dict[str, Any]] = []
    for date, ranked in group_by_date(rows):
        lines = _one_line_each(ranked)
        shown = lines[:cap] if cap else lines
        nodes.append({"date": date, "events": shown, "more": len(lines) - len(shown)})
        shown_events += shown
    with_evidence(store, shown_events)  # only the events shown: a key date's dropped ones need no evidence
    return {**page(nodes, total=total, limit=limit, offset=offset), "earlier": earlier}


def _one_line_each(ranked: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A date's events, the most salient first, each summary once: one sentence that tells an act and its report
    ("Dabbashi told reporters that Gadhafi has declared war ...") is one line of the timeline, not one per reading
    (the accusation and the act stay separate events in the store, each on its own entity pages)."""
    seen: set[str] = set()
    out = []
    for event in ranked:
        if event["summary"] not in seen:
            seen.add(event["summary"])
            out.append(event)
    return out


def _value_bounds(column: str, date_from: str | None, date_to: str | None) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if date_from:
        where.append(f"substr({column}, 1, ?) >= ?")
        params += [len(date_from), date_from]
    if date_to:
        where.append(f"substr({column}, 1, ?) <= ?")
        params += [len(date_to), date_to]
    return where, params


def dated_mentions_view(store: Store, *, date_from: str | None = None, date_to: str | None = None, story: str | None = None,
                        limit: int = 60) -> list[dict[str, Any]]:
    """The calendar dates the articles mention most: each with its counts and its first mention (article, offsets, text).
    Every timeline page draws them: kept until the store changes."""
    return store.memo(("dated mentions", date_from, date_to, story, limit),
                      lambda: _dated_mentions(store, date_from, date_to, story, limit))


def _dated_mentions(store: Store, date_from: str | None, date_to: str | None, story: str | None,
                    limit: int) -> list[dict[str, Any]]:
    bounds, params = _value_bounds("value", date_from, date_to)
    cond, values = in_story("article", story)
    params += values
    where = " AND ".join(["type = 'DATE'", "value GLOB '[0-9][0-9][0-9][0-9]*'", *bounds, *cond])
    top = store.query(
        "SELECT value, granularity, count(*) AS mentions, count(DISTINCT article) AS articles, min(id) AS first "
        f"FROM timexes WHERE {where} GROUP BY value ORDER BY articles DESC, value LIMIT {int(limit)}", params)
    if not top:
        return []
    firsts = {r["id"]: r for r in store.query(
        f'SELECT id, article, start, "end", text FROM timexes WHERE id IN ({",".join("?" * len(top))})', [r["first"] for r in top])}
    return [{**row, **{k: firsts[row["first"]][k] for k in ("article", "start", "end", "text")}} for row in top]


def published_days_view(store: Store, *, date_from: str | None = None, date_to: str | None = None,
                        story: str | None = None) -> list[dict[str, Any]]:
    """Publication days, one row each: how many articles appeared that day, and the first of them (its citation fields).
    Every timeline page draws them: kept until the store changes."""
    return store.memo(("published days", date_from, date_to, story), lambda: _published_days(store, date_from, date_to, story))


def _published_days(store: Store, date_from: str | None, date_to: str | None, story: str | None) -> list[dict[str, Any]]:
    bounds, params = _value_bounds("published", date_from, date_to)
    cond, values = in_story("id", story)
    params += values
    rows = store.query(
        f"SELECT published, count(*) AS articles, min(id) AS first FROM articles WHERE {' AND '.join(['published IS NOT NULL', *bounds, *cond])} "
        "GROUP BY published ORDER BY published", params)
    meta = _article_meta(store, {r["first"] for r in rows})
    return [{**meta[r["first"]], "published": r["published"], "articles": r["articles"]} for r in rows]


def claims_view(store: Store, *, status: str | None = None, story: str | None = None, entity: str | None = None,
                search: str | None = None, voiced_by: set[str] | None = None, limit: int | None = None,
                offset: int = 0) -> dict[str, Any]:
    """Claims with their parties, evidence spans (text, outlet, date) and the events they concern, in ledger order.

    ``entity``: claims in which the entity (id, name or alias) asserts, denies or takes part; ``search``: words of
    the statement or of a party's name; ``voiced_by``: claims one of these lower-cased names asserts or denies (an
    entity's page: chosen in SQL, so the page never reads the whole ledger).
    """
    where: list[str] = ["1"]
    params: list[Any] = []
    _where_equal(where, params, "c.status", status)
    _where_equal(where, params, "c.story", story)
    if voiced_by is not None:
        voices = store.memo("claims by voice", partial(_claims_by_voice, store))
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted({claim for name in voiced_by for claim in voices.get(name, ())})))
    if entity:
        found = find_entity(store, entity)
        if found is None:
            return page([], total=0, limit=limit, offset=offset)
        where.append("(EXISTS (SELECT 1 FROM json_each(c.parties) p WHERE json_extract(p.value, '$.entity') = ?) "
                     "OR instr(c.statement, ?) > 0)")
        params += [found["id"], found["name"]]
    for term in _terms(search or ""):
        where.append(_holds("(c.statement || ' ' || c.parties)"))
        params.append(term.rstrip("*"))
    clause = " AND ".join(where)
    order = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(CLAIM_STATUSES))
    rows = store.query(
        f"SELECT c.* FROM claims c WHERE {clause} ORDER BY CASE c.status {order} ELSE {len(CLAIM_STATUSES)} END, "
        "c.sources DESC, c.id" + _limit_sql(limit, offset), params, json=True)
    if rows:
        marks = ",".join("?" * len(rows))
        ids = [r["id"] for r in rows]
        evidence: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in store.query(
            f'SELECT ce.claim, ce.article, ce.start, ce."end", ce.role, substr(a.text, ce.start + 1, ce."end" - ce.start) AS text, '
            f"{_CITE_COLS} FROM claim_evidence ce JOIN articles a ON a.id = ce.article WHERE ce.claim IN ({marks}) "
            "ORDER BY ce.rowid", ids,
        ):
            article = _cited(row)
            evidence[row["claim"]].append({**row, **_citation_fields(article)})
        events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in store.query(
            "SELECT DISTINCT ce.claim, e.id, e.date, e.type, e.summary FROM claim_evidence ce "
            'JOIN event_evidence ee ON ee.article = ce.article AND ee.start < ce."end" AND ce.start < ee."end" '
            f"JOIN events e ON e.id = ee.event WHERE ce.claim IN ({marks}) AND ce.role != 'figure' ORDER BY e.date, e.id", ids,
        ):
            events[row["claim"]].append({k: row[k] for k in ("id", "date", "type", "summary")})
        for claim in rows:
            claim["evidence"] = evidence[claim["id"]]
            claim["events"] = events[claim["id"]]
    total = store.scalar(f"SELECT count(*) FROM claims c WHERE {clause}", params)
    return page(rows, total=total, limit=limit, offset=offset)


def _claims_by_voice(store: Store) -> dict[str, list[str]]:
    """Lower-cased name -> the claims it asserts or denies (every entity page asks for its names' claims)."""
    voices: dict[str, list[str]] = defaultdict(list)
    for row in store.query("SELECT id, asserted_by, denied_by FROM claims", json=True):
        for name in {str(n).lower() for n in [*(row["asserted_by"] or []), *(row["denied_by"] or [])]}:
            voices[name].append(row["id"])
    return dict(voices)


def claim_counts(store: Store, *, story: str | None = None) -> dict[str, int]:
    where, params = ("WHERE story = ?", [story]) if story else ("", [])
    return {r["status"]: r["n"] for r in store.query(f"SELECT status, count(*) AS n FROM claims {where} GROUP BY status", params)}


def entity_ids(store: Store, names: set[str]) -> dict[str, str]:
    """Entity id by lower-cased name or alias, for the names asked (so a name in a claim can link to its page): what
    ``find_entity`` gives each name, for all of them at once (a ledger page's fifty names had cost fifty scans of the
    entity table, 0.3 s on a 970-article store)."""
    needles = {name: name.strip().lower() for name in names}
    found = _entity_ids_of(store, set(needles.values()) - {""})
    return {name.lower(): found[needle] for name, needle in needles.items() if needle in found}


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


def search_view(store: Store, query: str, *, story: str | None = None, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Articles (full-text, paged), and the quotes and entities matching every word of a query (in one story, if given)."""
    terms = _terms(query)
    if not terms:
        return {"q": query, "total": 0, "limit": limit, "offset": offset, "articles": [], "quotes": [], "entities": []}
    found = store.search(query, story=story, limit=limit, offset=offset)
    texts = {r["id"]: r["text"] for r in store.query(
        f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(found['hits']))})", [h["id"] for h in found["hits"]])} \
        if found["hits"] else {}
    meta = _article_meta(store, set(texts))
    hits = []
    for row in found["hits"]:
        article = meta.get(row["id"], {})
        hits.append({"id": row["id"], "headline": row["headline"], "outlet": row["outlet"], "published": row["published"],
                     "source_label": source_name(article), "date_label": date_label(article),
                     "snippet": row["snippet"], "match": snippet(texts.get(row["id"], ""), terms)})
    cond, values = in_story("q.article", story)
    holding, ids = _quotes_holding(store, "said", [t.rstrip("*") for t in terms])
    where = " AND ".join([holding, *cond, SPOKEN])
    params = [ids, *values]
    rows = store.query(f"SELECT q.*, {_CITE_COLS} FROM quotes q JOIN articles a ON a.id = q.article WHERE {where} "
                       f"ORDER BY {_ARTICLE_ORDER}, q.start" + _limit_sql(limit, offset), params)
    names = speaker_names(store, rows)
    quotes = [{**quote_record(r, names), "source": source_fields(_cited(r))} for r in rows]
    entities = entities_view(store, search=query, story=story, limit=limit, offset=offset)["items"]
    return {"q": query, "total": found["total"], "limit": limit, "offset": offset,
            "articles": hits, "quotes": quotes, "entities": entities}
