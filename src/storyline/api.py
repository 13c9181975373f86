"""The HTTP API (FastAPI): JSON under /api/, the web pages beside it, one SQLite store behind both.

Reads call the same view functions as the CLI (storyline.views). Writes (POST /api/ingest) are
size-limited, validated as the CLI validates JSONL records, and serialised through one lock.
With a token, every request must present it (Authorization: Bearer, ?token= or the cookie set
from ?token=); without one the server is loopback-only and refuses other Host headers.
"""

from __future__ import annotations

import hmac
import json
import threading
from collections.abc import Awaitable, Callable
from html import escape as html_escape
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.answer_cache import AnswerCache, answer_cache
from storyline.errors import BadInput, StorylineError
from storyline.model import CLAIM_STATUSES
from storyline.reader import Storyline
from storyline.store.db import Store
from storyline.views import date_bound

DEFAULT_MAX_BODY = 5 * 1024 * 1024
DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
TOKEN_COOKIE = "storyline_token"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

INGEST_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "text": {"type": "string", "description": "Plain article text (or give `html`)."},
        "html": {"type": "string", "description": "The article page's HTML."},
        "url": {"type": "string"},
        "title": {"type": "string"},
        "published": {"type": "string", "description": "Publication date as the source states it."},
    },
}


def presented_token(request: Request) -> str | None:
    """The token a request carries: Authorization Bearer, ?token=, or the cookie."""
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.query_params.get("token") or request.cookies.get(TOKEN_COOKIE)


def token_ok(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def host_is_loopback(host_header: str) -> bool:
    """True when a Host header names this machine's loopback (guards against DNS rebinding)."""
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[: host.find("]") + 1]
    elif host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host in LOOPBACK_HOSTS


async def mark_stale(response: Response, reason: str) -> Response:
    """A JSON object answer gains ``"stale": true`` and the reason; every answer gains the header."""
    headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-type")}
    headers["X-Storyline-Stale"] = reason.encode("ascii", "replace").decode()[:300]
    if response.headers.get("content-type", "").startswith("application/json"):
        body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
        data = json.loads(body)
        if isinstance(data, dict):
            data = {"stale": True, "stale_reason": reason, **data}
        return JSONResponse(data, status_code=response.status_code, headers=headers)
    response.headers["X-Storyline-Stale"] = headers["X-Storyline-Stale"]
    return response


LimitQ = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Page size.")
OffsetQ = Query(0, ge=0, le=1_000_000_000, description="Items to skip.")
StoryQ = Query(None, max_length=40, description="Only this story (GET /api/stories lists them); all stories when omitted.")


def create_app(store_path: str, *, token: str | None = None, max_body_bytes: int = DEFAULT_MAX_BODY,
               keep_answers: bool = True) -> FastAPI:
    """The storyline server over one store: JSON API, OpenAPI description, web pages and static files.

    ``keep_answers``: GET answers are kept until the store changes (``storyline.answer_cache``).
    """
    store = Store(store_path, create=True)
    reader = Storyline(store)
    write_lock = threading.Lock()
    app = FastAPI(
        title="storyline",
        summary="An evidence-linked record of a developing news story.",
        description="Every derived item names its article and character offsets into the article's clean text.",
        version="0.1.0",
        docs_url=None,  # the default docs page loads its scripts from a CDN; /docs is rendered here instead
        redoc_url=None,
    )
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        """A browser asking for a page gets an HTML error page; API clients get JSON."""
        wants_page = not request.url.path.startswith("/api/") and not request.url.path.endswith(".json") and \
            "text/html" in request.headers.get("accept", "")
        if wants_page:
            detail = html_escape(str(exc.detail)[:300])
            body = (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{exc.status_code} · storyline</title>"
                    f"<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>{exc.status_code}</h1>"
                    f"<p>{detail}</p><p><a href=\"/timeline\">Back to the timeline</a></p></main></body></html>")
            return HTMLResponse(body, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    if keep_answers:  # added first, so innermost: the token guard and the date checks run before any kept answer is sent
        app.add_middleware(answer_cache, generation=store.generation, cache=AnswerCache())

    @app.middleware("http")
    async def check_dates(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        """Date filters (from, to, since) must be YYYY, YYYY-MM or YYYY-MM-DD: 422 otherwise, for every route."""
        for key in ("from", "to", "since"):
            value = request.query_params.get(key)
            if value:
                try:
                    date_bound(value)
                except ValueError as exc:
                    return JSONResponse({"detail": [{"loc": ["query", key], "msg": str(exc)}]}, status_code=422)
        return await call_next(request)

    @app.exception_handler(StorylineError)
    async def storyline_error(request: Request, exc: StorylineError) -> JSONResponse:
        """A bad request that reached the store (an unusable search query, say) is the client's 400, never a 500."""
        return JSONResponse({"detail": str(exc)[:300]}, status_code=400)

    app.state.store = store
    app.state.reader = reader
    app.state.token = token

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if token is None:
            if not host_is_loopback(request.headers.get("host", "")):
                return JSONResponse({"detail": "this server answers on its loopback address only"}, status_code=400)
        elif not token_ok(presented_token(request), token):
            return JSONResponse({"detail": "a token is required: Authorization: Bearer <token>, or ?token=<token>"},
                                status_code=401, headers={"WWW-Authenticate": "Bearer"})
        response = await call_next(request)
        if request.url.path.startswith("/api/") or request.url.path.endswith(".json"):
            stale = await run_in_threadpool(store.corpus_status)
            if stale is not None:
                response = await mark_stale(response, stale)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if token is not None and token_ok(request.query_params.get("token"), token):
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return response

    # --- reads ----------------------------------------------------------------------------------

    def story_of(story: str | None) -> str | None:
        """The ``story`` asked for, checked (404 with what to do when there is no such story)."""
        if story and reader.story(story) is None:
            raise HTTPException(404, f"no story {story!r}; GET /api/stories lists them")
        return story

    @app.get("/api/stories", tags=["stories"], summary="The stories in the store, largest first")
    def api_stories() -> dict[str, Any]:
        items = reader.stories()
        return {"total": len(items), "items": items}

    @app.get("/api/stories/{story_id}", tags=["stories"], summary="One story: label, span, size and its log (new, merged, split, why)")
    def api_story(story_id: str) -> dict[str, Any]:
        view = reader.story(story_id)
        if view is None:
            raise HTTPException(404, f"no story {story_id!r}; GET /api/stories lists them")
        return view

    @app.get("/api/articles", tags=["articles"], summary="Stored articles (no text), dated first")
    def api_articles(story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        return reader.articles(story=story_of(story), limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", tags=["articles"],
             summary="One article: text, quotes, entity mentions, dates and evidence spans, all with offsets")
    def api_article(article_id: str) -> dict[str, Any]:
        view = reader.article(article_id)
        if view is None:
            raise HTTPException(404, f"no article with id (prefix) {article_id!r}")
        return view

    @app.get("/api/entities", tags=["entities"], summary="Entities resolved across articles, most mentioned first")
    def api_entities(
        type: str | None = Query(None, description="person, organisation, country, place or other."),  # noqa: A002
        search: str | None = Query(None, description="Name, alias or id contains every word."),
        story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ,
    ) -> dict[str, Any]:
        return reader.entities(etype=type, search=search, story=story_of(story), limit=limit, offset=offset)

    @app.get("/api/entities/{name}", tags=["entities"],
             summary="One entity (by id, name or alias): roles by date, quotes, events, claims, mentions")
    def api_entity(name: str) -> dict[str, Any]:
        view = reader.entity(name)
        if view is None:
            raise HTTPException(404, f"no entity named {name!r}")
        return view

    @app.get("/api/quotes", tags=["quotes"], summary="Who said what, with speaker, cue and evidence offsets")
    def api_quotes(
        speaker: str | None = Query(None, description="Speaker name contains this."),
        article: str | None = Query(None, description="Article id (prefix)."),
        search: str | None = Query(None, description="Quote text contains this."),
        kind: str | None = Query(None, pattern="^(direct|partial|indirect|topic|view|finding)$"),
        entity: str | None = Query(None, description="Speaker's entity id."),
        story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ,
    ) -> dict[str, Any]:
        return reader.quotes(speaker=speaker, article=article, search=search, kind=kind, entity=entity, story=story_of(story),
                             limit=limit, offset=offset)

    @app.get("/api/events", tags=["events"], summary="Events with their evidence, in date order")
    def api_events(
        date_from: str | None = Query(None, alias="from", description="Earliest date (YYYY-MM-DD or a prefix)."),
        date_to: str | None = Query(None, alias="to", description="Latest date (YYYY-MM-DD or a prefix)."),
        entity: str | None = Query(None, description="Actor or target (id, name or alias)."),
        type: str | None = Query(None, description="Event type, e.g. CONSULT."),  # noqa: A002
        order: str = Query("date", pattern="^(date|salience)$", description="date (undated last) or salience."),
        story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ,
    ) -> dict[str, Any]:
        return reader.events(date_from=date_from, date_to=date_to, entity=entity, etype=type, order=order, story=story_of(story),
                             limit=limit, offset=offset)

    @app.get("/api/claims", tags=["claims"], summary="The claims ledger: asserters, deniers, status, figures")
    def api_claims(
        status: str | None = Query(None, pattern=f"^({'|'.join(CLAIM_STATUSES)})$"),
        entity: str | None = Query(None, description="An entity (id, name or alias) that asserts, denies or takes part."),
        search: str | None = Query(None, description="Words of the statement or of a party's name."),
        story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ,
    ) -> dict[str, Any]:
        return reader.claims(status=status, story=story_of(story), entity=entity, search=search, limit=limit, offset=offset)

    @app.get("/api/timeline", tags=["events"], summary="Dated events grouped by date")
    def api_timeline(
        date_from: str | None = Query(None, alias="from"), date_to: str | None = Query(None, alias="to"),
        entity: str | None = Query(None), type: str | None = Query(None),  # noqa: A002
        top: int | None = Query(None, ge=1, le=MAX_LIMIT, description="Only the N most salient dates, each with its 5 most salient events and a count of the rest (the summary timeline)."),
        per_date: int | None = Query(None, ge=1, le=MAX_LIMIT, description="Events shown per date (5 with top; all without)."),
        story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ,
    ) -> dict[str, Any]:
        return reader.timeline(date_from=date_from, date_to=date_to, entity=entity, etype=type, top=top, story=story_of(story),
                               limit=limit, offset=offset, per_date=per_date)

    @app.get("/api/search", tags=["search"], summary="Full-text search over articles; matching quotes and entities")
    def api_search(q: str = Query(..., min_length=1, description='Words are ANDed; "quote a phrase".'),
                   story: str | None = StoryQ, limit: int = LimitQ, offset: int = OffsetQ) -> dict[str, Any]:
        view = reader.search(q, story=story_of(story), limit=limit, offset=offset)
        return {"total": view["total"], "limit": limit, "offset": offset, "items": view["articles"], "q": q,
                "quotes": view["quotes"], "entities": view["entities"]}

    # --- write ----------------------------------------------------------------------------------

    @app.post("/api/ingest", tags=["ingest"], status_code=201,
              summary="Ingest one article record or a list of them (JSON, as one JSONL line each)",
              openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": {
                  "oneOf": [INGEST_SCHEMA, {"type": "array", "items": INGEST_SCHEMA}]}}}}},
              responses={413: {"description": "Body over the size limit"}, 415: {"description": "Not JSON"},
                         422: {"description": "Bad records, one error line each"}})
    async def api_ingest(request: Request) -> JSONResponse:
        refused = cross_site_write(request)
        if refused:
            raise HTTPException(403, refused)
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != "application/json":
            raise HTTPException(415, "send the records with Content-Type: application/json")
        body = await read_limited(request, max_body_bytes)
        documents, errors = parse_records(body, max_bytes=max_body_bytes)
        if errors:
            return JSONResponse({"detail": "bad input; nothing was stored", "errors": errors}, status_code=422)
        report = await run_in_threadpool(_ingest, store, write_lock, documents, max_body_bytes)
        status = 201 if report["added"] else 422 if report["failed"] and not report["skipped"] else 200
        return JSONResponse(report, status_code=status)

    from storyline.web.pages import register_pages

    register_pages(app, reader)
    return app


def cross_site_write(request: Request) -> str | None:
    """Why a write must be refused as coming from another site's page, or None.

    A browser sends ``Origin`` (and ``Sec-Fetch-Site``) with a cross-site POST; a write is accepted only
    from this server's own pages or from a client that sends neither (curl, scripts, the CLI).
    """
    site = request.headers.get("sec-fetch-site", "").lower()
    if site and site not in ("same-origin", "none"):
        return f"writes are accepted from this server's own pages only (Sec-Fetch-Site: {site[:40]})"
    origin = request.headers.get("origin")
    if origin is None:
        return None
    host = request.headers.get("host", "")
    if origin.lower() in (f"http://{host}".lower(), f"https://{host}".lower()):
        return None
    return f"writes are accepted from this server's own pages only (Origin {origin[:80]!r} is not {host[:80]!r})"


async def read_limited(request: Request, limit: int) -> bytes:
    """The request body, or 413 as soon as it is over `limit` bytes (declared or streamed)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body of {int(declared)} bytes is over the {limit} byte limit")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body is over the {limit} byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_records(body: bytes, *, max_bytes: int) -> tuple[list[Any], list[str]]:
    """Validate a JSON record or list of records exactly as a JSONL file's lines are validated."""
    from storyline.ingest.sources import records_from_jsonl

    try:
        data = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
        return [], [f"request: not JSON, or nested too deeply ({exc.__class__.__name__}: {str(exc)[:80]})"]
    records = data if isinstance(data, list) else [data]
    if not records:
        return [], ["request: an empty list; send one record or a list of records"]
    lines = b"\n".join(json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8") for r in records)
    documents, errors = [], []
    for item in records_from_jsonl(lines, source="request", max_bytes=max_bytes):
        if isinstance(item, BadInput):
            errors.append(str(item))
        else:
            documents.append(item)
    return documents, errors


def _ingest(store: Store, lock: threading.Lock, documents: list[Any], max_bytes: int) -> dict[str, Any]:
    """Run the CLI's ingest on validated documents, one ingest at a time."""
    from storyline.ingest.runner import ingest_documents
    from storyline.options import Options

    with lock:
        report = ingest_documents(store, documents, Options(progress=False, max_bytes=max_bytes))
    return {"added": report.added, "skipped": report.skipped, "failed": report.failed, "warnings": report.warnings}
