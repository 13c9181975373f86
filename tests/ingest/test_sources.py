"""URL, feed and WARC ingest against a real HTTP server on a loopback port, serving real saved pages."""

from __future__ import annotations

import gzip
import io
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from storyline.ingest.runner import ingest_paths
from storyline.ingest.sources import iter_inputs
from storyline.model import RawDocument
from storyline.options import Options
from storyline.store.db import Store
from tests.conftest import EVAL

WCXB = EVAL / "wcxb-articles" / "dev"
PAGE_IDS = ["0001", "0002", "0003"]


def _page(page_id: str) -> tuple[bytes, dict]:
    if not (WCXB / "html" / f"{page_id}.html.gz").exists():
        pytest.skip("wcxb-articles dev pages missing")
    html = gzip.decompress((WCXB / "html" / f"{page_id}.html.gz").read_bytes())
    gold = json.loads((WCXB / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
    return html, gold


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    pages = {f"/page/{pid}.html": _page(pid)[0] for pid in PAGE_IDS}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server API
            if self.path == "/feed.xml":
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                items = "".join(
                    f"<item><title>Page {pid}</title><link>{base}/page/{pid}.html</link>"
                    f"<description><![CDATA[{_page(pid)[1]['ground_truth']['main_content'][:3000]}]]></description>"
                    f"<pubDate>Mon, 17 Jun 2024 10:00:00 GMT</pubDate></item>"
                    for pid in PAGE_IDS
                )
                body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()
                ctype = "application/rss+xml"
            elif self.path in pages:
                body, ctype = pages[self.path], "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_ingest_keeps_raw_bytes_and_extracts_text(server: str, tmp_path: Path) -> None:
    html, gold = _page("0001")
    store = Store(tmp_path / "s.db")
    report = ingest_paths(store, [f"{server}/page/0001.html"], Options(progress=False, allow_private=True))
    assert len(report.added) == 1 and not report.failed
    article = store.article(report.added[0])
    assert article is not None
    assert store.raw_bytes(article["id"]) == html  # the raw input is kept verbatim
    for snippet in gold["ground_truth"]["with"][:3]:
        assert snippet.lower() in article["text"].lower()


def test_feed_ingest_one_article_per_entry(server: str, tmp_path: Path) -> None:
    store = Store(tmp_path / "s.db")
    report = ingest_paths(store, [f"{server}/feed.xml"], Options(progress=False, allow_private=True))
    assert len(report.added) == 3, report.failed
    rows = store.article_rows()
    assert {r["headline"] for r in rows} == {"Page 0001", "Page 0002", "Page 0003"}
    assert all(r["published"] == "2024-06-17" and r["published_basis"] == "stated" for r in rows)
    again = ingest_paths(store, [f"{server}/feed.xml"], Options(progress=False, allow_private=True))
    assert not again.added and len(again.skipped) == 3


def test_missing_url_is_one_clear_error(server: str) -> None:
    items = list(iter_inputs([f"{server}/nope.html"], allow_private=True))
    assert len(items) == 1 and "cannot fetch" in str(items[0])


def test_warc_ingest(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    html, gold = _page("0002")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(gold["url"], "response", payload=io.BytesIO(html), http_headers=headers))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(buffer.getvalue())
    docs = [d for d in iter_inputs([str(path)]) if isinstance(d, RawDocument)]
    assert len(docs) == 1 and docs[0].raw == html and docs[0].url == gold["url"]
    store = Store(tmp_path / "s.db")
    report = ingest_paths(store, [str(path)], Options(progress=False))
    assert len(report.added) == 1
