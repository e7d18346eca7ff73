"""Emails caused by other services' events, through the real broker and a real SMTP server."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import asyncpg
import pytest
from notif_helpers import customer, system, text_of, unique

from crm_dev.testing import eventually, publish, publish_envelope
from notifications.config import Settings as NotificationsSettings
from shared.contracts import topics
from shared.contracts.billing import InvoiceIssued, Money
from shared.contracts.contacts import PersonAdded, PersonSnapshot
from shared.contracts.portal import SignInEmailRequested
from shared.messaging.relay import asyncpg_dsn

pytestmark = pytest.mark.integration


async def _received(box, n, *addresses):
    return len(box.to_any(*addresses)) >= n


async def test_an_invoice_reaches_the_customer_and_the_bookkeeper_not_the_assistant_once(
    contacts_db, notifications_db, settings_for, token_for, smtp, topic_namespace
):
    box, port = smtp
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    client, compta, aide = unique("client@example.fr"), unique("compta@example.fr"), unique("aide@example.fr")
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        cid = uuid.UUID(await customer(c_api, n_api, owner, email=client))
        for n, (role, email, prefs) in enumerate(
            [("bookkeeper", compta, ("invoices",)), ("assistant", aide, ("scheduling",))]
        ):
            person = PersonSnapshot(
                person_id=uuid.uuid4(),
                customer_id=cid,
                first_name=role,
                last_name="X",
                email=email,
                role=role,
                preferences=prefs,  # type: ignore[arg-type]
            )
            await publish(
                PersonAdded(person=person),
                facility_id=facility,
                aggregate_id=cid,
                namespace=topic_namespace,
                version=10 + n,
            )

        # The people view and the invoice come from different topics (no order between them): the invoice
        # waits until notifications knows both people, as it would in practice (people are added first).
        async def people_known():
            conn = await asyncpg.connect(asyncpg_dsn(notifications_db))
            try:
                return await conn.fetchval("SELECT count(*) FROM people WHERE customer_id = $1", cid) == 2
            finally:
                await conn.close()

        await eventually(people_known, what="the bookkeeper and the assistant in the people view")
        invoice = InvoiceIssued(
            invoice_id=uuid.uuid4(),
            customer_id=cid,
            number="F-2026-0042",
            total=Money(amount_minor=12050, currency="EUR"),
            amount_due=Money(amount_minor=12050, currency="EUR"),
            due_on=date(2026, 12, 1),
        )
        envelope = await publish(invoice, facility_id=facility, aggregate_id=cid, namespace=topic_namespace)
        await publish_envelope(envelope, topics.resolve(topics.BILLING, topic_namespace))  # delivered twice
        await eventually(lambda: _received(box, 2, client, compta, aide), what="invoice emails")
        marker = await publish(
            InvoiceIssued(**{**invoice.model_dump(), "invoice_id": uuid.uuid4(), "number": "F-2026-0043"}),
            facility_id=facility,
            aggregate_id=cid,
            namespace=topic_namespace,
        )
        await eventually(lambda: _received(box, 4, client, compta, aide), what="the next invoice, after the duplicate")
    assert marker
    first = [m for m in box.to_any(client, compta, aide) if "F-2026-0042" in m["Subject"]]
    assert sorted(m["To"].addresses[0].addr_spec for m in first) == sorted([client, compta])
    assert not box.to(aide)
    assert "120.50 EUR" in text_of(first[0]) and "Facture F-2026-0042" in first[0]["Subject"]


async def test_a_signin_link_goes_only_to_its_person_and_is_not_kept(
    contacts_db, notifications_db, settings_for, token_for, smtp, topic_namespace
):
    box, port = smtp
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    secret_link = f"https://portal.test/signin/{uuid.uuid4().hex}"
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        holder = unique("holder@example.com")
        cid = uuid.UUID(await customer(c_api, n_api, owner, email=holder, language="en"))
        request = SignInEmailRequested.sealing(
            NotificationsSettings().link_keyring(),
            secret_link,
            request_id=uuid.uuid4(),
            customer_id=cid,
            email=holder,
            first_name="Holder",
            language="en",
            kind="signin",
            expires_at=datetime.now(UTC) + timedelta(hours=1),
        )
        await publish(request, facility_id=facility, aggregate_id=cid, namespace=topic_namespace)
        await eventually(lambda: _received(box, 1, holder), what="sign-in email")
    [message] = box.to(holder)
    assert box.envelopes[box.messages.index(message)] == [holder], "the link goes to its person only"
    assert secret_link in text_of(message) and "valid for 60 minutes" in text_of(message)

    async def recorded_as_sent():
        conn = await asyncpg.connect(asyncpg_dsn(notifications_db))
        try:
            return await conn.fetchrow(
                "SELECT status, context::text AS context FROM emails WHERE customer_id = $1", cid
            )
        finally:
            await conn.close()

    row = await eventually(lambda: _sent(recorded_as_sent), what="the email recorded as sent")
    assert secret_link not in row["context"], "the link leaves the database once sent"


async def _sent(fetch):
    row = await fetch()
    return row if row and row["status"] == "sent" else None


async def test_anonymisation_in_contacts_erases_the_recipient_here(
    contacts_db, notifications_db, settings_for, token_for, smtp
):
    _, port = smtp
    owner = token_for("owner", uuid.uuid4())
    async with system(contacts_db, notifications_db, settings_for, port) as (c_api, n_api):
        cid = await customer(c_api, n_api, owner, email="forget.me@example.com")
        assert (await c_api.post(f"/customers/{cid}/anonymize", headers=owner)).status_code == 200

        async def erased():
            seen = (await n_api.get(f"/recipients/{cid}", headers=owner)).json()
            return seen if seen["email"] is None else None

        seen = await eventually(erased, what="recipient erased")
    assert seen["first_name"] == "Anonymised" and seen["deleted"] is True
