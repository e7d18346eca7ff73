"""Envelope, registry and upcasters, without I/O."""

import uuid
from typing import ClassVar

import pytest
from pydantic import ValidationError

from shared.contracts import registry as global_registry
from shared.contracts.contacts import CustomerCreated, CustomerSnapshot
from shared.contracts.envelope import Envelope, Event
from shared.contracts.registry import EventRegistry, UnknownEventError


class PriceSetV2(Event):
    type: ClassVar[str] = "PriceSet"
    version: ClassVar[int] = 2
    topic: ClassVar[str] = "t"
    amount_minor: int
    currency: str


def test_envelope_round_trips_and_carries_metadata():
    customer = CustomerSnapshot(customer_id=uuid.uuid4(), first_name="A", last_name="B")
    env = Envelope.wrap(
        CustomerCreated(customer=customer),
        facility_id=uuid.uuid4(),
        aggregate_id=customer.customer_id,
        correlation_id="c1",
        aggregate_version=1,
    )
    back = Envelope.model_validate_json(env.to_bytes())
    assert back == env
    assert back.type == "CustomerCreated" and back.version == 1
    parsed = global_registry.parse(back)
    assert isinstance(parsed, CustomerCreated) and parsed.customer == customer


def test_events_are_frozen_and_strict():
    customer = CustomerSnapshot(customer_id=uuid.uuid4(), first_name="A", last_name="B")
    event = CustomerCreated(customer=customer)
    with pytest.raises(ValidationError):
        event.customer = customer  # type: ignore[misc]
    with pytest.raises(ValidationError):
        CustomerCreated(customer=customer, surprise=1)  # type: ignore[call-arg]


def test_older_versions_are_upcast_step_by_step():
    reg = EventRegistry()
    reg.register(PriceSetV2)

    @reg.upcaster("PriceSet", 1)
    def v1_to_v2(payload):
        return {"amount_minor": round(payload["amount"] * 100), "currency": "EUR"}

    env = Envelope(
        event_id=uuid.uuid4(),
        type="PriceSet",
        version=1,
        occurred_at="2026-01-01T00:00:00Z",
        facility_id=uuid.uuid4(),
        aggregate_id=uuid.uuid4(),
        correlation_id="c",
        payload={"amount": 12.5},
    )
    assert reg.parse(env) == PriceSetV2(amount_minor=1250, currency="EUR")


def test_unknown_types_and_future_versions_are_refused():
    reg = EventRegistry()
    reg.register(PriceSetV2)
    base = dict(
        event_id=uuid.uuid4(),
        occurred_at="2026-01-01T00:00:00Z",
        facility_id=uuid.uuid4(),
        aggregate_id=uuid.uuid4(),
        correlation_id="c",
        payload={},
    )
    with pytest.raises(UnknownEventError):
        reg.parse(Envelope(type="Nope", version=1, **base))
    with pytest.raises(UnknownEventError):
        reg.parse(Envelope(type="PriceSet", version=3, **base))
    with pytest.raises(UnknownEventError, match="no upcaster"):
        reg.parse(Envelope(type="PriceSet", version=1, **base))


def test_a_version_cannot_be_registered_twice():
    reg = EventRegistry()
    reg.register(PriceSetV2)
    with pytest.raises(ValueError):
        reg.register(PriceSetV2)


def test_a_consumer_ignores_fields_it_does_not_know_at_any_depth_but_not_a_newer_version():
    reg = EventRegistry()
    reg.register(CustomerCreated)
    customer = {
        "customer_id": str(uuid.uuid4()),
        "first_name": "Ana",
        "last_name": "Silva",
        "added_later": {"nested": True},
    }
    base = dict(
        event_id=uuid.uuid4(),
        occurred_at="2026-01-01T00:00:00Z",
        facility_id=uuid.uuid4(),
        aggregate_id=uuid.uuid4(),
        correlation_id="c",
        type="CustomerCreated",
    )
    with pytest.raises(ValidationError):  # producers still cannot send a field the contract lacks
        CustomerCreated.model_validate({"customer": customer, "also_new": 1})
    parsed = reg.parse(Envelope(version=1, payload={"customer": customer, "also_new": 1}, **base))
    assert parsed.customer.first_name == "Ana"
    assert "added_later" not in parsed.customer.model_dump()
    with pytest.raises(ValidationError):  # an unknown field does not hide a real problem
        reg.parse(Envelope(version=1, payload={"customer": {**customer, "first_name": None}, "x": 1}, **base))
    with pytest.raises(UnknownEventError, match="newer"):
        reg.parse(Envelope(version=2, payload={"customer": customer}, **base))
