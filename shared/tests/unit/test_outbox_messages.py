"""Outbox rows as the relay sends them: a row is one message; a batch row is one message per line."""

from types import SimpleNamespace

from shared.messaging.relay import messages
from shared.messaging.schema import BATCH_HEADER


def test_a_plain_row_is_one_message_with_its_headers():
    row = SimpleNamespace(key="k1", value=b'{"a": 1}', headers={"type": "T", "version": "1", "event_id": "e1"})
    assert list(messages(row)) == [(b"k1", b'{"a": 1}', [("type", b"T"), ("version", b"1"), ("event_id", b"e1")])]


def test_a_batch_row_is_a_message_per_line_with_its_own_key_and_event_id():
    lines = [b'k1\te1\t{"name": "a\\tb"}', b'k2\te2\t{"name": "c\\nd"}']
    row = SimpleNamespace(
        key="k1", value=b"\n".join(lines), headers={"type": "T", BATCH_HEADER: "lines", "correlation_id": "c"}
    )
    assert list(messages(row)) == [
        (b"k1", b'{"name": "a\\tb"}', [("type", b"T"), ("correlation_id", b"c"), ("event_id", b"e1")]),
        (b"k2", b'{"name": "c\\nd"}', [("type", b"T"), ("correlation_id", b"c"), ("event_id", b"e2")]),
    ]


def test_tune_gc_freezes_startup_objects_and_raises_the_young_threshold():
    import gc

    from shared.web import tune_gc

    before = gc.get_threshold()
    try:
        tune_gc(12_345)
        assert gc.get_threshold() == (12_345, *before[1:])
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


def test_bulk_rows_keep_each_events_headers_and_every_keys_order():
    from shared.db import batch_rows
    from shared.messaging.schema import OUTBOX_SHARDS

    rows = [
        {"topic": "t", "key": f"k{i % 40}", "shard": i % 40 % OUTBOX_SHARDS, "value": f'{{"n": {i}}}'.encode()}
        | {"headers": {"type": "A" if i % 2 else "B", "event_id": f"e{i}"}}
        for i in range(200)
    ]
    bulk = batch_rows(rows)
    assert len(bulk) == OUTBOX_SHARDS
    sent = [m for row in bulk for m in messages(SimpleNamespace(**row))]
    assert sorted(sent) == sorted(
        (r["key"].encode(), r["value"], [(k, v.encode()) for k, v in r["headers"].items()]) for r in rows
    )  # type: ignore[attr-defined]
    for key in {r["key"] for r in rows}:  # per key, the order of the events as they were queued
        assert [v for k, v, _ in sent if k == key.encode()] == [r["value"] for r in rows if r["key"] == key]
