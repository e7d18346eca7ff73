"""Changing a facility's billing settings, and announcing what contacts shows of them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, update

from billing.adapters.orm import invoices, settings
from billing.service_layer import accounts
from shared.contracts.billing import FacilityBillingSettingsChanged
from shared.db import UnitOfWork
from shared.errors import Conflict

# What contacts learns of billing's settings (the time zone only decides billing's own day).
ANNOUNCED_SETTINGS = {"currency", "tax_rate_bp", "payment_terms_days"}


async def change(uow: UnitOfWork, facility_id: uuid.UUID, values: dict[str, Any]) -> None:
    """Store the settings; the currency is fixed once the facility has invoiced."""
    async with uow:
        row = await accounts.facility_settings(uow, facility_id)
        if values["currency"] != row["currency"]:
            query = select(invoices.c.id).where(invoices.c.facility_id == facility_id).limit(1)
            used = await uow.session.execute(query)
            if used.first() is not None:
                raise Conflict("the currency cannot change once invoices exist", field="currency")
        await uow.session.execute(update(settings).where(settings.c.facility_id == facility_id).values(**values))
        # Keyed by facility: contacts shows the currency with the facility (GET /facilities).
        uow.publish(
            FacilityBillingSettingsChanged(**{k: v for k, v in values.items() if k in ANNOUNCED_SETTINGS}),
            facility_id=facility_id,
            aggregate_id=facility_id,
        )
        await uow.commit()
