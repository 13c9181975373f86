"""Fetching an article URL, and nothing else: public addresses only, every redirect checked, bounded.

``storyline ingest URL`` is the only place storyline reaches the network. A URL whose host resolves
to a loopback, private, link-local (cloud metadata), multicast, reserved or unspecified address is
refused, and so is a redirect to one, unless the user passes ``--allow-private`` on the CLI. Only
http(s), at most ``MAX_REDIRECTS`` hops, a timeout, a size cap and text content types are accepted.

Known limit: the host is resolved for the check and again by urllib when it connects, so a DNS
server that answers differently the second time (rebinding) is not caught here.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

from storyline.errors import BadInput, TooLarge

MAX_REDIRECTS = 5
TIMEOUT_S = 20
TEXT_TYPES = ("text/html", "text/plain", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
              "application/xml", "text/xml")

# (host, port, address) -> allowed?
AddressPolicy = Callable[[str, int, str], bool]


def public_only(host: str, port: int, address: str) -> bool:
    """True for a globally routable unicast address (IPv4-mapped IPv6 judged by its IPv4 part)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
                or ip.is_unspecified or not ip.is_global)


def any_address(host: str, port: int, address: str) -> bool:
    return True


def check_url(url: str, policy: AddressPolicy) -> None:
    """Raise BadInput unless the URL is http(s) and every address its host resolves to passes the policy."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise BadInput(f"{url[:200]}: only http and https URLs are fetched")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise BadInput(f"{url[:200]}: cannot resolve {parts.hostname} ({exc})") from exc
    for info in infos:
        address = str(info[4][0])
        if not policy(parts.hostname, port, address):
            raise BadInput(
                f"{url[:200]}: refused: {parts.hostname} resolves to {address}, a loopback, private, link-local or "
                "reserved address",
                hint="storyline fetches public addresses only; pass --allow-private to fetch from your own network",
            )


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to a URL that passes the same checks, at most MAX_REDIRECTS times."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        check_url(newurl, self.policy)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, *, max_bytes: int, policy: AddressPolicy = public_only, timeout: float = TIMEOUT_S) -> tuple[bytes, str]:
    """The body and content type of ``url``; BadInput for a refused address, a bad type, a timeout or an error."""
    check_url(url, policy)
    opener = urllib.request.build_opener(_CheckedRedirects(policy))
    request = urllib.request.Request(url, headers={"User-Agent": "storyline/0.1", "Accept": ", ".join(TEXT_TYPES)})
    try:
        with opener.open(request, timeout=timeout) as response:
            ctype = response.headers.get("Content-Type", "") or ""
            media = ctype.split(";", 1)[0].strip().lower()
            if media and media not in TEXT_TYPES:
                raise BadInput(f"{url[:200]}: content type {media!r} is not an article page or feed")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise TooLarge(f"{url[:200]}: page of {int(declared) / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit")
            raw = response.read(max_bytes + 1)
    except BadInput:
        raise
    except (OSError, urllib.error.URLError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, BadInput):
            raise reason from None  # a redirect the policy refused
        raise BadInput(f"{url[:200]}: cannot fetch ({str(reason)[:200]})") from exc
    if len(raw) > max_bytes:
        raise TooLarge(f"{url[:200]}: page is over the {max_bytes / 1e6:.0f} MB limit")
    return raw, ctype
