"""What one customer or person sees in the portal, built only from the portal's own read model."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from portal.adapters.orm import accounts, people, profiles
from portal.config import Settings
from portal.service_layer import sections as section_views
from portal.service_layer.access import sections_for
from portal.service_layer.facility import load_settings, onboarding
from portal.service_layer.sections import download_url as download_url
from shared.db import UnitOfWork


async def profile(session: AsyncSession, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any) -> Any:
    """The profile of the customer, or of the person when the account is a person's."""
    query: Any
    if person_id is not None:
        p = people.c
        query = select(p.first_name, p.last_name, p.email, p.phone, p.role).where(
            p.person_id == person_id, p.customer_id == customer_id, p.facility_id == facility_id, p.removed.is_(False)
        )
    else:
        c = profiles.c
        query = select(c.first_name, c.last_name, c.company, c.email, c.phone, c.language, c.marketing_opt_out).where(
            c.customer_id == customer_id, c.facility_id == facility_id, c.deleted.is_(False)
        )
    row = (await session.execute(query)).mappings().first()
    return dict(row) if row else None


def visible_sections(facility_sections: list[str], person_id: Any, shown_profile: Any) -> list[str]:
    """The facility's sections, narrowed by the role when the account is an additional contact's."""
    role = (shown_profile or {}).get("role", "other") if person_id is not None else None
    return sections_for(facility_sections, role)


async def sections_of(
    session: AsyncSession, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any
) -> list[str]:
    """The sections one account sees."""
    facility = await load_settings(session, facility_id)
    return visible_sections(
        facility["sections"], person_id, await profile(session, facility_id, customer_id, person_id)
    )


async def build(
    session: AsyncSession, settings: Settings, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any
) -> dict[str, Any]:
    """The whole /me view of one customer or person of one facility."""
    account = (
        (await session.execute(select(accounts).where(accounts.c.subject_id == (person_id or customer_id))))
        .mappings()
        .first()
    )
    if account is not None and account["facility_id"] != facility_id:
        account = None
    facility = await load_settings(session, facility_id)
    shown_profile = await profile(session, facility_id, customer_id, person_id)
    sections = visible_sections(facility["sections"], person_id, shown_profile)
    on = set(sections)
    view: dict[str, Any] = {
        "customer_id": customer_id,
        "person_id": person_id,
        "sections": sections,
        "profile": shown_profile,
        "onboarding": await onboarding(
            session, facility["onboarding_steps"], account["id"] if account else None, customer_id
        ),
    }
    viewer = section_views.Viewer(session, settings, facility_id, customer_id, account)
    for name, section in section_views.VIEWS.items():
        if name in on:
            view[name] = await section(viewer)
    return view


async def view_of(
    uow: UnitOfWork, settings: Settings, facility_id: uuid.UUID, customer_id: uuid.UUID, person_id: Any
) -> dict[str, Any]:
    """build() in its own unit of work."""
    async with uow:
        return await build(uow.session, settings, facility_id, customer_id, person_id)
