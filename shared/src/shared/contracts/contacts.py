"""Events published by the contacts service, all on the customers topic keyed by customer id."""

from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.contracts import topics
from shared.contracts.envelope import Event
from shared.contracts.registry import registry

PRODUCER = "contacts"

Language = Literal["fr", "en"]
Status = Literal["lead", "active", "inactive"]


class CustomerSnapshot(BaseModel):
    """What other services may know of a customer, as of one version."""

    model_config = ConfigDict(frozen=True)

    customer_id: uuid.UUID
    first_name: str
    last_name: str
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    language: Language = "fr"
    marketing_opt_out: bool = False
    status: Status = "lead"
    stage: str | None = None
    customer_types: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


class _CustomerEvent(Event):
    topic = topics.CUSTOMERS


@registry.register
class CustomerCreated(_CustomerEvent):
    """A customer record was created."""

    type = "CustomerCreated"
    customer: CustomerSnapshot


@registry.register
class CustomerUpdated(_CustomerEvent):
    """A customer record changed; the snapshot is the state after the change."""

    type = "CustomerUpdated"
    customer: CustomerSnapshot
    changed_fields: tuple[str, ...] = Field(default=())


@registry.register
class CustomerDeleted(_CustomerEvent):
    """A customer was (soft-)deleted; consumers drop or hide it."""

    type = "CustomerDeleted"
    customer_id: uuid.UUID


Preference = Literal["scheduling", "car_updates", "contracts", "invoices", "estimates", "marketing"]
PersonRole = Literal["spouse", "assistant", "bookkeeper", "vehicle_manager", "other"]


class PersonSnapshot(BaseModel):
    """An additional contact on a customer's account, as other services may know it."""

    model_config = ConfigDict(frozen=True)

    person_id: uuid.UUID
    customer_id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    role: PersonRole = "other"
    role_description: str | None = None
    is_primary: bool = False
    portal_access: bool = False
    preferences: tuple[Preference, ...] = ()


@registry.register
class PersonAdded(_CustomerEvent):
    """A person was added to a customer's account."""

    type = "PersonAdded"
    person: PersonSnapshot


@registry.register
class PersonUpdated(_CustomerEvent):
    """A person on an account changed (preferences, portal access, email, ...)."""

    type = "PersonUpdated"
    person: PersonSnapshot
    changed_fields: tuple[str, ...] = ()


@registry.register
class PersonRemoved(_CustomerEvent):
    """A person was removed from an account; their portal access ends."""

    type = "PersonRemoved"
    person_id: uuid.UUID
    customer_id: uuid.UUID


@registry.register
class InviteRequested(_CustomerEvent):
    """Staff asked to invite a customer (or one person) to the portal; portal issues the link."""

    type = "InviteRequested"
    customer_id: uuid.UUID
    person_id: uuid.UUID | None = None
    email: str
    first_name: str
    last_name: str
    language: Language = "fr"
    kind: Literal["invite", "resend"] = "invite"
    requested_by: str


@registry.register
class CustomerRestored(_CustomerEvent):
    """A soft-deleted customer was restored (within 30 days); the snapshot is the restored state."""

    type = "CustomerRestored"
    customer: CustomerSnapshot


class CarSnapshot(BaseModel):
    """A car as other services may know it; `customer_id` is its owner, if any."""

    model_config = ConfigDict(frozen=True)

    car_id: uuid.UUID
    customer_id: uuid.UUID | None
    make: str
    model: str
    year: int | None = None
    colour: str | None = None
    plate: str | None = None
    vin: str | None = None


@registry.register
class CarLinked(_CustomerEvent):
    """A car now belongs to this customer (added, or moved here from another customer)."""

    type = "CarLinked"
    car: CarSnapshot
    previous_customer_id: uuid.UUID | None = None


@registry.register
class CarUpdated(_CustomerEvent):
    """A car's details changed."""

    type = "CarUpdated"
    car: CarSnapshot


@registry.register
class CarUnlinked(_CustomerEvent):
    """A car no longer belongs to this customer (unlinked, or moved to another one)."""

    type = "CarUnlinked"
    car_id: uuid.UUID
    customer_id: uuid.UUID


class DocumentSnapshot(BaseModel):
    """A document's metadata; the file stays in contacts' storage."""

    model_config = ConfigDict(frozen=True)

    document_id: uuid.UUID
    customer_id: uuid.UUID
    filename: str
    content_type: str
    size: int
    sha256: str


@registry.register
class DocumentAdded(_CustomerEvent):
    """A document was attached to a customer."""

    type = "DocumentAdded"
    document: DocumentSnapshot


@registry.register
class DocumentRemoved(_CustomerEvent):
    """A document was removed."""

    type = "DocumentRemoved"
    document_id: uuid.UUID
    customer_id: uuid.UUID


@registry.register
class CustomerMerged(_CustomerEvent):
    """`merged_id` was merged into `survivor_id` (its people, cars, documents, tags, notes and timeline moved)."""

    type = "CustomerMerged"
    survivor_id: uuid.UUID
    merged_id: uuid.UUID


@registry.register
class CustomerAnonymized(_CustomerEvent):
    """Personal data of the customer was erased on request; ids remain for billing. Erase your copies too."""

    type = "CustomerAnonymized"
    customer_id: uuid.UUID
