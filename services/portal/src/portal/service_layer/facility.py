"""Facility portal settings (sections, onboarding steps) and each account's onboarding progress."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any, Literal, get_args

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from portal.adapters.orm import facility_settings, onboarding_progress, payment_methods
from shared.db import UnitOfWork

Section = Literal["events", "cars", "shop", "billing", "documents", "settings"]
Step = Literal["confirm_profile", "sign_contract", "add_payment_method", "accept_policies"]
SECTIONS: tuple[str, ...] = get_args(Section)
STEPS: tuple[str, ...] = get_args(Step)
# Steps the customer ticks off in the portal; a payment method is learnt from billing.
SELF_SERVICE_STEPS = ("confirm_profile", "sign_contract", "accept_policies")


async def load_settings(session: AsyncSession, facility_id: uuid.UUID) -> dict[str, Any]:
    """The facility's settings, or the defaults (every section on, no onboarding)."""
    row = (
        (await session.execute(select(facility_settings).where(facility_settings.c.facility_id == facility_id)))
        .mappings()
        .first()
    )
    if row is None:
        return {"sections": list(SECTIONS), "onboarding_steps": [], "updated_by": None, "updated_at": None}
    return {k: row[k] for k in ("sections", "onboarding_steps", "updated_by", "updated_at")}


async def save_settings(
    uow: UnitOfWork, facility_id: uuid.UUID, sections: Sequence[str], steps: Sequence[str], by: str
) -> dict[str, Any]:
    """Replace the facility's settings (order of steps is the order the customer sees them)."""
    values = {
        "facility_id": facility_id,
        "sections": [s for s in SECTIONS if s in sections],
        "onboarding_steps": list(dict.fromkeys(steps)),
        "updated_by": by,
        "updated_at": func.now(),
    }
    async with uow:
        statement = insert(facility_settings).values(values)
        statement = statement.on_conflict_do_update(
            index_elements=[facility_settings.c.facility_id], set_={k: statement.excluded[k] for k in values}
        )
        await uow.session.execute(statement)
        await uow.commit()
        return await load_settings(uow.session, facility_id)


async def onboarding(
    session: AsyncSession, steps: Sequence[str], account_id: uuid.UUID | None, customer_id: uuid.UUID
) -> dict[str, Any]:
    """Which of the facility's steps this account has done, and which comes next."""
    done: set[str] = set()
    if account_id is not None:
        rows = await session.execute(
            select(onboarding_progress.c.step).where(onboarding_progress.c.account_id == account_id)
        )
        done = set(rows.scalars())
    has_card = await session.execute(
        select(payment_methods.c.payment_method_id).where(
            payment_methods.c.customer_id == customer_id, payment_methods.c.removed.is_(False)
        )
    )
    if has_card.first() is not None:
        done.add("add_payment_method")
    items = [{"step": s, "done": s in done} for s in steps]
    return {"steps": items, "next_step": next((i["step"] for i in items if not i["done"]), None)}


async def complete_step(uow: UnitOfWork, account_id: uuid.UUID, step: str) -> None:
    """Record that the account did a step (idempotent)."""
    async with uow:
        statement = insert(onboarding_progress).values(account_id=account_id, step=step)
        await uow.session.execute(statement.on_conflict_do_nothing())
        await uow.commit()
