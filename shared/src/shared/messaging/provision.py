"""Creates topics to their contract spec (shared.contracts.topics) and brings existing ones in line with it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import TopicAlreadyExistsError, for_code
from faststream.kafka import Topic

from shared.contracts import topics
from shared.contracts.topics import TopicSpec
from shared.logs import get_logger

log = get_logger(__name__)

DYNAMIC_TOPIC_CONFIG = 1  # DescribeConfigs config_source: set on the topic itself (not a broker default)


class TopicSpecRefused(Exception):
    """The broker answered but refused to create a topic or set its configs (permissions, policy)."""


class SpecTopic(Topic):
    """A FastStream topic that a subscriber creates with its spec's configs, not the broker's defaults."""

    def __init__(self, name: str, spec: TopicSpec, replication_factor: int = 1) -> None:
        super().__init__(name, num_partitions=spec.partitions, replication_factor=replication_factor)
        self.spec = spec

    def add_prefix(self, prefix: str) -> SpecTopic:
        """The same spec under a prefixed name."""
        return SpecTopic(f"{prefix}{self.name}", self.spec, self.replication_factor)

    def to_aiokafka(self) -> NewTopic:
        """The admin-client request, configs included."""
        return NewTopic(self.name, self.num_partitions, self.replication_factor, topic_configs=self.spec.configs())


def _errors(response: Any, key: str) -> list[tuple[str, Exception]]:
    failed = []
    for item in response.to_object()[key]:
        if item["error_code"]:
            error = for_code(item["error_code"])(item.get("error_message") or "")
            failed.append((item.get("topic") or item.get("resource_name"), error))
    return failed


class TopicProvisioner:
    """Ensures topics once per process through one admin client, opened on first use."""

    def __init__(
        self,
        bootstrap_servers: str,
        *,
        namespace: str = "",
        replication_factor: int = 1,
        request_timeout_ms: int = 10_000,
    ) -> None:
        self._options = {"bootstrap_servers": bootstrap_servers, "request_timeout_ms": request_timeout_ms}
        self.namespace = namespace
        self.replication_factor = replication_factor
        self._admin: AIOKafkaAdminClient | None = None
        self._done: set[str] = set()

    async def _client(self) -> AIOKafkaAdminClient:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**self._options)
            await admin.start()
            self._admin = admin
        return self._admin

    async def close(self) -> None:
        """Close the admin client."""
        if self._admin is not None:
            await self._admin.close()
            self._admin = None

    async def ensure_physical(self, topic: str) -> None:
        """Ensure a topic named as on the broker (with the namespace), e.g. an outbox row's topic."""
        if topic not in self._done:
            await self.ensure([topics.spec(topic.removeprefix(self.namespace))])

    async def ensure(self, specs: Iterable[TopicSpec]) -> None:
        """Create the missing topics with their specs; set the spec's configs where a topic differs."""
        wanted = {topics.resolve(s.name, self.namespace): s for s in specs}
        wanted = {name: s for name, s in wanted.items() if name not in self._done}
        if not wanted:
            return
        try:
            await self._ensure(await self._client(), wanted)
        except TopicSpecRefused:
            self._done.update(wanted)  # asking again would be refused again
            raise
        except Exception:
            await self.close()  # a broken connection is not reused
            raise
        self._done.update(wanted)

    async def _ensure(self, admin: AIOKafkaAdminClient, wanted: dict[str, TopicSpec]) -> None:
        existing = set(await admin.list_topics())
        new = [NewTopic(n, s.partitions, self.replication_factor, topic_configs=s.configs()) for n, s in wanted.items()]
        new = [t for t in new if t.name not in existing]
        check = [name for name in wanted if name in existing]
        if new:
            for name, error in _errors(await admin.create_topics(new), "topic_errors"):
                if not isinstance(error, TopicAlreadyExistsError):
                    raise TopicSpecRefused(f"creating {name}: {error!r}")
                check.append(name)  # another instance created it first: its configs are checked below
        if check:
            await self._align(admin, {name: wanted[name] for name in check})

    async def _align(self, admin: AIOKafkaAdminClient, found: dict[str, TopicSpec]) -> None:
        """Set each spec's configs on existing topics that differ, keeping their other topic-level configs."""
        described = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in found])
        changes = []
        for response in described:
            for resource in response.to_object()["resources"]:
                name, entries = resource["resource_name"], resource["config_entries"]
                if resource["error_code"]:  # not described yet (just created by another instance, to spec)
                    log.warning("topic configs not described", topic=name, error_code=resource["error_code"])
                    continue
                current = {e["config_names"]: e["config_value"] for e in entries}
                wanted = found[name].configs()
                if all(current.get(k) == v for k, v in wanted.items()):
                    continue
                # AlterConfigs replaces the topic's own configs as a whole: keep those the spec does not own.
                own = {
                    e["config_names"]: e["config_value"] for e in entries if e["config_source"] == DYNAMIC_TOPIC_CONFIG
                }
                changes.append(ConfigResource(ConfigResourceType.TOPIC, name, configs={**own, **wanted}))
                log.info("topic configs aligned with its spec", topic=name, was={k: current.get(k) for k in wanted})
        if changes:
            for response in await admin.alter_configs(changes):
                for name, error in _errors(response, "resources"):
                    raise TopicSpecRefused(f"setting the configs of {name}: {error!r}")
