"""Where the event path's time goes: per-event stage timestamps and the services' own relay/consumer metrics."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from collections.abc import Iterable

import asyncpg
import httpx
from _services import percentile
from aiokafka import AIOKafkaConsumer

from shared.contracts import topics
from shared.contracts.contacts import CustomerCreated, CustomerSnapshot
from shared.contracts.envelope import Envelope
from shared.db import outbox_row

_SAMPLE = re.compile(r"^(?P<name>[a-z_]+)(?:\{(?P<labels>[^}]*)\})? (?P<value>[0-9.e+-]+)$")


def scrape(url: str) -> dict[str, float]:
    """A service's Prometheus counters and sums, by `name{labels}`."""
    out: dict[str, float] = {}
    for line in httpx.get(f"{url}/metrics", timeout=5).text.splitlines():
        match = _SAMPLE.match(line)
        if match:
            out[f"{match['name']}{{{match['labels'] or ''}}}"] = float(match["value"])
    return out


def delta(before: dict[str, float], after: dict[str, float], prefix: str) -> float:
    """The increase of every sample whose key starts with prefix."""
    return sum(after[k] - before.get(k, 0.0) for k in after if k.startswith(prefix))


def metric_means(c0: dict[str, float], c1: dict[str, float], n0: dict[str, float], n1: dict[str, float]) -> dict:
    """Relay batch rows and phase times, consumer batch size and apply time, means over the run."""
    batches = max(delta(c0, c1, "outbox_relay_batch_rows_count"), 1.0)
    applies = max(delta(n0, n1, 'event_handle_seconds_count{consumer="notifications-recipients"'), 1.0)
    out = {
        "relay_batches": int(batches),
        "relay_rows_per_batch": delta(c0, c1, "outbox_relay_batch_rows_sum") / batches,
    }
    for phase in ("claim", "publish", "commit"):
        out[f"relay_{phase}_ms"] = delta(c0, c1, f'outbox_relay_seconds_sum{{phase="{phase}"') / batches * 1000
    handled = delta(n0, n1, 'events_consumed_total{consumer="notifications-recipients"')
    out["consumer_batches"] = int(applies)
    out["consumer_events_per_batch"] = handled / applies
    out["consumer_apply_ms"] = (
        delta(n0, n1, 'event_handle_seconds_sum{consumer="notifications-recipients"') / applies * 1000
    )
    return {k: round(v, 2) if isinstance(v, float) else v for k, v in out.items()}


class Observer:
    """A raw consumer of the topic in its own group: when each key's record was produced and fetched."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.consumer = AIOKafkaConsumer(
            topic, bootstrap_servers=bootstrap, group_id=f"observer-{uuid.uuid4().hex[:6]}", auto_offset_reset="latest"
        )
        self.produced: dict[uuid.UUID, float] = {}
        self.fetched: dict[uuid.UUID, float] = {}
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self.consumer.start()
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            batch = await self.consumer.getmany(timeout_ms=1000)
            now = time.time()
            for records in batch.values():
                for r in records:
                    key = uuid.UUID(r.key.decode())
                    self.produced.setdefault(key, r.timestamp / 1000)
                    self.fetched.setdefault(key, now)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
        await self.consumer.stop()


async def watch_visible(dsn: str, facility_id: uuid.UUID, pending: set[uuid.UUID], seen: dict, stop: asyncio.Event):
    """Poll the view every 5 ms for ids not yet seen: when each one's consumer transaction became visible."""
    conn = await asyncpg.connect(dsn)
    try:
        while not (stop.is_set() and not pending):
            if pending:
                rows = await conn.fetch(
                    "SELECT customer_id, extract(epoch FROM updated_at) AS at FROM recipients"
                    " WHERE facility_id = $1 AND customer_id = ANY($2::uuid[])",
                    facility_id,
                    list(pending),
                )
                now = time.time()
                for r in rows:
                    seen[r["customer_id"]] = (now, float(r["at"]))
                    pending.discard(r["customer_id"])
            await asyncio.sleep(0.005)
    finally:
        await conn.close()


def stages(committed: dict, observer: Observer, seen: dict) -> dict[str, list[float]]:
    """Per-event ms of each stage: commit->produced->(observer fetched) and produced->apply start->visible."""
    out: dict[str, list[float]] = {k: [] for k in ("relay_pickup", "kafka_delivery", "consumer_start", "apply_commit")}
    for cid, t_commit in committed.items():
        if cid not in observer.produced or cid not in seen:
            continue
        produced, fetched = observer.produced[cid], observer.fetched[cid]
        visible, started = seen[cid]
        out["relay_pickup"].append((produced - t_commit) * 1000)
        out["kafka_delivery"].append((fetched - produced) * 1000)
        out["consumer_start"].append((started - produced) * 1000)
        out["apply_commit"].append((visible - started) * 1000)
    return out


def summary(values: Iterable[float]) -> str:
    v = list(values)
    return f"p50 {percentile(v, 50):6.1f}  p99 {percentile(v, 99):6.1f}"


class OutboxWriter:
    """Commits CustomerCreated outbox rows as contacts' unit of work writes them, for a fraction of the CPU.

    The service-layer write (ORM, rules, timeline) costs more CPU than two shared cores give at 500/s,
    which would make the bench's client the limit; the event path starts at the outbox row's commit either way.
    """

    def __init__(self, dsn: str, namespace: str) -> None:
        self.dsn, self.namespace = dsn, namespace
        self.pool: asyncpg.Pool | None = None

    async def start(self) -> None:
        self.pool = await asyncpg.create_pool(self.dsn, min_size=10, max_size=10)

    async def write(self, facility_id: uuid.UUID) -> uuid.UUID:
        """One committed row (its own transaction, so its NOTIFY fires at its commit); returns the customer id."""
        customer_id = uuid.uuid4()
        event = CustomerCreated(
            customer=CustomerSnapshot(customer_id=customer_id, first_name="Bench", last_name="Mark")
        )
        env = Envelope.wrap(
            event, facility_id=facility_id, aggregate_id=customer_id, aggregate_version=1, correlation_id="bench"
        )
        row = outbox_row(topics.resolve(topics.CUSTOMERS, self.namespace), env)
        assert self.pool is not None
        await self.pool.execute(
            "INSERT INTO outbox (event_id, topic, key, shard, value, headers) VALUES ($1, $2, $3, $4, $5, $6::jsonb)",
            row["event_id"],
            row["topic"],
            row["key"],
            row["shard"],
            row["value"],
            json.dumps(row["headers"]),
        )
        return customer_id

    async def stop(self) -> None:
        if self.pool is not None:
            await self.pool.close()
