"""Fixtures for the browser tests: the same live servers as the API tests."""

from tests.api.live import hostile_server, server, writable_server

__all__ = ["hostile_server", "server", "writable_server"]
