"""A running service writes only JSON lines: start-up, access log, FastStream's per-message lines, all with ids."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from pathlib import Path

import httpx
import pytest

from crm_dev.testing import KAFKA, service, service_env
from shared.contracts import topics
from shared.contracts.contacts import CustomerCreated, CustomerSnapshot
from shared.contracts.envelope import Envelope

pytestmark = pytest.mark.integration


async def publish_with_headers(envelope: Envelope, topic: str) -> None:
    """Publish as the outbox relay does: the correlation id travels in the headers too."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=KAFKA)
    await producer.start()
    try:
        headers = [("type", envelope.type.encode()), ("correlation_id", envelope.correlation_id.encode())]
        await producer.send_and_wait(
            topic, envelope.to_bytes(), key=str(envelope.aggregate_id).encode(), headers=headers
        )
    finally:
        await producer.stop()


def lines(log: Path) -> list[dict]:
    """Every line of the service's output, parsed; a line that is not JSON fails the test here."""
    out = []
    for raw in log.read_text().splitlines():
        try:
            out.append(json.loads(raw))
        except json.JSONDecodeError:
            pytest.fail(f"not a JSON line: {raw!r}")
    return out


async def wait_for_line(log: Path, predicate, what: str, timeout: float = 30.0) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [line for line in lines(log) if predicate(line)]
        if found:
            return found[0]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no log line for {what} in {timeout}s")


async def test_every_line_is_json_with_the_correlation_id(portal_db, signing_key, tmp_path, topic_namespace):
    # LOG_JSON unset: the output decides (not a terminal, so JSON); DEBUG shows FastStream's per-message lines.
    env = service_env("portal", portal_db, signing_key[1], topic_namespace) | {"PORTAL_LOG_LEVEL": "DEBUG"}
    log = tmp_path / "portal.log"
    with service("portal", env, tmp_path) as url:
        request_id = f"req-{uuid.uuid4().hex}"
        async with httpx.AsyncClient() as client:
            response = await client.get(f"{url}/me", headers={"X-Request-ID": request_id})
        assert response.status_code == 401
        access = await wait_for_line(log, lambda x: x.get("request_id") == request_id, "the request")
        assert (
            access["event"] == "request"
            and access["method"] == "GET"
            and access["route"] == "/me"
            and "path" not in access
        )
        assert access["status"] == 401 and access["duration_ms"] >= 0 and access["correlation_id"] == request_id

        cid = uuid.uuid4()
        snapshot = CustomerSnapshot(customer_id=cid, first_name="Ana", last_name="Silva", email="ana@example.com")
        envelope = Envelope.wrap(
            CustomerCreated(customer=snapshot), facility_id=uuid.uuid4(), aggregate_id=cid,
            correlation_id=f"corr-{uuid.uuid4().hex}", aggregate_version=1,
        )  # fmt: skip
        await publish_with_headers(envelope, topics.resolve("contacts.customers", topic_namespace))
        processed = await wait_for_line(
            log,
            lambda x: x.get("event") == "Processed" and x.get("correlation_id") == envelope.correlation_id,
            "the event",
        )
        assert processed["level"] == "debug" and processed["service"] == "portal"
    every = lines(log)
    assert len(every) > 5
    assert all("correlation_id" in x and "trace_id" in x and x.get("service") == "portal" for x in every), every
    received = [x for x in every if x.get("event") == "Received"]
    assert received and all(x["level"] == "debug" for x in received)
    assert not any(x.get("logger") == "uvicorn.access" for x in every)  # ours replaces uvicorn's plain line
    text = log.read_text()
    assert "\x1b[" not in text and "\\u001b" not in text  # no colour codes, raw or escaped
