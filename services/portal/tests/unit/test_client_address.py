"""The rate-limit key: X-Forwarded-For counts only from a configured proxy, read right to left."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from starlette.requests import Request

from portal.config import Settings
from portal.entrypoints.auth import client_address


def _request(peer: str, *forwarded: str, trusted: list[str] | None = None) -> Request:
    settings = Settings() if trusted is None else Settings(trusted_proxies=trusted)
    app = SimpleNamespace(state=SimpleNamespace(container=SimpleNamespace(settings=settings)))
    headers = [(b"x-forwarded-for", value.encode()) for value in forwarded]
    return Request({"type": "http", "headers": headers, "client": (peer, 40000), "app": app})


@pytest.mark.parametrize(
    ("peer", "forwarded", "trusted", "expected"),
    [
        # Reached directly from an address that is not a proxy: its header is its own invention.
        ("203.0.113.9", ["198.51.100.1"], None, "203.0.113.9"),
        # Behind the gateway on loopback (the default): the address the gateway saw.
        ("127.0.0.1", ["198.51.100.1"], None, "198.51.100.1"),
        ("::1", ["2001:db8::7"], None, "2001:db8::7"),
        # A client that sends its own header cannot choose its address: only the rightmost hop counts.
        ("127.0.0.1", ["6.6.6.6, 198.51.100.1"], None, "198.51.100.1"),
        ("127.0.0.1", ["6.6.6.6", "198.51.100.1"], None, "198.51.100.1"),
        # A chain of configured proxies is walked back to the first address that is not one of them.
        ("10.0.0.2", ["198.51.100.1, 10.0.0.5"], ["127.0.0.1/32", "10.0.0.0/8"], "198.51.100.1"),
        # The default trusts loopback only.
        ("10.0.0.2", ["198.51.100.1"], None, "10.0.0.2"),
        # No header, or a hop that is not an address: the peer.
        ("127.0.0.1", [], None, "127.0.0.1"),
        ("127.0.0.1", ["not-an-address"], None, "127.0.0.1"),
    ],
)
def test_client_address(peer: str, forwarded: list[str], trusted: list[str] | None, expected: str) -> None:
    assert client_address(_request(peer, *forwarded, trusted=trusted)) == expected
