"""What a rule decided: the new state, the columns to write, the event to publish and the timeline entry."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from shared.contracts.envelope import Event


@dataclass(frozen=True)
class Entry:
    """One line of the customer's timeline."""

    kind: str
    summary: str
    data: dict[str, Any] | None = None


@dataclass(frozen=True)
class Change:
    """A customer's next version: `columns` are written with it, `event` published, `entry` (if any) recorded."""

    customer: Any  # the Customer at its new version
    event: Event
    entry: Entry | None
    columns: dict[str, Any] = field(default_factory=dict)


def field_changes(diff: dict[str, tuple[Any, Any]]) -> dict[str, Any]:
    """Old and new value of each changed field, JSON-ready."""
    return {"changes": {name: {"old": _plain(old), "new": _plain(new)} for name, (old, new) in diff.items()}}


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, (uuid.UUID,)) or hasattr(value, "isoformat"):
        return str(value)
    return value
