"""Trace context: the outbox row keeps the traceparent, log lines carry the trace id."""

from __future__ import annotations

import json
import logging
import uuid

from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.trace import SpanKind, format_trace_id

from shared import context, tracing
from shared.contracts.contacts import CustomerDeleted
from shared.contracts.envelope import Envelope
from shared.db import outbox_row
from shared.logs import configure_logging, get_logger


def test_log_lines_under_a_span_carry_its_trace_id(capsys):
    configure_logging("test", json=True)
    provider = TracerProvider()
    with tracing.span(provider, "work", kind=SpanKind.INTERNAL, parent=None) as span:
        context.bind("corr-1")
        get_logger("t").info("inside")
    context.bind("corr-2")
    get_logger("t").info("outside")
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in (captured.out + captured.err).splitlines()]
    logging.getLogger().handlers.clear()
    inside, outside = (next(x for x in lines if x["event"] == e) for e in ("inside", "outside"))
    assert inside["trace_id"] == format_trace_id(span.get_span_context().trace_id)
    assert inside["correlation_id"] == "corr-1"
    assert outside["trace_id"] == ""  # every line has the key; empty outside a span


def test_outbox_row_keeps_the_traceparent_and_the_relay_continues_it():
    provider = TracerProvider()
    env = Envelope.wrap(
        CustomerDeleted(customer_id=uuid.uuid4()),
        facility_id=uuid.uuid4(),
        aggregate_id=uuid.uuid4(),
        correlation_id="c",
    )
    with tracing.span(provider, "request", kind=SpanKind.SERVER, parent=None) as request:
        row = outbox_row("contacts.customers", env, tracing.current_traceparent())
    traceparent = row["headers"]["traceparent"]  # type: ignore[index]
    ids = request.get_span_context()
    assert traceparent.split("-")[:3] == ["00", format_trace_id(ids.trace_id), f"{ids.span_id:016x}"]
    with tracing.span(
        provider, "consume", kind=SpanKind.CONSUMER, parent=tracing.parent_of([("traceparent", traceparent.encode())])
    ) as child:
        assert child.get_span_context().trace_id == ids.trace_id
        assert child.parent is not None and child.parent.span_id == ids.span_id  # type: ignore[attr-defined]
    assert "traceparent" not in outbox_row("t", env)["headers"]  # type: ignore[operator]
