"""The customer record and the rules that hold for it regardless of storage."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from contacts.domain.change import Change, Entry, field_changes
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerDeleted,
    CustomerRestored,
    CustomerSnapshot,
    CustomerUpdated,
    InviteRequested,
)
from shared.errors import Conflict, DomainError, Refused

RESTORE_WINDOW = timedelta(days=30)
# What refuses a deletion: the kind of open billing fact, its error type and message.
GUARDS = {
    "rental": ("active_rental", "the customer has an active rental"),
    "invoice": ("unpaid_invoice", "the customer has an unpaid invoice"),
    "dispute": ("open_dispute", "the customer has an open payment dispute"),
}
# Anonymising erases these (the ids, which billing refers to, stay).
ERASED: dict[str, Any] = {
    "first_name": "Anonymised",
    "last_name": "Customer",
    "company": None,
    "email": None,
    "phone": None,
    "phone_raw": None,
    "phone_digits": None,
    "address": None,
    "birthday": None,
    "notes": None,
    "tags": (),
    "photo_document_id": None,
    "source_detail": None,
    "marketing_opt_out": True,
    "portal_access": False,
}


def status_from_rentals(open_rentals: int) -> str:
    """Renting means Active; a customer whose last rental ended is Inactive."""
    return "active" if open_rentals else "inactive"


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
class Invitee:
    """Who a portal invitation goes to: the customer (no `person_id`) or one of their people."""

    person_id: uuid.UUID | None
    first_name: str
    last_name: str
    email: str | None
    portal_access: bool
    invited_at: datetime | None


@dataclass(frozen=True)
class Invitation:
    """What inviting decided: the invitee as of now (invited), the event to publish, the timeline entry."""

    invitee: Invitee
    event: InviteRequested
    entry: Entry


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
        return self._next(by, **{k: new for k, (_, new) in diff.items()}), diff

    def edit(self, changes: dict[str, Any], *, by: str, summary: str) -> Change | None:
        """Staff's edit as a change (None if nothing changes); the entry is `summary` and the field names."""
        updated, diff = self.changed(changes, by=by)
        if not diff:
            return None
        names = sorted(diff)
        event = CustomerUpdated(customer=updated.snapshot(), changed_fields=tuple(names))
        entry = Entry("updated", summary + ", ".join(names), field_changes(diff))
        return Change(updated, event, entry, {k: new for k, (_, new) in diff.items()})

    def _next(self, by: str, **values: Any) -> Customer:
        return replace(self, **values, version=self.version + 1, updated_by=by)

    def with_status(self, status: str, *, renting: bool, by: str) -> Change | None:
        """The customer at `status` (None if already there); while renting only Active is allowed."""
        if renting and status != status_from_rentals(1):
            raise Conflict("a customer with an active rental is Active", field="status")
        if status == self.status:
            return None
        updated = self._next(by, status=status)
        return Change(
            updated,
            CustomerUpdated(customer=updated.snapshot(), changed_fields=("status",)),
            Entry(
                "status_changed", f"Status: {self.status} → {status}", field_changes({"status": (self.status, status)})
            ),
            {"status": status},
        )

    def delete(self, open_facts: dict[str, list[str]], *, by: str) -> Change:
        """Soft delete, refused with every reason while billing still involves the customer."""
        reasons = [
            {"type": GUARDS[k][0], "msg": GUARDS[k][1], "count": len(v)} for k, v in open_facts.items() if k in GUARDS
        ]
        if reasons:
            raise Refused("the customer cannot be deleted; mark them inactive instead", sorted(reasons, key=str))
        now = datetime.now(UTC)
        updated = self._next(by, deleted_at=now)
        entry = Entry("deleted", "Customer deleted (restorable for 30 days)")
        return Change(updated, CustomerDeleted(customer_id=self.id), entry, {"deleted_at": now})

    def merge_into(self, survivor_id: uuid.UUID, *, by: str) -> Change:
        """Retired by a merge: deleted, pointing at the survivor (its timeline moves there, so no entry)."""
        now = datetime.now(UTC)
        columns = {"deleted_at": now, "merged_into": survivor_id}
        return Change(self._next(by, deleted_at=now), CustomerDeleted(customer_id=self.id), None, columns)

    def restore(self, *, by: str) -> Change:
        """Undo a deletion within the restore window."""
        if self.deleted_at is None:
            raise Conflict("the customer is not deleted", loc=["path", "customer_id"])
        if datetime.now(UTC) - self.deleted_at > RESTORE_WINDOW:
            raise Conflict("deleted more than 30 days ago; it can no longer be restored", loc=["path", "customer_id"])
        updated = self._next(by, deleted_at=None)
        entry = Entry("restored", "Customer restored")
        return Change(updated, CustomerRestored(customer=updated.snapshot()), entry, {"deleted_at": None})

    def anonymise(self, *, by: str) -> Change:
        """Erase personal data on request; the ids (which billing records refer to) stay."""
        updated = self._next(by, **ERASED)
        entry = Entry("anonymized", "Personal data erased on request")
        columns = {**ERASED, "anonymized_at": datetime.now(UTC)}
        return Change(updated, CustomerAnonymized(customer_id=self.id), entry, columns)

    def as_invitee(self) -> Invitee:
        """The customer as the one a portal invitation goes to."""
        return Invitee(None, self.first_name, self.last_name, self.email, self.portal_access, self.invited_at)

    def invite(self, person: Invitee | None = None, *, by: str) -> Invitation:
        """Invite the customer (or one person) to the portal: refused without an email or portal access.

        A first invitation is an "invite", a later one a "resend"; the customer's version does not change.
        """
        who = person or self.as_invitee()
        if not who.email:
            raise DomainError("add an email address before inviting", field="email")
        if not who.portal_access:
            raise DomainError("portal access is switched off", field="portal_access")
        event = InviteRequested(
            customer_id=self.id,
            person_id=who.person_id,
            email=who.email,
            first_name=self.first_name if person is None else who.first_name,
            last_name=self.last_name if person is None else who.last_name,
            language=self.language,  # type: ignore[arg-type]
            kind="resend" if who.invited_at else "invite",
            requested_by=by,
        )
        entry = Entry(
            "invite_requested",
            f"Portal {event.kind} requested for {who.email}",
            {"person_id": str(who.person_id) if who.person_id else None},
        )
        return Invitation(replace(who, invited_at=datetime.now(UTC)), event, entry)

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
