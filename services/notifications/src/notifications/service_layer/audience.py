"""A broadcast's audience: who is in it, who of them would be skipped and why, before anything is sent."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Subquery, case, cast, func, literal, null, select
from sqlalchemy.dialects.postgresql import CITEXT
from sqlalchemy.sql.elements import ColumnElement

from notifications.adapters.orm import recipients, undeliverable
from shared.db import UnitOfWork
from shared.errors import DomainError

SKIPPED_SHOWN = 100  # skipped recipients listed by name in a preview (all are counted)


def _filter(facility_id: uuid.UUID, audience: dict[str, Any]) -> list[Any]:
    clauses: list[Any] = [recipients.c.facility_id == facility_id, recipients.c.deleted.is_(False)]
    for field in ("status", "stage", "language"):
        if audience.get(field):
            clauses.append(recipients.c[field].in_(audience[field]))
    for field in ("customer_types", "tags"):
        if audience.get(field):
            clauses.append(recipients.c[field].overlap(audience[field]))
    # None: no restriction; an empty selection is nobody (never everybody).
    if audience.get("customer_ids") is not None:
        clauses.append(recipients.c.customer_id.in_([uuid.UUID(str(i)) for i in audience["customer_ids"]]))
    return clauses


def members(facility_id: uuid.UUID, audience: dict[str, Any]) -> Subquery:
    """The facility's recipients in the audience, each with the reason its address bounced (if it did)."""
    joined = select(*recipients.c, undeliverable.c.reason.label("bounced")).outerjoin(
        undeliverable, undeliverable.c.email == cast(recipients.c.email, CITEXT)
    )
    return joined.where(*_filter(facility_id, audience)).subquery()


def skip_reason(m: Subquery, detailed: bool = True) -> ColumnElement[Any]:
    """Why a member is skipped (the same order as routing.enqueue), or NULL when it is sent to."""
    bounced = literal("undeliverable: ") + m.c.bounced if detailed else literal("undeliverable")
    return case(
        (m.c.email.is_(None), literal("no_email")),
        (m.c.email.not_like("%_@_%"), literal("no_email")),
        (m.c.marketing_opt_out, literal("opted_out")),
        (m.c.bounced.is_not(None), bounced),
        else_=null(),
    )


async def require_known(uow: UnitOfWork, facility_id: uuid.UUID, audience: dict[str, Any]) -> None:
    """A selection names only this facility's (not deleted) customers: another id is refused, naming it."""
    chosen = [uuid.UUID(str(i)) for i in audience.get("customer_ids") or ()]
    if not chosen:
        return
    query = select(recipients.c.customer_id).where(
        recipients.c.facility_id == facility_id, recipients.c.deleted.is_(False), recipients.c.customer_id.in_(chosen)
    )
    known = set((await uow.session.execute(query)).scalars())
    for index, customer_id in enumerate(chosen):
        if customer_id not in known:
            raise DomainError(
                "not a customer of this facility (or not known here yet: try again in a moment)",
                loc=["body", "audience", "customer_ids", index],
            )


async def preview(uow: UnitOfWork, facility_id: uuid.UUID, audience: dict[str, Any]) -> dict[str, Any]:
    """How many a broadcast would reach, by language, and who would be skipped and why."""
    m = members(facility_id, audience)
    reason = skip_reason(m, detailed=False)
    async with uow:
        await require_known(uow, facility_id, audience)
        counts = (
            await uow.session.execute(select(reason, m.c.language, func.count()).group_by(reason, m.c.language))
        ).all()
        shown = (
            await uow.session.execute(
                select(m.c.customer_id, m.c.first_name, m.c.last_name, m.c.email, reason.label("reason"))
                .where(reason.is_not(None))
                .order_by(m.c.last_name, m.c.first_name, m.c.customer_id)
                .limit(SKIPPED_SHOWN)
            )
        ).mappings()
        skipped_recipients = [dict(row) for row in shown]
    result: dict[str, Any] = {"total": 0, "sending": 0, "languages": {}, "skipped": {}}
    for why, language, n in counts:
        result["total"] += n
        if why is None:
            result["sending"] += n
            result["languages"][language] = result["languages"].get(language, 0) + n
        else:
            result["skipped"][why] = result["skipped"].get(why, 0) + n
    result["skipped_recipients"] = skipped_recipients
    return result
