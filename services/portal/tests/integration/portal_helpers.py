"""Helpers of the portal tests: publish contacts events, fetch the emailed link from its topic."""

from __future__ import annotations

import json
import uuid
from typing import Any

import asyncpg

from crm_dev.testing import publish, read_topic
from portal.config import Settings
from shared.contracts import topics
from shared.contracts.contacts import CarLinked, CarSnapshot, CustomerCreated, CustomerSnapshot, InviteRequested
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalEmailConfirmationRequested, SignInEmailRequested
from shared.contracts.registry import registry
from shared.sealing import UnsealError

KEYRING = Settings().link_keyring()
SEALED = (SignInEmailRequested.type, PortalEmailConfirmationRequested.type)


def plain_url(sqlalchemy_url: str) -> str:
    """An asyncpg URL from the SQLAlchemy one."""
    return sqlalchemy_url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def db_rows(url: str, sql: str, *args: Any) -> list[asyncpg.Record]:
    """Run one query on the portal database."""
    conn = await asyncpg.connect(plain_url(url))
    try:
        return list(await conn.fetch(sql, *args))
    finally:
        await conn.close()


async def customer(ns: str, facility: uuid.UUID, email: str, *, cars: int = 1, first: str = "Ana") -> uuid.UUID:
    """A customer of a facility with `cars` cars, published as contacts would."""
    cid = uuid.uuid4()
    snapshot = CustomerSnapshot(customer_id=cid, first_name=first, last_name="Silva", email=email, language="en")
    await publish(CustomerCreated(customer=snapshot), facility_id=facility, aggregate_id=cid, namespace=ns, version=1)
    for i in range(cars):
        car = CarSnapshot(car_id=uuid.uuid4(), customer_id=cid, make="Alfa", model=f"Giulia {first} {i}", plate=f"P{i}")
        await publish(CarLinked(car=car), facility_id=facility, aggregate_id=cid, namespace=ns)
    return cid


def _payloads(records: list[Any], type_: str) -> list[dict[str, Any]]:
    """Payloads of one type; sealed links are opened with the (development) keyring, as notifications would."""
    out = []
    for r in records:
        env = json.loads(r.value)
        if env["type"] == type_:
            payload = {**env["payload"], "_causation_id": env["causation_id"]}
            if type_ in SEALED:
                try:
                    payload["link"] = registry.parse(Envelope.model_validate(env)).open_link(KEYRING)  # type: ignore[attr-defined]
                except UnsealError:
                    continue  # sealed by another test under its own rotated keys (same run, same topic)
            out.append(payload)
    return out


async def emails(ns: str, match: Any, count: int = 1, type_: str = "SignInEmailRequested") -> list[dict[str, Any]]:
    """Payloads on the sign-in email topic that satisfy `match`, once at least `count` are there."""
    topic = topics.resolve(topics.SIGNIN_EMAILS, ns)
    records = await read_topic(topic, until=lambda rs: len([p for p in _payloads(rs, type_) if match(p)]) >= count)
    return [p for p in _payloads(records, type_) if match(p)]


async def invite(ns: str, facility: uuid.UUID, cid: uuid.UUID, email: str, person_id: uuid.UUID | None = None) -> str:
    """Publish InviteRequested and return the token of the link the portal emails."""
    event = InviteRequested(
        customer_id=cid,
        person_id=person_id,
        email=email,
        first_name="Ana",
        last_name="Silva",
        language="en",
        requested_by="t",
    )
    envelope = await publish(event, facility_id=facility, aggregate_id=cid, namespace=ns)
    sent = await emails(ns, lambda p: p["_causation_id"] == str(envelope.event_id))
    return str(sent[-1]["link"]).rsplit("/", 1)[1]


async def portal_events(ns: str, type_: str, match: Any) -> list[dict[str, Any]]:
    """Payloads of one type on the portal topic satisfying `match` (waits for one)."""
    topic = topics.resolve(topics.PORTAL, ns)
    records = await read_topic(topic, until=lambda rs: any(match(p) for p in _payloads(rs, type_)))
    return [p for p in _payloads(records, type_) if match(p)]


def session_cookie(response: Any) -> str:
    """The session id the sign-in response set."""
    return str(response.cookies["portal_session"])
