"""Delivery channels: how a queued message is rendered, sent and its failure judged.

The dispatcher leases queued messages and records their outcome; everything that depends on the medium
(templates and headers of an email, the provider and its error codes) is a `Channel`. Email is the one
channel today (`channels.email`); an SMS channel is a module next to it with its adapter in `adapters/`,
registered in `bootstrap.py` under its kind (see docs/adr/0009-where-code-lives.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.engine import RowMapping

EMAIL = "email"


@dataclass(frozen=True)
class Outgoing:
    """A rendered message, ready for the channel's provider, and what its outcome event reports of it."""

    message: Any
    language: str
    subject: str
    message_id: str


@dataclass(frozen=True)
class Verdict:
    """What a failed send means: try again later (`retry`), or never (the reason is recorded either way)."""

    retry: bool
    reason: str


class Channel(Protocol):
    """One way of reaching a recipient."""

    kind: str

    def render(self, row: RowMapping, facility: dict[str, Any]) -> Outgoing:
        """The message of a queued row for its recipient, in the row's language, from its facility."""
        ...

    async def send(self, outgoing: Outgoing) -> None:
        """Hand the message to the provider; raises on failure (see `classify`)."""
        ...

    def classify(self, exc: Exception) -> Verdict | None:
        """What a failure of `render` or `send` means; None for an error the channel does not know (a bug)."""
        ...

    async def close(self) -> None:
        """Release the provider's connections."""
        ...


def kind_of(row: RowMapping) -> str:
    """The channel of a queued row: every queued message is an email until the queue records a kind."""
    return str(row.get("channel") or EMAIL)


__all__ = ["EMAIL", "Channel", "Outgoing", "Verdict", "kind_of"]
