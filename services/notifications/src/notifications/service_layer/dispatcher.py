"""Background delivery: lease queued messages, send them through their channel, record and publish the outcome."""

from __future__ import annotations

import asyncio
import contextlib
import random
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import RowMapping

from notifications.adapters.orm import facility_profiles
from notifications.config import Settings
from notifications.service_layer import broadcasts
from notifications.service_layer.channels import Channel, Outgoing, kind_of
from shared import context as request_context
from shared.contracts.notifications import EmailFailed, EmailSent
from shared.logs import get_logger
from shared.polling import PollingWorker

log = get_logger(__name__)

_MAX_BACKOFF_S = 10.0  # the longest wait between ticks while the database keeps failing

# Leasing moves next_attempt_at forward, so a crash mid-send retries the email after the lease
# instead of losing it; the few seconds of a crash window can send one email twice, never zero times.
_LEASE = text(
    "UPDATE emails SET attempts = attempts + 1, next_attempt_at = now() + interval '120 seconds'"
    " WHERE id IN (SELECT id FROM emails WHERE status = 'queued' AND next_attempt_at <= now()"
    " ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED) RETURNING *"
)
# A sign-in link is a secret: it leaves the row as soon as the email has an outcome.
_SENT = text(
    "UPDATE emails SET status = 'sent', sent_at = now(), message_id = :mid, reason = NULL,"
    " context = context - 'link' WHERE id = :id"
)
_FAILED = text("UPDATE emails SET status = 'failed', reason = :reason, context = context - 'link' WHERE id = :id")
_RETRY = text(
    "UPDATE emails SET reason = :reason, next_attempt_at = now() + make_interval(secs => :delay) WHERE id = :id"
)

# What was sent: the leased row and what its channel rendered (with the Message-ID).
Delivered = tuple[RowMapping, Outgoing]


class Dispatcher:
    """Sends what is queued through its channel (bounded by the channel's pool), with backoff on transient errors."""

    def __init__(self, uow_factory: Any, channels: Sequence[Channel], settings: Settings):
        self._uow = uow_factory
        self._channels = {channel.kind: channel for channel in channels}
        self._settings = settings
        self._recording: asyncio.Task[None] | None = None  # the previous batch's outcomes, being recorded
        # A failed tick (database away) waits a second, then longer while it keeps failing.
        self._worker = PollingWorker(
            "email-dispatcher",
            self._step,
            settings.dispatcher_poll_s,
            backoff_base_s=1.0,
            max_backoff_s=_MAX_BACKOFF_S,
        )

    async def start(self) -> None:
        """Run the loop in the background."""
        self._worker.start()

    async def stop(self, drain_s: float = 30.0) -> None:
        """Finish the emails in flight (leased ones would otherwise wait for their lease), then stop."""
        await self._worker.stop(drain_s=drain_s)
        if self._recording is not None:
            recording, self._recording = self._recording, None
            with contextlib.suppress(Exception):
                await recording  # a failed recording leaves its emails to their lease
        for channel in self._channels.values():
            await channel.close()

    def wake(self) -> None:
        """Look at the queue now rather than at the next poll."""
        self._worker.wake()

    async def _step(self) -> bool:
        # Pipelined: a batch's outcomes are recorded while the next batch is leased and sent, so the SMTP
        # connections do not wait on the database between batches (bench/broadcast.py).
        rows, outcomes = await self._lease_and_deliver()
        if self._recording is not None:
            recording, self._recording = self._recording, None
            await recording  # a failure here fails the step (backoff); its emails wait for their lease
        if rows:
            self._recording = asyncio.create_task(self._settle(rows, outcomes))
        return bool(rows)

    async def tick(self) -> int:
        """Lease a batch of due emails, deliver and record them (not pipelined); how many were leased."""
        rows, outcomes = await self._lease_and_deliver()
        if rows:
            await self._settle(rows, outcomes)
        return len(rows)

    async def _lease_and_deliver(self) -> tuple[list[RowMapping], list[Delivered | None]]:
        """Lease a batch of due emails and send them (failures are recorded as they happen)."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(_LEASE, {"limit": self._settings.dispatcher_batch})).mappings().all()
            profiles = await self._profiles(uow, {row["facility_id"] for row in rows})
            await uow.commit()
        if not rows:
            return [], []
        outcomes = await asyncio.gather(*(self._deliver(row, profiles[row["facility_id"]]) for row in rows))
        return list(rows), list(outcomes)

    async def _settle(self, rows: list[RowMapping], outcomes: list[Delivered | None]) -> None:
        """Record a batch's sent emails, then complete the broadcasts it belonged to if nothing is left."""
        sent = [outcome for outcome in outcomes if outcome is not None]
        if sent:
            await self._record_sent(sent)
        # Checked only once every delivery of the batch has committed (batches settle one after another): the
        # last batch to commit then always sees the whole broadcast done, whichever instance ran it.
        for broadcast_id in {row["broadcast_id"] for row in rows} - {None}:
            async with self._uow() as uow:
                await broadcasts.complete_if_done(uow, broadcast_id)
                await uow.commit()

    async def _profiles(self, uow: Any, facility_ids: set[uuid.UUID]) -> dict[uuid.UUID, dict[str, Any]]:
        """Each facility's name and reply-to (defaults when never set), in one query."""
        found = (
            {
                row["facility_id"]: {"name": row["name"], "reply_to": row["reply_to"]}
                for row in (
                    await uow.session.execute(
                        select(facility_profiles).where(facility_profiles.c.facility_id.in_(facility_ids))
                    )
                ).mappings()
            }
            if facility_ids
            else {}
        )
        default = {"name": self._settings.default_facility_name, "reply_to": None}
        return {facility_id: found.get(facility_id, default) for facility_id in facility_ids}

    async def _deliver(self, row: RowMapping, facility: dict[str, Any]) -> Delivered | None:
        """Send one message through its channel; what was sent (recorded with its batch), or None after a failure."""
        request_context.bind(f"email-{row['id']}")
        channel = self._channels[kind_of(row)]
        try:
            outgoing = channel.render(row, facility)
            await channel.send(outgoing)
        except Exception as exc:
            verdict = channel.classify(exc)
            if verdict is None:
                raise
            if not verdict.retry:
                await self._fail(row, verdict.reason)
            elif row["attempts"] < self._settings.send_max_attempts:
                delay = self._settings.send_backoff_base_s * 2 ** (row["attempts"] - 1) * (0.5 + random.random() / 2)
                await self._record(_RETRY, row, {"reason": verdict.reason[:500], "delay": delay})
                log.info("email deferred", email_id=str(row["id"]), error=verdict.reason, retry_in_s=round(delay, 1))
            else:
                await self._fail(row, f"retries exhausted: {verdict.reason}")
            return None
        return row, outgoing

    async def _record_sent(self, sent: list[Delivered]) -> None:
        """Mark a batch's sent emails and publish their EmailSent, in one transaction."""
        async with self._uow() as uow:
            await uow.session.execute(_SENT, [{"id": row["id"], "mid": out.message_id} for row, out in sent])
            for row, out in sent:
                uow.publish(
                    EmailSent(
                        email_id=row["id"],
                        customer_id=row["customer_id"],
                        person_id=row["person_id"],
                        broadcast_id=row["broadcast_id"],
                        template=row["template"],
                        to=row["to_email"],
                        language=out.language,
                        category=row["category"],
                        subject=out.subject,
                        message_id=out.message_id,
                    ),
                    facility_id=row["facility_id"],
                    aggregate_id=row["customer_id"] or row["id"],
                )
            await uow.commit()
        log.info("emails sent", count=len(sent))

    async def _record(self, statement: Any, row: RowMapping, params: dict[str, Any]) -> None:
        async with self._uow() as uow:
            await uow.session.execute(statement, {"id": row["id"], **params})
            await uow.commit()

    async def _fail(self, row: RowMapping, reason: str) -> None:
        async with self._uow() as uow:
            await uow.session.execute(_FAILED, {"id": row["id"], "reason": reason[:500]})
            uow.publish(
                EmailFailed(
                    email_id=row["id"],
                    customer_id=row["customer_id"],
                    person_id=row["person_id"],
                    broadcast_id=row["broadcast_id"],
                    template=row["template"],
                    to=row["to_email"],
                    category=row["category"],
                    reason=reason[:500],
                    attempts=row["attempts"],
                ),
                facility_id=row["facility_id"],
                aggregate_id=row["customer_id"] or row["id"],
            )
            await uow.commit()
        log.warning("email failed", email_id=str(row["id"]), reason=reason)
