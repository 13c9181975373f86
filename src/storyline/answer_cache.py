"""Whole answers of the read side, kept until the store changes.

Every page and API answer is a function of the request's path and query and of the store's content:
nothing in a successful GET answer depends on who asks (the token guard runs outside this cache and
decides who may ask at all). So an answer, once rendered, is kept and sent again until any connection
commits to the store file (``Store.generation``: an ingest in this process, another worker's write,
a rebuild); then every kept answer is dropped at once. Answers are kept up to a byte budget, least
recently used first out; only complete ``200`` answers without cookies are kept.

This is a pure ASGI middleware (no Starlette ``BaseHTTPMiddleware``, which would copy each body
through a stream). Each answer says ``X-Storyline-Cache: hit`` or ``miss``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_BUDGET = 64 * 1024 * 1024  # bytes of kept answers per process (a 970-article store's 17 main views: 1.3 MB)
LARGEST_KEPT = 4 * 1024 * 1024  # an answer larger than this is rendered each time (exports, whole-story JSON)
CACHE_HEADER = b"x-storyline-cache"


@dataclass(frozen=True)
class KeptAnswer:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


class AnswerCache:
    """The kept answers of one generation of the store, least recently used first."""

    def __init__(self, budget: int = DEFAULT_BUDGET, largest: int = LARGEST_KEPT) -> None:
        self.budget = budget
        self.largest = min(largest, budget)
        self.generation: int | None = None
        self.size = 0
        self._answers: OrderedDict[tuple[str, bytes], KeptAnswer] = OrderedDict()

    def __len__(self) -> int:
        return len(self._answers)

    def get(self, key: tuple[str, bytes], generation: int) -> KeptAnswer | None:
        if generation != self.generation:
            self._answers.clear()
            self.size = 0
            self.generation = generation
            return None
        answer = self._answers.get(key)
        if answer is not None:
            self._answers.move_to_end(key)
        return answer

    def put(self, key: tuple[str, bytes], generation: int, answer: KeptAnswer) -> bool:
        """Keep an answer rendered at ``generation``; False when it is too large or the store has changed since."""
        if generation != self.generation or len(answer.body) > self.largest:
            return False
        old = self._answers.pop(key, None)
        if old is not None:
            self.size -= len(old.body)
        self._answers[key] = answer
        self.size += len(answer.body)
        while self.size > self.budget:
            _, dropped = self._answers.popitem(last=False)
            self.size -= len(dropped.body)
        return True


def keepable(status: int, headers: list[tuple[bytes, bytes]]) -> bool:
    """A complete success that sets no cookie and does not forbid keeping."""
    if status != 200:
        return False
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"set-cookie" or (lowered == b"cache-control" and b"no-store" in value.lower()):
            return False
    return True


def answer_cache(app: ASGIApp, generation: Callable[[], int], cache: AnswerCache) -> ASGIApp:
    """Wrap ``app``: GET answers are served from ``cache`` while ``generation()`` is unchanged."""

    async def cached(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        now = generation()
        kept = cache.get(key, now)
        if kept is not None:
            await send({"type": "http.response.start", "status": kept.status,
                        "headers": [*kept.headers, (CACHE_HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": kept.body})
            return
        start: Message = {}
        parts: list[bytes] = []
        size = 0
        whole = True

        async def keep(message: Message) -> None:
            nonlocal whole, size
            if message["type"] == "http.response.start":
                start.update(message)
                message = {**message, "headers": [*message.get("headers", []), (CACHE_HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and whole:
                parts.append(message.get("body", b""))
                size += len(parts[-1])
                if size > cache.largest:
                    whole = False
                    parts.clear()
                elif not message.get("more_body", False):
                    status, headers = int(start.get("status", 0)), list(start.get("headers", []))
                    if keepable(status, headers):
                        cache.put(key, now, KeptAnswer(status, headers, b"".join(parts)))
            await send(message)

        await app(scope, receive, keep)

    return cached
