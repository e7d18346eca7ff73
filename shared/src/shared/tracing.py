"""OpenTelemetry: one trace from the HTTP request through the outbox and Kafka to every consumer.

The W3C `traceparent` of the span that queued an event is stored with its outbox row; the relay
publishes it as a Kafka header from a producer span, and each consumer handles the event in a consumer
span that is a child of it. Spans are exported over OTLP/HTTP only when an endpoint is configured.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import structlog
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

if TYPE_CHECKING:
    from fastapi import FastAPI

    from shared.settings import ServiceSettings

TRACEPARENT = "traceparent"
_PROPAGATOR = TraceContextTextMapPropagator()
_NOT_TRACED = "/health/live,/health/ready,/metrics"


def make_provider(settings: ServiceSettings) -> TracerProvider:
    """A tracer provider of one service; one per container, so two services in a process keep their names."""
    provider = TracerProvider(resource=Resource.create({"service.name": settings.service_name}))
    if settings.otlp_traces_endpoint:
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=settings.otlp_traces_endpoint)))
    return provider


def instrument_app(app: FastAPI, provider: TracerProvider) -> None:
    """A server span per HTTP request (health and metrics left out); the trace id goes into log lines."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    FastAPIInstrumentor.instrument_app(
        app, tracer_provider=provider, excluded_urls=_NOT_TRACED, exclude_spans=["receive", "send"]
    )


def current_traceparent() -> str | None:
    """The W3C traceparent of the current span, if one is recording (what an outbox row keeps)."""
    carrier: dict[str, str] = {}
    _PROPAGATOR.inject(carrier)
    return carrier.get(TRACEPARENT)


def current_trace_id() -> str | None:
    """The current trace id as 32 hex digits, or None outside any span."""
    ctx = trace.get_current_span().get_span_context()
    return trace.format_trace_id(ctx.trace_id) if ctx.is_valid else None


def bind_trace_id() -> None:
    """Put the current trace id into the log context, so every line logged under it carries `trace_id`."""
    trace_id = current_trace_id()
    if trace_id is not None:
        structlog.contextvars.bind_contextvars(trace_id=trace_id)


def parent_of(headers: Mapping[str, Any] | Sequence[tuple[str, bytes]] | None) -> Context | None:
    """The remote parent named by a `traceparent` in outbox headers (a dict) or Kafka headers (pairs)."""
    if not headers:
        return None
    pairs = headers.items() if isinstance(headers, Mapping) else headers
    for key, value in pairs:
        if key == TRACEPARENT:
            text = value.decode("latin-1") if isinstance(value, bytes | bytearray) else str(value)
            return _PROPAGATOR.extract({TRACEPARENT: text})
    return None


@contextmanager
def span(
    provider: TracerProvider | None,
    name: str,
    *,
    kind: trace.SpanKind,
    parent: Context | None,
    attributes: Mapping[str, str] | None = None,
) -> Iterator[trace.Span]:
    """A span of `kind` under a remote parent (a new trace without one), current while the block runs."""
    tracer = (provider or trace.get_tracer_provider()).get_tracer("storage-crm")
    with tracer.start_as_current_span(name, context=parent, kind=kind, attributes=dict(attributes or {})) as current:
        yield current
