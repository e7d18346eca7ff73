"""Profile edits from the portal go to contacts as PortalProfileChanged; a new email is confirmed first."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select, update

from portal.adapters.orm import accounts
from portal.config import Settings
from portal.service_layer.accounts import store_token
from portal.service_layer.sessions import consume_link
from shared.contracts.portal import PortalEmailConfirmationRequested, PortalProfileChanged
from shared.db import UnitOfWork
from shared.errors import Conflict
from shared.logs import get_logger

log = get_logger(__name__)


def _changed(account: Mapping[str, Any], **changes: Any) -> PortalProfileChanged:
    return PortalProfileChanged(customer_id=account["customer_id"], person_id=account["person_id"], **changes)


async def edit_profile(uow: UnitOfWork, account: Mapping[str, Any], changes: dict[str, Any]) -> None:
    """Publish the edit for contacts to apply (the profile shown changes when contacts confirms it)."""
    async with uow:
        local = {k: v for k, v in changes.items() if k in ("first_name", "last_name", "language")}
        if local:
            await uow.session.execute(update(accounts).where(accounts.c.id == account["id"]).values(**local))
        uow.publish(
            _changed(account, **changes), facility_id=account["facility_id"], aggregate_id=account["customer_id"]
        )
        await uow.commit()


async def request_email_change(uow: UnitOfWork, settings: Settings, account: Mapping[str, Any], email: str) -> None:
    """Send a confirmation link to the new address; nothing changes until it is used."""
    async with uow:
        taken = await uow.session.execute(
            select(accounts.c.id).where(
                accounts.c.email == email, accounts.c.facility_id == account["facility_id"], accounts.c.active
            )
        )
        if taken.first() is not None:
            raise Conflict("another portal account uses this email", field="email")
        token, expires_at = await store_token(uow, account["id"], "email", settings.email_confirm_ttl_s, email)
        uow.publish(
            PortalEmailConfirmationRequested.sealing(
                settings.link_keyring(),
                f"{settings.public_base_url.rstrip('/')}/portal/confirm-email/{token}",
                request_id=uuid.uuid4(),
                customer_id=account["customer_id"],
                person_id=account["person_id"],
                email=email,
                first_name=account["first_name"],
                language=account["language"],
                expires_at=expires_at,
            ),
            facility_id=account["facility_id"],
            aggregate_id=account["customer_id"],
        )
        await uow.commit()
    log.info("email confirmation requested", account_id=str(account["id"]))


async def confirm_email(uow: UnitOfWork, token: str) -> bool:
    """Use a confirmation link: the account's email changes now, and contacts is told."""
    async with uow:
        account = await consume_link(uow, token, kinds=("email",))
        if account is None:
            return False
        email = account["new_email"]
        # Changing the account first means contacts' CustomerUpdated with this email revokes nothing.
        await uow.session.execute(update(accounts).where(accounts.c.id == account["id"]).values(email=email))
        uow.publish(
            _changed(account, email=email), facility_id=account["facility_id"], aggregate_id=account["customer_id"]
        )
        await uow.commit()
    return True
