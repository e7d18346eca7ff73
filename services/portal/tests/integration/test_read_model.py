"""The read model converges: a replay from the start, or older events arriving late, change nothing."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import TypeAdapter

from crm_dev.testing import drop_database, eventually, migrated_database, publish, publish_envelope, read_topic
from portal.config import Settings
from portal.entrypoints.cli import MIGRATIONS
from portal.entrypoints.consumers import APPOINTMENT_HANDLERS, BILLING_HANDLERS, customer_handlers
from portal.service_layer import view
from shared.contracts import topics
from shared.contracts.billing import BalanceChanged, InvoiceChanged, Money, PaymentMethodChanged
from shared.contracts.contacts import (
    CarLinked,
    CarSnapshot,
    CarUnlinked,
    CarUpdated,
    CustomerCreated,
    CustomerSnapshot,
    CustomerUpdated,
    DocumentAdded,
    DocumentRemoved,
    DocumentSnapshot,
)
from shared.contracts.envelope import Envelope
from shared.contracts.registry import registry
from shared.contracts.scheduling import AppointmentChanged
from shared.db import UnitOfWork, make_engine, make_sessionmaker

pytestmark = pytest.mark.integration
JSON = TypeAdapter(dict[str, Any])


def eur(n: int) -> Money:
    return Money(amount_minor=n, currency="EUR")


def invoice(cid, iid, number, status, revision, paid=0):
    return InvoiceChanged(
        invoice_id=iid, customer_id=cid, number=number, status=status, total=eur(1000), amount_paid=eur(paid),
        amount_due=eur(1000 - paid), issued_on=date(2026, 1, 1), due_on=date(2026, 2, 1), revision=revision,
    )  # fmt: skip


def comparable(shown: dict) -> dict:
    """The view without the signed download links, which are minted per request."""
    docs = [{k: v for k, v in d.items() if k not in ("download_url", "expires")} for d in shown.get("documents", [])]
    return JSON.dump_python({**shown, "documents": docs}, mode="json")  # as the API serialises it


async def test_replay_and_late_events_converge(portal, topic_namespace, token_for, settings_for):
    ns, facility, cid = topic_namespace, uuid.uuid4(), uuid.uuid4()
    staff = token_for("staff", facility)

    async def send(event, version=None):
        return await publish(event, facility_id=facility, aggregate_id=cid, namespace=ns, version=version)

    snap = CustomerSnapshot(customer_id=cid, first_name="Ana", last_name="Silva", email="ana@example.com")
    car = CarSnapshot(car_id=uuid.uuid4(), customer_id=cid, make="Fiat", model="500", colour="white")
    gone = CarSnapshot(car_id=uuid.uuid4(), customer_id=cid, make="Seat", model="Ibiza")
    doc = DocumentSnapshot(
        document_id=uuid.uuid4(), customer_id=cid, filename="contract.pdf", content_type="application/pdf",
        size=10, sha256="0" * 64,
    )  # fmt: skip
    inv, card, appt = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    soon = datetime.now(UTC) + timedelta(days=3)
    await send(CustomerCreated(customer=snap), 1)
    await send(CustomerUpdated(customer=snap.model_copy(update={"first_name": "Ana2"})), 2)
    await send(CustomerUpdated(customer=snap.model_copy(update={"first_name": "Ana3"})), 3)
    await send(CarLinked(car=car))
    await send(CarUpdated(car=car.model_copy(update={"colour": "red"})))
    await send(CarLinked(car=gone))
    await send(CarUnlinked(car_id=gone.car_id, customer_id=cid))
    await send(DocumentAdded(document=doc))
    await send(DocumentRemoved(document_id=doc.document_id, customer_id=cid))
    await send(DocumentAdded(document=doc.model_copy(update={"document_id": uuid.uuid4(), "filename": "kept.pdf"})))
    await send(invoice(cid, inv, "F-1", "open", 1))
    await send(invoice(cid, inv, "F-1", "paid", 2, paid=1000))
    await send(BalanceChanged(customer_id=cid, balance=eur(1000), open_invoices=1, revision=1))
    await send(BalanceChanged(customer_id=cid, balance=eur(0), open_invoices=0, revision=2))
    card_event = PaymentMethodChanged(
        payment_method_id=card, customer_id=cid, brand="visa", last4="4242", exp_month=1, exp_year=2030,
        is_default=True, revision=1,
    )  # fmt: skip
    await send(card_event)
    await send(AppointmentChanged(appointment_id=appt, customer_id=cid, title="Service", starts_at=soon, revision=1))

    async def settled():
        r = await portal.get(f"/staff/preview/customers/{cid}", headers=staff)
        if r.status_code != 200:
            return None
        body = r.json()
        # Each kind of event comes on its own topic: wait for every one of them, in whatever order they land.
        billing = body["billing"]
        ready = body["profile"]["first_name"] == "Ana3" and billing["balance"] and billing["payment_methods"]
        ready = ready and body["events"]
        return body if ready and body["billing"]["paid_invoices"] and len(body["documents"]) == 1 else None

    live = comparable(await eventually(settled, what="the whole view"))
    assert [(c["model"], c["colour"]) for c in live["cars"]] == [("500", "red")]
    assert [d["filename"] for d in live["documents"]] == ["kept.pdf"]
    assert live["billing"]["balance"]["amount_minor"] == 0 and not live["billing"]["open_invoices"]
    assert live["billing"]["payment_methods"][0]["last4"] == "4242" and live["events"][0]["title"] == "Service"

    # Older events arriving after newer ones: fresh event ids, older versions, revisions and times.
    await send(CustomerUpdated(customer=snap.model_copy(update={"first_name": "Ana2"})), 2)
    old_car = Envelope.wrap(
        CarUpdated(car=car.model_copy(update={"colour": "blue"})), facility_id=facility, aggregate_id=cid,
        correlation_id="late", occurred_at=datetime.now(UTC) - timedelta(hours=1),
    )  # fmt: skip
    await publish_envelope(old_car, topics.resolve(topics.CUSTOMERS, ns))
    await send(invoice(cid, inv, "F-1", "open", 1))
    await send(BalanceChanged(customer_id=cid, balance=eur(1000), open_invoices=1, revision=1))
    # Sentinels on each topic: once they show, everything sent before them was applied.
    await send(CarLinked(car=CarSnapshot(car_id=uuid.uuid4(), customer_id=cid, make="Zz", model="Sentinel")))
    await send(invoice(cid, uuid.uuid4(), "F-2", "paid", 1, paid=1000))

    async def sentinels():
        body = (await portal.get(f"/staff/preview/customers/{cid}", headers=staff)).json()
        return body if len(body["cars"]) == 2 and len(body["billing"]["paid_invoices"]) == 2 else None

    late = comparable(await eventually(sentinels, what="the sentinels"))
    late["cars"] = [c for c in late["cars"] if c["model"] != "Sentinel"]
    late["billing"]["paid_invoices"] = [i for i in late["billing"]["paid_invoices"] if i["number"] != "F-2"]
    assert late == live

    # A replay of every event from the start, in order and then shuffled, into an empty database.
    records = []
    # Other tests share these topics: read each until this test's last event on it has come by.
    mark = str(facility).encode()
    last_of = {topics.CUSTOMERS: b'"Sentinel"', topics.BILLING: b'"F-2"', topics.APPOINTMENTS: b""}
    for topic, last in last_of.items():
        got = await read_topic(
            topics.resolve(topic, ns), until=lambda rs, last=last: any(mark in r.value and last in r.value for r in rs)
        )
        records += [Envelope.model_validate_json(r.value) for r in got]
    mine = [e for e in records if e.facility_id == facility]
    assert len(mine) >= 22
    url = await migrated_database("portal", MIGRATIONS)
    engine = make_engine(url, 2)
    try:
        settings = settings_for(Settings, url)
        handlers = {
            m.type: h for m, h in {**customer_handlers(settings), **BILLING_HANDLERS, **APPOINTMENT_HANDLERS}.items()
        }
        sessionmaker = make_sessionmaker(engine)
        for order in (mine, random.Random(7).sample(mine, len(mine))):
            for env in order:
                async with UnitOfWork(sessionmaker) as uow:
                    await handlers[env.type](uow, env, registry.parse(env))
                    await uow.commit()
            replayed = comparable(await view.view_of(UnitOfWork(sessionmaker), settings, facility, cid, None))
            assert replayed == comparable({**await _json(portal, cid, staff)})
    finally:
        await engine.dispose()
        await drop_database(url)


async def _json(portal, cid, staff):
    return (await portal.get(f"/staff/preview/customers/{cid}", headers=staff)).json()
