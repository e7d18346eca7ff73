"""An additional contact on a customer's account (spouse, assistant, bookkeeper, vehicle manager, ...)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from typing import Any, get_args

from shared.contracts.contacts import PersonRemoved, PersonRole, PersonSnapshot, Preference
from shared.errors import DomainError

ROLES: tuple[str, ...] = get_args(PersonRole)
PREFERENCES: tuple[str, ...] = get_args(Preference)
EDITABLE = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "role",
    "role_description",
    "is_primary",
    "portal_access",
    "preferences",
)


@dataclass(frozen=True)
class Person:
    """One person on an account, at one version."""

    id: uuid.UUID
    facility_id: uuid.UUID
    customer_id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None = None
    phone: str | None = None
    role: str = "other"
    role_description: str | None = None
    is_primary: bool = False
    portal_access: bool = False
    preferences: tuple[str, ...] = ()
    version: int = 1

    @classmethod
    def from_row(cls, row: Any) -> Person:
        """Build from a database row mapping."""
        values = {f.name: row[f.name] for f in fields(cls) if f.name in row}
        values["preferences"] = tuple(values.get("preferences") or ())
        return cls(**values)

    def check(self) -> Person:
        """The rules staff see as field errors: 'other' needs a description, portal access needs an email."""
        if self.role == "other" and not (self.role_description or "").strip():
            raise DomainError("describe the role when it is 'other'", field="role_description")
        if self.portal_access and not self.email:
            raise DomainError("portal access needs an email address", field="email")
        return self

    def changed(self, changes: dict[str, Any]) -> tuple[Person, dict[str, tuple[Any, Any]]]:
        """The next version with the editable `changes` applied (and checked), and each field's (old, new)."""
        diff = {k: (getattr(self, k), v) for k, v in changes.items() if k in EDITABLE and getattr(self, k) != v}
        if not diff:
            return self, {}
        return replace(self, **{k: new for k, (_, new) in diff.items()}, version=self.version + 1).check(), diff

    def removal(self) -> tuple[int, PersonRemoved]:
        """The version a removal takes and the event that announces it."""
        return self.version + 1, PersonRemoved(person_id=self.id, customer_id=self.customer_id)

    def snapshot(self) -> PersonSnapshot:
        """What other services may know of this person."""
        return PersonSnapshot(
            person_id=self.id,
            customer_id=self.customer_id,
            first_name=self.first_name,
            last_name=self.last_name,
            email=self.email,
            phone=self.phone,
            role=self.role,  # type: ignore[arg-type]
            role_description=self.role_description,
            is_primary=self.is_primary,
            portal_access=self.portal_access,
            preferences=self.preferences,  # type: ignore[arg-type]
        )
