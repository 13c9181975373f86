"""`storyline serve`: run the API and web UI with uvicorn, loopback-only unless a token guards it."""

from __future__ import annotations

import ipaddress
from pathlib import Path

from storyline.errors import ServeRefused, StoreError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
TOKEN_ENV = "STORYLINE_TOKEN"


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> str | None:
    """The token the server will require, or ServeRefused if `host` is not loopback and no token is set."""
    token = token.strip() if token else None
    if not token and not is_loopback(host):
        raise ServeRefused(
            f"refusing to listen on {host} without a token: anyone who can reach it could read and write the store",
            hint=f"set {TOKEN_ENV} to a long random secret (clients then send 'Authorization: Bearer <token>' "
                 f"or ?token=), or keep the default --host {DEFAULT_HOST}",
        )
    return token or None


def serve(store_path: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, token: str | None = None) -> None:
    """Serve `store_path` on host:port until interrupted; with a token, every request must present it."""
    import uvicorn

    from storyline.api import create_app

    required = check_bind(host, token)
    if not Path(store_path).exists():
        raise StoreError(f"no store at {store_path}", hint="run `storyline ingest PATH --store FILE` first")
    app = create_app(store_path, token=required)
    shown = f"[{host}]" if ":" in host else host
    print(f"storyline: serving {store_path} at http://{shown}:{port}/ "
          f"({'token required' if required else 'loopback only, no token'}); Ctrl-C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False, server_header=False)
