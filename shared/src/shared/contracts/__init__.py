"""Frozen, versioned event contracts and topic names; importing this registers every contract."""

from shared.contracts import billing, contacts, importer, notifications, portal, scheduling, topics
from shared.contracts.envelope import Envelope, Event
from shared.contracts.registry import EventRegistry, UnknownEventError, registry

__all__ = [
    "Envelope",
    "Event",
    "EventRegistry",
    "UnknownEventError",
    "billing",
    "contacts",
    "importer",
    "notifications",
    "portal",
    "registry",
    "scheduling",
    "topics",
]
