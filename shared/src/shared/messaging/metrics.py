"""Prometheus metrics of the messaging plumbing."""

from prometheus_client import Counter, Histogram

OUTBOX_PUBLISHED = Counter("outbox_published_total", "Messages published from the outbox (a batch row holds many)")
RELAY_FAILURES = Counter("outbox_relay_failures_total", "Relay batches that failed and were retried")
CONSUMED = Counter("events_consumed_total", "Events handled", ["consumer", "type", "outcome"])
HANDLE_SECONDS = Histogram("event_handle_seconds", "Time to handle one event", ["consumer"])
DEAD_LETTERED = Counter("events_dead_lettered_total", "Messages sent to a DLQ", ["topic"])
