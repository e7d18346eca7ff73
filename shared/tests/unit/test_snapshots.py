"""Which state each contacts event leaves on the compacted topics, and which events replay a state."""

from __future__ import annotations

import uuid

from shared.contracts import topics
from shared.contracts.contacts import (
    CarLinked,
    CarSnapshot,
    CarUnlinked,
    CustomerAnonymized,
    CustomerCreated,
    CustomerSnapshot,
    InviteRequested,
    PersonAdded,
    PersonSnapshot,
)
from shared.contracts.snapshots import CarState, CustomerState, PersonState, replay, state_of


def test_each_snapshot_event_leaves_its_entitys_state_keyed_by_the_entity_id():
    customer = CustomerSnapshot(customer_id=uuid.uuid4(), first_name="A", last_name="B", email="a@example.com")
    person = PersonSnapshot(person_id=uuid.uuid4(), customer_id=customer.customer_id, first_name="P", last_name="Q")
    car = CarSnapshot(car_id=uuid.uuid4(), customer_id=customer.customer_id, make="Citroën", model="DS")
    assert state_of(CustomerCreated(customer=customer)) == (
        CustomerState(customer_id=customer.customer_id, customer=customer),
        customer.customer_id,
    )
    assert state_of(PersonAdded(person=person)) == (
        PersonState(person_id=person.person_id, person=person),
        person.person_id,
    )
    assert state_of(CarUnlinked(car_id=car.car_id, customer_id=customer.customer_id)) == (
        CarState(car_id=car.car_id, car=None),
        car.car_id,
    )
    erased = state_of(CustomerAnonymized(customer_id=customer.customer_id))
    assert erased is not None and erased[0].customer is None and "a@example.com" not in erased[0].model_dump_json()
    invite = InviteRequested(
        customer_id=customer.customer_id, email="a@example.com", first_name="A", last_name="B", requested_by="x"
    )
    assert state_of(invite) is None
    assert {CustomerState.topic, PersonState.topic, CarState.topic} <= set(topics.SNAPSHOTS)
    assert all(
        topics.spec(t).configs() == {"retention.ms": "-1", "cleanup.policy": "compact"} for t in topics.SNAPSHOTS
    )
    assert topics.spec(topics.dlq(topics.CUSTOMER_SNAPSHOTS)).cleanup_policy == "delete"


def test_a_state_replays_as_the_event_that_creates_it_and_a_gone_entity_as_nothing():
    car = CarSnapshot(car_id=uuid.uuid4(), customer_id=uuid.uuid4(), make="Renault", model="4L")
    assert replay(CarState(car_id=car.car_id, car=car)) == [CarLinked(car=car)]
    assert replay(CarState(car_id=car.car_id, car=None)) == []
    assert replay(CustomerState(customer_id=uuid.uuid4(), customer=None, deleted=True)) == []


def test_a_state_published_on_its_own_is_keyed_by_its_entity():
    from shared.contracts.snapshots import DocumentState, key_of

    person_id, document_id = uuid.uuid4(), uuid.uuid4()
    assert key_of(PersonState(person_id=person_id, person=None)) == person_id
    assert key_of(DocumentState(document_id=document_id, document=None)) == document_id
    assert key_of(CustomerAnonymized(customer_id=uuid.uuid4())) is None
