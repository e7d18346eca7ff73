"""Broker factory: one FastStream Kafka broker per service process."""

import logging
from typing import Any

from faststream.kafka import KafkaBroker

from shared.settings import ServiceSettings


class _MessageCorrelation(logging.Filter):
    """Gives FastStream's per-message lines the correlation id of the message (of a batch's first one)."""

    def __init__(self, broker: KafkaBroker) -> None:
        super().__init__()
        self.broker = broker

    def filter(self, record: logging.LogRecord) -> bool:
        message: Any = self.broker.context.get_local("message")
        headers: list[dict[str, Any]] = [getattr(message, "headers", None) or {}]
        headers += list(getattr(message, "batch_headers", None) or [])
        ids = [h["correlation_id"] for h in headers if h.get("correlation_id")]
        record.correlation_id = ids[0] if ids else ""
        record.batch_size = len(getattr(message, "batch_headers", None) or []) or 1
        return True


def make_broker(settings: ServiceSettings) -> KafkaBroker:
    """A broker that is only connected when started (bootstrap does that, never import)."""
    # Not a child of the "faststream" logger, and at DEBUG: "Received"/"Processed" per message would be
    # most of the log at INFO; LOG_LEVEL=DEBUG shows them, as JSON like every other line.
    logger = logging.getLogger(f"{settings.service_name}.messages")
    broker = KafkaBroker(
        settings.kafka_bootstrap_servers,
        client_id=settings.service_name,
        logger=logger,
        log_level=logging.DEBUG,
        request_timeout_ms=settings.kafka_request_timeout_ms,
    )
    for old in [f for f in logger.filters if isinstance(f, _MessageCorrelation)]:
        logger.removeFilter(old)  # a process that builds the service again (tests) reads the newest broker
    logger.addFilter(_MessageCorrelation(broker))
    return broker
