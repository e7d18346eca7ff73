"""States for the compacted topics of rows that change without an event of their own (a merge moves them)."""

from __future__ import annotations

import uuid
from typing import Any

from contacts.domain.person import Person
from contacts.service_layer.cars import snapshot as car_snapshot
from shared.contracts.contacts import DocumentSnapshot
from shared.contracts.snapshots import CarState, DocumentState, PersonState
from shared.db import UnitOfWork

_DOCUMENT = ("customer_id", "filename", "content_type", "size", "sha256")


def publish_moved(uow: UnitOfWork, facility_id: uuid.UUID, customer_id: uuid.UUID, kind: str, rows: Any) -> None:
    """Queue the new state of each moved person, car or document row (as updated, with its new customer)."""
    for row in rows:
        state: PersonState | CarState | DocumentState
        if kind == "people":
            state = PersonState(person_id=row["id"], person=Person.from_row(row).snapshot())
        elif kind == "cars":
            state = CarState(car_id=row["id"], car=car_snapshot(row))
        else:
            document = DocumentSnapshot(document_id=row["id"], **{k: row[k] for k in _DOCUMENT})
            state = DocumentState(document_id=row["id"], document=document)
        uow.publish(state, facility_id=facility_id, aggregate_id=customer_id)
