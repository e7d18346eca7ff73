"""The facilities a signed-in staff member may act for, with the settings the dashboard shows and switches by."""

from __future__ import annotations

import uuid
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter
from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints

from contacts.service_layer import facility_rows
from shared.auth import TokenFacilities
from shared.contracts.contacts import Language
from shared.deps import UowDep
from shared.openapi import Paging, slice_page, staff_errors

router = APIRouter()
DEFAULTS = {"name": None, "default_country": "FR", "language": "fr", "time_zone": "Europe/Paris", "currency": "EUR"}


def _known_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("not an IANA time zone, e.g. Europe/Paris") from None
    return value


TimeZone = Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(_known_zone)]


class Facility(BaseModel):
    """A facility in the token: what the dashboard's facility switcher shows (send its id as X-Facility-ID)."""

    model_config = ConfigDict(extra="forbid")
    id: uuid.UUID
    name: str | None
    country: str
    language: Language
    time_zone: TimeZone
    currency: str


class FacilityPage(BaseModel):
    """Every facility the token names, by name then id (a token names a handful: one page in practice)."""

    items: list[Facility]
    next_cursor: str | None = None


@router.get("/facilities", tags=["facilities"], operation_id="listFacilities", responses=staff_errors())
async def list_facilities(facilities: TokenFacilities, uow: UowDep, page: Paging) -> FacilityPage:
    """The facilities this token may act for, with name, country, language, time zone and currency.

    Needs no X-Facility-ID: the dashboard calls it to choose one. Facilities never configured show the defaults.
    """
    known = await facility_rows.rows_of(uow, facilities)
    items = []
    for facility_id in facilities:
        row = {**DEFAULTS, **known.get(facility_id, {})}
        items.append(
            Facility(
                id=facility_id,
                name=row["name"],
                country=row["default_country"],
                language=row["language"],
                time_zone=row["time_zone"],
                currency=row["currency"],
            )
        )
    items.sort(key=lambda f: (f.name is None, f.name or "", str(f.id)))
    shown, next_cursor = slice_page(items, page)
    return FacilityPage(items=shown, next_cursor=next_cursor)
