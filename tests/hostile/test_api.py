"""The API under attack, on loopback: cross-site writes, 500s from user input, error pages for browsers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.live import copy_store, live_server
from tests.hostile.conftest import Listener

RECORD = {"text": "The council met on Tuesday to discuss the sanctions regime on the peninsula, diplomats said.",
          "title": "Council meets"}


@pytest.fixture(scope="module")
def site(seed_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = copy_store(seed_store_path, tmp_path_factory.mktemp("hostile-api") / "store.db")
    with live_server(store) as url:
        yield url


def _count(base: str) -> int:
    return int(httpx.get(base + "/api/articles", params={"limit": 1}, timeout=30).json()["total"])


def test_simple_cross_site_requests_cannot_write(site: str) -> None:
    before = _count(site)
    body = json.dumps(RECORD)
    assert httpx.post(site + "/api/ingest", content=body, headers={"Content-Type": "text/plain;a=json"}).status_code == 415
    evil = httpx.post(site + "/api/ingest", content=body, headers={"Content-Type": "application/json", "Origin": "http://evil.example"})
    assert evil.status_code == 403 and "own pages" in evil.json()["detail"]
    fetched = httpx.post(site + "/api/ingest", content=body, headers={"Content-Type": "application/json", "Sec-Fetch-Site": "cross-site"})
    assert fetched.status_code == 403
    assert _count(site) == before
    own = httpx.post(site + "/api/ingest", content=body, headers={"Content-Type": "application/json", "Origin": site}, timeout=120)
    assert own.status_code == 201, own.text
    assert _count(site) == before + 1


def test_no_500_from_bad_requests(site: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    response = httpx.post(site + "/api/ingest", content=deep, headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and "nested" in response.text
    for query in ("*a", "Russia**", '"', 'NEAR(a b)', "a:b", "-", "AND OR"):
        assert httpx.get(site + "/api/search", params={"q": query}).status_code == 200, query
    for offset in ("1e30", str(10**30), "-1"):
        assert httpx.get(site + "/api/search", params={"q": "Kirby", "offset": offset}).status_code == 422


def test_search_reports_the_real_total_and_pages_its_quotes(site: str) -> None:
    first = httpx.get(site + "/api/search", params={"q": "Russia", "limit": 1}).json()
    second = httpx.get(site + "/api/search", params={"q": "Russia", "limit": 1, "offset": 1}).json()
    assert first["total"] >= 2 and first["total"] == second["total"]  # every hit, not offset + limit
    assert first["quotes"] != second["quotes"]  # quotes follow the offset too


def test_a_browser_gets_an_html_error_page_and_an_api_client_json(site: str) -> None:
    page = httpx.get(site + "/articles/ffffffffffff", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html") and "<h1>404</h1>" in page.text
    api = httpx.get(site + "/api/articles/ffffffffffff", headers={"Accept": "text/html"})
    assert api.status_code == 404 and api.headers["content-type"].startswith("application/json")
    hostile = httpx.get(site + "/entities/%3Cscript%3Ealert(1)%3C%2Fscript%3E", headers={"Accept": "text/html"})
    assert hostile.status_code == 404 and "<script>alert(1)" not in hostile.text


QUERY_VALUES = st.one_of(st.text(max_size=40), st.integers(min_value=-(10**20), max_value=10**20).map(str),
                         st.sampled_from(["", "*", '"', "1e30", "\x00", "%", "_", "\\", "'--", "XXXX-07", "2024-13"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(["/api/articles", "/api/quotes", "/api/entities", "/api/events", "/api/timeline", "/api/claims",
                             "/api/search", "/timeline", "/quotes", "/entities", "/claims", "/search", "/articles"]),
       params=st.dictionaries(st.sampled_from(["q", "limit", "offset", "from", "to", "entity", "type", "speaker", "article",
                                               "search", "kind", "status", "top", "order", "page", "per"]), QUERY_VALUES, max_size=4))
def test_any_query_parameters_give_an_answer_never_a_500(site: str, path: str, params: dict[str, Any]) -> None:
    response = httpx.get(site + path, params=params, timeout=60)
    assert response.status_code < 500, (path, params, response.text[:300])


@pytest.mark.parametrize("path, params", [
    ("/timeline", {"page": "153722867280912932"}),  # found by the test above: the offset overflowed SQLite's integer
    ("/search", {"q": "said", "page": "153722867280912932"}),
    ("/quotes", {"page": "153722867280912932"}),
    ("/api/events", {"offset": "153722867280912932"}),
])
def test_a_page_number_past_any_store_is_answered(site: str, path: str, params: dict[str, str]) -> None:
    response = httpx.get(site + path, params=params, timeout=60)
    assert response.status_code < 500, (path, params, response.text[:300])


CHROMIUM = shutil.which("chromium")


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make browser)")
def test_a_page_on_another_origin_cannot_write_from_chromium(site: str) -> None:
    from playwright.sync_api import sync_playwright

    before = _count(site)
    evil = Listener()
    script = f"""<!doctype html><html><body><script>
      const body = JSON.stringify({json.dumps(RECORD)});
      Promise.allSettled([
        fetch("{site}/api/ingest", {{method: "POST", mode: "no-cors", headers: {{"Content-Type": "text/plain;a=json"}}, body}}),
        fetch("{site}/api/ingest", {{method: "POST", mode: "no-cors", body}}),
        fetch("{site}/api/ingest", {{method: "POST", headers: {{"Content-Type": "application/json"}}, body}}),
      ]).then(() => {{ document.title = "done"; }});
    </script></body></html>""".encode()
    evil.routes["/"] = (200, {"Content-Type": "text/html"}, script)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM,
                                                 args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page()
            page.goto(evil.base + "/")
            page.wait_for_function("document.title === 'done'", timeout=30_000)
            browser.close()
    finally:
        evil.close()
    assert _count(site) == before  # nothing was written by the other origin's page


def test_date_filters_are_422_when_they_are_not_dates(site: str) -> None:
    for path in ("/api/events", "/api/timeline", "/timeline"):
        for value in ("junk", "2024-13", "2024-02-30"):
            assert httpx.get(site + path, params={"from": value}).status_code == 422, (path, value)
    assert httpx.get(site + "/api/timeline", params={"from": "2024", "to": "2024-06"}).status_code == 200
