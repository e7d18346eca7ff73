"""Settings → CRM and facility settings, and the board (customers grouped by stage)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints
from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert

from contacts.adapters import search
from contacts.adapters.orm import customers, facility_settings
from contacts.domain.customer import Customer
from contacts.entrypoints.api import ListFilters
from contacts.entrypoints.facilities_api import TimeZone
from contacts.entrypoints.schemas import CustomerOut
from contacts.service_layer import crm
from contacts.service_layer import customers as customer_commands
from shared import limits
from shared.auth import Viewer, Writer
from shared.contracts.contacts import Language

router = APIRouter()
Kind = Literal["stages", "sources", "customer_types"]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.LABEL_MAX)]


class OptionIn(BaseModel):
    """A stage, source or customer type."""

    model_config = ConfigDict(extra="forbid")
    name: Name


class Order(BaseModel):
    """Every option of a kind, in the wanted order."""

    model_config = ConfigDict(extra="forbid")
    ids: list[uuid.UUID] = Field(max_length=500)


class FacilitySettings(BaseModel):
    """Facility-wide settings of contacts (PUT replaces them all; the currency is billing's, see /facilities)."""

    model_config = ConfigDict(extra="forbid")
    default_country: Annotated[
        str, StringConstraints(min_length=2, max_length=2, to_upper=True, pattern="^[A-Za-z]{2}$")
    ]
    name: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)] | None = None
    language: Language = "fr"
    time_zone: TimeZone = "Europe/Paris"
    # A customer must have an email (unique in the facility either way).
    email_required: bool = True


class BoardMove(BaseModel):
    """Move a card to a stage, guarded by the version the board showed."""

    model_config = ConfigDict(extra="forbid")
    customer_id: uuid.UUID
    stage_id: uuid.UUID | None
    version: int = Field(ge=1, le=2**31 - 1)


def _uow(request: Request) -> Any:
    return request.app.state.container.uow()


@router.get("/settings/crm", tags=["settings"])
async def crm_options(principal: Viewer, request: Request) -> dict[str, list[dict[str, Any]]]:
    """Pipeline stages, sources and customer types, in order."""
    return await crm.options(_uow(request), principal)


@router.post("/settings/crm/{kind}", status_code=status.HTTP_201_CREATED, tags=["settings"])
async def create_option(kind: Kind, body: OptionIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Add an option at the end."""
    return await crm.create(_uow(request), principal, crm.KINDS[kind], body.name)


@router.patch("/settings/crm/{kind}/{option_id}", tags=["settings"])
async def rename_option(
    kind: Kind, option_id: uuid.UUID, body: OptionIn, principal: Writer, request: Request
) -> dict[str, Any]:
    """Rename an option."""
    return await crm.rename(_uow(request), principal, crm.KINDS[kind], option_id, body.name)


@router.put("/settings/crm/{kind}/order", status_code=status.HTTP_204_NO_CONTENT, tags=["settings"])
async def reorder_options(kind: Kind, body: Order, principal: Writer, request: Request) -> Response:
    """Reorder the options of a kind."""
    await crm.reorder(_uow(request), principal, crm.KINDS[kind], body.ids)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete("/settings/crm/{kind}/{option_id}", tags=["settings"])
async def delete_option(
    kind: Kind, option_id: uuid.UUID, principal: Writer, request: Request, move_to: uuid.UUID | None = None
) -> dict[str, int]:
    """Delete an option; refused (409) while in use unless `move_to` names where its records go."""
    return {"moved": await crm.remove(_uow(request), principal, crm.KINDS[kind], option_id, move_to)}


@router.get("/settings/facility", tags=["settings"])
async def get_facility_settings(principal: Viewer, request: Request) -> FacilitySettings:
    """Name, language, time zone, and the default country for phone numbers written without a country code."""
    columns = [facility_settings.c[name] for name in FacilitySettings.model_fields]
    async with _uow(request) as uow:
        row = (
            await uow.session.execute(select(*columns).where(facility_settings.c.facility_id == principal.facility_id))
        ).first()
    return FacilitySettings(**(row._asdict() if row else {"default_country": "FR"}))


@router.put("/settings/facility", tags=["settings"])
async def put_facility_settings(body: FacilitySettings, principal: Writer, request: Request) -> FacilitySettings:
    """Replace them (fields left out go back to their defaults)."""
    statement = insert(facility_settings).values(facility_id=principal.facility_id, **body.model_dump())
    async with _uow(request) as uow:
        await uow.session.execute(
            statement.on_conflict_do_update(index_elements=["facility_id"], set_=body.model_dump())
        )
        await uow.commit()
    return body


@router.get("/board", tags=["board"])
async def board(
    principal: Viewer, request: Request, found: ListFilters, per_stage: Annotated[int, Query(ge=1, le=100)] = 20
) -> list[dict[str, Any]]:
    """Customers grouped by stage, in stage order (and 'no stage' first), each column with its count."""
    stages = (await crm.options(_uow(request), principal))["stages"]
    columns = []
    async with _uow(request) as uow:
        for stage in [{"id": None, "name": None}, *stages]:
            where = [*search.conditions(principal.facility_id, found), customers.c.stage_id == stage["id"]]
            if stage["id"] is None:
                where[-1] = customers.c.stage_id.is_(None)
            count = await uow.session.scalar(select(func.count()).where(*where))
            rows = await uow.session.execute(
                select(customers).where(*where).order_by(customers.c.updated_at.desc()).limit(per_stage)
            )
            cards = [CustomerOut.model_validate(Customer.from_row(r)) for r in rows.mappings()]
            columns.append({"stage": stage, "count": count, "cards": cards})
    return columns


@router.post("/board/move", response_model=CustomerOut, tags=["board"])
async def move_card(body: BoardMove, principal: Writer, request: Request) -> CustomerOut:
    """A stage change; a stale version gets 409."""
    customer = await customer_commands.update_customer(
        _uow(request), principal, body.customer_id, body.version, {"stage_id": body.stage_id}
    )
    return CustomerOut.model_validate(customer)
