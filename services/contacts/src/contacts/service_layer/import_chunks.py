"""Apply an importer chunk in one transaction with a batch upsert; publish one result per row."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import insert

from contacts.adapters.orm import timeline
from contacts.domain import phone as phones
from contacts.domain.customer import Customer
from contacts.service_layer import import_fields, import_rows, import_sql
from contacts.service_layer.import_cars import link_cars, owners_by_email
from contacts.service_layer.record_rules import default_country
from shared.contracts.contacts import CustomerUpdated
from shared.contracts.envelope import Envelope
from shared.contracts.importer import ImportCar, ImportChunkApplied, ImportChunkValidatedV2, ImportRowV2, RowResult
from shared.db import UnitOfWork
from shared.messaging.schema import shard_of


def _values(
    row: ImportRowV2, event: ImportChunkValidatedV2, facility_id: uuid.UUID, country: str, crm: dict[Any, uuid.UUID]
) -> dict[str, Any]:
    actor = f"import:{event.job_id}"
    given = import_fields.fields_set(row, event)
    e164: str | None
    digits: str | None
    if row.phone and row.phone_national and row.phone.startswith("+"):
        e164, digits = row.phone, f"{phones.digits(row.phone)} {phones.digits(row.phone_national)}"
    else:
        e164, digits = phones.normalise(row.phone, country) if row.phone else (None, None)
    customer_id = uuid.uuid4()
    return {
        "row_no": row.row_no,
        "id": customer_id,
        "shard": shard_of(str(customer_id)),  # the outbox shard of its events, keyed by the customer id
        "facility_id": facility_id,
        "first_name": row.first_name,
        "last_name": row.last_name,
        "email": row.email,
        "phone": e164,
        "phone_raw": row.phone_raw or row.phone,
        "phone_digits": digits,
        "company": row.company,
        "language": row.language,
        "tags": list(row.tags),
        "birthday": row.birthday,
        "created_by": actor,
        "updated_by": actor,
        "notes": row.notes,
        "address": import_fields.address_patch(row, given),
        **import_fields.crm_values(row, crm),
        "given": given,
    }


async def apply_chunk(uow: UnitOfWork, envelope: Envelope, event: ImportChunkValidatedV2) -> None:
    """Create, upsert or update the chunk's customers by email (and link their cars); report every row."""
    facility_id = envelope.facility_id
    if event.mode == "cars":
        await _apply_cars(uow, envelope, event)
        return
    country = await default_country(uow.session, facility_id)
    crm = await import_fields.option_ids(uow, facility_id, event.rows)
    results: dict[int, RowResult] = {}
    by_email: dict[str, dict[str, Any]] = {}
    cars_of: dict[int, tuple[ImportCar, ...]] = {}
    for row in event.rows:
        if (refused := import_rows.refusal(row)) is not None:
            results[row.row_no] = refused
            continue
        key = row.email.lower()
        try:
            values = _values(row, event, facility_id, country, crm)
        except ValueError as exc:
            results[row.row_no] = RowResult(row_no=row.row_no, outcome="failed", reason=f"phone: {exc}", field="phone")
            continue
        if key in by_email:
            earlier = by_email[key]["row_no"]
            results[earlier] = RowResult(row_no=earlier, outcome="skipped", reason="duplicate_in_file")
        by_email[key] = values
        if row.cars:
            cars_of[row.row_no] = row.cars

    async def write(rows: list[dict[str, Any]]) -> dict[int, RowResult]:
        return await _write(uow, facility_id, event, rows, cars_of)

    results.update(await import_rows.guarded(uow, event, list(by_email.values()), write))
    for values in by_email.values():
        if values["row_no"] not in results:
            reason = "exists" if event.mode == "create" else "not_found"
            results[values["row_no"]] = RowResult(row_no=values["row_no"], outcome="skipped", reason=reason)

    _report(uow, envelope, event, results)


async def _write(
    uow: UnitOfWork,
    facility_id: uuid.UUID,
    event: ImportChunkValidatedV2,
    rows: list[dict[str, Any]],
    cars_of: dict[int, tuple[ImportCar, ...]],
) -> dict[int, RowResult]:
    """Create, upsert or update the rows in one statement, announce updates and link cars; a result per row written."""
    written, unchanged = await import_sql.write(uow, event.mode, rows, job_id=event.job_id, actor=event.requested_by)
    results = {n: RowResult(row_no=n, outcome="skipped", reason="unchanged") for n in unchanged}
    given = {r["row_no"]: r["given"] for r in rows}
    car_pairs: list[tuple[uuid.UUID, ImportCar]] = []
    updated: dict[uuid.UUID, int] = {}
    for row_no, customer_id, inserted in written:
        car_pairs.extend((customer_id, car) for car in cars_of.get(row_no, ()))
        results[row_no] = RowResult(
            row_no=row_no, outcome="created" if inserted else "updated", customer_id=customer_id
        )
        if not inserted:
            updated[customer_id] = row_no
    if updated:
        await _announce_updates(uow, facility_id, event, updated, given)
    await link_cars(uow, facility_id, car_pairs, event.job_id)
    return results


async def _announce_updates(
    uow: UnitOfWork,
    facility_id: uuid.UUID,
    event: ImportChunkValidatedV2,
    updated: dict[uuid.UUID, int],
    given: dict[int, list[str]],
) -> None:
    """Updated customers: a CustomerUpdated each and a timeline entry (creations were written in SQL)."""
    timeline_rows = []
    for record in await import_sql.updated_rows(uow, list(updated)):
        customer = Customer.from_row(record)
        uow.publish(
            CustomerUpdated(
                customer=customer.snapshot(),
                changed_fields=import_sql.changed_columns(given[updated[customer.id]]),
            ),
            facility_id=facility_id,
            aggregate_id=customer.id,
            aggregate_version=customer.version,
        )
        timeline_rows.append(
            {
                "facility_id": facility_id,
                "customer_id": customer.id,
                "kind": "imported",
                "actor": event.requested_by,
                "summary": "Updated by import",
                "data": {"job_id": str(event.job_id), "row_no": updated[customer.id]},
            }
        )
    await uow.session.execute(insert(timeline), timeline_rows)


def _report(uow: UnitOfWork, envelope: Envelope, event: ImportChunkValidatedV2, results: dict[int, RowResult]) -> None:
    uow.publish(
        ImportChunkApplied(
            job_id=event.job_id, chunk_no=event.chunk_no, results=tuple(results[n] for n in sorted(results))
        ),
        facility_id=envelope.facility_id,
        aggregate_id=event.job_id,
    )


async def _apply_cars(uow: UnitOfWork, envelope: Envelope, event: ImportChunkValidatedV2) -> None:
    """A cars-only file: each row's cars go to the live customer with that email, if there is one."""
    owners = await owners_by_email(uow, envelope.facility_id, [row.email for row in event.rows])
    results: dict[int, RowResult] = {}
    linked: list[dict[str, Any]] = []
    for row in event.rows:
        owner = owners.get(row.email.lower())
        if (refused := import_rows.refusal(row)) is not None:
            results[row.row_no] = refused
        elif owner is None:
            results[row.row_no] = RowResult(row_no=row.row_no, outcome="skipped", reason="owner_not_found")
        else:
            linked.append({"row_no": row.row_no, "owner": owner, "cars": row.cars})

    async def write(rows: list[dict[str, Any]]) -> dict[int, RowResult]:
        pairs: list[tuple[uuid.UUID, ImportCar]] = []
        row_of: list[int] = []
        for r in rows:
            pairs.extend((r["owner"], car) for car in r["cars"])
            row_of.extend(r["row_no"] for _ in r["cars"])
        refused = {row_of[i] for i in await link_cars(uow, envelope.facility_id, pairs, event.job_id)}
        return {r["row_no"]: _car_result(r, refused) for r in rows}

    results.update(await import_rows.guarded(uow, event, linked, write))
    _report(uow, envelope, event, results)


def _car_result(row: dict[str, Any], refused: set[int]) -> RowResult:
    """Updated when the row's cars are linked; failed, naming the VIN, when another car of the facility has it."""
    if row["row_no"] in refused:
        return RowResult(row_no=row["row_no"], outcome="failed", reason="duplicate_vin", field="car_vin")
    return RowResult(row_no=row["row_no"], outcome="updated", customer_id=row["owner"])
