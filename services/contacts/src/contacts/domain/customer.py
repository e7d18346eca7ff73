"""The customer record and the rules that hold for it regardless of storage."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from shared.contracts.contacts import CustomerSnapshot

EDITABLE = (
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "phone_raw",
    "phone_digits",
    "language",
    "marketing_opt_out",
    "tags",
    "notes",
    "address",
    "birthday",
    "photo_document_id",
    "location_id",
    "stage_id",
    "source_id",
    "source_detail",
    "customer_type_ids",
    "portal_access",
)


@dataclass(frozen=True)
class Customer:
    """A customer of one facility, at one version."""

    id: uuid.UUID
    facility_id: uuid.UUID
    first_name: str
    last_name: str
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_raw: str | None = None
    language: str = "fr"
    marketing_opt_out: bool = False
    status: str = "lead"
    tags: tuple[str, ...] = ()
    notes: str | None = None
    version: int = 1
    created_at: datetime | None = None
    created_by: str | None = None
    updated_at: datetime | None = None
    updated_by: str | None = None
    deleted_at: datetime | None = field(default=None)
    phone_digits: str | None = None
    address: dict[str, Any] | None = None
    birthday: date | None = None
    photo_document_id: uuid.UUID | None = None
    location_id: uuid.UUID | None = None
    stage_id: uuid.UUID | None = None
    source_id: uuid.UUID | None = None
    source_detail: str | None = None
    customer_type_ids: tuple[uuid.UUID, ...] = ()
    portal_access: bool = True
    invited_at: datetime | None = None
    signed_in_at: datetime | None = None
    last_contacted_at: datetime | None = None

    @classmethod
    def from_row(cls, row: Any) -> Customer:
        """Build from a database row mapping."""
        values = {f.name: row[f.name] for f in fields(cls) if f.name in row}
        values["tags"] = tuple(values.get("tags") or ())
        values["customer_type_ids"] = tuple(values.get("customer_type_ids") or ())
        return cls(**values)

    def changed(self, changes: dict[str, Any], *, by: str) -> tuple[Customer, dict[str, tuple[Any, Any]]]:
        """The next version with `changes` applied, and each changed field's (old, new) value."""
        diff = {
            name: (getattr(self, name), value)
            for name, value in changes.items()
            if name in EDITABLE and getattr(self, name) != value
        }
        if not diff:
            return self, {}
        updated = replace(self, **{k: new for k, (_, new) in diff.items()}, version=self.version + 1, updated_by=by)
        return updated, diff

    def snapshot(self) -> CustomerSnapshot:
        """What other services may know of this customer."""
        return CustomerSnapshot(
            customer_id=self.id,
            first_name=self.first_name,
            last_name=self.last_name,
            company=self.company,
            email=self.email,
            phone=self.phone,
            language=self.language,  # type: ignore[arg-type]
            marketing_opt_out=self.marketing_opt_out,
            status=self.status,  # type: ignore[arg-type]
            stage=str(self.stage_id) if self.stage_id else None,
            customer_types=tuple(str(t) for t in self.customer_type_ids),
            tags=self.tags,
        )
