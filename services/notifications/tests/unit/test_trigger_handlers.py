"""The email triggers with in-memory fakes of the recipients view and the outbox of emails (no database)."""

from __future__ import annotations

import uuid
from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from notifications.service_layer import triggers
from notifications.service_layer.routing import Target
from shared.contracts.billing import InvoiceIssued, Money, PaymentReceived
from shared.contracts.envelope import Envelope

FACILITY, CUSTOMER, PERSON = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
UOW = SimpleNamespace(session=None)  # the fakes below stand for everything the handlers read or write


class FakeView:
    """The recipients view: who wants which kind of message; and the emails queued."""

    def __init__(self, people: dict[str, list[Target]]) -> None:
        self.people, self.queued = people, []  # type: ignore[var-annotated]

    async def targets(self, session: Any, facility_id: uuid.UUID, customer_id: uuid.UUID, pref: str | None):
        return self.people.get(pref or "", []) if (facility_id, customer_id) == (FACILITY, CUSTOMER) else []

    async def send_to(self, uow: Any, **email: Any) -> None:
        self.queued.append(email)


@pytest.fixture
def view(monkeypatch: pytest.MonkeyPatch) -> FakeView:
    customer = Target(CUSTOMER, None, "c@x.org", "Ann", "Lee", "fr", False)
    bookkeeper = Target(CUSTOMER, PERSON, "b@x.org", "Bo", "Li", "en", False)
    fake = FakeView({"invoices": [customer, bookkeeper]})
    monkeypatch.setattr(triggers, "targets", fake.targets)
    monkeypatch.setattr(triggers, "send_to", fake.send_to)
    return fake


def envelope(event: Any) -> Envelope:
    return Envelope.wrap(event, facility_id=FACILITY, aggregate_id=CUSTOMER, correlation_id="c1")


async def test_an_issued_invoice_goes_to_the_customer_and_each_person_who_wants_invoices(view: FakeView):
    total = Money(amount_minor=12050, currency="EUR")
    event = InvoiceIssued(
        invoice_id=uuid.uuid4(),
        customer_id=CUSTOMER,
        number="F-1",
        total=total,
        amount_due=total,
        due_on=date(2026, 1, 31),
    )
    env = envelope(event)
    await triggers.on_invoice_issued(UOW, env, event)  # type: ignore[arg-type]
    assert [e["target"].email for e in view.queued] == ["c@x.org", "b@x.org"]
    assert {e["key"] for e in view.queued} == {f"{env.event_id}:{CUSTOMER}", f"{env.event_id}:{PERSON}"}
    assert view.queued[0]["template"] == "invoice_issued" and view.queued[0]["category"] == "transactional"
    assert view.queued[0]["context"]["invoice"] == {"number": "F-1", "total": "120.50 EUR", "due_date": "2026-01-31"}


async def test_a_payment_of_another_customer_sends_nothing(view: FakeView):
    event = PaymentReceived(
        payment_id=uuid.uuid4(), customer_id=uuid.uuid4(), amount=Money(amount_minor=-5, currency="EUR"), method="cash"
    )
    await triggers.on_payment_received(UOW, envelope(event), event)  # type: ignore[arg-type]
    assert view.queued == []


def test_money_is_shown_in_units_with_its_sign():
    assert triggers.money(Money(amount_minor=-5, currency="EUR")) == "-0.05 EUR"
