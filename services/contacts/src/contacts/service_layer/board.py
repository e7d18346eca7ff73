"""The board: customers grouped by stage, each column with its count."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from contacts.adapters import search
from contacts.adapters.orm import customers
from contacts.adapters.search import Filters
from contacts.domain.customer import Customer
from contacts.service_layer import crm
from shared.auth import Principal
from shared.db import UnitOfWork


async def columns(uow: UnitOfWork, principal: Principal, found: Filters, per_stage: int) -> list[dict[str, Any]]:
    """One column per stage in stage order, 'no stage' first: the stage, its count and its newest cards."""
    stages = (await crm.options(uow, principal))["stages"]
    result = []
    async with uow:
        for stage in [{"id": None, "name": None}, *stages]:
            where = [*search.conditions(principal.facility_id, found), customers.c.stage_id == stage["id"]]
            if stage["id"] is None:
                where[-1] = customers.c.stage_id.is_(None)
            count = await uow.session.scalar(select(func.count()).where(*where))
            rows = await uow.session.execute(
                select(customers).where(*where).order_by(customers.c.updated_at.desc()).limit(per_stage)
            )
            cards = [Customer.from_row(r) for r in rows.mappings()]
            result.append({"stage": stage, "count": count, "cards": cards})
    return result
