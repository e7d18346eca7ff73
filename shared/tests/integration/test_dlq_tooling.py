"""`<service> dlq list | show | replay | purge` against the real broker, through the service's command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from crm_dev.testing import KAFKA, read_topic
from shared.messaging import deadletter as dl

pytestmark = pytest.mark.integration


def cli(namespace: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run `contacts dlq ...` as an operator would, with this run's topic namespace."""
    env = {**os.environ, "CONTACTS_KAFKA_BOOTSTRAP_SERVERS": KAFKA, "CONTACTS_TOPIC_NAMESPACE": namespace}
    command = [sys.executable, "-m", "contacts.entrypoints.cli", "dlq", *args]
    return subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, timeout=120)


async def dead_letters(namespace: str, origin: str, letters: list[tuple[str, str]]) -> str:
    """Put messages on `<origin>.dlq` with the headers consumers give them; the DLQ's name."""
    from aiokafka import AIOKafkaProducer

    topic = f"{namespace}{origin}.dlq"
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA)
    await producer.start()
    try:
        for n, (event_type, error) in enumerate(letters):
            headers = {
                "type": event_type, "correlation_id": f"c{n}", dl.H_ERROR: error, dl.H_ATTEMPTS: "5",
                dl.H_TOPIC: f"{namespace}{origin}", dl.H_PARTITION: "0", dl.H_OFFSET: str(n), dl.H_CONSUMER: "portal",
            }  # fmt: skip
            value = json.dumps({"type": event_type, "n": n}).encode()
            await producer.send_and_wait(
                topic, value, key=f"k{n}".encode(), headers=[(k, v.encode()) for k, v in headers.items()], partition=0
            )
    finally:
        await producer.stop()
    return topic


async def test_list_show_replay_one_replay_by_filter_and_purge(topic_namespace):
    ns = f"{topic_namespace}dlq{uuid.uuid4().hex[:6]}."
    origin = "contacts.customers"
    letters = [("contacts.customer.created", "ValueError: boom"), ("contacts.customer.updated", "KeyError: 'x'")]
    letters.append(("contacts.customer.created", "ValueError: boom again"))
    await dead_letters(ns, origin, letters)

    listed = [json.loads(line) for line in cli(ns, "list", f"{origin}.dlq").stdout.splitlines() if '"ref"' in line]
    assert [x["ref"] for x in listed] == ["0:0", "0:1", "0:2"]
    assert listed[1]["type"] == "contacts.customer.updated" and listed[1]["error"] == "KeyError: 'x'"
    assert listed[0]["consumer"] == "portal" and listed[0]["original"] == f"{ns}{origin}[0]@0"

    shown = json.loads(cli(ns, "show", origin, "0:1").stdout)  # `.dlq` is added when left out
    assert shown["headers"]["correlation_id"] == "c1" and shown["payload"] == {"type": letters[1][0], "n": 1}
    assert shown["error"] == "KeyError: 'x'" and shown["key"] == "k1"
    missing = cli(ns, "show", origin, "0:9")
    assert missing.returncode == 1 and "not 9" in missing.stderr

    one = cli(ns, "replay", f"{origin}.dlq", "--ref", "0:1")
    assert one.returncode == 0 and "replayed 1 message(s)" in one.stdout
    back = await read_topic(f"{ns}{origin}", until=lambda rs: len(rs) >= 1)
    assert [json.loads(r.value)["n"] for r in back] == [1]
    headers = dict(back[0].headers)
    assert headers["correlation_id"] == b"c1" and not set(headers) & set(dl.DLQ_HEADERS), "DLQ headers dropped"

    by_filter = cli(ns, "replay", f"{origin}.dlq", "--where", "--error", "BOOM", "--type", letters[0][0])
    assert "replayed 2 message(s)" in by_filter.stdout, by_filter.stderr
    back = await read_topic(f"{ns}{origin}", until=lambda rs: len(rs) >= 3)
    assert sorted(json.loads(r.value)["n"] for r in back) == [0, 1, 2]

    refused = cli(ns, "purge", f"{origin}.dlq", stdin="no\n")
    assert refused.returncode == 1 and "not confirmed" in refused.stderr
    assert len([line for line in cli(ns, "list", f"{origin}.dlq").stdout.splitlines() if '"ref"' in line]) == 3
    purged = cli(ns, "purge", f"{origin}.dlq", stdin=f"{ns}{origin}.dlq\n")
    assert purged.returncode == 0 and "purged 3 message(s)" in purged.stdout, purged.stderr
    assert [line for line in cli(ns, "list", f"{origin}.dlq").stdout.splitlines() if '"ref"' in line] == []
    assert "purged 0 message(s)" in cli(ns, "purge", f"{origin}.dlq", "--yes").stdout
