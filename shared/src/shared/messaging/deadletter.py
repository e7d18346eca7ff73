"""Retry policy and the dead-letter topic: what still fails goes to `<topic>.dlq` with its story in headers."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from shared.contracts import topics
from shared.contracts.registry import UnknownEventError
from shared.errors import DomainError
from shared.logs import get_logger
from shared.messaging import metrics
from shared.sealing import UnsealError

log = get_logger(__name__)

H_ERROR = "x-dlq-error"
H_ATTEMPTS = "x-dlq-attempts"
H_TOPIC = "x-dlq-original-topic"
H_PARTITION = "x-dlq-original-partition"
H_OFFSET = "x-dlq-original-offset"
H_CONSUMER = "x-dlq-consumer"
DLQ_HEADERS = (H_ERROR, H_ATTEMPTS, H_TOPIC, H_PARTITION, H_OFFSET, H_CONSUMER)


class PermanentError(Exception):
    """An error that no retry can fix (bad data, broken rule): dead-letter at once."""


# A DomainError is a business rule refusing the event: retrying cannot change the answer.
PERMANENT = (
    PermanentError,
    DomainError,
    ValidationError,
    UnknownEventError,
    UnsealError,
    json.JSONDecodeError,
    UnicodeDecodeError,
)


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently a message is retried before it is dead-lettered."""

    max_attempts: int = 5
    backoff_base_s: float = 0.1
    backoff_max_s: float = 5.0

    def delay(self, attempt: int) -> float:
        """Exponential backoff with jitter, capped."""
        return min(self.backoff_max_s, self.backoff_base_s * 2 ** (attempt - 1)) * (0.5 + random.random() / 2)


def reason(error: Exception) -> str:
    """The error's class and message; a refused rule also names its machine-readable types and fields."""
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, DomainError):
        text += " " + json.dumps([{"type": d["type"], "loc": d["loc"]} for d in error.detail()])
    return text


async def dead_letter(broker: Any, record: Any, error: Exception, attempts: int, consumer: str) -> None:
    """Publish the record's original bytes to its DLQ; raising here makes the consumer redeliver instead."""
    headers = {k: v.decode() if isinstance(v, bytes) else str(v) for k, v in (record.headers or [])}
    headers.update(
        {
            H_ERROR: reason(error)[:2000],
            H_ATTEMPTS: str(attempts),
            H_TOPIC: record.topic,
            H_PARTITION: str(record.partition),
            H_OFFSET: str(record.offset),
            H_CONSUMER: consumer,
        }
    )
    dlq_topic = topics.dlq(record.topic)
    await broker.publish(record.value or b"", topic=dlq_topic, key=record.key, headers=headers)
    metrics.DEAD_LETTERED.labels(topic=record.topic).inc()
    log.error(
        "message dead-lettered",
        dlq=dlq_topic,
        error=headers[H_ERROR],
        attempts=attempts,
        partition=record.partition,
        offset=record.offset,
    )
