"""Prometheus metrics of the messaging plumbing."""

from prometheus_client import Counter, Histogram

OUTBOX_PUBLISHED = Counter("outbox_published_total", "Messages published from the outbox (a batch row holds many)")
RELAY_FAILURES = Counter("outbox_relay_failures_total", "Relay batches that failed and were retried")
CONSUMED = Counter("events_consumed_total", "Events handled", ["consumer", "type", "outcome"])
HANDLE_SECONDS = Histogram("event_handle_seconds", "Time to handle one event", ["consumer"])
DEAD_LETTERED = Counter("events_dead_lettered_total", "Messages sent to a DLQ", ["topic"])
# Where a relay batch spends its time (claim = lock shards and read rows, publish = until Kafka acked all,
# commit = delete and commit), and how many rows it carried: bench/event_latency.py prints both.
RELAY_SECONDS = Histogram("outbox_relay_seconds", "Time of one relay batch, by phase", ["phase"])
RELAY_BATCH_ROWS = Histogram(
    "outbox_relay_batch_rows", "Outbox rows in one relay batch", buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)
)
