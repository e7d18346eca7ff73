"""Helpers for tests against the real PostgreSQL and Kafka (process-started, or containers: crm_dev.testinfra)."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import httpx
from aiokafka import AIOKafkaConsumer
from fastapi import FastAPI

from shared import migrate

T = TypeVar("T")

ADMIN_URL = os.environ.get("CRM_ADMIN_DATABASE_URL", "postgresql://crm_admin:crm_admin@127.0.0.1:55432/postgres")
KAFKA = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")


async def create_database(prefix: str) -> str:
    """A new empty database with pg_trgm and citext; returns its SQLAlchemy asyncpg URL."""
    name = f"t_{prefix}_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(ADMIN_URL)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    base = ADMIN_URL.rsplit("/", 1)[0]
    conn = await asyncpg.connect(f"{base}/{name}")
    try:
        await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS citext")
    finally:
        await conn.close()
    return f"{base.replace('postgresql://', 'postgresql+asyncpg://', 1)}/{name}"


async def drop_database(url: str) -> None:
    """Drop a database made by create_database, closing its connections first."""
    name = url.rsplit("/", 1)[1]
    admin = await asyncpg.connect(ADMIN_URL)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def migrated_database(prefix: str, migrations_dir: Any) -> str:
    """A new database upgraded to the newest migration of a service."""
    url = await create_database(prefix)
    await asyncio.to_thread(migrate.upgrade, migrations_dir, url)
    return url


async def eventually(
    probe: Callable[[], Awaitable[T]],
    *,
    timeout: float = 60.0,
    interval: float = 0.05,
    what: str = "condition",
) -> T:
    """Poll `probe` until it returns a truthy value or the deadline passes (no blind sleeps)."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        last = await probe()
        if last:
            return last  # type: ignore[no-any-return]
        await asyncio.sleep(interval)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}; last value: {last!r}")


@asynccontextmanager
async def running_app(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    """Run an app's lifespan (broker, consumers, relay) and give an HTTP client to it."""
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


async def read_topic(topic: str, *, until: Callable[[list[Any]], bool], timeout: float = 60.0) -> list[Any]:
    """Consume a topic from the beginning (no group) until `until(records)` holds."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=KAFKA, auto_offset_reset="earliest", group_id=None)
    await consumer.start()
    records: list[Any] = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=200)
            for items in batch.values():
                records.extend(items)
            if until(records):
                return records
        raise AssertionError(f"timed out reading {topic}: {len(records)} record(s)")
    finally:
        await consumer.stop()


async def settled(container: Any, timeout: float = 60.0) -> None:
    """Wait until every consumer group of a service's container has consumed its topics to their end.

    A test that snapshots the database (the cross-facility checker) calls this first: the run's other tests
    share the topics, and a group still catching up on their events would change rows during the snapshot.
    """
    from aiokafka import TopicPartition
    from aiokafka.admin import AIOKafkaAdminClient

    groups: dict[str, list[str]] = container.ops.groups
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    offsets = AIOKafkaConsumer(bootstrap_servers=KAFKA, group_id=None)
    await admin.start()
    await offsets.start()
    try:
        names = sorted({t for ts in groups.values() for t in ts})
        described = {d["topic"]: d for d in await admin.describe_topics(names) if not d["error_code"]}
        parts = {t: [TopicPartition(t, p["partition"]) for p in d["partitions"]] for t, d in described.items()}

        async def caught_up() -> list[str]:
            every = [tp for tps in parts.values() for tp in tps]
            start, end = await offsets.beginning_offsets(every), await offsets.end_offsets(every)
            behind = []
            for group, group_topics in groups.items():
                committed = await admin.list_consumer_group_offsets(group)
                for tp in [tp for t in group_topics for tp in parts.get(t, [])]:
                    done = committed[tp].offset if tp in committed and committed[tp].offset >= 0 else start[tp]
                    if done < end[tp]:
                        behind.append(f"{group} {tp.topic}[{tp.partition}] {end[tp] - done}")
            return behind

        lagging: list[str] = []

        async def none_behind() -> bool:
            lagging[:] = await caught_up()
            return not lagging

        try:
            await eventually(none_behind, timeout=timeout, interval=0.1, what="the consumers to catch up")
        except AssertionError:
            raise AssertionError(f"consumers still behind after {timeout}s: {lagging}") from None
    finally:
        await offsets.stop()
        await admin.close()


async def publish(
    event: Any, *, facility_id: uuid.UUID, aggregate_id: uuid.UUID, namespace: str, version: int | None = None
) -> Any:
    """Publish one event to its topic as another service would; returns the envelope."""
    from shared.contracts import topics
    from shared.contracts.envelope import Envelope

    envelope = Envelope.wrap(
        event, facility_id=facility_id, aggregate_id=aggregate_id, correlation_id="test", aggregate_version=version
    )
    await publish_envelope(envelope, topics.resolve(event.topic, namespace))
    return envelope


async def publish_envelope(envelope: Any, topic: str) -> None:
    """Put an envelope's bytes on a topic, keyed by its aggregate id."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=KAFKA)
    await producer.start()
    try:
        await producer.send_and_wait(topic, envelope.to_bytes(), key=str(envelope.aggregate_id).encode())
    finally:
        await producer.stop()


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def service(name: str, env: dict[str, str], log_dir: Path) -> Iterator[str]:
    """Run `<name> serve` until the block ends; yields its base URL once it reports ready."""
    port = free_port()
    log_dir.mkdir(parents=True, exist_ok=True)
    log = (log_dir / f"{name}.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", f"{name}.entrypoints.cli", "serve", "--port", str(port)],
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"{name} exited with {proc.returncode}; see {log_dir / (name + '.log')}")
            try:
                if httpx.get(f"{url}/health/ready", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{name} not ready in 90 s")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


async def topic_configs(topic: str, timeout: float = 10.0) -> dict[str, str]:
    """A topic's effective configs as the broker describes them (retention.ms, cleanup.policy, ...).

    A topic just created may not be described yet: this waits until it is.
    """
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA)
    await admin.start()

    async def described() -> dict[str, str]:
        [response] = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic)])
        [resource] = response.to_object()["resources"]
        entries = [] if resource["error_code"] else resource["config_entries"]
        return {e["config_names"]: e["config_value"] for e in entries}

    try:
        return await eventually(described, timeout=timeout, what=f"the configs of {topic}")
    finally:
        await admin.close()


def schemathesis(
    url: str, headers: dict[str, str], *, max_examples: int, extra: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """Run schemathesis against a served app's own OpenAPI with the `not_a_server_error` check; its report."""
    st = shutil.which("st") or str(Path(sys.executable).with_name("st"))
    command = [st, "run", f"{url}/openapi.json", "--url", url, "--checks", "not_a_server_error"]
    for name, value in headers.items():
        command += ["--header", f"{name}: {value}"]
    command += ["--max-examples", str(max_examples), "--workers", "1", "--request-timeout", "10"]
    command += ["--generation-deterministic", "--no-color", *extra]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": ""}
    return subprocess.run(command, capture_output=True, text=True, timeout=600, env=env)


def assert_no_server_error(run: subprocess.CompletedProcess[str], *, at_least: int) -> int:
    """Every generated request passed (no 5xx, no timeout) and there were enough of them; their count."""
    report = run.stdout
    failures = report.partition("FAILURES")[2].partition("WARNINGS")[0]
    summary = (failures or report[-4000:])[:6000]
    assert "ST101" not in report and "Server error" not in report, summary
    generated = re.search(r"(\d+) generated, (\d+) passed", report)
    assert generated and generated.group(1) == generated.group(2), summary
    assert int(generated.group(1)) >= at_least, summary
    # CPython 3.11.7's ast.parse can fail inside Hypothesis while it names a strategy for its report
    # ("AST constructor recursion depth mismatch"); that is the tool's own error, not a response of ours.
    errors = re.findall(r"(\w+Error): ([^\n]+)", report) if run.returncode else []
    assert all("AST constructor recursion depth mismatch" in msg for _, msg in errors), summary
    print(f"schemathesis: {generated.group(1)} generated, {generated.group(2)} passed, 0 server errors")
    return int(generated.group(1))


def service_env(prefix: str, database_url: str, key_path: str, namespace: str, **more: str) -> dict[str, str]:
    """Environment of a service run by `service()` in a test: its database, the test key, this run's topics."""
    values = {"database_url": database_url, "jwt_public_key_path": key_path, "root_path": "", **more}
    values |= {"topic_namespace": namespace, "log_level": "WARNING", "kafka_bootstrap_servers": KAFKA}
    return {f"{prefix.upper()}_{name.upper()}": value for name, value in values.items()}
