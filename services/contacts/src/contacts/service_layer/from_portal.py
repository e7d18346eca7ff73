"""Profile edits made by the customer (or a person) in the portal, applied like a staff edit."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from contacts.adapters.orm import people
from contacts.adapters.repository import CustomerRepository
from contacts.domain.person import Person
from contacts.service_layer import customers, timeline
from contacts.service_layer import people as people_service
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalProfileChanged
from shared.db import UnitOfWork
from shared.errors import DomainError
from shared.logs import get_logger

log = get_logger(__name__)
PERSON_FIELDS = ("first_name", "last_name", "phone", "email")


async def on_profile_changed(uow: UnitOfWork, envelope: Envelope, event: PortalProfileChanged) -> None:
    """Apply the fields the portal sent; a refused value (bad phone, taken email) goes on the timeline only."""
    changes: dict[str, Any] = {
        k: v for k in ("first_name", "last_name", "phone", "language", "email") if (v := getattr(event, k))
    }
    if event.marketing_opt_out is not None and event.person_id is None:  # the account holder's own choice
        changes["marketing_opt_out"] = event.marketing_opt_out
    try:
        async with uow.session.begin_nested():
            if event.person_id is None:
                await _customer(uow, envelope, event, changes)
            else:
                await _person(uow, envelope, event, {k: v for k, v in changes.items() if k in PERSON_FIELDS})
    except (DomainError, IntegrityError) as exc:
        log.warning("portal profile change refused", customer_id=str(event.customer_id), error=type(exc).__name__)
        await timeline.record(
            uow.session,
            facility_id=envelope.facility_id,
            customer_id=event.customer_id,
            kind="portal_profile_refused",
            summary="Profile change from the portal refused: " + str(getattr(exc, "msg", type(exc).__name__)),
            actor="portal",
            data={"fields": sorted(changes)},
        )


async def _customer(uow: UnitOfWork, envelope: Envelope, event: PortalProfileChanged, changes: dict[str, Any]) -> None:
    repo = CustomerRepository(uow.session, envelope.facility_id)
    current = await repo.get(event.customer_id, for_update=True)
    if current is None:
        return
    await customers.save_changes(uow, repo, current, changes, actor="portal", summary="Changed in the portal: ")


async def _person(uow: UnitOfWork, envelope: Envelope, event: PortalProfileChanged, changes: dict[str, Any]) -> None:
    query = select(people).where(
        people.c.id == event.person_id,
        people.c.customer_id == event.customer_id,
        people.c.facility_id == envelope.facility_id,
    )
    row = (await uow.session.execute(query.with_for_update())).mappings().first()
    if row is None:
        return
    await people_service.save_person_changes(
        uow, Person.from_row(row), changes, actor="portal", summary="changed in the portal"
    )
