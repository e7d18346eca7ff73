"""A 100 MB body to an unauthenticated route is refused with a small 413 long before it is all sent."""

from __future__ import annotations

import json
import select
import socket
import time
from urllib.parse import urlsplit

import pytest

from crm_dev.testing import service, service_env

pytestmark = pytest.mark.integration
HUNDRED_MB = 100 * 1024 * 1024
CHUNK = b"[" + b"0," * 32767 + b"0]"  # 64 KiB of JSON-looking bytes


def answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """Read one HTTP response (Content-Length framed) from the socket."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    while len(body) < int(headers["content-length"]):
        body += sock.recv(65536)
    return int(lines[0].split()[1]), headers, body


def send_until_answered(url: str, head: bytes, chunk: bytes) -> tuple[int, int, dict[str, str], bytes]:
    """Send the head then chunks until the server answers; (bytes sent, status, headers, body)."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(head)
        sent = 0
        while sent < HUNDRED_MB and not select.select([sock], [], [], 0)[0]:
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError):
                break  # the server answered and closed while we were still sending
            sent += len(chunk)
        return sent, *answer(sock)


def test_a_100_mb_body_to_the_link_request_route_is_a_small_413(portal_db, signing_key, tmp_path, topic_namespace):
    env = service_env("portal", portal_db, signing_key[1], topic_namespace, consumers_enabled="false")
    with service("portal", env, tmp_path) as url:
        request = b"POST /signin/request-link HTTP/1.1\r\nHost: portal\r\nContent-Type: application/json\r\n"
        started = time.monotonic()
        sent, status, headers, body = send_until_answered(
            url, request + f"Content-Length: {HUNDRED_MB}\r\n\r\n".encode(), CHUNK
        )
        assert status == 413 and time.monotonic() - started < 5 and sent < 8 * 1024 * 1024
        error = json.loads(body)
        assert len(body) < 1000 and error["code"] == "too_large" and error["detail"][0]["ctx"]["limit"] == 1024 * 1024
        assert headers["content-type"] == "application/json"
        framed = b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK)
        sent, status, _, body = send_until_answered(url, request + b"Transfer-Encoding: chunked\r\n\r\n", framed)
        assert status == 413 and sent < 16 * 1024 * 1024 and len(body) < 1000
        assert json.loads(body)["status"] == 413
