"""No fetch but the one asked for: public addresses only, every redirect checked, bounded; against loopback servers."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.errors import BadInput, TooLarge
from storyline.ingest.fetch import fetch, public_only
from tests.hostile.conftest import Listener

PAGE = (b"<html><head><title>Council meets</title></head><body><article><p>The council met on Tuesday to discuss the "
        b"sanctions regime on the peninsula, diplomats said, and agreed to vote next week.</p></article></body></html>")


def test_loopback_url_is_refused_by_default_and_never_contacted(listener: Listener, tmp_path: Path) -> None:
    listener.routes["/page"] = (200, {"Content-Type": "text/html"}, PAGE)
    result = CliRunner().invoke(main, ["ingest", "--quiet", f"{listener.base}/page", "--store", str(tmp_path / "s.db")])
    assert result.exit_code == 1 and "--allow-private" in result.stderr
    assert listener.hits == []
    allowed = CliRunner().invoke(main, ["ingest", "--quiet", "--allow-private", f"{listener.base}/page", "--store", str(tmp_path / "s.db")])
    assert allowed.exit_code == 0, allowed.output
    assert listener.hits == ["/page"]


@pytest.mark.parametrize("address", ["169.254.169.254", "10.0.0.1", "192.168.1.1", "[::1]", "0.0.0.0", "[::ffff:127.0.0.1]"])
def test_metadata_private_and_mapped_addresses_are_refused_before_connecting(address: str) -> None:
    with pytest.raises(BadInput, match="refused"):
        fetch(f"http://{address}/latest/meta-data/", max_bytes=1000)


def test_a_redirect_to_loopback_is_refused(listener: Listener) -> None:
    inner = Listener()
    try:
        inner.routes["/secret"] = (200, {"Content-Type": "text/html"}, PAGE)
        listener.routes["/go"] = (302, {"Location": f"{inner.base}/secret"}, b"")

        def only_the_first(host: str, port: int, address: str) -> bool:  # the outer server stands for a public site
            return port == listener.port or public_only(host, port, address)

        with pytest.raises(BadInput, match="refused"):
            fetch(f"{listener.base}/go", max_bytes=100_000, policy=only_the_first)
        assert listener.hits == ["/go"] and inner.hits == []
    finally:
        inner.close()


def test_only_text_pages_of_bounded_size_are_fetched(listener: Listener) -> None:
    listener.routes["/image"] = (200, {"Content-Type": "image/png"}, b"\x89PNG" + b"0" * 100)
    listener.routes["/big"] = (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 50_000 + b"</p>")
    anywhere = lambda host, port, address: True  # noqa: E731 - loopback stands for the web here
    with pytest.raises(BadInput, match="content type"):
        fetch(f"{listener.base}/image", max_bytes=100_000, policy=anywhere)
    with pytest.raises(TooLarge):
        fetch(f"{listener.base}/big", max_bytes=10_000, policy=anywhere)
    with pytest.raises(BadInput, match="only http"):
        fetch("file:///etc/passwd", max_bytes=10_000, policy=anywhere)
