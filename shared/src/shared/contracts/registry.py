"""Which payload model belongs to which (type, version), and upcasters from older versions."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from shared.contracts.envelope import Envelope, Event

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]


class UnknownEventError(ValueError):
    """No contract is registered for this type or version: the message goes to the DLQ."""


class EventRegistry:
    """Maps event types to their newest model; upcasts older payloads one version at a time."""

    def __init__(self) -> None:
        self._latest: dict[str, type[Event]] = {}
        self._producers: dict[str, str | None] = {}
        self._upcasters: dict[tuple[str, int], Upcaster] = {}

    def register(self, model: type[Event]) -> type[Event]:
        """Register a model as the current version of its type (usable as a class decorator)."""
        current = self._latest.get(model.type)
        if current is not None and current.version >= model.version:
            raise ValueError(f"{model.type} v{current.version} already registered")
        self._producers[model.type] = producer_of(model)
        self._latest[model.type] = model
        return model

    def upcaster(self, event_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
        """Register a function turning a `from_version` payload into `from_version + 1`."""

        def decorator(fn: Upcaster) -> Upcaster:
            self._upcasters[(event_type, from_version)] = fn
            return fn

        return decorator

    def model_for(self, event_type: str) -> type[Event]:
        """The current model of a type."""
        try:
            return self._latest[event_type]
        except KeyError:
            raise UnknownEventError(f"unknown event type {event_type!r}") from None

    def parse(self, envelope: Envelope) -> Event:
        """The typed payload of an envelope, upcast to the current version."""
        model = self.model_for(envelope.type)
        payload, version = dict(envelope.payload), envelope.version
        if version > model.version:
            raise UnknownEventError(f"{envelope.type} v{version} is newer than v{model.version}")
        while version < model.version:
            step = self._upcasters.get((envelope.type, version))
            if step is None:
                raise UnknownEventError(f"no upcaster for {envelope.type} v{version}")
            payload, version = step(payload), version + 1
        return tolerant_parse(model, payload)

    def types(self) -> dict[str, type[Event]]:
        """Every registered type with its current model."""
        return dict(self._latest)

    def producer(self, event_type: str) -> str | None:
        """The service that publishes a type (None: its contract names none)."""
        return self._producers.get(event_type)

    def published_by(self, service: str) -> dict[str, list[type[Event]]]:
        """The current models a service publishes, by topic (name without namespace), each list by type."""
        by_topic: dict[str, list[type[Event]]] = {}
        for event_type, model in sorted(self._latest.items()):
            if self._producers.get(event_type) == service:
                by_topic.setdefault(model.topic, []).append(model)
        return dict(sorted(by_topic.items()))


def producer_of(model: type[Event]) -> str | None:
    """The service that publishes a contract: its own `producer`, else its module's `PRODUCER` (None: neither).

    shared/tests/unit/test_published_events.py checks that every contract of the registry has one.
    """
    return model.producer or getattr(sys.modules.get(model.__module__), "PRODUCER", None)


def tolerant_parse(model: type[Event], payload: dict[str, Any]) -> Event:
    """The payload as `model`, ignoring fields it does not know (ADR 0007: a version only gains fields).

    The contracts forbid unknown fields so that a producer cannot misspell one; a consumer reads a payload
    of a newer minor revision of its version by dropping what it does not know, at any depth.
    """
    try:
        return model.model_validate(payload)
    except ValidationError as exc:
        unknown = [e["loc"] for e in exc.errors() if e["type"] == "extra_forbidden"]
        if not unknown:
            raise
    known = copy.deepcopy(payload)
    for loc in unknown:
        parent: Any = known
        for part in loc[:-1]:
            parent = parent[part]
        parent.pop(loc[-1], None)
    return model.model_validate(known)


registry = EventRegistry()
