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


STORE_ENV = "STORYLINE_SERVE_STORE"  # how worker processes learn the store to open


def serve(store_path: str, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, token: str | None = None, *, workers: int = 1) -> None:
    """Serve `store_path` on host:port until interrupted; with a token, every request must present it.

    With ``workers`` > 1, that many processes share the port (reads run in parallel; SQLite serialises writes).
    """
    import os

    import uvicorn

    from storyline.api import create_app

    required = check_bind(host, token)
    if not Path(store_path).exists():
        raise StoreError(f"no store at {store_path}", hint="run `storyline ingest PATH --store FILE` first")
    shown = f"[{host}]" if ":" in host else host
    print(f"storyline: serving {store_path} at http://{shown}:{port}/ with {workers} worker{'s' if workers != 1 else ''} "
          f"({'token required' if required else 'loopback only, no token'}); Ctrl-C stops", flush=True)
    from storyline.server_protocol import PROTOCOL

    options = {"host": host, "port": port, "log_level": "warning", "proxy_headers": False, "server_header": False,
               "http": PROTOCOL}
    if workers > 1:
        os.environ[STORE_ENV] = str(Path(store_path).resolve())
        if required:
            os.environ[TOKEN_ENV] = required
        uvicorn.run("storyline.server:app_from_env", factory=True, workers=workers, **options)  # type: ignore[arg-type]
    else:
        uvicorn.run(create_app(store_path, token=required), **options)  # type: ignore[arg-type]


def app_from_env() -> object:
    """The app of one worker process of ``storyline serve --workers N``."""
    import os

    from storyline.api import create_app

    return create_app(os.environ[STORE_ENV], token=(os.environ.get(TOKEN_ENV) or "").strip() or None)
