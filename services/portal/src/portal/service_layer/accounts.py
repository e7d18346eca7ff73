"""Portal accounts: invites create or refresh them, links are issued hashed, revocation ends access."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.postgresql import insert

from portal.adapters.orm import accounts, sessions, signin_tokens
from portal.config import Settings
from portal.domain import invites
from portal.domain.secrets import digest, new_token
from shared.contracts.contacts import InviteRequested
from shared.contracts.envelope import Envelope
from shared.contracts.portal import PortalInviteIssued, SignInEmailRequested
from shared.db import UnitOfWork
from shared.logs import get_logger

log = get_logger(__name__)

LinkKind = Literal["invite", "resend", "signin"]


def signin_link(settings: Settings, token: str) -> str:
    """The customer-facing URL of a sign-in link (served under /portal by the gateway)."""
    return f"{settings.public_base_url.rstrip('/')}/portal/signin/{token}"


async def store_token(
    uow: UnitOfWork, account_id: uuid.UUID, kind: str, ttl_s: int, new_email: str | None = None
) -> tuple[str, datetime]:
    """Create a single-use token; only its hash is written. Returns (token, expires_at)."""
    token = new_token()
    expires_at = datetime.now(UTC) + timedelta(seconds=ttl_s)
    await uow.session.execute(
        insert(signin_tokens).values(
            token_hash=digest(token), account_id=account_id, kind=kind, expires_at=expires_at, new_email=new_email
        )
    )
    return token, expires_at


async def issue_link(
    uow: UnitOfWork,
    settings: Settings,
    account: Mapping[str, Any],
    kind: LinkKind,
    *,
    ttl_s: int | None = None,
    request_id: uuid.UUID | None = None,
) -> None:
    """Store a token and publish the email request (on its own topic) carrying the link, sealed."""
    ttl = ttl_s if ttl_s is not None else settings.invite_ttl_s if kind in ("invite", "resend") else settings.link_ttl_s
    token, expires_at = await store_token(uow, account["id"], kind, ttl)
    request_id = request_id or uuid.uuid4()
    uow.publish(
        SignInEmailRequested.sealing(
            settings.link_keyring(),
            signin_link(settings, token),
            request_id=request_id,
            customer_id=account["customer_id"],
            person_id=account["person_id"],
            email=account["email"],
            first_name=account["first_name"],
            language=account["language"],
            kind=kind,
            expires_at=expires_at,
        ),
        facility_id=account["facility_id"],
        aggregate_id=account["customer_id"],
    )
    if kind != "signin":
        uow.publish(
            PortalInviteIssued(
                customer_id=account["customer_id"], person_id=account["person_id"], kind=kind, expires_at=expires_at
            ),
            facility_id=account["facility_id"],
            aggregate_id=account["customer_id"],
        )
    log.info("sign-in link issued", account_id=str(account["id"]), kind=kind, request_id=str(request_id))


def invite_handler(settings: Settings) -> Any:
    """The InviteRequested handler, bound to the settings that say how long an invite lives."""

    async def on_invite_requested(uow: UnitOfWork, envelope: Envelope, event: InviteRequested) -> None:
        """Create or refresh the account (re-activating it), end its old links, and email a new one."""
        subject = event.person_id or event.customer_id
        values = {
            "id": uuid.uuid4(),
            "subject_id": subject,
            "facility_id": envelope.facility_id,
            "customer_id": event.customer_id,
            "person_id": event.person_id,
            "email": event.email,
            "first_name": event.first_name,
            "last_name": event.last_name,
            "language": event.language,
            "active": True,
        }
        statement = insert(accounts).values(values)
        refreshed = {k: statement.excluded[k] for k in values if k not in ("id", "subject_id")}
        statement = statement.on_conflict_do_update(index_elements=[accounts.c.subject_id], set_=refreshed)
        row = (await uow.session.execute(statement.returning(accounts))).mappings().one()
        await uow.session.execute(
            delete(signin_tokens).where(signin_tokens.c.account_id == row["id"], signin_tokens.c.used_at.is_(None))
        )
        # The invite lives from when staff asked; one that has already lapsed (a replay) sends nothing.
        remaining = invites.seconds_left(envelope.occurred_at, settings.invite_ttl_s)
        if remaining is None:
            log.info("lapsed invite not sent", account_id=str(row["id"]))
            return
        # One request id per invite event, so notifications sends one email even if this is redone.
        request_id = uuid.uuid5(uuid.NAMESPACE_URL, f"portal-invite:{envelope.event_id}")
        await issue_link(uow, settings, row, event.kind, ttl_s=remaining, request_id=request_id)

    return on_invite_requested


async def revoke(uow: UnitOfWork, *conditions: Any, deactivate: bool = True, reason: str) -> None:
    """End sessions and outstanding links of the matching accounts (and switch them off)."""
    ids = list((await uow.session.execute(select(accounts.c.id).where(*conditions))).scalars())
    if not ids:
        return
    await uow.session.execute(delete(sessions).where(sessions.c.account_id.in_(ids)))
    await uow.session.execute(delete(signin_tokens).where(signin_tokens.c.account_id.in_(ids)))
    if deactivate:
        await uow.session.execute(update(accounts).where(accounts.c.id.in_(ids)).values(active=False))
    log.info("portal access revoked", accounts=len(ids), reason=reason)
