"""Staff endpoints: the facility's portal settings, and a preview of what a customer will see."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from portal.entrypoints.deps import SettingsDep
from portal.entrypoints.outputs import PortalSettingsOut, PortalView
from portal.service_layer import facility, view
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.errors import NotFound
from shared.openapi import example, staff_errors

router = APIRouter(prefix="/staff", tags=["staff"])


class PortalSettings(BaseModel):
    """Which sections are on, and the onboarding steps in the order the customer does them."""

    model_config = ConfigDict(extra="forbid")
    sections: list[facility.Section] = Field(max_length=6)
    onboarding_steps: list[facility.Step] = Field(default_factory=list, max_length=4)


@router.get("/settings", response_model=PortalSettingsOut, operation_id="getPortalSettings", responses=staff_errors())
async def get_settings(principal: Viewer, uow: UowDep) -> dict[str, Any]:
    """The active facility's portal settings."""
    async with uow:
        return await facility.load_settings(uow.session, principal.facility_id)


@router.put("/settings", response_model=PortalSettingsOut, operation_id="putPortalSettings", responses=staff_errors())
async def put_settings(
    body: Annotated[
        PortalSettings, example({"sections": ["profile", "cars", "billing"], "onboarding_steps": ["profile"]})
    ],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Replace the active facility's portal settings (owner or manager)."""
    return await facility.save_settings(uow, principal.facility_id, body.sections, body.onboarding_steps, principal.sub)


@router.get(
    "/preview/customers/{customer_id}",
    response_model=PortalView,
    response_model_exclude_unset=True,
    operation_id="previewCustomerPortal",
    responses=staff_errors(404),
)
async def preview(
    customer_id: uuid.UUID, principal: Viewer, uow: UowDep, settings: SettingsDep, person_id: uuid.UUID | None = None
) -> dict[str, Any]:
    """Exactly the /me view this customer (or this person of theirs) gets after signing in."""
    shown = await view.view_of(uow, settings, principal.facility_id, customer_id, person_id)
    if shown["profile"] is None:
        raise NotFound(
            "customer not found", loc=["path", "customer_id"] if person_id is None else ["query", "person_id"]
        )
    return shown
