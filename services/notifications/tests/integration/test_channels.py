"""The dispatcher sends through a channel it knows only by its interface: render, send, classify, close.

A channel other than email (here an in-memory one, as an SMS channel would be) gets the dispatcher's
leasing, retries with backoff, the failed and sent outcomes and their events, with no change elsewhere.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest

from crm_dev.testing import drop_database, migrated_database
from notifications.config import Settings as NotificationsSettings
from notifications.entrypoints.cli import MIGRATIONS
from notifications.service_layer.channels import EMAIL, Outgoing, Verdict
from notifications.service_layer.dispatcher import Dispatcher
from shared.db import UnitOfWork, make_engine, make_sessionmaker
from shared.messaging.relay import asyncpg_dsn

pytestmark = pytest.mark.integration


class Busy(Exception):
    """The provider asks to come back later."""


class Refused(Exception):
    """The provider will never deliver this one."""


class FakeChannel:
    """Delivers to a list; addresses starting with "busy" or "refused" fail as their names say."""

    kind = EMAIL

    def __init__(self) -> None:
        self.delivered: list[Outgoing] = []
        self.closed = False

    def render(self, row: Any, facility: dict[str, Any]) -> Outgoing:
        return Outgoing(
            message={"to": row["to_email"], "text": f"{facility['name']}: {row['template']}"},
            language=row["language"],
            subject=f"subject of {row['template']}",
            message_id=f"fake-{row['id']}",
        )

    async def send(self, outgoing: Outgoing) -> None:
        to = outgoing.message["to"]
        if to.startswith("busy"):
            raise Busy(f"busy: {to}")
        if to.startswith("refused"):
            raise Refused(f"refused: {to}")
        self.delivered.append(outgoing)

    def classify(self, exc: Exception) -> Verdict | None:
        if isinstance(exc, Busy):
            return Verdict(retry=True, reason=str(exc))
        if isinstance(exc, Refused):
            return Verdict(retry=False, reason=str(exc))
        return None

    async def close(self) -> None:
        self.closed = True


@pytest.fixture
async def own_queue() -> AsyncIterator[str]:
    """A notifications database of this test alone: the dispatcher leases every due row of the queue."""
    url = await migrated_database("notifications", MIGRATIONS)
    yield url
    await drop_database(url)


async def test_a_channel_behind_the_interface_gets_leasing_retries_and_outcomes(own_queue, settings_for):
    settings = settings_for(NotificationsSettings, own_queue, send_max_attempts=2, send_backoff_base_s=0.01)
    engine = make_engine(own_queue)
    channel = FakeChannel()
    dispatcher = Dispatcher(lambda: UnitOfWork(make_sessionmaker(engine)), [channel], settings)
    facility = uuid.uuid4()
    ids = {name: uuid.uuid4() for name in ("ok", "busy", "refused")}
    conn = await asyncpg.connect(asyncpg_dsn(own_queue))
    try:
        for name, email_id in ids.items():
            await conn.execute(
                "INSERT INTO emails (id, facility_id, idempotency_key, customer_id, to_email, to_name, template,"
                " language, category, status) VALUES ($1, $2, $3, $4, $5, 'Ann', 'welcome', 'en', 'transactional',"
                " 'queued')",
                email_id,
                facility,
                f"channel-test-{email_id}",
                uuid.uuid4(),
                f"{name}-{email_id.hex}@x.org",
            )

        async def state(name: str) -> asyncpg.Record:
            return await conn.fetchrow(
                "SELECT status, reason, attempts, message_id FROM emails WHERE id = $1", ids[name]
            )

        async def events(email_id: uuid.UUID) -> list[str]:
            rows = await conn.fetch("SELECT value FROM outbox")
            found = [json.loads(bytes(r["value"])) for r in rows]
            return [e["type"] for e in found if e["payload"].get("email_id") == str(email_id)]

        assert await dispatcher.tick() == 3
        first = await state("busy")
        assert (first["status"], first["attempts"]) == ("queued", 1), "a busy provider: tried again later"
        assert first["reason"] == f"busy: busy-{ids['busy'].hex}@x.org"
        # Its backoff is due at once: the second attempt is the last one (send_max_attempts=2).
        await conn.execute("UPDATE emails SET next_attempt_at = now() WHERE id = $1", ids["busy"])
        assert await dispatcher.tick() == 1
        assert await dispatcher.tick() == 0

        ok, busy, refused = [await state(name) for name in ("ok", "busy", "refused")]
        assert ok["status"] == "sent" and ok["message_id"] == f"fake-{ids['ok']}"
        assert [o.message["to"] for o in channel.delivered] == [f"ok-{ids['ok'].hex}@x.org"]
        assert refused["status"] == "failed" and refused["reason"] == f"refused: refused-{ids['refused'].hex}@x.org"
        assert refused["attempts"] == 1, "a final refusal is not tried again"
        assert busy["status"] == "failed" and busy["attempts"] == 2
        assert busy["reason"] == f"retries exhausted: busy: busy-{ids['busy'].hex}@x.org"
        assert await events(ids["ok"]) == ["EmailSent"]
        assert await events(ids["refused"]) == ["EmailFailed"]
        assert await events(ids["busy"]) == ["EmailFailed"]
    finally:
        await dispatcher.stop(drain_s=1)
        await conn.close()
        await engine.dispose()
    assert channel.closed, "stopping the dispatcher closes its channels"


async def test_an_error_the_channel_does_not_know_fails_the_tick_and_leaves_the_row_leased(own_queue, settings_for):
    settings = settings_for(NotificationsSettings, own_queue)
    engine = make_engine(own_queue)
    channel = FakeChannel()
    channel.send = _broken  # type: ignore[method-assign]
    dispatcher = Dispatcher(lambda: UnitOfWork(make_sessionmaker(engine)), [channel], settings)
    email_id = uuid.uuid4()
    conn = await asyncpg.connect(asyncpg_dsn(own_queue))
    try:
        await conn.execute(
            "INSERT INTO emails (id, facility_id, idempotency_key, to_email, template, language, category, status)"
            " VALUES ($1, $2, $3, 'x@x.org', 'welcome', 'en', 'transactional', 'queued')",
            email_id,
            uuid.uuid4(),
            f"channel-test-{email_id}",
        )
        with pytest.raises(RuntimeError, match="a bug"):
            await dispatcher.tick()
        row = await conn.fetchrow(
            "SELECT status, attempts, next_attempt_at > now() AS leased FROM emails WHERE id = $1", email_id
        )
        assert (row["status"], row["attempts"], row["leased"]) == ("queued", 1, True), "retried after its lease"
    finally:
        await conn.close()
        await engine.dispose()


async def _broken(outgoing: Outgoing) -> None:
    raise RuntimeError("a bug in the channel")
