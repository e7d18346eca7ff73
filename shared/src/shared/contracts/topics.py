"""Topic names and specs. Every event of one aggregate goes to one topic keyed by the aggregate id.

A topic's spec (partitions, retention, cleanup policy) is part of its contract: whichever service
creates the topic (a subscriber, the outbox relay, a dead-letter) creates it with these settings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

CUSTOMERS = "contacts.customers"
IMPORT_CHUNKS = "importer.chunks"
IMPORT_RESULTS = "contacts.import-results"
PORTAL = "portal.accounts"
SIGNIN_EMAILS = "portal.signin-emails"
NOTIFICATIONS = "notifications.emails"
BILLING = "billing.customers"
APPOINTMENTS = "scheduling.appointments"
# Compacted: the newest state of each entity, keyed by its id, kept forever (shared.contracts.snapshots).
CUSTOMER_SNAPSHOTS = "contacts.customer-snapshots"
PERSON_SNAPSHOTS = "contacts.person-snapshots"
CAR_SNAPSHOTS = "contacts.car-snapshots"
DOCUMENT_SNAPSHOTS = "contacts.document-snapshots"
SNAPSHOTS = (CUSTOMER_SNAPSHOTS, PERSON_SNAPSHOTS, CAR_SNAPSHOTS, DOCUMENT_SNAPSHOTS)

ALL = (
    CUSTOMERS,
    IMPORT_CHUNKS,
    IMPORT_RESULTS,
    PORTAL,
    SIGNIN_EMAILS,
    NOTIFICATIONS,
    BILLING,
    APPOINTMENTS,
    *SNAPSHOTS,
)

HOUR_MS = 3_600_000
DAY_MS = 24 * HOUR_MS


@dataclass(frozen=True)
class TopicSpec:
    """How a topic is created: partitions (consumer parallelism), retention and cleanup policy."""

    name: str
    partitions: int = 6
    retention_ms: int = 7 * DAY_MS
    cleanup_policy: Literal["delete", "compact"] = "delete"
    # Retention only deletes closed segments: a short retention needs segments that close as often.
    segment_ms: int | None = None
    # How long what the consumers could not handle waits in `<name>.dlq` for a replay.
    dlq_retention_ms: int = 14 * DAY_MS

    def configs(self) -> dict[str, str]:
        """The topic configs (Kafka names) this spec sets."""
        # A compacted topic keeps each key's newest message however old it is (retention.ms -1).
        retention = -1 if self.cleanup_policy == "compact" else self.retention_ms
        configs = {"retention.ms": str(retention), "cleanup.policy": self.cleanup_policy}
        if self.segment_ms is not None:
            configs["segment.ms"] = str(self.segment_ms)
        return configs

    def dlq(self) -> TopicSpec:
        """The spec of this topic's dead-letter topic (never compacted: every failure is kept)."""
        return replace(
            self, name=dlq(self.name), partitions=1, retention_ms=self.dlq_retention_ms, cleanup_policy="delete"
        )


SPECS: dict[str, TopicSpec] = {
    spec.name: spec
    for spec in (
        TopicSpec(CUSTOMERS),
        TopicSpec(IMPORT_CHUNKS),
        TopicSpec(IMPORT_RESULTS),
        TopicSpec(PORTAL),
        # Sign-in links (sealed) live one hour, as long as the links themselves; failures no longer.
        TopicSpec(SIGNIN_EMAILS, retention_ms=HOUR_MS, segment_ms=10 * 60_000, dlq_retention_ms=HOUR_MS),
        TopicSpec(NOTIFICATIONS),
        TopicSpec(BILLING),
        TopicSpec(APPOINTMENTS),
        *(TopicSpec(name, cleanup_policy="compact") for name in SNAPSHOTS),
    )
}


def spec(topic: str) -> TopicSpec:
    """The spec of a topic or dead-letter topic, by its name without namespace (unknown names: the default)."""
    if topic in SPECS:
        return SPECS[topic]
    if topic.endswith(".dlq"):
        return spec(topic.removesuffix(".dlq")).dlq()
    return TopicSpec(topic)


def dlq(topic: str) -> str:
    """The dead-letter topic of a topic."""
    return f"{topic}.dlq"


def resolve(topic: str, namespace: str = "") -> str:
    """The physical topic name under a namespace (empty in production, per-run in tests)."""
    return f"{namespace}{topic}"
