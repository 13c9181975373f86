"""The JSON API against a real uvicorn server on a loopback port, over a real SQLite store of the seeds."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from storyline.model import CLAIM_STATUSES
from storyline.server import ServeRefused, check_bind, serve


def get(base: str, path: str, **params: Any) -> Any:
    response = httpx.get(base + path, params=params, timeout=30)
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response.json()


def herald(base: str) -> dict[str, Any]:
    return next(a for a in get(base, "/api/articles")["items"] if a["outlet"] == "The Korea Herald")


# --- articles -----------------------------------------------------------------------------------


def test_articles_list_and_pagination(server: str) -> None:
    page = get(server, "/api/articles")
    assert page["total"] == 5 and len(page["items"]) == 5
    assert all("text" not in a for a in page["items"])
    dated = [a["published"] for a in page["items"] if a["published"]]
    assert dated == sorted(dated) and "2023-09-14" in dated  # dated first, in date order
    seen = []
    for offset in (0, 2, 4):
        chunk = get(server, "/api/articles", limit=2, offset=offset)
        assert chunk["total"] == 5 and chunk["limit"] == 2 and chunk["offset"] == offset
        seen += [a["id"] for a in chunk["items"]]
    assert seen == [a["id"] for a in page["items"]]
    assert httpx.get(server + "/api/articles", params={"limit": 0}).status_code == 422
    assert httpx.get(server + "/api/articles", params={"limit": 5000}).status_code == 422


def test_article_detail_offsets_point_into_the_text(server: str) -> None:
    article_id = herald(server)["id"]
    view = get(server, f"/api/articles/{article_id[:6]}")  # a unique prefix is enough
    text = view["article"]["text"]
    assert view["article"]["id"] == article_id
    assert "John Kirby, NSC strategic communications coordinator" in text
    assert view["quotes"] and view["mentions"] and view["timexes"]
    for q in view["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for m in view["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]
    for t in view["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"]
    kirby = get(server, "/api/entities/Kirby")["entity"]["id"]
    assert any(m["entity"] == kirby and m["text"] == "John Kirby" for m in view["mentions"])
    wednesday = next(t for t in view["timexes"] if t["text"] == "Wednesday")
    assert wednesday["value"] == "2023-09-13"  # resolved against the printed date line, Sept. 14, 2023
    assert httpx.get(server + "/api/articles/ffffffffffff").status_code == 404


# --- entities and quotes ------------------------------------------------------------------------


def test_entities_filter_and_kirby(server: str) -> None:
    people = get(server, "/api/entities", type="person", limit=1000)
    assert people["total"] == len(people["items"]) > 5
    assert {e["type"] for e in people["items"]} == {"person"}
    counts = [e["mentions"] for e in people["items"]]
    assert counts == sorted(counts, reverse=True)
    view = get(server, "/api/entities/John Kirby")
    assert view["entity"]["name"] == "John Kirby"
    assert len(view["quotes"]) >= 10 and all(q["speaker"]["entity"] == view["entity"]["id"] for q in view["quotes"])
    roles = {r["title"]: r["date"] for r in view["roles"]}
    assert roles.get("NSC strategic communications coordinator") == "2023-09-14"
    assert httpx.get(server + "/api/entities/Nobody Atall").status_code == 404


def test_quotes_filters_match_the_cli(server: str) -> None:
    everything = get(server, "/api/quotes", limit=1000)
    assert everything["total"] == len(everything["items"]) > 50
    kirby = get(server, "/api/quotes", speaker="kirby", limit=1000)
    assert kirby["total"] >= 10
    assert all("kirby" in (q["speaker"]["name"] or "").lower() for q in kirby["items"])
    direct = get(server, "/api/quotes", kind="direct", limit=1000)["items"]
    assert direct and {q["kind"] for q in direct} == {"direct"}
    hit = get(server, "/api/quotes", search="significant concern")["items"]
    assert hit and all("significant concern" in q["text"].lower() for q in hit)
    article_id = herald(server)["id"]
    mine = get(server, "/api/quotes", article=article_id[:8], limit=1000)["items"]
    assert mine and {q["article"] for q in mine} == {article_id}
    assert all(q["source"]["outlet"] == "The Korea Herald" for q in mine)
    page = get(server, "/api/quotes", limit=3, offset=3)
    assert [q["id"] for q in page["items"]] == [q["id"] for q in everything["items"][3:6]]
    assert httpx.get(server + "/api/quotes", params={"kind": "rumour"}).status_code == 422


# --- events, timeline, claims -------------------------------------------------------------------


def test_events_filters(server: str) -> None:
    events = get(server, "/api/events", limit=1000)
    assert events["total"] > 0, "the seeds should yield events"
    for e in events["items"]:
        assert e["evidence"], e
        for ev in e["evidence"]:
            assert ev["end"] > ev["start"] and ev["text"]
    june = get(server, "/api/events", **{"from": "2024-06", "to": "2024-06", "limit": 1000})["items"]
    assert june and all(e["date"][:7] == "2024-06" for e in june)
    some_type = events["items"][0]["type"]
    typed = get(server, "/api/events", type=some_type.lower(), limit=1000)["items"]
    assert typed and {e["type"] for e in typed} == {some_type}
    putin = get(server, "/api/entities/Vladimir Putin")["entity"]["id"]
    with_putin = get(server, "/api/events", entity="Putin", limit=1000)["items"]
    assert with_putin and all(putin in (e["actor"], e["target"]) for e in with_putin)
    assert get(server, "/api/events", entity="Nobody Atall")["total"] == 0


def test_timeline_groups_dated_events(server: str) -> None:
    nodes = get(server, "/api/timeline", limit=1000)["items"]
    assert nodes
    dates = [n["date"] for n in nodes]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    filtered = get(server, "/api/timeline", **{"from": "2024-06-19", "limit": 1000})["items"]
    assert filtered and all(n["date"][:10] >= "2024-06-19" for n in filtered)
    assert get(server, "/api/timeline", limit=1)["total"] == len(nodes)


def test_claims_filter(server: str) -> None:
    claims = get(server, "/api/claims", limit=1000)
    for c in claims["items"]:
        assert c["status"] in set(CLAIM_STATUSES) and c["parties"] and c["sources"] >= 1
        for ev in c["evidence"]:
            assert ev["text"] and ev["role"]
    contested = get(server, "/api/claims", status="contested", limit=1000)["items"]
    assert all(c["status"] == "contested" for c in contested)
    assert httpx.get(server + "/api/claims", params={"status": "rumoured"}).status_code == 422


def test_contested_arms_supply_claim(server: str) -> None:
    contested = get(server, "/api/claims", status="contested", limit=1000)["items"]
    arms = [c for c in contested if {10000, 11000} <= {f["value"] for f in c["figures"]}]
    if not contested:
        pytest.skip("no claims in this build's store yet (the claims stage is not in)")
    assert arms, [c["statement"] for c in contested]
    claim = arms[0]
    assert "Russia" in claim["denied_by"] and claim["asserted_by"]
    assert {ev["role"] for ev in claim["evidence"]} >= {"asserts", "denies"}
    assert any(e["type"] for e in claim["events"])  # the timeline events it concerns
    assert get(server, "/api/claims", entity="Russia", limit=1000)["total"] >= 1
    assert claim["id"] in {c["id"] for c in get(server, "/api/claims", search="containers", limit=1000)["items"]}
    html = httpx.get(server + "/claims").text
    assert f'id="c-{claim["id"]}"' in html and "Asserted by" in html and "Denied by" in html
    if len(claim["figures"]) >= 2:
        assert "Figures that differ, side by side" in html
        for figure in claim["figures"]:
            assert str(figure.get("value", "")) in html


def test_an_entitys_claims_and_the_ledgers_links_are_chosen_as_the_whole_ledger_would(seed_store_path: Any) -> None:
    """The entity page's claims are those its names assert or deny, and the ledger page links each name to the entity
    ``find_entity`` gives it: both now chosen in SQL, checked against the whole ledger read and filtered here."""
    from storyline import views
    from storyline.reader import Storyline

    reader = Storyline.open(str(seed_store_path))
    ledger = reader.claims()["items"]
    voices = {str(n) for c in ledger for n in [*c["asserted_by"], *c["denied_by"]]}
    assert {"Russia", "North Korea"} <= voices, voices
    for voice in sorted(voices):
        view = reader.entity(voice)
        if view is None:
            continue
        names = {view["entity"]["id"].lower(), view["entity"]["name"].lower(), *(a.lower() for a in view["entity"]["aliases"])}
        wanted = [c["id"] for c in ledger if names & {str(x).lower() for x in [*c["asserted_by"], *c["denied_by"]]}]
        assert [c["id"] for c in view["claims"]] == wanted and wanted, voice
    asked = voices | {"  russia ", "Kim", "no such name anywhere", "North"}
    expected = {name.lower(): found["id"] for name in sorted(asked)
                if (found := views.find_entity(reader.store, name)) is not None}
    assert reader.entity_ids(asked) == expected and len(expected) >= len(voices) - 2


def test_pages_of_entities_are_slices_of_one_ranking(seed_store_path: Any) -> None:
    """Every page of the entity list, in the store or in one story, by type or not, is the matching slice of the
    whole list, with the whole list's total; each row is the entity's record with its counts."""
    from storyline.reader import Storyline

    reader = Storyline.open(str(seed_store_path))
    story = reader.stories()[0]["id"]
    for filters in ({}, {"etype": "person"}, {"story": story}, {"story": story, "etype": "country"}, {"search": "korea"}):
        whole = reader.entities(**filters)
        assert whole["total"] == len(whole["items"]) > 0, filters
        counts = [(e["mentions"], e["quotes"]) for e in whole["items"]]
        assert [m for m, _ in counts] == sorted((m for m, _ in counts), reverse=True), filters
        for offset, limit in ((0, 3), (2, 5), (len(whole["items"]) - 1, 10), (0, 0)):
            part = reader.entities(**filters, limit=limit, offset=offset)
            assert part["total"] == whole["total"] and part["items"] == whole["items"][offset : offset + limit], filters
    kirby = next(e for e in reader.entities(search="kirby")["items"] if e["name"] == "John Kirby")
    assert {k: v for k, v in kirby.items() if k not in ("mentions", "quotes")} == reader.find_entity("John Kirby")


# --- search -------------------------------------------------------------------------------------


def test_search(server: str) -> None:
    result = get(server, "/api/search", q="Hwasong")
    assert result["total"] == 2  # the Hwasong-18 test and the Hwasong-11 debris
    for hit in result["items"]:
        article = get(server, f"/api/articles/{hit['id']}")["article"]
        assert article["text"][hit["match"]["start"]:hit["match"]["end"]] == "Hwasong"
    kirby = get(server, "/api/search", q="Kirby")
    assert any(e["name"] == "John Kirby" for e in kirby["entities"])
    assert get(server, "/api/search", q='"AND OR NOT ("')["total"] == 0  # FTS syntax is neutralised
    assert httpx.get(server + "/api/search").status_code == 422


# --- ingest -------------------------------------------------------------------------------------

GOOD = {
    "text": "UN envoy says talks on North Korea stalled\n\nNEW YORK, June 21 -- The deputy US ambassador, "
            "Robert Wood, said on Friday that \"the talks have stalled,\" according to a statement.",
    "title": "UN envoy says talks on North Korea stalled",
    "published": "2024-06-21",
}


def test_ingest_good_then_duplicate(writable_server: str) -> None:
    response = httpx.post(writable_server + "/api/ingest", json=GOOD, timeout=120)
    assert response.status_code == 201, response.text
    added = response.json()["added"]
    assert len(added) == 1
    view = get(writable_server, f"/api/articles/{added[0]}")
    assert view["article"]["published"] == "2024-06-21"
    assert any(q["text"] == "the talks have stalled," or "talks have stalled" in q["text"] for q in view["quotes"])
    assert get(writable_server, "/api/articles")["total"] == 6
    again = httpx.post(writable_server + "/api/ingest", json=[GOOD], timeout=120)
    assert again.status_code == 200 and again.json()["skipped"] == added


def test_ingest_rejects_bad_records(writable_server: str) -> None:
    url = writable_server + "/api/ingest"
    bad = httpx.post(url, json=[GOOD | {"text": "Another story\n\nSomething new happened."}, {"title": "no text"}], timeout=60)
    assert bad.status_code == 422
    errors = bad.json()["errors"]
    assert len(errors) == 1 and "request:2" in errors[0] and "no 'text' or 'html'" in errors[0]
    assert httpx.post(url, json=[], timeout=30).status_code == 422
    assert httpx.post(url, json=["just a string"], timeout=30).status_code == 422
    not_json = httpx.post(url, content=b"{not json", headers={"Content-Type": "application/json"}, timeout=30)
    assert not_json.status_code == 422 and "not JSON" in not_json.json()["errors"][0]
    form = httpx.post(url, content=b"text=hello", headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert form.status_code == 415  # a cross-site form cannot post here
    assert get(writable_server, "/api/articles")["total"] in {5, 6}  # nothing from these requests was stored
    assert all(a["headline"] != "Another story" for a in get(writable_server, "/api/articles")["items"])


def test_ingest_too_large(writable_server: str) -> None:
    body = b'{"text": "' + b"x" * 1_200_000 + b'"}'
    response = httpx.post(writable_server + "/api/ingest", content=body, headers={"Content-Type": "application/json"}, timeout=60)
    assert response.status_code == 413

    def chunks() -> Any:
        yield b'{"text": "'
        for _ in range(12):
            yield b"y" * 100_000
        yield b'"}'

    streamed = httpx.post(writable_server + "/api/ingest", content=chunks(), headers={"Content-Type": "application/json"}, timeout=60)
    assert streamed.status_code == 413  # no Content-Length: the limit holds while reading


# --- security -----------------------------------------------------------------------------------


def test_token_required_for_every_read_and_write(seed_store_path: Any, tmp_path: Any) -> None:
    from tests.api.live import TOKEN, copy_store, live_server

    store = copy_store(seed_store_path, tmp_path / "guarded.db")
    with live_server(store, token=TOKEN) as base:
        for path in ("/api/articles", "/api/quotes", "/timeline", "/articles", "/static/app.css", "/docs", "/openapi.json"):
            response = httpx.get(base + path)
            assert response.status_code == 401, path
            assert response.headers["www-authenticate"] == "Bearer"
        assert httpx.post(base + "/api/ingest", json=GOOD).status_code == 401
        assert httpx.get(base + "/api/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert httpx.get(base + "/api/articles", params={"token": "wrong"}).status_code == 401
        ok = httpx.get(base + "/api/articles", headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200 and ok.json()["total"] == 5
        with httpx.Client(base_url=base) as browser_like:
            first = browser_like.get("/timeline", params={"token": TOKEN})
            assert first.status_code == 200 and "storyline_token" in first.headers["set-cookie"]
            assert "httponly" in first.headers["set-cookie"].lower()
            assert browser_like.get("/quotes").status_code == 200  # the cookie carries the token on
        assert httpx.post(base + "/api/ingest", content=b"[]", headers={"Authorization": f"Bearer {TOKEN}",
                                                                          "Content-Type": "application/json"}).status_code == 422


def test_loopback_server_refuses_foreign_host_headers(server: str) -> None:
    assert httpx.get(server + "/api/articles", headers={"Host": "attacker.example"}).status_code == 400
    assert httpx.get(server + "/api/articles", headers={"Host": "localhost:8000"}).status_code == 200


def test_security_headers_and_offline_docs(server: str) -> None:
    page = httpx.get(server + "/timeline")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    docs = httpx.get(server + "/docs")
    assert docs.status_code == 200
    assert "/api/ingest" in docs.text and "/api/search" in docs.text
    assert "http://" not in docs.text.split("<main>")[0] and "https://" not in docs.text  # nothing loaded from elsewhere
    spec = get(server, "/openapi.json")
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{name}", "/api/quotes",
                 "/api/events", "/api/claims", "/api/timeline", "/api/search", "/api/ingest"):
        assert path in spec["paths"], path


def test_pages_have_json_twins(server: str) -> None:
    for path in ("/timeline", "/quotes", "/entities", "/claims", "/articles", "/search"):
        page = httpx.get(server + path, params={"q": "Kirby"} if path == "/search" else None)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), path
        twin = httpx.get(server + path + ".json", params={"q": "Kirby"} if path == "/search" else None)
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", path
    quotes = get(server, "/quotes.json", speaker="Kirby")["items"]
    assert quotes and all("kirby" in q["speaker"]["name"].lower() for q in quotes)


def test_serve_refuses_public_host_without_token() -> None:
    with pytest.raises(ServeRefused, match="STORYLINE_TOKEN"):
        check_bind("0.0.0.0", None)
    with pytest.raises(ServeRefused):
        check_bind("192.168.1.10", "   ")
    with pytest.raises(ServeRefused):
        serve("does-not-matter.db", host="0.0.0.0", port=8000, token=None)  # refused before anything starts
    assert check_bind("127.0.0.1", None) is None and check_bind("localhost", None) is None
    assert check_bind("::1", None) is None
    assert check_bind("0.0.0.0", "s3cret") == "s3cret"
    assert check_bind("127.0.0.1", "s3cret") == "s3cret"  # a token set is always enforced


def test_cli_api_and_page_twins_give_the_same_records_in_the_same_order(server: str, seed_store_path: Any) -> None:
    """One read side: `storyline X --json`, /api/X and /X.json call the same view."""
    import json

    from click.testing import CliRunner

    from storyline.cli import main

    def cli(*args: str) -> Any:
        result = CliRunner().invoke(main, [*args, "--json", "--store", str(seed_store_path)])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    quotes = cli("quotes")
    assert quotes == get(server, "/api/quotes", limit=1000)["items"] == get(server, "/quotes.json", per=500)["items"]
    kirby = cli("quotes", "--speaker", "Kirby")
    assert kirby and kirby == get(server, "/api/quotes", speaker="Kirby", limit=1000)["items"]
    assert cli("entities") == get(server, "/api/entities", limit=1000)["items"] == get(server, "/entities.json", per=500)["items"]
    assert cli("claims") == get(server, "/api/claims", limit=1000)["items"] == get(server, "/claims.json", per=500)["items"]
    assert cli("articles") == get(server, "/api/articles", limit=1000)["items"] == get(server, "/articles.json", per=500)["items"]
    assert cli("timeline") == get(server, "/api/timeline", limit=1000)["items"]


def test_an_alleged_event_links_to_its_ledger_entry(server: str) -> None:
    page = httpx.get(server + "/timeline", params={"per": 500}).text
    assert "alleged by" in page and 'href="/claims#c-cl_' in page
    events = get(server, "/api/events", limit=1000)["items"]
    alleged = [e for e in events if e.get("alleged")]
    assert alleged and all(e["alleged"]["status"] in ("contested", "denied") for e in alleged)


def test_connections_to_a_multi_worker_server_send_small_writes_at_once(seed_store_path: Any) -> None:
    """``serve --workers N`` listens on a socket uvicorn binds itself, with protocol number 0, on which asyncio leaves
    Nagle's algorithm on: a response's head and body then waited for the client's delayed acknowledgement (about 40 ms
    a request). The protocol ``serve`` runs turns it off on every connection it is given; checked on a real uvicorn
    server listening on such a socket."""
    import socket
    import threading
    import time

    import uvicorn

    from storyline.api import create_app
    from storyline.server_protocol import PROTOCOL

    listener = socket.socket(family=socket.AF_INET)  # as uvicorn binds for workers: no protocol number given
    listener.bind(("127.0.0.1", 0))
    assert listener.proto == 0
    config = uvicorn.Config(create_app(str(seed_store_path)), http=PROTOCOL, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        with httpx.Client(base_url=f"http://127.0.0.1:{listener.getsockname()[1]}") as client:
            assert client.get("/api/claims", params={"limit": 1}).status_code == 200
            sockets = [c.transport.get_extra_info("socket") for c in server.server_state.connections]
            assert sockets and all(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) for s in sockets)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
