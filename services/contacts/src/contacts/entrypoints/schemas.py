"""Request and response bodies of the contacts API."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, StringConstraints

from shared import limits

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.NAME_MAX)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.SHORT_TEXT_MAX)]
Tag = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.TAG_MAX)]
Email = Annotated[EmailStr, Field(max_length=limits.EMAIL_MAX)]
Phone = Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.PHONE_MAX)]
Notes = Annotated[str, StringConstraints(max_length=limits.NOTES_MAX)]


class Address(BaseModel):
    """A postal address."""

    model_config = ConfigDict(extra="forbid")

    line1: ShortText | None = None
    line2: ShortText | None = None
    city: ShortText | None = None
    postal_code: Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.POSTAL_CODE_MAX)] | None = (
        None
    )
    region: ShortText | None = None
    country: (
        Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=2, to_upper=True)] | None
    ) = None


Birthday = Annotated[date, Field(ge=date(1900, 1, 1))]


class CustomerIn(BaseModel):
    """A new customer."""

    model_config = ConfigDict(extra="forbid")

    first_name: Name
    last_name: Name
    company: ShortText | None = None
    email: Email | None = None
    phone: Phone | None = None
    language: Literal["fr", "en"] = "fr"
    marketing_opt_out: bool = False
    tags: list[Tag] = Field(default_factory=list, max_length=limits.TAGS_MAX)
    notes: Notes | None = None
    address: Address | None = None
    birthday: Birthday | None = None
    photo_document_id: uuid.UUID | None = None
    location_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    source_detail: ShortText | None = None
    customer_type_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    portal_access: bool = True


class CustomerPatch(BaseModel):
    """Changes to a customer, guarded by the version the client last saw."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1, le=2**31 - 1)
    first_name: Name | None = None
    last_name: Name | None = None
    company: ShortText | None = None
    email: Email | None = None
    phone: Phone | None = None
    language: Literal["fr", "en"] | None = None
    marketing_opt_out: bool | None = None
    tags: list[Tag] | None = Field(default=None, max_length=limits.TAGS_MAX)
    notes: Notes | None = None
    address: Address | None = None
    birthday: Birthday | None = None
    photo_document_id: uuid.UUID | None = None
    location_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    source_detail: ShortText | None = None
    customer_type_ids: list[uuid.UUID] | None = Field(default=None, max_length=20)
    portal_access: bool | None = None


class CustomerOut(BaseModel):
    """A customer as staff see it."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    facility_id: uuid.UUID
    first_name: str
    last_name: str
    company: str | None
    email: str | None
    phone: str | None
    language: str
    marketing_opt_out: bool
    status: str
    tags: list[str]
    notes: str | None
    version: int
    created_at: datetime | None
    created_by: str | None
    updated_at: datetime | None
    updated_by: str | None
    phone_raw: str | None = None
    address: dict[str, str | None] | None = None
    birthday: date | None = None
    photo_document_id: uuid.UUID | None = None
    location_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    source_detail: str | None = None
    customer_type_ids: list[uuid.UUID] = Field(default_factory=list)
    portal_access: bool = True
    invited_at: datetime | None = None
    signed_in_at: datetime | None = None
    last_contacted_at: datetime | None = None


class CustomerPage(BaseModel):
    """One page of customers and the cursor of the next."""

    items: list[CustomerOut]
    next_cursor: str | None
