"""What an operator watches, measured when Prometheus scrapes: consumer lag, outbox backlog, DLQ depth, SQL gauges."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client.core import REGISTRY, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.contracts import topics
from shared.logs import get_logger

log = get_logger(__name__)

_OUTBOX = text("SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0) FROM outbox")


class _Snapshot(Collector):
    """Serves the families of the last refresh (scrapes refresh first; collect itself cannot await)."""

    def __init__(self) -> None:
        self.families: list[Metric] = []

    def collect(self) -> Iterator[Metric]:
        yield from self.families

    def describe(self) -> Iterable[Metric]:
        return ()


SNAPSHOT = _Snapshot()
REGISTRY.register(SNAPSHOT)


@dataclass(frozen=True)
class SqlGauge:
    """A gauge read from the service's database: `sql` returns rows of (label values..., value)."""

    name: str
    documentation: str
    sql: str
    labels: tuple[str, ...] = ()
    # Label values always shown (0 when the query has no row for them), so alerts and dashboards see the series.
    expected: tuple[tuple[str, ...], ...] = ()


class OpsMetrics:
    """Refreshes the snapshot for one service: its consumer groups, outbox, dead-letter topics, SQL gauges."""

    def __init__(self, service: str, engine: AsyncEngine, bootstrap_servers: str, namespace: str) -> None:
        self.service, self.engine = service, engine
        self.bootstrap_servers, self.namespace = bootstrap_servers, namespace
        self.groups: dict[str, list[str]] = {}
        self.sql_gauges: list[SqlGauge] = []
        self._admin: AIOKafkaAdminClient | None = None
        self._offsets: AIOKafkaConsumer | None = None
        self._lock = asyncio.Lock()

    def add_group(self, group: str, logical_topics: Iterable[str]) -> None:
        """A consumer group of this service and the topics it reads (logical names)."""
        self.groups.setdefault(group, []).extend(topics.resolve(t, self.namespace) for t in logical_topics)

    async def refresh(self, timeout_s: float = 4.0) -> None:
        """Measure everything now; a part that fails or is slow is left out of this scrape (and logged)."""
        async with self._lock:
            families = [*await self._part(self._outbox(), timeout_s), *await self._part(self._sql(), timeout_s)]
            families += await self._part(self._kafka(), timeout_s)
            SNAPSHOT.families = families

    async def close(self) -> None:
        """Close the Kafka clients used for offsets."""
        if self._offsets is not None:
            await self._offsets.stop()
        if self._admin is not None:
            await self._admin.close()
        self._admin = self._offsets = None

    async def _part(self, measure: Any, timeout_s: float) -> list[Metric]:
        try:
            async with asyncio.timeout(timeout_s):
                return list(await measure)
        except Exception as exc:
            log.warning("metrics not measured", part=measure.__qualname__, error=repr(exc))
            return []

    def _family(self, name: str, doc: str, labels: Iterable[str] = ()) -> GaugeMetricFamily:
        return GaugeMetricFamily(name, doc, labels=["service", *labels])

    async def _outbox(self) -> list[Metric]:
        async with self.engine.connect() as conn:
            count, age = (await conn.execute(_OUTBOX)).one()
        backlog = self._family("crm_outbox_backlog", "Outbox rows not yet published to Kafka")
        backlog.add_metric([self.service], float(count))
        oldest = self._family("crm_outbox_oldest_age_seconds", "Age of the oldest unpublished outbox row (0 if none)")
        oldest.add_metric([self.service], float(age))
        return [backlog, oldest]

    async def _sql(self) -> list[Metric]:
        families: list[Metric] = []
        async with self.engine.connect() as conn:
            for gauge in self.sql_gauges:
                values = {g: 0.0 for g in gauge.expected}
                for row in (await conn.execute(text(gauge.sql))).all():
                    values[tuple(str(v) for v in row[:-1])] = float(row[-1] or 0)
                family = self._family(gauge.name, gauge.documentation, gauge.labels)
                for label_values, value in sorted(values.items()):
                    family.add_metric([self.service, *label_values], value)
                families.append(family)
        return families

    async def _clients(self) -> tuple[AIOKafkaAdminClient, AIOKafkaConsumer]:
        if self._admin is None or self._offsets is None:
            self._admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap_servers, request_timeout_ms=3000)
            self._offsets = AIOKafkaConsumer(bootstrap_servers=self.bootstrap_servers, group_id=None)
            await self._admin.start()
            await self._offsets.start()
        return self._admin, self._offsets

    async def _kafka(self) -> list[Metric]:
        admin, offsets = await self._clients()
        consumed = sorted({t for ts in self.groups.values() for t in ts})
        dlqs = [topics.dlq(t) for t in consumed]
        described = {d["topic"]: d for d in await admin.describe_topics([*consumed, *dlqs]) if not d["error_code"]}
        parts = {t: [TopicPartition(t, p["partition"]) for p in d["partitions"]] for t, d in described.items()}
        every = [tp for tps in parts.values() for tp in tps]
        start, end = await offsets.beginning_offsets(every), await offsets.end_offsets(every)
        started = time.monotonic()
        lag = self._family("crm_consumer_lag", "Messages not yet consumed", ["group", "topic", "partition"])
        lag_max = self._family("crm_consumer_lag_max", "Largest partition lag of a consumer group", ["group"])
        for group, group_topics in sorted(self.groups.items()):
            committed = await admin.list_consumer_group_offsets(group)
            worst = 0
            for tp in [tp for t in group_topics for tp in parts.get(t, [])]:
                position = committed[tp].offset if tp in committed and committed[tp].offset >= 0 else start[tp]
                behind = max(0, end[tp] - position)
                worst = max(worst, behind)
                lag.add_metric([self.service, group, tp.topic, str(tp.partition)], float(behind))
            lag_max.add_metric([self.service, group], float(worst))
        depth = self._family("crm_dlq_depth", "Messages in a dead-letter topic", ["topic"])
        for dlq_topic in dlqs:
            held = sum(end[tp] - start[tp] for tp in parts.get(dlq_topic, []))
            depth.add_metric([self.service, dlq_topic], float(held))
        log.debug("kafka metrics measured", seconds=round(time.monotonic() - started, 3))
        return [lag, lag_max, depth]
