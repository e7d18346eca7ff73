"""Checks a customer's fields against the facility: phone country, CRM options and documents that exist."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from contacts.adapters.orm import crm_options, documents, facility_settings
from contacts.domain import phone as phones
from shared.errors import DomainError

REFERENCES = {"stage_id": "stage", "source_id": "source"}


async def default_country(session: AsyncSession, facility_id: uuid.UUID) -> str:
    """The facility's country for national phone numbers (France unless set)."""
    value = await session.scalar(
        select(facility_settings.c.default_country).where(facility_settings.c.facility_id == facility_id)
    )
    return value or "FR"


async def require_email(session: AsyncSession, facility_id: uuid.UUID, email: str | None) -> None:
    """422 on the email when the facility requires one (the default) and there is none."""
    if email:
        return
    required = await session.scalar(
        select(facility_settings.c.email_required).where(facility_settings.c.facility_id == facility_id)
    )
    if required is None or required:
        raise DomainError("email is required (Settings: facility)", field="email")


async def prepare(session: AsyncSession, facility_id: uuid.UUID, data: dict[str, Any]) -> dict[str, Any]:
    """Normalise the phone and verify CRM references; returns the values to store."""
    data = dict(data)
    if "phone" in data:
        raw = data["phone"]
        if raw:
            try:
                data["phone"], data["phone_digits"] = phones.normalise(raw, await default_country(session, facility_id))
            except ValueError as exc:
                raise DomainError(f"invalid phone number: {exc}", field="phone") from None
        else:
            data["phone"], data["phone_digits"] = None, None
        data["phone_raw"] = raw or None
    for field, kind in REFERENCES.items():
        if data.get(field) is not None:
            await _require(session, facility_id, kind, [data[field]], field)
    if (photo := data.get("photo_document_id")) is not None:
        query = select(documents.c.id).where(documents.c.id == photo, documents.c.facility_id == facility_id)
        if await session.scalar(query) is None:
            raise DomainError(f"no document with id {photo} in this facility", field="photo_document_id")
    if data.get("customer_type_ids"):
        data["customer_type_ids"] = tuple(dict.fromkeys(data["customer_type_ids"]))
        await _require(session, facility_id, "customer_type", list(data["customer_type_ids"]), "customer_type_ids")
    return data


async def _require(session: AsyncSession, facility_id: uuid.UUID, kind: str, ids: list[uuid.UUID], field: str) -> None:
    found = set(
        await session.scalars(
            select(crm_options.c.id).where(
                crm_options.c.facility_id == facility_id, crm_options.c.kind == kind, crm_options.c.id.in_(ids)
            )
        )
    )
    if missing := [str(i) for i in ids if i not in found]:
        raise DomainError(f"no {kind.replace('_', ' ')} with id {', '.join(missing)} in this facility", field=field)
