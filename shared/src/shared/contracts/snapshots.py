"""Latest state of each customer, person, car and document, on compacted topics keyed by their own id.

Contacts' events go to `contacts.customers` (kept 7 days); every event that carries or ends a snapshot
also queues its state here, in the same outbox transaction (shared.db.UnitOfWork.publish). Kafka keeps
the newest message of each key forever, so a new or dropped read model is rebuilt from these topics
(shared.messaging.rebuild) by replaying each state as the event a live consumer would have seen.
"""

from __future__ import annotations

import uuid

from shared.contracts import topics
from shared.contracts.contacts import (
    CarLinked,
    CarSnapshot,
    CarUnlinked,
    CarUpdated,
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerRestored,
    CustomerSnapshot,
    CustomerUpdated,
    DocumentAdded,
    DocumentRemoved,
    DocumentSnapshot,
    PersonAdded,
    PersonRemoved,
    PersonSnapshot,
    PersonUpdated,
)
from shared.contracts.envelope import Event
from shared.contracts.registry import registry

# contacts writes every state along with the event that leaves it (shared.db.UnitOfWork.publish).
PRODUCER = "contacts"


@registry.register
class CustomerState(Event):
    """A customer as of one version; `customer` is None once deleted or erased (`deleted`)."""

    type = "CustomerState"
    topic = topics.CUSTOMER_SNAPSHOTS
    customer_id: uuid.UUID
    customer: CustomerSnapshot | None
    deleted: bool = False


@registry.register
class PersonState(Event):
    """A person on an account; None once removed."""

    type = "PersonState"
    topic = topics.PERSON_SNAPSHOTS
    person_id: uuid.UUID
    person: PersonSnapshot | None


@registry.register
class CarState(Event):
    """A car while it belongs to a customer; None once unlinked."""

    type = "CarState"
    topic = topics.CAR_SNAPSHOTS
    car_id: uuid.UUID
    car: CarSnapshot | None


@registry.register
class DocumentState(Event):
    """A document's metadata; None once removed."""

    type = "DocumentState"
    topic = topics.DOCUMENT_SNAPSHOTS
    document_id: uuid.UUID
    document: DocumentSnapshot | None


State = CustomerState | PersonState | CarState | DocumentState


def state_of(event: Event) -> tuple[State, uuid.UUID] | None:
    """The state an event leaves behind and its key (the entity's id), or None if it changes no snapshot.

    A deleted or erased customer's state holds no personal data, so once Kafka has compacted the topic
    none is left there; a restore publishes the restored snapshot again.
    """
    match event:
        case CustomerCreated() | CustomerUpdated() | CustomerRestored():
            c = event.customer
            return CustomerState(customer_id=c.customer_id, customer=c), c.customer_id
        case CustomerDeleted() | CustomerAnonymized():
            return CustomerState(customer_id=event.customer_id, customer=None, deleted=True), event.customer_id
        case PersonAdded() | PersonUpdated():
            return PersonState(person_id=event.person.person_id, person=event.person), event.person.person_id
        case PersonRemoved():
            return PersonState(person_id=event.person_id, person=None), event.person_id
        case CarLinked() | CarUpdated():
            return CarState(car_id=event.car.car_id, car=event.car), event.car.car_id
        case CarUnlinked():
            return CarState(car_id=event.car_id, car=None), event.car_id
        case DocumentAdded():
            d = event.document
            return DocumentState(document_id=d.document_id, document=d), d.document_id
        case DocumentRemoved():
            return DocumentState(document_id=event.document_id, document=None), event.document_id
    return None


def key_of(event: Event) -> uuid.UUID | None:
    """The key of a state published on its own (its entity's id); None for any other event."""
    match event:
        case CustomerState() | PersonState() | CarState() | DocumentState():
            return getattr(event, f"{type(event).__name__.removesuffix('State').lower()}_id")  # type: ignore[no-any-return]
    return None


def replay(state: Event) -> list[Event]:
    """The events a consumer applies to arrive at a state (nothing for what no longer exists)."""
    match state:
        case CustomerState(customer=None):
            return []
        case CustomerState(customer=CustomerSnapshot() as c):
            return [CustomerCreated(customer=c)]
        case PersonState(person=PersonSnapshot() as p):
            return [PersonAdded(person=p)]
        case CarState(car=CarSnapshot() as car):
            return [CarLinked(car=car)]
        case DocumentState(document=DocumentSnapshot() as d):
            return [DocumentAdded(document=d)]
    return []


# Rebuilt in this order, so a customer exists before its people, cars and documents.
TOPICS = (topics.CUSTOMER_SNAPSHOTS, topics.PERSON_SNAPSHOTS, topics.CAR_SNAPSHOTS, topics.DOCUMENT_SNAPSHOTS)
