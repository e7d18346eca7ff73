"""What one customer or person sees in the portal, built only from the portal's own read model."""

from __future__ import annotations

import hashlib
import hmac
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from portal.adapters.orm import (
    accounts,
    appointments,
    balances,
    cars,
    documents,
    invoices,
    payment_methods,
    people,
    profiles,
)
from portal.config import Settings
from portal.service_layer.facility import load_settings, onboarding
from shared.db import UnitOfWork

CAR_FIELDS = ("car_id", "make", "model", "year", "colour", "plate", "vin")


def download_url(settings: Settings, document_id: uuid.UUID) -> tuple[str, int]:
    """A short-lived link to contacts' download route, signed with the secret contacts checks."""
    expires = int(time.time()) + settings.document_link_ttl_s
    message = f"{document_id}:{expires}".encode()
    secret = settings.document_signing_secret.get_secret_value().encode()
    signature = hmac.new(secret, message, hashlib.sha256).hexdigest()
    base = settings.contacts_public_path.rstrip("/")
    return f"{base}/documents/{document_id}/download?expires={expires}&signature={signature}", expires


async def _rows(session: AsyncSession, query: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in (await session.execute(query)).mappings()]


async def profile(session: AsyncSession, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any) -> Any:
    """The profile of the customer, or of the person when the account is a person's."""
    query: Any
    if person_id is not None:
        p = people.c
        query = select(p.first_name, p.last_name, p.email, p.phone, p.role).where(
            p.person_id == person_id, p.customer_id == customer_id, p.facility_id == facility_id, p.removed.is_(False)
        )
    else:
        c = profiles.c
        query = select(c.first_name, c.last_name, c.company, c.email, c.phone, c.language).where(
            c.customer_id == customer_id, c.facility_id == facility_id, c.deleted.is_(False)
        )
    row = (await session.execute(query)).mappings().first()
    return dict(row) if row else None


async def _billing(session: AsyncSession, fid: uuid.UUID, cid: uuid.UUID) -> dict[str, Any]:
    mine = (invoices.c.facility_id == fid, invoices.c.customer_id == cid)
    all_invoices = await _rows(
        session,
        select(invoices).where(*mine, invoices.c.status.in_(("open", "paid"))).order_by(invoices.c.due_on.desc()),
    )
    balance = await _rows(session, select(balances).where(balances.c.facility_id == fid, balances.c.customer_id == cid))
    cards = await _rows(
        session,
        select(payment_methods.c.brand, payment_methods.c.last4, payment_methods.c.exp_month)
        .add_columns(payment_methods.c.exp_year, payment_methods.c.is_default)
        .where(payment_methods.c.facility_id == fid, payment_methods.c.customer_id == cid)
        .where(payment_methods.c.removed.is_(False)),
    )
    drop = ("customer_id", "facility_id", "revision")
    shown = [{k: v for k, v in i.items() if k not in drop} for i in all_invoices]
    b = balance[0] if balance else None
    return {
        "balance": {k: b[k] for k in ("currency", "amount_minor", "open_invoices")} if b else None,
        "open_invoices": [i for i in shown if i["status"] == "open"],
        "paid_invoices": [i for i in shown if i["status"] == "paid"],
        "payment_methods": cards,
    }


async def build(
    session: AsyncSession, settings: Settings, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any
) -> dict[str, Any]:
    """The whole /me view of one customer or person of one facility."""
    account = (
        (await session.execute(select(accounts).where(accounts.c.subject_id == (person_id or customer_id))))
        .mappings()
        .first()
    )
    if account is not None and account["facility_id"] != facility_id:
        account = None
    facility = await load_settings(session, facility_id)
    on = set(facility["sections"])
    view: dict[str, Any] = {
        "customer_id": customer_id,
        "person_id": person_id,
        "sections": facility["sections"],
        "profile": await profile(session, facility_id, customer_id, person_id),
        "onboarding": await onboarding(
            session, facility["onboarding_steps"], account["id"] if account else None, customer_id
        ),
    }
    if "settings" in on:
        view["settings"] = {
            "email": account["email"] if account else None,
            "language": account["language"] if account else None,
        }
    if "cars" in on:
        query = select(*(cars.c[f] for f in CAR_FIELDS)).where(
            cars.c.facility_id == facility_id, cars.c.customer_id == customer_id, cars.c.removed.is_(False)
        )
        view["cars"] = await _rows(session, query.order_by(cars.c.make, cars.c.model))
    if "documents" in on:
        docs = await _rows(
            session,
            select(documents.c.document_id, documents.c.filename, documents.c.content_type, documents.c.size)
            .where(documents.c.facility_id == facility_id, documents.c.customer_id == customer_id)
            .where(documents.c.removed.is_(False))
            .order_by(documents.c.filename),
        )
        for doc in docs:
            doc["download_url"], doc["expires"] = download_url(settings, doc["document_id"])
        view["documents"] = docs
    if "billing" in on:
        view["billing"] = await _billing(session, facility_id, customer_id)
    if "events" in on:
        view["events"] = await _rows(
            session,
            select(appointments.c.appointment_id, appointments.c.title, appointments.c.car_id)
            .add_columns(appointments.c.starts_at, appointments.c.ends_at, appointments.c.status)
            .where(appointments.c.facility_id == facility_id, appointments.c.customer_id == customer_id)
            .where(appointments.c.status == "scheduled", appointments.c.starts_at >= datetime.now(UTC))
            .order_by(appointments.c.starts_at),
        )
    return view


async def view_of(
    uow: UnitOfWork, settings: Settings, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any
) -> dict[str, Any]:
    """build() in its own unit of work."""
    async with uow:
        return await build(uow.session, settings, facility_id, customer_id, person_id)
