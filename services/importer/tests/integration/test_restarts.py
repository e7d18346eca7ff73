"""Contacts is killed (SIGKILL) mid-import and the importer restarts too: exact counts, no duplicates."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from crm_dev.testing import KAFKA, eventually, free_port, running_app
from importer.bootstrap import create_app

from .conftest import count_customers, upload, wait_status

pytestmark = pytest.mark.integration

ROWS, CHUNK = 6000, 20


@contextmanager
def contacts_process(env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`contacts serve` as a real process the test can kill without warning."""
    port = free_port()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "contacts.entrypoints.cli", "serve", "--port", str(port)],
            env={**os.environ, **env},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        for _ in range(450):
            if proc.poll() is not None:
                raise RuntimeError(f"contacts exited; see {log}")
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            subprocess.run(["sleep", "0.2"], check=True)  # startup wait of a child process, not of an event
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


async def test_kill_contacts_and_restart_importer_mid_import_then_counts_are_exact(
    importer_settings, contacts_db, signing_key, topic_namespace, token_for, facility, tmp_path
):
    settings = importer_settings.model_copy(
        update={"max_upload_bytes": 10**7, "chunk_rows": CHUNK, "chunks_per_commit": 2}
    )
    env = {
        "CONTACTS_DATABASE_URL": contacts_db,
        "CONTACTS_KAFKA_BOOTSTRAP_SERVERS": KAFKA,
        "CONTACTS_TOPIC_NAMESPACE": topic_namespace,
        "CONTACTS_JWT_PUBLIC_KEY_PATH": signing_key[1],
        "CONTACTS_RELAY_POLL_INTERVAL_S": "0.2",
        "CONTACTS_LOG_LEVEL": "WARNING",
    }
    owner = token_for("owner", facility)
    body = "First name,Last name,Email\r\n" + "".join(f"F{i},L{i},r{i}@restart.fr\r\n" for i in range(ROWS))
    log = tmp_path / "contacts.log"
    with contacts_process(env, log) as first:
        async with running_app(create_app(settings)) as importer:
            job = (await upload(importer, owner, body.encode())).json()
            await wait_status(importer, owner, job["id"], "ready")
            await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)

            async def some_applied():
                view = (await importer.get(f"/imports/{job['id']}", headers=owner)).json()
                return view if view["progress"]["chunks_applied"] >= 3 else None

            await eventually(some_applied, timeout=60, what="a few chunks applied")
            first.kill()
            first.wait(10)
            interrupted = (await importer.get(f"/imports/{job['id']}", headers=owner)).json()
            assert interrupted["status"] == "sending", "contacts finished before it was killed"
            assert interrupted["progress"]["chunks_applied"] < ROWS // CHUNK
    # The importer restarts while contacts is down, then contacts comes back.
    async with running_app(create_app(settings)) as importer:
        with contacts_process(env, log):
            done = await wait_status(importer, owner, job["id"], "completed", timeout=120)
    progress = done["progress"]
    assert (progress["created"], progress["skipped"], progress["failed"]) == (ROWS, 0, 0), progress
    assert (progress["chunks_total"], progress["chunks_applied"]) == (ROWS // CHUNK, ROWS // CHUNK)
    assert await count_customers(contacts_db, facility) == (ROWS, ROWS)
