"""The HTTP protocol ``storyline serve`` runs: uvicorn's own, with Nagle's algorithm off on every connection.

asyncio turns Nagle's algorithm off only for sockets whose protocol number says TCP; the listening socket
uvicorn binds itself for ``--workers N`` has protocol 0, so the connections its workers accept kept the
algorithm on. A response written in two parts (head, then body) then waited for the client's delayed
acknowledgement: every answer took about 40 ms more with two workers than with one (48 ms against 7 ms
for a small API answer on a 970-article store).
"""

from __future__ import annotations

import asyncio
import socket
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

PROTOCOL = "storyline.server_protocol:NoDelayHTTP"  # as uvicorn's ``http`` option names it (workers import it)


class NoDelayHTTP(AutoHTTPProtocol):  # type: ignore[misc, valid-type]  # (a class chosen at import)
    """uvicorn's HTTP protocol, setting TCP_NODELAY on the connection it is given."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        no_delay(transport.get_extra_info("socket"))
        super().connection_made(transport)


def no_delay(sock: Any) -> None:
    """Send small writes at once on a TCP socket (no effect on other sockets)."""
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
