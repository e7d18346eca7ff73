"""Broker factory: one FastStream Kafka broker per service process."""

import logging

from faststream.kafka import KafkaBroker

from shared.settings import ServiceSettings


def make_broker(settings: ServiceSettings) -> KafkaBroker:
    """A broker that is only connected when started (bootstrap does that, never import)."""
    return KafkaBroker(
        settings.kafka_bootstrap_servers,
        client_id=settings.service_name,
        logger=logging.getLogger(f"faststream.{settings.service_name}"),
        request_timeout_ms=settings.kafka_request_timeout_ms,
    )
