"""The portal's sections: each one a small view of the read model, shown when the facility turns it on.

Adding a section: a value in facility.Section, and here a function and its entry in VIEWS (the /me view and
the staff preview pick it up by themselves).
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from portal.adapters.orm import appointments, balances, cars, documents, facility_events, invoices, payment_methods
from portal.config import Settings
from portal.service_layer import shop as shop_views
from portal.service_layer.car_detail import CAR_FIELDS
from shared import signed_links


@dataclass(frozen=True)
class Viewer:
    """Whose view is built: the customer (or person), their facility and their portal account, if any."""

    session: AsyncSession
    settings: Settings
    facility_id: uuid.UUID
    customer_id: uuid.UUID
    account: Any  # the accounts row, or None


def download_url(settings: Settings, document_id: uuid.UUID) -> tuple[str, int]:
    """A short-lived link to contacts' download route, signed with the secret contacts checks."""
    secret = settings.document_signing_secret.get_secret_value()
    path, expires = signed_links.download_path(secret, document_id, settings.document_link_ttl_s)
    return f"{settings.contacts_public_path.rstrip('/')}/{path}", expires


async def _rows(session: AsyncSession, query: Any) -> list[dict[str, Any]]:
    return [dict(r) for r in (await session.execute(query)).mappings()]


async def account_settings(v: Viewer) -> dict[str, Any]:
    """The account's sign-in email and language."""
    return {
        "email": v.account["email"] if v.account else None,
        "language": v.account["language"] if v.account else None,
    }


async def car_list(v: Viewer) -> list[dict[str, Any]]:
    """The customer's cars, by make and model."""
    query = select(*(cars.c[f] for f in CAR_FIELDS)).where(
        cars.c.facility_id == v.facility_id, cars.c.customer_id == v.customer_id, cars.c.removed.is_(False)
    )
    return await _rows(v.session, query.order_by(cars.c.make, cars.c.model))


async def document_list(v: Viewer) -> list[dict[str, Any]]:
    """The customer's documents, each with a short-lived signed download link."""
    docs = await _rows(
        v.session,
        select(documents.c.document_id, documents.c.filename, documents.c.content_type, documents.c.size)
        .where(documents.c.facility_id == v.facility_id, documents.c.customer_id == v.customer_id)
        .where(documents.c.removed.is_(False))
        .order_by(documents.c.filename),
    )
    for doc in docs:
        doc["download_url"], doc["expires"] = download_url(v.settings, doc["document_id"])
    return docs


async def billing(v: Viewer) -> dict[str, Any]:
    """Balance, open and paid invoices, saved cards, and how a new card is entered."""
    return {**await _billing(v.session, v.facility_id, v.customer_id), "card_entry": v.settings.card_provider}


async def upcoming_events(v: Viewer) -> list[dict[str, Any]]:
    """The customer's appointments from now on (requested, scheduled, confirmed) and the facility's events."""
    now = datetime.now(UTC)
    mine = await _rows(
        v.session,
        select(appointments.c.appointment_id, appointments.c.title, appointments.c.car_id, appointments.c.kind)
        .add_columns(appointments.c.starts_at, appointments.c.ends_at, appointments.c.status, appointments.c.notes)
        .add_columns(func.coalesce(appointments.c.state, appointments.c.status).label("state"))
        .where(appointments.c.facility_id == v.facility_id, appointments.c.customer_id == v.customer_id)
        .where(appointments.c.status == "scheduled", appointments.c.starts_at >= now),
    )
    shared = await _rows(
        v.session,
        select(facility_events.c.facility_event_id.label("appointment_id"), facility_events.c.title)
        .add_columns(facility_events.c.starts_at, facility_events.c.ends_at, facility_events.c.status)
        .add_columns(facility_events.c.notes)
        .where(facility_events.c.facility_id == v.facility_id, facility_events.c.status == "scheduled")
        .where(facility_events.c.starts_at >= now),
    )
    for row in shared:
        row.update(car_id=None, kind="event", state="scheduled")
    return sorted(mine + shared, key=lambda row: row["starts_at"])


async def shop(v: Viewer) -> dict[str, Any]:
    """The facility's active products and services, the customer's orders, and whether a card can pay at once."""
    return await shop_views.shop_view(v.session, v.facility_id, v.customer_id)


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


# Section -> its view, in the order the /me view lists them.
VIEWS: dict[str, Callable[[Viewer], Awaitable[Any]]] = {
    "settings": account_settings,
    "cars": car_list,
    "documents": document_list,
    "billing": billing,
    "events": upcoming_events,
    "shop": shop,
}
