"""Links forged with the development secrets are refused in production because such a service never starts."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize(
    ("service", "secrets"),
    [
        ("notifications", ["NOTIFICATIONS_UNSUBSCRIBE_SECRET", "NOTIFICATIONS_WEBHOOK_SECRET"]),
        ("contacts", ["CONTACTS_SIGNING_SECRET"]),
    ],
)
def test_a_service_in_production_mode_with_the_dev_secrets_refuses_to_start(system, service, secrets):
    # The local environment (env.sh) with its development defaults, only the mode switched to production.
    env = {**os.environ, "CRM_ENV": "production"}
    for name in secrets:
        env.pop(name, None)
    command = [sys.executable, "-m", f"{service}.entrypoints.cli", "serve", "--port", str(_free_port())]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        output, _ = proc.communicate()
        pytest.fail(f"{service} started in production mode with the development secrets:\n{output[-2000:]}")
    assert proc.returncode != 0, output[-2000:]
    assert "CRM_ENV=production" in output and all(name in output for name in secrets), output[-2000:]
