"""Documents on a real S3-compatible server (SeaweedFS, started here): shared by replicas, signed downloads, removal."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from contacts.adapters.s3_storage import S3Storage
from contacts.bootstrap import create_app
from contacts.config import Settings
from crm_dev.testing import running_app

from .conftest import unique_email

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[4]
ACCESS, SECRET = "crm-tests", "crm-tests-secret-key"


def _weed() -> str | None:
    cache = Path(os.environ.get("CRM_CACHE_DIR", ROOT / ".cache"))
    built = cache / "seaweedfs" / "weed"
    return str(built) if built.exists() else shutil.which("weed")


def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A SeaweedFS server (master, volume, filer, S3 gateway) with one identity; its S3 endpoint URL."""
    weed = _weed()
    if weed is None:
        pytest.skip("SeaweedFS `weed` is not built: run scripts/seaweedfs.sh (needs Go)")
    data = tmp_path_factory.mktemp("seaweedfs")
    config = data / "s3.json"
    identity = {"name": "crm", "credentials": [{"accessKey": ACCESS, "secretKey": SECRET}], "actions": ["Admin"]}
    config.write_text(json.dumps({"identities": [identity]}))
    ports = _free_ports(8)  # every port explicit: weed's default gRPC port is its port + 10000 (past 65535 here)
    names = ("master.port", "master.port.grpc", "volume.port", "volume.port.grpc", "filer.port", "filer.port.grpc")
    command = [weed, "server", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", "-filer", "-s3"]
    command += [f"-{name}={port}" for name, port in zip(names, ports, strict=False)]
    command += [f"-s3.port={ports[6]}", f"-s3.port.grpc={ports[7]}", f"-s3.config={config}"]
    command += ["-s3.port.iceberg=0", "-s3.port.lance=0"]
    command += ["-volume.max=4", "-master.volumeSizeLimitMB=64"]
    log = (data / "weed.log").open("wb")
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    endpoint = f"http://127.0.0.1:{ports[6]}"
    try:
        deadline = time.monotonic() + 90
        while True:  # the S3 gateway answers once the filer and a volume are up: an unsigned request gets 403
            if process.poll() is not None:
                pytest.fail(f"weed exited: {(data / 'weed.log').read_text()[-2000:]}")
            try:
                if httpx.get(endpoint, timeout=1).status_code in (200, 403):
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"SeaweedFS did not start: {(data / 'weed.log').read_text()[-2000:]}")
            time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _s3_settings(settings_for, contacts_db, endpoint: str, tmp_path: Path, bucket: str, replica: str) -> Settings:
    return settings_for(
        Settings,
        contacts_db,
        documents_backend="s3",
        documents_dir=str(tmp_path / replica),  # never used: each replica has its own, and needs none
        s3_endpoint_url=endpoint,
        s3_bucket=bucket,
        s3_access_key_id=ACCESS,
        s3_secret_access_key=SECRET,
        s3_create_bucket=True,
    )


async def test_a_document_stored_by_one_replica_downloads_from_another_and_is_removed_from_the_bucket(
    s3_endpoint, contacts_db, settings_for, token_for, tmp_path
):
    bucket = f"docs-{uuid.uuid4().hex[:8]}"
    owner = token_for("owner", uuid.uuid4())
    one = create_app(_s3_settings(settings_for, contacts_db, s3_endpoint, tmp_path, bucket, "one"))
    two = create_app(_s3_settings(settings_for, contacts_db, s3_endpoint, tmp_path, bucket, "two"))
    body = os.urandom(300_000)  # several of S3's chunks' worth, not text
    async with running_app(one) as first, running_app(two) as second:
        customer = (
            await first.post(
                "/customers", json={"first_name": "S", "last_name": "Three", "email": unique_email()}, headers=owner
            )
        ).json()
        files = {"file": ("scan.pdf", body, "application/pdf")}
        uploaded = await first.post(f"/customers/{customer['id']}/documents", files=files, headers=owner)
        assert uploaded.status_code == 201, uploaded.text
        doc = uploaded.json()["id"]
        link = (await first.post(f"/customers/{customer['id']}/documents/{doc}/link", headers=owner)).json()

        downloaded = await second.get(f"/{link['url']}")
        assert downloaded.status_code == 200 and downloaded.content == body
        assert not (tmp_path / "one").exists() and not (tmp_path / "two").exists()

        # The object is in the bucket, read with an independent client.
        reader = S3Storage(bucket, endpoint_url=s3_endpoint, access_key_id=ACCESS, secret_access_key=SECRET)
        try:
            listed = await (await reader._s3()).list_objects_v2(Bucket=bucket)
            keys = [o["Key"] for o in listed.get("Contents", [])]
            assert len(keys) == 1 and await reader.get(keys[0].split("/")[-1]) == body

            assert (
                await second.delete(f"/customers/{customer['id']}/documents/{doc}", headers=owner)
            ).status_code == 204
            assert (await (await reader._s3()).list_objects_v2(Bucket=bucket)).get("KeyCount", 0) == 0
            with pytest.raises(FileNotFoundError):
                await reader.get(keys[0].split("/")[-1])
        finally:
            await reader.close()


async def test_wrong_credentials_are_refused_by_the_server(s3_endpoint):
    storage = S3Storage("any-bucket", endpoint_url=s3_endpoint, access_key_id=ACCESS, secret_access_key="wrong")
    try:
        with pytest.raises(Exception, match=r"SignatureDoesNotMatch|AccessDenied|InvalidAccessKeyId"):
            await storage.put("a" * 64, b"x")
    finally:
        await storage.close()
