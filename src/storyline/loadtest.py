"""A bounded load test of the read side, on loopback only: clients at once over the main views.

``local_server`` runs the real app (uvicorn) on a free loopback port in a thread; ``run_load`` sends
each client's requests one after another, all clients at once, and reports latency percentiles,
throughput, errors and the largest answer. The benchmark runs it with 1 and 20 clients; tests
import ``local_server`` for their live server.

``varied_paths`` gives reads that rarely repeat (many entities, articles, searches, later pages), for
the latency of answers the server has not kept (``storyline.answer_cache``).

    python -m storyline.loadtest STORE [CLIENTS] [REQUESTS_PER_CLIENT]
"""

from __future__ import annotations

import json
import socket
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MAX_CLIENTS = 64  # bounded: this is a check of one's own server, not a flood
MAX_REQUESTS = 200


@contextmanager
def local_server(store_path: Path | str, *, token: str | None = None, max_body_bytes: int | None = None) -> Iterator[str]:
    """Serve the store with uvicorn on 127.0.0.1:<free port>; yields the base URL."""
    import uvicorn

    from storyline.api import create_app

    app = create_app(str(store_path), token=token) if max_body_bytes is None else \
        create_app(str(store_path), token=token, max_body_bytes=max_body_bytes)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@contextmanager
def served(store_path: Path | str, *, workers: int = 2) -> Iterator[str]:
    """``storyline serve`` in its own process on a free loopback port (so the clients do not share its interpreter)."""
    import subprocess

    import httpx

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "storyline", "serve", "--store", str(store_path), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/claims", params={"limit": 1}, timeout=5)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"storyline serve did not start: {(process.stderr.read() if process.stderr else b'')[-300:]!r}") from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def read_paths(base: str) -> list[str]:
    """The main views, API and pages, with an article and the most mentioned entity of this store."""
    import httpx

    paths = ["/api/articles", "/api/quotes", "/api/entities", "/api/events", "/api/timeline", "/api/claims",
             "/api/search?q=said", "/timeline", "/articles", "/quotes", "/entities", "/claims", "/search?q=said"]
    articles = httpx.get(base + "/api/articles", params={"limit": 1}, timeout=60).json()["items"]
    entities = httpx.get(base + "/api/entities", params={"limit": 1}, timeout=60).json()["items"]
    if articles:
        paths += [f"/api/articles/{articles[0]['id']}", f"/articles/{articles[0]['id']}"]
    if entities:
        paths += [f"/api/entities/{entities[0]['id']}", f"/entities/{entities[0]['id']}"]
    return paths


def varied_paths(base: str, count: int = 200) -> list[str]:
    """About ``count`` different reads, so that few repeat and kept answers rarely serve them: the pages and API answers
    of many entities and articles, searches for their names, filtered timelines and quotes, later pages of the lists."""
    import httpx

    per = max(1, count // 10)
    with httpx.Client(base_url=base, timeout=60) as http:
        entities = http.get("/api/entities", params={"limit": per}).json()["items"]
        articles = http.get("/api/articles", params={"limit": per, "offset": per}).json()["items"]
    paths: list[str] = []
    for e in entities:
        word = (e["name"].split() or [e["id"]])[-1]
        paths += [f"/entities/{e['id']}", f"/api/entities/{e['id']}", f"/timeline?entity={e['id']}",
                  f"/quotes?entity={e['id']}", f"/api/search?q={word}", f"/search?q={word}"]
    for a in articles:
        paths += [f"/articles/{a['id']}", f"/api/articles/{a['id']}"]
    for n in range(2, 2 + per // 5 + 1):
        paths += [f"/quotes?page={n}", f"/claims?page={n}", f"/articles?page={n}", f"/entities?page={n}"]
    return paths[:count]


def run_load(base: str, paths: list[str], *, clients: int, requests_per_client: int, timeout: float = 60.0,
             spread: bool = False) -> dict[str, Any]:
    """Each client requests the paths in turn (starting at its own offset; ``spread``: each client its own stretch of
    the list, so that no two requests ask for the same path while the list lasts); latencies in seconds."""
    import httpx

    if not base.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise ValueError("the load test only runs against a loopback server")
    clients = max(1, min(clients, MAX_CLIENTS))
    requests_per_client = max(1, min(requests_per_client, MAX_REQUESTS))
    latencies: list[float] = []
    errors: list[str] = []
    largest: dict[str, Any] = {"bytes": 0, "path": ""}
    lock = threading.Lock()

    def client(n: int) -> None:
        with httpx.Client(base_url=base, timeout=timeout) as http:
            for i in range(requests_per_client):
                path = paths[((n * requests_per_client if spread else n) + i) % len(paths)]
                started = time.perf_counter()
                try:
                    response = http.get(path)
                    ok, size = response.status_code == 200, len(response.content)
                except httpx.HTTPError as exc:
                    ok, size = False, 0
                    response = None
                    with lock:
                        errors.append(f"{path}: {exc.__class__.__name__}")
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if response is not None and not ok:
                        errors.append(f"{path}: HTTP {response.status_code}")
                    if size > largest["bytes"]:
                        largest.update(bytes=size, path=path)

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "clients": clients, "requests": len(ordered), "errors": len(errors), "error_examples": errors[:5],
        "requests_per_s": round(len(ordered) / wall, 1) if wall else None,
        "p50_s": round(statistics.median(ordered), 3), "p95_s": round(ordered[int(0.95 * (len(ordered) - 1))], 3),
        "max_s": round(ordered[-1], 3), "largest_bytes": largest["bytes"], "largest_path": largest["path"],
    }


def per_path(base: str, paths: list[str], *, repeat: int = 3) -> dict[str, dict[str, float]]:
    """Latency and size of each path alone (one client): the first request (rendered; on a two-worker server the other
    worker renders it again when first asked) and the median of ``repeat`` more (served again while the store is
    unchanged)."""
    import httpx

    out = {}
    with httpx.Client(base_url=base, timeout=60) as http:
        for path in paths:
            started = time.perf_counter()
            size = len(http.get(path).content)
            first = time.perf_counter() - started
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                size = len(http.get(path).content)
                times.append(time.perf_counter() - started)
            out[path] = {"first_s": round(first, 3), "median_s": round(statistics.median(times), 3), "bytes": size}
    return out


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    clients = int(argv[1]) if len(argv) > 1 else 20
    requests_per_client = int(argv[2]) if len(argv) > 2 else 10
    with served(argv[0]) as base:
        paths = read_paths(base)
        alone = per_path(base, paths)
        load = run_load(base, paths, clients=clients, requests_per_client=requests_per_client)
        varied = varied_paths(base, clients * requests_per_client)
        spread = run_load(base, varied, clients=clients, requests_per_client=requests_per_client, spread=True)
        print(json.dumps({"per_path": alone, "load": load, "load_varied": {"paths": len(varied), **spread}}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
