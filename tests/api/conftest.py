"""Fixtures: real uvicorn servers on loopback ports over real SQLite stores of the seeds."""

from tests.api.live import hostile_server, server, writable_server

__all__ = ["hostile_server", "server", "writable_server"]
