"""Production token verification against a JWKS URL, and the local SMTP store, over real sockets."""

from __future__ import annotations

import json
import smtplib
import socket
import subprocess
import sys
import threading
import time
import uuid
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from shared.auth import TokenVerifier, principal_from
from shared.settings import ServiceSettings

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parents[3]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_tokens_verify_against_a_jwks_url():
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key()))
    jwk.update(kid="k1", use="sig", alg="RS256")
    body = json.dumps({"keys": [jwk]}).encode()

    class JWKS(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), JWKS)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        settings = ServiceSettings(jwt_jwks_url=f"http://127.0.0.1:{server.server_port}/jwks.json")
        facility = uuid.uuid4()
        claims = {
            "sub": "u",
            "role": "owner",
            "facilities": [str(facility)],
            "aud": "storage-crm",
            "exp": time.time() + 60,
        }
        good = jwt.encode(claims, key, algorithm="RS256", headers={"kid": "k1"})
        assert principal_from(await TokenVerifier(settings).claims(good), None).facility_id == facility
        other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        forged = jwt.encode(claims, other, algorithm="RS256", headers={"kid": "k1"})
        with pytest.raises(jwt.InvalidTokenError):
            await TokenVerifier(settings).claims(forged)
    finally:
        server.shutdown()


def test_the_local_smtp_server_keeps_each_message_where_people_and_tests_read_it(tmp_path):
    smtp_port, http_port = _free_port(), _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "deploy/local/smtp_server.py"),
            "--port",
            str(smtp_port),
            "--http-port",
            str(http_port),
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
    )
    try:
        assert b"SMTP on" in proc.stdout.readline()
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = "crm@example.com", "lea@example.com", "Bonjour"
        message.set_content("Votre invitation")
        with smtplib.SMTP("127.0.0.1", smtp_port) as client:
            client.send_message(message)
        stored = list(tmp_path.glob("*.eml"))
        assert len(stored) == 1 and b"Subject: Bonjour" in stored[0].read_bytes()
        envelope = json.loads(stored[0].with_suffix(".json").read_text())
        assert envelope["rcpt_tos"] == ["lea@example.com"]
        listing = httpx.get(f"http://127.0.0.1:{http_port}/messages", timeout=5).json()
        assert [m["id"] for m in listing] == [stored[0].stem]
    finally:
        proc.terminate()
        proc.wait(10)
