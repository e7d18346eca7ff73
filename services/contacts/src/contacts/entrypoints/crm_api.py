"""Settings → CRM and facility settings, and the board (customers grouped by stage)."""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from contacts.entrypoints.api import ListFilters
from contacts.entrypoints.facilities_api import TimeZone
from contacts.entrypoints.outputs import Board, CrmOption, CrmOptions, OptionDeleted
from contacts.entrypoints.schemas import CustomerOut
from contacts.service_layer import board as board_columns
from contacts.service_layer import crm, facility_rows
from contacts.service_layer import customers as customer_commands
from shared import limits
from shared.auth import Viewer, Writer
from shared.contracts.contacts import Language
from shared.deps import UowDep
from shared.openapi import example, staff_errors

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


@router.get(
    "/settings/crm",
    tags=["settings"],
    response_model=CrmOptions,
    operation_id="listCrmOptions",
    responses=staff_errors(),
)
async def crm_options(principal: Viewer, uow: UowDep) -> dict[str, list[dict[str, Any]]]:
    """Pipeline stages, sources and customer types, in order."""
    return await crm.options(uow, principal)


@router.post(
    "/settings/crm/{kind}",
    status_code=status.HTTP_201_CREATED,
    tags=["settings"],
    response_model=CrmOption,
    operation_id="createCrmOption",
    responses=staff_errors(409),
)
async def create_option(
    kind: Kind, body: Annotated[OptionIn, example({"name": "Waiting list"})], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """Add an option at the end."""
    return await crm.create(uow, principal, crm.KINDS[kind], body.name)


@router.patch(
    "/settings/crm/{kind}/{option_id}",
    tags=["settings"],
    response_model=CrmOption,
    operation_id="renameCrmOption",
    responses=staff_errors(404, 409),
)
async def rename_option(
    kind: Kind,
    option_id: uuid.UUID,
    body: Annotated[OptionIn, example({"name": "Signed"})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Rename an option."""
    return await crm.rename(uow, principal, crm.KINDS[kind], option_id, body.name)


@router.put(
    "/settings/crm/{kind}/order",
    status_code=status.HTTP_204_NO_CONTENT,
    tags=["settings"],
    operation_id="reorderCrmOptions",
    responses=staff_errors(),
)
async def reorder_options(
    kind: Kind,
    body: Annotated[
        Order, example({"ids": ["0b9d4d2e-8f0c-4f7e-9a51-3f1d2c4b5a60", "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f"]})
    ],
    principal: Writer,
    uow: UowDep,
) -> Response:
    """Reorder the options of a kind."""
    await crm.reorder(uow, principal, crm.KINDS[kind], body.ids)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.delete(
    "/settings/crm/{kind}/{option_id}",
    tags=["settings"],
    response_model=OptionDeleted,
    operation_id="deleteCrmOption",
    responses=staff_errors(404, 409),
)
async def delete_option(
    kind: Kind, option_id: uuid.UUID, principal: Writer, uow: UowDep, move_to: uuid.UUID | None = None
) -> dict[str, int]:
    """Delete an option; refused (409) while in use unless `move_to` names where its records go."""
    return {"moved": await crm.remove(uow, principal, crm.KINDS[kind], option_id, move_to)}


@router.get(
    "/settings/facility", tags=["settings"], operation_id="getContactsFacilitySettings", responses=staff_errors()
)
async def get_facility_settings(principal: Viewer, uow: UowDep) -> FacilitySettings:
    """Name, language, time zone, and the default country for phone numbers written without a country code."""
    row = await facility_rows.settings_of(uow, principal.facility_id, FacilitySettings.model_fields)
    return FacilitySettings(**(row or {"default_country": "FR"}))


@router.put(
    "/settings/facility", tags=["settings"], operation_id="putContactsFacilitySettings", responses=staff_errors()
)
async def put_facility_settings(
    body: Annotated[FacilitySettings, example({"default_country": "FR"})], principal: Writer, uow: UowDep
) -> FacilitySettings:
    """Replace them (fields left out go back to their defaults)."""
    await facility_rows.replace(uow, principal.facility_id, body.model_dump())
    return body


@router.get("/board", tags=["board"], response_model=Board, operation_id="getBoard", responses=staff_errors())
async def board(
    principal: Viewer, uow: UowDep, found: ListFilters, per_stage: Annotated[int, Query(ge=1, le=100)] = 20
) -> dict[str, Any]:
    """Customers grouped by stage, in stage order (and 'no stage' first), each column with its count."""
    columns = await board_columns.columns(uow, principal, found, per_stage)
    return {"columns": [{**c, "cards": [CustomerOut.model_validate(x) for x in c["cards"]]} for c in columns]}


@router.post(
    "/board/move",
    response_model=CustomerOut,
    tags=["board"],
    operation_id="moveBoardCard",
    responses=staff_errors(404, 409),
)
async def move_card(
    body: Annotated[
        BoardMove,
        example({"customer_id": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "stage_id": None, "version": 2}),
    ],
    principal: Writer,
    uow: UowDep,
) -> CustomerOut:
    """A stage change; a stale version gets 409."""
    customer = await customer_commands.update_customer(
        uow, principal, body.customer_id, body.version, {"stage_id": body.stage_id}
    )
    return CustomerOut.model_validate(customer)
