"""Hostile inputs are generated at test time (small), never stored in the repository."""

from __future__ import annotations

import gzip
import http.server
import socketserver
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest


def warc_record(url: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-06-01T00:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def warc_gz_bomb(path: Path, *, expanded_mb: int) -> Path:
    """A .warc.gz of a few KB whose one record expands to ``expanded_mb`` MB of zeros."""
    zeros = b"\0" * (1024 * 1024)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    length = len(http) + expanded_mb * len(zeros)
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://bomb.example/\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000002>\r\nContent-Length: {length}\r\n\r\n").encode()
    with gzip.open(path, "wb", compresslevel=9) as out:
        out.write(head + http)
        for _ in range(expanded_mb):
            out.write(zeros)
    return path


class Listener:
    """A loopback HTTP server that records every request it gets; routes map a path to (status, headers, body)."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                listener.hits.append(self.path)
                status, headers, body = listener.routes.get(self.path, (404, {}, b"not here"))
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()
