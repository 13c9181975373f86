"""Article text is untrusted: markup in it renders as text on every page (served by a real uvicorn server)."""

from __future__ import annotations

import re
from html import unescape

import httpx

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;"
ESCAPED_IMG = "&lt;img src=x onerror=alert(1)&gt;"


def page(base: str, path: str, **params: str) -> str:
    response = httpx.get(base + path, params=params, timeout=30)
    assert response.status_code == 200, (path, response.text[:300])
    return response.text


def assert_inert(html: str, where: str) -> None:
    assert SCRIPT not in html and IMG not in html, where
    assert "onerror=alert(1)>" not in html, where
    assert not re.search(r"<script(?![^>]*src=\"/static/app\.js\")", html), where  # only our own script tag


def test_hostile_markup_is_stored_as_text(hostile_server: tuple[str, str]) -> None:
    base, article_id = hostile_server
    view = httpx.get(f"{base}/api/articles/{article_id}").json()
    assert SCRIPT in view["article"]["text"] and IMG in view["article"]["text"]  # kept verbatim, as data


def test_article_page_escapes(hostile_server: tuple[str, str]) -> None:
    base, article_id = hostile_server
    html = page(base, f"/articles/{article_id}")
    assert ESCAPED_SCRIPT in html and ESCAPED_IMG in html
    assert_inert(html, "article page")
    reader = html[html.index('<div class="text"'):html.index("</div>", html.index('<div class="text"'))]
    shown = unescape(re.sub(r"<[^>]*>", "", reader[reader.index(">") + 1:]))
    stored = httpx.get(f"{base}/api/articles/{article_id}").json()["article"]["text"]
    assert shown == stored  # the reader shows exactly the clean text, markup and all, as text
    assert "We will never accept <img src=x onerror=alert(1)> from Pyongyang" in shown


def test_search_quotes_and_entity_pages_escape(hostile_server: tuple[str, str]) -> None:
    base, article_id = hostile_server
    search = page(base, "/search", q="onerror alert")
    assert article_id in search and ESCAPED_IMG[:20] in search
    assert_inert(search, "search page")
    quotes = page(base, "/quotes", article=article_id)
    assert "alert(1)" in quotes, "the hostile article should yield a quote containing the markup"
    assert ESCAPED_IMG in quotes
    assert_inert(quotes, "quotes page")
    kirby = page(base, "/entities/John Kirby")
    assert ESCAPED_IMG in kirby, "the quote attributed to Kirby shows on his entity page"
    assert_inert(kirby, "entity page")
    for path in ("/timeline", "/articles", "/entities", "/claims"):
        assert_inert(page(base, path), path)
