"""A real SMTP server (aiosmtpd) the tests read, able to refuse recipients with 4xx or 5xx on demand."""

from __future__ import annotations

import email
import socket
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

sys.path.insert(0, str(Path(__file__).parent))


@dataclass
class Mailbox:
    """What the server received, and how it should answer."""

    messages: list[Message] = field(default_factory=list)
    envelopes: list[list[str]] = field(default_factory=list)
    soft_fail_once: set[str] = field(default_factory=set)
    hard_fail: set[str] = field(default_factory=set)
    refusals: list[str] = field(default_factory=list)

    def to(self, address: str) -> list[Message]:
        """Messages whose envelope included `address`."""
        return self.to_any(address)

    def to_any(self, *addresses: str) -> list[Message]:
        """Messages whose envelope included any of `addresses`: the notifications database is the session's,
        and mail another test left queued may go out while a test runs, so a test looks only at its own."""
        wanted = set(addresses)
        return [m for m, rcpts in zip(self.messages, self.envelopes, strict=True) if wanted & set(rcpts)]


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        if address in self.box.hard_fail:
            self.box.refusals.append(f"550 {address}")
            return "550 5.1.1 No such user"
        if address in self.box.soft_fail_once:
            self.box.soft_fail_once.discard(address)
            self.box.refusals.append(f"451 {address}")
            return "451 4.3.0 Try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.box.messages.append(
            email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        )
        self.box.envelopes.append(list(envelope.rcpt_tos))
        return "250 Message accepted"


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    """A started SMTP server on a free port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    box = Mailbox()
    controller = Controller(_Handler(box), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()
