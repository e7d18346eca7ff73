"""Additional contacts (people) under a customer."""

from __future__ import annotations

import uuid
from typing import Annotated, get_args

from fastapi import APIRouter, Response, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from contacts.entrypoints.schemas import Email, Name, Phone
from contacts.service_layer import people
from shared import limits
from shared.auth import Viewer, Writer
from shared.contracts.contacts import PersonRole, Preference
from shared.deps import UowDep
from shared.errors import reject_nulls
from shared.openapi import Page, Paging, example, staff_errors

router = APIRouter(tags=["people"])
Role = PersonRole


class PersonIn(BaseModel):
    """A new person on the account."""

    model_config = ConfigDict(extra="forbid")
    first_name: Name
    last_name: Name
    email: Email | None = None
    phone: Phone | None = None
    role: Role = "other"
    role_description: Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.NAME_MAX)] | None = None
    is_primary: bool = False
    portal_access: bool = False
    preferences: list[Preference] = Field(default_factory=list, max_length=len(get_args(Preference)))


class PersonPatch(BaseModel):
    """Changes to a person."""

    model_config = ConfigDict(extra="forbid")
    first_name: Name | None = None
    last_name: Name | None = None
    email: Email | None = None
    phone: Phone | None = None
    role: Role | None = None
    role_description: Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.NAME_MAX)] | None = None
    is_primary: bool | None = None
    portal_access: bool | None = None
    preferences: list[Preference] | None = Field(default=None, max_length=len(get_args(Preference)))


class PersonOut(PersonIn):
    """A person as staff see them."""

    model_config = ConfigDict(from_attributes=True)
    id: uuid.UUID
    customer_id: uuid.UUID
    email: str | None = None  # type: ignore[assignment]
    version: int


class PersonPage(Page[PersonOut]):
    """People on the account, primary first, one page."""


NEW_PERSON = {
    "first_name": "Paul",
    "last_name": "Dupont",
    "email": "paul.dupont@example.com",
    "role": "spouse",
    "portal_access": True,
    "preferences": ["invoices"],
}


def _clean(data: dict) -> dict:  # type: ignore[type-arg]
    if "preferences" in data and data["preferences"] is not None:
        data["preferences"] = tuple(dict.fromkeys(data["preferences"]))
    return data


@router.get(
    "/customers/{customer_id}/people",
    response_model=PersonPage,
    operation_id="listPeople",
    responses=staff_errors(404),
)
async def list_people(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> PersonPage:
    """Everyone on the account."""
    found, next_cursor = await people.list_people(uow, principal, customer_id, page)
    return PersonPage(items=[PersonOut.model_validate(p) for p in found], next_cursor=next_cursor)


@router.post(
    "/customers/{customer_id}/people",
    status_code=status.HTTP_201_CREATED,
    response_model=PersonOut,
    operation_id="addPerson",
    responses=staff_errors(404, 409),
)
async def add_person(
    customer_id: uuid.UUID, body: Annotated[PersonIn, example(NEW_PERSON)], principal: Writer, uow: UowDep
) -> PersonOut:
    """Add a person (at most one primary contact per customer)."""
    person = await people.add_person(uow, principal, customer_id, _clean(body.model_dump()))
    return PersonOut.model_validate(person)


@router.patch(
    "/customers/{customer_id}/people/{person_id}",
    response_model=PersonOut,
    operation_id="updatePerson",
    responses=staff_errors(404, 409),
)
async def update_person(
    customer_id: uuid.UUID,
    person_id: uuid.UUID,
    body: Annotated[PersonPatch, example({"phone": "+33 6 11 22 33 44", "is_primary": True})],
    principal: Writer,
    uow: UowDep,
) -> PersonOut:
    """Edit a person."""
    changes = _clean(body.model_dump(exclude_unset=True))
    reject_nulls(changes, ("first_name", "last_name", "role", "is_primary", "portal_access", "preferences"))
    person = await people.update_person(uow, principal, customer_id, person_id, changes)
    return PersonOut.model_validate(person)


@router.delete(
    "/customers/{customer_id}/people/{person_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    operation_id="removePerson",
    responses=staff_errors(404),
)
async def remove_person(customer_id: uuid.UUID, person_id: uuid.UUID, principal: Writer, uow: UowDep) -> Response:
    """Remove a person from the account."""
    await people.remove_person(uow, principal, customer_id, person_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
