"""Per-request / per-message context: correlation and causation ids carried into events and logs."""

import uuid
from contextvars import ContextVar

import structlog

from shared import tracing

_correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)
_causation_id: ContextVar[str | None] = ContextVar("causation_id", default=None)


def new_id() -> str:
    """A fresh correlation id."""
    return uuid.uuid4().hex


def current_correlation_id() -> str:
    """The id of the request or event being handled, or a fresh one outside any."""
    value = _correlation_id.get()
    if value is None:
        value = new_id()
        _correlation_id.set(value)
    return value


def current_causation_id() -> str | None:
    """The event id that caused the current work, if it is an event handler."""
    return _causation_id.get()


def bind(correlation_id: str, causation_id: str | None = None) -> None:
    """Bind ids for the current task: events get them, and so does every log line."""
    _correlation_id.set(correlation_id)
    _causation_id.set(causation_id)
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(correlation_id=correlation_id)
    if causation_id:
        structlog.contextvars.bind_contextvars(causation_id=causation_id)
    tracing.bind_trace_id()
