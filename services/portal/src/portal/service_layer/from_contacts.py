"""The customer's profile and people from contacts events; access ends when contacts says so."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update

from portal.adapters.orm import accounts, cars, documents, people, profiles
from portal.service_layer.accounts import revoke
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerMerged,
    CustomerRestored,
    CustomerSnapshot,
    CustomerUpdated,
    PersonAdded,
    PersonRemoved,
    PersonSnapshot,
    PersonUpdated,
)
from shared.contracts.envelope import Envelope
from shared.db import UnitOfWork
from shared.readmodels import upsert_if_newer


async def _profile(uow: UnitOfWork, envelope: Envelope, c: CustomerSnapshot, deleted: bool = False) -> bool:
    values = {
        "customer_id": c.customer_id,
        "facility_id": envelope.facility_id,
        "first_name": c.first_name,
        "last_name": c.last_name,
        "company": c.company,
        "email": c.email,
        "phone": c.phone,
        "language": c.language,
        "marketing_opt_out": c.marketing_opt_out,
        "deleted": deleted,
        "version": envelope.aggregate_version or 0,
    }
    return await upsert_if_newer(uow, profiles, values, "version")


async def _email_changed(uow: UnitOfWork, subject_condition: Any, email: str | None) -> None:
    """The sign-in identity moved: old sessions and links end; no email means no access."""
    stale = (subject_condition, accounts.c.email != (email or ""))
    await revoke(uow, *stale, deactivate=email is None, reason="email changed")
    if email:
        await uow.session.execute(update(accounts).where(*stale).values(email=email))


async def on_customer_created(uow: UnitOfWork, envelope: Envelope, event: CustomerCreated) -> None:
    """A new customer's profile."""
    await _profile(uow, envelope, event.customer)


async def on_customer_updated(uow: UnitOfWork, envelope: Envelope, event: CustomerUpdated) -> None:
    """Newer profile; a portal-access or email change (only if newer) ends the customer's own access."""
    if not await _profile(uow, envelope, event.customer):
        return
    own = accounts.c.subject_id == event.customer.customer_id
    # The snapshot does not carry portal_access: any change of it revokes; a new invite re-enables.
    if "portal_access" in event.changed_fields:
        await revoke(uow, own, reason="portal access changed")
    await _email_changed(uow, own, event.customer.email)


async def on_customer_restored(uow: UnitOfWork, envelope: Envelope, event: CustomerRestored) -> None:
    """A restored customer's profile is visible again; accounts wait for a new invite."""
    await _profile(uow, envelope, event.customer)


async def on_customer_deleted(uow: UnitOfWork, envelope: Envelope, event: CustomerDeleted) -> None:
    """A deleted customer and their people lose portal access (unless a newer state is already here)."""
    version = envelope.aggregate_version or 0
    marked = await uow.session.execute(
        update(profiles)
        .where(profiles.c.customer_id == event.customer_id, profiles.c.version < version)
        .values(deleted=True, version=version)
        .returning(profiles.c.customer_id)
    )
    if marked.first() is None and await _newer_profile(uow, event.customer_id, version):
        return
    await revoke(uow, accounts.c.customer_id == event.customer_id, reason="customer deleted")


async def _newer_profile(uow: UnitOfWork, customer_id: object, version: int) -> bool:
    found = await uow.session.execute(
        select(profiles.c.version).where(profiles.c.customer_id == customer_id, profiles.c.version >= version)
    )
    return found.first() is not None


async def on_customer_merged(uow: UnitOfWork, envelope: Envelope, event: CustomerMerged) -> None:
    """The merged record is gone: its accounts end (the survivor's staff can invite again)."""
    await revoke(uow, accounts.c.customer_id == event.merged_id, reason="customer merged")
    await uow.session.execute(update(profiles).where(profiles.c.customer_id == event.merged_id).values(deleted=True))


async def on_customer_anonymized(uow: UnitOfWork, envelope: Envelope, event: CustomerAnonymized) -> None:
    """Erase the portal's copy of the customer's personal data, accounts included."""
    cid = event.customer_id
    await revoke(uow, accounts.c.customer_id == cid, reason="customer anonymized")
    await uow.session.execute(delete(accounts).where(accounts.c.customer_id == cid))
    await uow.session.execute(delete(people).where(people.c.customer_id == cid))
    await uow.session.execute(
        update(profiles)
        .where(profiles.c.customer_id == cid)
        .values(first_name="Anonymised", last_name="Customer", company=None, email=None, phone=None, deleted=True)
    )
    await uow.session.execute(update(cars).where(cars.c.customer_id == cid).values(plate=None, vin=None))
    await uow.session.execute(update(documents).where(documents.c.customer_id == cid).values(filename="document"))


async def _person(uow: UnitOfWork, envelope: Envelope, p: PersonSnapshot) -> None:
    values = {
        "person_id": p.person_id,
        "customer_id": p.customer_id,
        "facility_id": envelope.facility_id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "email": p.email,
        "phone": p.phone,
        "role": p.role,
        "portal_access": p.portal_access,
        "removed": False,
        "version": envelope.aggregate_version or 0,
    }
    if not await upsert_if_newer(uow, people, values, "version"):
        return
    own = accounts.c.subject_id == p.person_id
    if not p.portal_access:
        await revoke(uow, own, reason="portal access off")
    await _email_changed(uow, own, p.email)


async def on_person_changed(uow: UnitOfWork, envelope: Envelope, event: PersonAdded | PersonUpdated) -> None:
    """A person's newer state; access off or a new email ends their sessions and links."""
    await _person(uow, envelope, event.person)


async def on_person_removed(uow: UnitOfWork, envelope: Envelope, event: PersonRemoved) -> None:
    """A removed person loses access at once; the tombstone stops an older event bringing them back."""
    values = {
        "person_id": event.person_id,
        "customer_id": event.customer_id,
        "facility_id": envelope.facility_id,
        "first_name": "",
        "last_name": "",
        "email": None,
        "phone": None,
        "role": "other",
        "portal_access": False,
        "removed": True,
        "version": envelope.aggregate_version or 0,
    }
    await upsert_if_newer(uow, people, values, "version")
    await revoke(uow, accounts.c.subject_id == event.person_id, reason="person removed")
