"""The web pages: each page renders one view from storyline.views, and `<page>.json` returns that view as JSON.

Article text is untrusted: templates autoescape everything, and the article reader only ever
splits the text at offsets (storyline.web.highlight) — nothing from an article is marked safe.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from storyline.model import CLAIM_STATUSES
from storyline.reader import Storyline
from storyline.views import alleged_label, speakers_view
from storyline.web.highlight import Span, article_spans, segment_text
from storyline.web.timeline import is_onset, layout, partial_date
from storyline.wording import against, date_text, plural

HERE = Path(__file__).resolve().parent
PER_PAGE = {"articles": 50, "quotes": 40, "entities": 100, "events": 60, "claims": 50, "search": 20, "entity": 50}
EVIDENCE_SHOWN = 5  # evidence spans listed per event on the timeline page (the API lists them all)
PER_PAGE_BOUNDS = (1, 500)
NAV = (("/timeline", "Timeline"), ("/quotes", "Quotes"), ("/entities", "Entities"), ("/claims", "Claims"),
       ("/articles", "Articles"), ("/stories", "Stories"), ("/docs", "API"))


def make_templates() -> Jinja2Templates:
    """Templates with autoescaping on for every file, and undefined names as errors."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["short"] = lambda value: (value or "")[:8]
    env.filters["plural"] = plural
    env.filters["against"] = against
    env.filters["alleged"] = alleged_label
    env.filters["figure_keys"] = figure_keys
    env.filters["partial_date"] = partial_date
    env.filters["onset"] = is_onset
    env.filters["date_text"] = date_text
    env.filters["tojson_pretty"] = lambda value: json.dumps(value, ensure_ascii=False, indent=2, default=str)
    return Jinja2Templates(env=env)


def quote_lists(templates: Jinja2Templates, reader: Storyline, story: str | None, speakers: list[dict[str, Any]],
                chosen: str | None) -> dict[str, Markup]:
    """The quotes page's speaker list and choices of speaker and article, rendered (escaped) once per story until the
    store changes: they were most of the page's time (200 speakers, 500 articles, each name escaped and quoted again on
    every page). The article choices hold the chosen article's mark, so a page filtered by article renders its own."""
    macros: Any = templates.env.get_template("_quote_lists.html").module

    def render() -> dict[str, Markup]:
        return {"speaker_options": macros.speaker_options(speakers), "speaker_links": macros.speaker_links(speakers),
                "article_options": macros.article_options(reader.article_choices(story=story), None)}

    kept: dict[str, Markup] = reader.store.memo(("quotes page lists", story), render)
    if not chosen:
        return kept
    return {**kept, "article_options": macros.article_options(reader.article_choices(story=story), chosen)}


def figure_keys(figures: list[dict[str, Any]]) -> list[str]:
    """Column names for a table of figure dicts: every key, in first-seen order, offsets last."""
    keys: list[str] = []
    for figure in figures:
        keys.extend(k for k in figure if k not in keys)
    return [k for k in keys if k not in ("start", "end")]


def _json_or_page(templates: Jinja2Templates, request: Request, name: str, context: dict[str, Any],
                  data: Any, *, as_json: bool) -> Response:
    if as_json:
        return JSONResponse(data)
    json_href = request.url.path.rstrip("/") + ".json" + (f"?{request.url.query}" if request.url.query else "")
    stale = request.app.state.store.corpus_status()
    from storyline.views import stories_view

    base = {"nav": NAV, "json_href": json_href, "stale": stale, "stories": stories_view(request.app.state.store), "story": None}
    return templates.TemplateResponse(request, name, {**base, **context})


def register_pages(app: FastAPI, reader: Storyline) -> None:
    """Add the HTML pages, their .json twins, the offline API docs page and /static to `app`."""
    templates = make_templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(request: Request, name: str, context: dict[str, Any], data: Any, as_json: bool) -> Response:
        return _json_or_page(templates, request, name, context, data, as_json=as_json)

    def is_json(request: Request) -> bool:
        return request.url.path.endswith(".json")

    def chosen(story: str | None, *, per_story: bool = False) -> str | None:
        """The story asked for (404 if there is none such); for a per-story page of a store of several, the largest."""
        if story:
            if reader.story(story) is None:
                raise HTTPException(404, f"no story {story!r}; /stories lists them")
            return story
        return reader.default_story() if per_story else None

    @app.get("/stories.json", include_in_schema=False)
    @app.get("/stories", include_in_schema=False)
    def stories_page(request: Request) -> Response:
        rows = reader.stories()
        return page(request, "stories.html", {"title": "Stories", "rows": rows}, {"total": len(rows), "items": rows}, is_json(request))

    @app.get("/stories/{story_id}.json", include_in_schema=False)
    @app.get("/stories/{story_id}", include_in_schema=False)
    def story_page(request: Request, story_id: str) -> Response:
        view = reader.story(story_id.removesuffix(".json"))
        if view is None:
            raise HTTPException(404, f"no story {story_id!r}; /stories lists them")
        return page(request, "story.html", {"title": f"Story {view['id']}", "view": view, "story": view["id"]}, view, is_json(request))

    @app.get("/", include_in_schema=False)
    def index() -> RedirectResponse:
        return RedirectResponse("/timeline", status_code=307)

    @app.get("/timeline.json", include_in_schema=False)
    @app.get("/timeline", include_in_schema=False)
    def timeline_page(
        request: Request,
        date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
        entity: str | None = None, type: str | None = None,  # noqa: A002
        story: str | None = None, page_no: int = Query(1, alias="page"), per: int | None = None,
    ) -> Response:
        """The most salient events first, a page at a time, drawn on the chart and listed in date order (one story at a time)."""
        story_id = chosen(story, per_story=True)
        filters: dict[str, Any] = {"date_from": date_from or None, "date_to": date_to or None, "entity": entity or None,
                                   "etype": type or None}
        size = _per(per, "events")
        first = reader.events(**filters, story=story_id, order="salience", limit=size, offset=first_offset(page_no, size))
        pages = pager(request, first["total"], page_no, size)
        shown = first if pages.page == page_no else reader.events(**filters, story=story_id, order="salience", limit=size,
                                                                     offset=pages.start)
        events = sorted(shown["items"], key=lambda e: (e["date"] is None, (e["date"] or "").startswith("X"), e["date"] or "",
                                                         -(e["salience"] or 0)))
        filtered = any(filters.values())
        mentions = [] if filtered else reader.dated_mentions(story=story_id)
        days = [] if filtered else reader.published_days(story=story_id)
        data = {"total": shown["total"], "limit": size, "offset": pages.start, "events": events,
                "dated_mentions": mentions, "published": days, "story": story_id}
        context = {"title": "Timeline", "chart": layout(events, mentions, days), "events": events, "pager": pages,
                   "total": shown["total"], "earlier": shown.get("earlier", 0),
                   "undated": [e for e in events if not e["date"]], "types": reader.event_types(),
                   "evidence_shown": EVIDENCE_SHOWN, "story": story_id, "story_given": bool(story),
                   "filters": {"from": date_from or "", "to": date_to or "", "entity": entity or "", "type": type or ""}}
        return page(request, "timeline.html", context, data, is_json(request))

    @app.get("/articles.json", include_in_schema=False)
    @app.get("/articles", include_in_schema=False)
    def articles_page(request: Request, story: str | None = None, page_no: int = Query(1, alias="page"),
                      per: int | None = None) -> Response:
        story_id = chosen(story)
        size = _per(per, "articles")
        total = reader.articles(story=story_id, limit=0)["total"]
        pages = pager(request, total, page_no, size)
        rows = reader.articles(story=story_id, limit=size, offset=pages.start)
        context = {"title": "Articles", "articles": rows["items"], "pager": pages, "story": story_id}
        return page(request, "articles.html", context, rows, is_json(request))

    @app.get("/articles/{article_id}.json", include_in_schema=False)
    def article_json(article_id: str) -> Response:
        view = reader.article(article_id)
        if view is None:
            raise HTTPException(404, f"no article with id (prefix) {article_id!r}")
        return JSONResponse(view)

    @app.get("/articles/{article_id}", include_in_schema=False)
    def article_page(request: Request, article_id: str) -> Response:
        view = reader.article(article_id)
        if view is None:
            raise HTTPException(404, f"no article with id (prefix) {article_id!r}")
        cuts = [s["start"] for s in view["sentences"]]
        spans = article_spans(view)
        segments = segment_text(view["article"]["text"], spans, cuts=cuts)
        context = {"title": view["article"]["headline"] or view["article"]["id"], "view": view, "segments": segments,
                   "dating": dating(view["article"]), "removed": removals(reader, view["article"]["id"]),
                   "kinds": highlight_counts(spans)}
        return page(request, "article.html", context, view, False)

    @app.get("/quotes.json", include_in_schema=False)
    @app.get("/quotes", include_in_schema=False)
    def quotes_page(
        request: Request, speaker: str | None = None, article: str | None = None, search: str | None = None,
        kind: str | None = None, entity: str | None = None, story: str | None = None, page_no: int = Query(1, alias="page"),
        per: int | None = None,
    ) -> Response:
        story_id = chosen(story)
        filters: dict[str, Any] = {"speaker": speaker or None, "article": article or None, "search": search or None,
                                   "kind": kind or None, "entity": entity or None}
        size = _per(per, "quotes")
        pages = pager(request, reader.quotes(**filters, story=story_id, limit=0)["total"], page_no, size)
        quotes = reader.quotes(**filters, story=story_id, limit=size, offset=pages.start)
        speakers = reader.speakers(story=story_id)
        shown = quotes["items"]
        context = {"title": "Quotes", "groups": speakers_view(shown),
                   "filters": {k: v or "" for k, v in filters.items()}, "count": quotes["total"], "pager": pages,
                   "group_counts": {g["key"]: g["quotes"] for g in speakers},
                   "also": also_reported(shown, reader.quote_copies({q["group"] for q in shown if q.get("group")})),
                   "lists": quote_lists(templates, reader, story_id, speakers, article), "story": story_id,
                   "entity_name": next((g["name"] for g in speakers if entity and g["entity"] == entity), entity or "")}
        return page(request, "quotes.html", context, quotes, is_json(request))

    @app.get("/entities.json", include_in_schema=False)
    @app.get("/entities", include_in_schema=False)
    def entities_page(request: Request, type: str | None = None, search: str | None = None,  # noqa: A002
                      story: str | None = None, page_no: int = Query(1, alias="page"), per: int | None = None) -> Response:
        story_id = chosen(story)
        size = _per(per, "entities")
        pages = pager(request, reader.entities(etype=type or None, search=search or None, story=story_id, limit=0)["total"],
                      page_no, size)
        rows = reader.entities(etype=type or None, search=search or None, story=story_id, limit=size, offset=pages.start)
        context = {"title": "Entities", "entities": rows["items"], "type": type or "", "search": search or "", "pager": pages,
                   "total": rows["total"], "story": story_id}
        return page(request, "entities.html", context, rows, is_json(request))

    @app.get("/entities/{name}.json", include_in_schema=False)
    def entity_json(name: str) -> Response:
        view = reader.entity(name)
        if view is None:
            raise HTTPException(404, f"no entity named {name!r}")
        return JSONResponse(view)

    @app.get("/entities/{name}", include_in_schema=False)
    def entity_page(request: Request, name: str, page_no: int = Query(1, alias="page")) -> Response:
        view = reader.entity(name, limit=PER_PAGE["entity"])
        if view is None:
            raise HTTPException(404, f"no entity named {name!r}")
        size = PER_PAGE["entity"]
        pages = pager(request, int(view["counts"]["articles"]), page_no, size)
        articles = reader.entity_articles(view["entity"]["id"], limit=size, offset=pages.start)
        context = {"title": view["entity"]["name"], "view": view, "articles": articles["items"], "pager": pages}
        return page(request, "entity.html", context, view, False)

    @app.get("/claims.json", include_in_schema=False)
    @app.get("/claims", include_in_schema=False)
    def claims_page(request: Request, status: str | None = None, story: str | None = None, entity: str | None = None,
                    search: str | None = None, page_no: int = Query(1, alias="page"), per: int | None = None) -> Response:
        story_id = chosen(story)
        size = _per(per, "claims")
        filters: dict[str, Any] = {"status": status or None, "story": story_id, "entity": entity or None, "search": search or None}
        pages = pager(request, reader.claims(**filters, limit=0)["total"], page_no, size)
        rows = reader.claims(**filters, limit=size, offset=pages.start)
        names = {str(n) for c in rows["items"] for n in [*c["asserted_by"], *c["denied_by"]]}
        context = {"title": "Claims ledger", "claims": rows["items"], "status": status or "", "counts": reader.claim_counts(story=story_id),
                   "entity_ids": reader.entity_ids(names), "pager": pages, "story": story_id, "statuses": CLAIM_STATUSES,
                   "entity": entity or "", "search": search or ""}
        return page(request, "claims.html", context, rows, is_json(request))

    @app.get("/search.json", include_in_schema=False)
    @app.get("/search", include_in_schema=False)
    def search_page(request: Request, q: str = "", story: str | None = None, page_no: int = Query(1, alias="page")) -> Response:
        story_id = chosen(story)
        size = PER_PAGE["search"]
        empty: dict[str, Any] = {"q": q, "total": 0, "limit": size, "offset": 0, "articles": [], "quotes": [], "entities": []}
        first = reader.search(q, story=story_id, limit=size, offset=first_offset(page_no, size)) if q.strip() else empty
        pages = pager(request, first["total"], page_no, size)
        view = first if pages.start == first["offset"] or not q.strip() else reader.search(q, story=story_id, limit=size,
                                                                                             offset=pages.start)
        return page(request, "search.html", {"title": f"Search: {q}" if q else "Search", "view": view, "pager": pages}, view,
                    is_json(request))

    @app.get("/docs", include_in_schema=False)
    def docs_page(request: Request) -> Response:
        spec = app.openapi()
        return page(request, "docs.html", {"title": "API", "spec": spec, "operations": operations(spec)}, spec, False)


def _per(per: int | None, kind: str) -> int:
    return max(PER_PAGE_BOUNDS[0], min(PER_PAGE_BOUNDS[1], per or PER_PAGE[kind]))


@dataclass(slots=True)
class Pager:
    """One page of a long HTML list: which slice to show, and links to nearby pages (filters kept)."""

    page: int
    pages: int
    total: int
    per: int
    base: str = ""  # the path and query without ``page``
    links: list[tuple[int, str]] = field(default_factory=list)  # first, last and the pages around this one

    @property
    def start(self) -> int:
        return (self.page - 1) * self.per

    @property
    def stop(self) -> int:
        return min(self.total, self.start + self.per)

    def href(self, n: int) -> str:
        return f"{self.base}{'&' if '?' in self.base else '?'}page={n}"

    @property
    def prev(self) -> str:
        return self.href(self.page - 1) if self.page > 1 else ""

    @property
    def next(self) -> str:
        return self.href(self.page + 1) if self.page < self.pages else ""


PAGER_SPAN = 3  # pages linked either side of the current one


MAX_PAGE = 10**9  # a page number past any store: an offset SQLite can still hold (a larger one is clamped by the pager)


def first_offset(page: int, per: int) -> int:
    """The offset of a requested page before the total is known, bounded so any page number asked for is answered."""
    return (max(1, min(page, MAX_PAGE)) - 1) * per


def pager(request: Request, total: int, page: int, per: int) -> Pager:
    """The page to show (clamped to those that exist) and links to the first, last and nearby pages, keeping the filters."""
    per = max(PER_PAGE_BOUNDS[0], min(PER_PAGE_BOUNDS[1], per))
    pages = max(1, -(-total // per))
    current = max(1, min(page, pages))
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page" and v != ""]
    base = request.url.path + (f"?{urlencode(params)}" if params else "")
    numbers = sorted({1, pages, *range(max(1, current - PAGER_SPAN), min(pages, current + PAGER_SPAN) + 1)})
    out = Pager(current, pages, total, per, base)
    out.links = [(n, out.href(n)) for n in numbers]
    return out


def also_reported(quotes: list[dict[str, Any]], members: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each shown quote in a cross-outlet group, the same quote as the other articles report it (``members``: the groups' quotes)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for q in members:
        if q.get("group"):
            groups.setdefault(q["group"], []).append(q)
    return {q["id"]: others for q in quotes if q.get("group")
            if (others := [o for o in groups.get(q["group"], []) if o["article"] != q["article"]])}


def dating(article: dict[str, Any]) -> dict[str, Any]:
    """How the reader states an article's date: the value, its basis and confidence, the window, and the reasons as lines."""
    earliest, latest = article.get("published_earliest"), article.get("published_latest")
    window = f"{earliest} … {latest}" if earliest and latest and earliest != latest else ""
    lines = [line.strip() for line in (article.get("published_evidence") or "").splitlines() if line.strip()]
    reasons = [line[2:] if line.startswith("- ") else line for line in lines[1:]]
    confidence = article.get("published_confidence")
    return {"value": article.get("published") or (window and f"between {window}") or "unknown",
            "basis": article.get("published_basis") or "unknown", "window": window,
            "confidence": f"{confidence:.2f}" if isinstance(confidence, float) and confidence < 1 else "",
            "summary": lines[0] if lines else "", "reasons": reasons}


def removals(reader: Storyline, article_id: str) -> list[dict[str, Any]]:
    """What the cleaner dropped from an article's raw text and why, in raw-text order."""
    row = reader.store.article(article_id) or {}
    return sorted(({"reason": r["reason"], "text": r["text"], "raw_start": r["raw_start"], "raw_end": r["raw_end"]}
                   for r in row.get("removed") or []), key=lambda r: r["raw_start"])


def highlight_counts(spans: list[Span]) -> dict[str, int]:
    """How many highlights of each kind the reader shows (for the legend's toggles)."""
    return dict(Counter(s.kind for s in spans))


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The OpenAPI operations as flat rows for the docs page (parameters resolved, bodies as JSON text)."""
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "description": p.get("description") or p.get("schema", {}).get("description", ""),
                       "schema": _schema_text(p.get("schema", {}))} for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""), "tag": (op.get("tags") or [""])[0],
                        "params": params, "body": json.dumps(body, indent=2) if body else "",
                        "responses": sorted(op.get("responses", {}))})
    return out


def _schema_text(schema: dict[str, Any]) -> str:
    """A short description of a parameter's schema: type, bounds, pattern, default."""
    options = schema.get("anyOf") or [schema]
    types = "|".join(o.get("type", "?") for o in options if o.get("type") != "null") or "any"
    extra = []
    for key in ("minimum", "maximum", "pattern", "default"):
        for o in [schema, *options]:
            if key in o and o[key] is not None:
                extra.append(f"{key} {o[key]}")
                break
    return types + (f" ({', '.join(extra)})" if extra else "")
