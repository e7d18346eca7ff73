"""Background delivery: lease queued emails, render and send them, record and publish the outcome."""

from __future__ import annotations

import asyncio
import random
import uuid
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.engine import RowMapping

from notifications.adapters.orm import facility_profiles
from notifications.adapters.smtp import PermanentSmtpError, SmtpSender, TransientSmtpError
from notifications.config import Settings
from notifications.domain import message as mime
from notifications.domain.templates import Renderer
from notifications.service_layer import broadcasts, unsubscribe
from shared import context as request_context
from shared.contracts.notifications import EmailFailed, EmailSent
from shared.logs import get_logger

log = get_logger(__name__)

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


class Dispatcher:
    """Sends what is queued, with bounded concurrency (the SMTP pool) and backoff on transient errors."""

    def __init__(self, uow_factory: Any, sender: SmtpSender, settings: Settings, renderer: Renderer | None = None):
        self._uow = uow_factory
        self._sender = sender
        self._settings = settings
        self._renderer = renderer or Renderer()
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._domain = settings.mail_from.rpartition("@")[2] or "localhost"

    async def start(self) -> None:
        """Run the loop in the background."""
        self._task = asyncio.create_task(self._run(), name="email-dispatcher")

    async def stop(self, drain_s: float = 30.0) -> None:
        """Finish the emails in flight (leased ones would otherwise wait for their lease), then stop."""
        self._stopping = True
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._task), drain_s)
            except TimeoutError:
                self._task.cancel()
                try:
                    await self._task
                except asyncio.CancelledError:
                    pass
        await self._sender.close()

    def wake(self) -> None:
        """Look at the queue now rather than at the next poll."""
        self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            try:
                if await self.tick() == 0 and not self._stopping:
                    self._wake.clear()
                    try:
                        await asyncio.wait_for(self._wake.wait(), self._settings.dispatcher_poll_s)
                    except TimeoutError:
                        pass
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning("dispatcher tick failed", error=repr(exc))
                await asyncio.sleep(1)

    async def tick(self) -> int:
        """Lease a batch of due emails and deliver them; returns how many were leased."""
        async with self._uow() as uow:
            rows = (await uow.session.execute(_LEASE, {"limit": self._settings.dispatcher_batch})).mappings().all()
            await uow.commit()
        await asyncio.gather(*(self._deliver(row) for row in rows))
        # Checked only once every delivery of the batch has committed: the last batch to commit then
        # always sees the whole broadcast done, whichever instance ran it.
        for broadcast_id in {row["broadcast_id"] for row in rows} - {None}:
            async with self._uow() as uow:
                await broadcasts.complete_if_done(uow, broadcast_id)
                await uow.commit()
        return len(rows)

    async def _profile(self, facility_id: uuid.UUID) -> dict[str, Any]:
        async with self._uow() as uow:
            row = (
                (
                    await uow.session.execute(
                        select(facility_profiles).where(facility_profiles.c.facility_id == facility_id)
                    )
                )
                .mappings()
                .first()
            )
        return {
            "name": row["name"] if row else self._settings.default_facility_name,
            "reply_to": row and row["reply_to"],
        }

    async def _deliver(self, row: RowMapping) -> None:
        request_context.bind(f"email-{row['id']}")
        facility = await self._profile(row["facility_id"])
        values = {**row["context"], "facility": facility}
        unsubscribe_url = None
        if row["category"] == "marketing":
            unsubscribe_url = unsubscribe.link(
                self._settings.public_base_url,
                self._settings.unsubscribe_secret.get_secret_value(),
                row["facility_id"],
                row["customer_id"],
                row["person_id"],
            )
            values["unsubscribe_url"] = unsubscribe_url
        message_id = f"<{row['id']}@{self._domain}>"
        try:
            rendered = self._renderer.render(row["template"], row["language"], values)
            email = mime.compose(
                sender=mime.address(facility["name"], self._settings.mail_from),
                to=mime.address(row["to_name"], row["to_email"]),
                reply_to=mime.address(facility["name"], facility["reply_to"]) if facility["reply_to"] else None,
                subject=rendered.subject,
                text=rendered.text,
                html=rendered.html,
                message_id=message_id,
                unsubscribe_url=unsubscribe_url,
            )
            await self._sender.send(email)
        except TransientSmtpError as exc:
            if row["attempts"] < self._settings.send_max_attempts:
                delay = self._settings.send_backoff_base_s * 2 ** (row["attempts"] - 1) * (0.5 + random.random() / 2)
                await self._record(_RETRY, row, {"reason": str(exc)[:500], "delay": delay})
                log.info("email deferred", email_id=str(row["id"]), error=str(exc), retry_in_s=round(delay, 1))
                return
            await self._fail(row, f"retries exhausted: {exc}")
            return
        except (PermanentSmtpError, ValueError, LookupError) as exc:
            await self._fail(row, str(exc))
            return
        async with self._uow() as uow:
            await uow.session.execute(_SENT, {"id": row["id"], "mid": message_id})
            uow.publish(
                EmailSent(
                    email_id=row["id"],
                    customer_id=row["customer_id"],
                    person_id=row["person_id"],
                    broadcast_id=row["broadcast_id"],
                    template=row["template"],
                    to=row["to_email"],
                    language=rendered.language,
                    category=row["category"],
                    subject=rendered.subject,
                    message_id=message_id,
                ),
                facility_id=row["facility_id"],
                aggregate_id=row["customer_id"],
            )
            await uow.commit()
        log.info("email sent", email_id=str(row["id"]), template=row["template"])

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
                aggregate_id=row["customer_id"],
            )
            await uow.commit()
        log.warning("email failed", email_id=str(row["id"]), reason=reason)
