"""One failed request never takes a service out of the gateway's rotation."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.e2e
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def test_after_an_unhandled_error_the_next_100_requests_through_the_gateway_all_succeed(system, demo_headers):
    gateway = system["gateway"]
    # One client connection, as a browser keeps one: the gateway's connection to the service is reused too.
    with httpx.Client(base_url=gateway, headers=demo_headers, timeout=10) as client:
        for name in SERVICES:
            failed = client.post(f"/api/{name}/_faults/500")
            assert failed.status_code == 500, failed.text
            assert failed.json()["detail"][0]["type"] == "internal", "the error body, not uvicorn's text"
        failed = client.post("/api/contacts/_faults/500")
        assert failed.status_code == 500
        codes = []
        for i in range(50):
            # POSTs are never retried by the gateway: a dropped connection would show as a 502 here.
            created = client.post(
                "/api/contacts/customers",
                json={
                    "first_name": f"After{i}",
                    "last_name": "Fault",
                    "email": f"after{i}-{uuid.uuid4().hex[:6]}@example.org",
                },
            )
            codes.append(created.status_code)
            cid = created.json().get("id", uuid.uuid4())
            codes.append(client.get(f"/api/contacts/customers/{cid}").status_code)
    assert codes == [201, 200] * 50, codes


def test_a_webhook_timestamp_of_401_digits_is_a_422_and_harms_nothing(system):
    gateway = system["gateway"]
    with httpx.Client(base_url=gateway, timeout=10) as client:
        headers = {"X-Webhook-Timestamp": "1" * 401, "X-Webhook-Signature": "0" * 64}
        r = client.post("/api/notifications/webhooks/mail-provider", content=b"{}", headers=headers)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["header", "x-webhook-timestamp"]
        codes = [client.get("/api/notifications/health/ready").status_code for _ in range(20)]
    assert codes == [200] * 20


def test_over_tls_the_gateway_adds_hsts(tmp_path):
    """The gateway's shared rules on a TLS site (Caddy's internal CA): HSTS joins the other headers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rules = Path(__file__).resolve().parents[1] / "deploy/local/gateway.caddy"
    config = tmp_path / "Caddyfile"
    config.write_text(
        "{\n\tadmin off\n\tskip_install_trust\n\tauto_https disable_redirects\n}\n"
        f"import {rules}\n"
        f'https://127.0.0.1:{port} {{\n\ttls internal\n\timport gateway_rules\n\trespond "ok"\n}}\n'
    )
    caddy = shutil.which("caddy") or str(Path(sys.executable).parent / "caddy")
    env = {"PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    proc = subprocess.Popen([caddy, "run", "--config", str(config)], env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                r = httpx.get(f"https://127.0.0.1:{port}/", verify=False, timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline and proc.poll() is None, "caddy did not serve TLS"
                time.sleep(0.2)
        assert r.status_code == 200
        assert r.headers["strict-transport-security"].startswith("max-age=")
        assert r.headers["x-content-type-options"] == "nosniff"
    finally:
        proc.terminate()
        proc.wait(10)
