"""What an imported row sets: only the fields it gives (or, when blank cells clear, every mapped field),
and the CRM options it names, matched case-insensitively or added at the end of their list.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select, text

from contacts.adapters.orm import crm_options
from shared.contracts.importer import ImportChunkValidatedV2, ImportRowV2
from shared.db import UnitOfWork

# What an importer without `given` set on every row (the fields of contract v1 and birthday).
_LEGACY = ("first_name", "last_name", "phone", "company", "language", "tags", "birthday")
_ADDRESS = {"address_line1": "line1", "address_line2": "line2", "postal_code": "postal_code", "city": "city"}
_ADDRESS["country"] = "country"
_KIND = {"stage": "stage", "source": "source", "customer_types": "customer_type"}
_ADD_OPTION = text(
    "INSERT INTO crm_options (id, facility_id, kind, name, position)"
    " SELECT gen_random_uuid(), :facility_id, :kind, :name,"
    " coalesce((SELECT max(position) + 1 FROM crm_options WHERE facility_id = :facility_id AND kind = :kind), 0)"
    " ON CONFLICT DO NOTHING"
)


def fields_set(row: ImportRowV2, event: ImportChunkValidatedV2) -> list[str]:
    """The importer fields this row writes."""
    if row.given is None:
        return list(_LEGACY)
    if event.blank_clears and event.mapped is not None:
        return sorted({*row.given, *(f for f in event.mapped if f != "email" and not f.startswith("car_"))})
    return list(row.given)


def address_patch(row: ImportRowV2, given: list[str]) -> dict[str, Any] | None:
    """The address parts the row sets (None for a part it clears), or None if it sets none."""
    parts = {part: getattr(row.address, part, None) if row.address else None for f, part in _ADDRESS.items()
             if f in given}  # fmt: skip
    return parts or None


async def option_ids(
    uow: UnitOfWork, facility_id: uuid.UUID, rows: tuple[ImportRowV2, ...]
) -> dict[tuple[str, str], uuid.UUID]:
    """{(kind, lower-cased name): id} of every CRM option the rows name, adding the ones the facility lacks."""
    wanted: set[tuple[str, str]] = set()
    for row in rows:
        wanted.update(("stage", n) for n in [row.stage] if n)
        wanted.update(("source", n) for n in [row.source] if n)
        wanted.update(("customer_type", n) for n in row.customer_types)
    if not wanted:
        return {}
    found = await _options(uow, facility_id)
    lacking = sorted(
        {(kind, name.lower()): (kind, name) for kind, name in wanted if (kind, name.lower()) not in found}.values()
    )
    for kind, name in lacking:
        await uow.session.execute(_ADD_OPTION, {"facility_id": facility_id, "kind": kind, "name": name})
    return await _options(uow, facility_id) if lacking else found


async def _options(uow: UnitOfWork, facility_id: uuid.UUID) -> dict[tuple[str, str], uuid.UUID]:
    rows = await uow.session.execute(
        select(crm_options.c.kind, func.lower(crm_options.c.name), crm_options.c.id).where(
            crm_options.c.facility_id == facility_id
        )
    )
    return {(kind, name): option_id for kind, name, option_id in rows}


def crm_values(row: ImportRowV2, ids: dict[tuple[str, str], uuid.UUID]) -> dict[str, Any]:
    """The stage, source and customer type ids of a row's names."""
    return {
        "stage_id": ids.get(("stage", row.stage.lower())) if row.stage else None,
        "source_id": ids.get(("source", row.source.lower())) if row.source else None,
        "customer_type_ids": sorted(str(ids[("customer_type", n.lower())]) for n in row.customer_types),
    }
