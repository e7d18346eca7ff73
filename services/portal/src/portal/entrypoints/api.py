"""The portal's JSON API for its front end: link requests, sign-out, and the signed-in customer's view."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Request, Response
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from portal.entrypoints.auth import Account, client_address
from portal.entrypoints.deps import SettingsDep
from portal.entrypoints.outputs import (
    Accepted,
    EmailChangeSent,
    MyProfile,
    Onboarding,
    PortalView,
    ProfileEditAccepted,
)
from portal.entrypoints.pages import valid_email
from portal.service_layer import facility, link_requests, profile, sessions, view
from shared import limits
from shared.deps import UowDep
from shared.errors import DomainError, error_response
from shared.openapi import errors, example

router = APIRouter()
# The customer's session cookie is the credential of /me (staff tokens do not apply there).
SIGNED_IN = errors(401, 422)

SAME_ANSWER = {"status": "accepted", "detail": "If this address has a portal account, a sign-in link is on its way."}


def _plausible(value: str) -> str:
    if not valid_email(value.strip()):
        raise ValueError("not an email address")
    return value.strip()


Email = Annotated[str, Field(max_length=limits.EMAIL_MAX), AfterValidator(_plausible)]


class LinkRequest(BaseModel):
    """Ask for a sign-in link."""

    model_config = ConfigDict(extra="forbid")
    email: Email


class ProfileEdit(BaseModel):
    """What a customer may change themselves (the email goes through /me/email)."""

    model_config = ConfigDict(extra="forbid")
    first_name: str | None = Field(default=None, min_length=1, max_length=limits.NAME_MAX)
    last_name: str | None = Field(default=None, min_length=1, max_length=limits.NAME_MAX)
    phone: str | None = Field(default=None, min_length=3, max_length=limits.PHONE_MAX)
    language: Literal["fr", "en"] | None = None
    # No more offers and news (true) or receive them again (false); the account holder's own choice only.
    marketing_opt_out: bool | None = None


class EmailChange(BaseModel):
    """A new sign-in email, effective once confirmed from that mailbox."""

    model_config = ConfigDict(extra="forbid")
    email: Email


@router.post(
    "/signin/request-link",
    status_code=202,
    tags=["sign-in"],
    response_model=Accepted,
    operation_id="requestSignInLink",
    responses=errors(422, 429),
)
async def request_link(
    body: Annotated[LinkRequest, example({"email": "marie.dupont@example.com"})],
    request: Request,
    uow: UowDep,
    settings: SettingsDep,
) -> Response:
    """A 60-minute link to the address if it has an account; the same answer either way; rate-limited."""
    try:
        await link_requests.request_link(uow, settings, body.email, client_address(request))
    except link_requests.RateLimited as exc:
        detail = [{"loc": ["body", "email"], "msg": "too many link requests", "type": "rate_limited"}]
        return error_response(429, "rate_limited", detail, headers={"Retry-After": str(exc.retry_after)})
    return JSONResponse(SAME_ANSWER, 202)


@router.post("/signout", status_code=204, tags=["sign-in"], operation_id="signOut")
async def signout(request: Request, uow: UowDep, settings: SettingsDep) -> Response:
    """End the session and clear the cookie."""
    session_id = request.cookies.get(settings.cookie_name)
    if session_id:
        await sessions.sign_out(uow, session_id)
    response = Response(status_code=204)
    response.delete_cookie(settings.cookie_name, path="/", secure=settings.cookie_secure, httponly=True)
    return response


@router.get(
    "/me",
    tags=["me"],
    response_model=PortalView,
    response_model_exclude_unset=True,
    operation_id="getMyView",
    responses=SIGNED_IN,
)
async def me(account: Account, uow: UowDep, settings: SettingsDep) -> dict[str, Any]:
    """Everything the customer (or person) sees, limited to the sections the facility turned on."""
    return await view.view_of(uow, settings, account["facility_id"], account["customer_id"], account["person_id"])


@router.get(
    "/me/profile",
    tags=["me"],
    response_model=MyProfile,
    response_model_exclude_unset=True,
    operation_id="getMyProfile",
    responses=SIGNED_IN,
)
async def my_profile(account: Account, uow: UowDep) -> dict[str, Any]:
    """Just the profile."""
    async with uow:
        shown = await view.profile(uow.session, account["facility_id"], account["customer_id"], account["person_id"])
    return {"profile": shown, "email": account["email"], "language": account["language"]}


@router.patch(
    "/me/profile",
    status_code=202,
    tags=["me"],
    response_model=ProfileEditAccepted,
    operation_id="editMyProfile",
    responses=SIGNED_IN,
)
async def edit_profile(
    body: Annotated[ProfileEdit, example({"phone": "+33 6 12 34 56 78", "language": "en"})],
    account: Account,
    uow: UowDep,
) -> dict[str, Any]:
    """Send the edit to contacts (PortalProfileChanged); the profile shows it once contacts applies it."""
    changes = body.model_dump(exclude_none=True)
    if not changes:
        raise DomainError("nothing to change", field="first_name")
    if "marketing_opt_out" in changes and account["person_id"] is not None:
        # An additional contact's messages follow the preferences staff keep for them on the record.
        raise DomainError("only the account holder chooses about offers and news", field="marketing_opt_out")
    await profile.edit_profile(uow, account, changes)
    return {"status": "accepted", "changes": changes}


@router.post(
    "/me/email",
    status_code=202,
    tags=["me"],
    response_model=EmailChangeSent,
    operation_id="changeMyEmail",
    responses=errors(401, 409, 422),
)
async def change_email(
    body: Annotated[EmailChange, example({"email": "marie@dupont.fr"})],
    account: Account,
    uow: UowDep,
    settings: SettingsDep,
) -> dict[str, str]:
    """Email a confirmation link to the new address; the sign-in email changes when it is used."""
    await profile.request_email_change(uow, settings, account, body.email)
    return {"status": "confirmation sent"}


@router.post(
    "/me/onboarding/{step}",
    tags=["me"],
    response_model=Onboarding,
    operation_id="completeOnboardingStep",
    responses=SIGNED_IN,
)
async def complete_step(step: Annotated[str, Path(max_length=40)], account: Account, uow: UowDep) -> dict[str, Any]:
    """Tick off an onboarding step the customer does in the portal; answers which step is next."""
    if step not in facility.SELF_SERVICE_STEPS:
        raise DomainError(
            "not a step done in the portal", loc=["path", "step"], allowed=list(facility.SELF_SERVICE_STEPS)
        )
    await facility.complete_step(uow, account["id"], step)
    async with uow:
        current = await facility.load_settings(uow.session, account["facility_id"])
        return await facility.onboarding(
            uow.session, current["onboarding_steps"], account["id"], account["customer_id"]
        )
