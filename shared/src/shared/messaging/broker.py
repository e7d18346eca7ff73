"""Broker factory: every service's FastStream broker has the retry/DLQ middleware."""

import logging

from faststream.kafka import KafkaBroker

from shared.messaging.deadletter import RetryPolicy, retry_dead_letter_middleware
from shared.settings import ServiceSettings


def make_broker(settings: ServiceSettings) -> KafkaBroker:
    """A broker that is only connected when started (bootstrap does that, never import)."""
    policy = RetryPolicy(
        max_attempts=settings.consumer_max_attempts,
        backoff_base_s=settings.consumer_backoff_base_s,
        backoff_max_s=settings.consumer_backoff_max_s,
    )
    return KafkaBroker(
        settings.kafka_bootstrap_servers,
        middlewares=[retry_dead_letter_middleware(policy)],
        client_id=settings.service_name,
        logger=logging.getLogger(f"faststream.{settings.service_name}"),
        request_timeout_ms=settings.kafka_request_timeout_ms,
    )
