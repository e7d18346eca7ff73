"""Customer-facing pages under /portal: opening a link only shows a button; the POST signs in."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Header, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse

from portal.entrypoints import html
from portal.entrypoints.auth import client_address, set_session_cookie
from portal.entrypoints.deps import SettingsDep
from portal.service_layer import link_requests, profile, sessions
from shared.deps import UowDep
from shared.openapi import errors, raw_body

router = APIRouter(prefix="/portal", tags=["pages"], include_in_schema=True)
TOKEN_MAX = 128

AcceptLanguage = Annotated[str | None, Header()]
HTML = {"content": {"text/html": {"schema": {"type": "string"}}}}
# Pages answer pages, errors included; only a malformed path or header gets the JSON error body.
PAGE: dict[int | str, dict[str, Any]] = {200: {"description": "The page", **HTML}, **errors(422)}
FORM: dict[int | str, dict[str, Any]] = {
    200: {"description": "A page saying what went wrong", **HTML},
    303: {"description": "Done: on to the portal"},
    **errors(422),
}


@router.get("/", operation_id="showPortalHome", response_class=HTMLResponse, responses=PAGE)
async def home(
    request: Request, uow: UowDep, settings: SettingsDep, accept_language: AcceptLanguage = None
) -> Response:
    """The landing page after sign-in; without a session, the form asking for a link."""
    session_id = request.cookies.get(settings.cookie_name)
    account = await sessions.current_account(uow, settings, session_id) if session_id else None
    if account is None:
        lang = html.language(None, accept_language)
        return html.page(lang, html.request_form(lang), status=401)
    return html.home_page(html.language(account["language"], accept_language), account["first_name"])


@router.post("/signout", operation_id="signOutFromPage", response_class=HTMLResponse, responses=FORM)
async def signout(
    request: Request, uow: UowDep, settings: SettingsDep, accept_language: AcceptLanguage = None
) -> Response:
    """Sign out from the page, then back to the landing page."""
    session_id = request.cookies.get(settings.cookie_name)
    if session_id:
        await sessions.sign_out(uow, session_id)
    response = RedirectResponse("/portal/", status_code=303, headers=html.HEADERS)
    response.delete_cookie(settings.cookie_name, path="/", secure=settings.cookie_secure, httponly=True)
    return response


@router.get("/signin/{token}", operation_id="showSignInPage", response_class=HTMLResponse, responses=PAGE)
async def signin_page(token: str, uow: UowDep, accept_language: AcceptLanguage = None) -> Response:
    """The sign-in button, or, for a used or expired link, a form asking for a new one."""
    state, row = await sessions.link_state(uow, token[:TOKEN_MAX])
    lang = html.language(row["language"] if row else None, accept_language)
    if state != "valid":
        return html.bad_link_page(lang, state, prefill(state, row))
    return html.signin_page(lang, row["first_name"])


@router.post("/signin/{token}", operation_id="signInWithLink", response_class=HTMLResponse, responses=FORM)
async def signin(
    token: str, request: Request, uow: UowDep, settings: SettingsDep, accept_language: AcceptLanguage = None
) -> Response:
    """Consume the link once, open a session (a new id, replacing any presented) and go to the portal."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        # Another site posting a link of its own would sign this browser into someone else's account.
        return html.bad_link_page(html.language(None, accept_language), "unknown")
    previous = request.cookies.get(settings.cookie_name)
    session_id = await sessions.sign_in(uow, settings, token[:TOKEN_MAX], previous)
    if session_id is None:
        state, row = await sessions.link_state(uow, token[:TOKEN_MAX])
        lang = html.language(row["language"] if row else None, accept_language)
        shown = "unknown" if state == "valid" else state
        return html.bad_link_page(lang, shown, prefill(shown, row))
    response = RedirectResponse("/portal/", status_code=303, headers=html.HEADERS)
    set_session_cookie(response, settings, session_id)
    return response


@router.post(
    "/request-link",
    operation_id="requestSignInLinkFromPage",
    response_class=HTMLResponse,
    responses=PAGE,
    openapi_extra=raw_body("application/x-www-form-urlencoded", "email=marie.dupont%40example.com&lang=fr"),
)
async def request_link_form(
    request: Request, uow: UowDep, settings: SettingsDep, accept_language: AcceptLanguage = None
) -> Response:
    """The form on the bad-link page; the same page whether or not the address has an account."""
    form = parse_qs((await request.body()).decode("utf-8", "replace"))
    email = (form.get("email") or [""])[0].strip()
    lang = html.language((form.get("lang") or [""])[0], accept_language)
    if not valid_email(email):
        return html.page(lang, html.request_form(lang), status=422)
    try:
        await link_requests.request_link(uow, settings, email, client_address(request))
    except link_requests.RateLimited as exc:
        return html.slow_down_page(lang, exc.retry_after)
    return html.sent_page(lang, email)


@router.get("/confirm-email/{token}", operation_id="showConfirmEmailPage", response_class=HTMLResponse, responses=PAGE)
async def confirm_email_page(token: str, uow: UowDep, accept_language: AcceptLanguage = None) -> Response:
    """A button confirming the new address (a GET confirms nothing)."""
    state, row = await sessions.link_state(uow, token[:TOKEN_MAX], kinds=("email",))
    lang = html.language(row["language"] if row else None, accept_language)
    if state != "valid":
        return html.bad_link_page(lang, state)
    return html.confirm_email_page(lang, row["new_email"] or "")


@router.post("/confirm-email/{token}", operation_id="confirmEmail", response_class=HTMLResponse, responses=PAGE)
async def confirm_email(token: str, uow: UowDep, accept_language: AcceptLanguage = None) -> Response:
    """Use the confirmation link."""
    lang = html.language(None, accept_language)
    if not await profile.confirm_email(uow, token[:TOKEN_MAX]):
        return html.bad_link_page(lang, "unknown")
    return html.confirmed_page(lang)


def prefill(state: str, row: Any) -> str:
    """The address of a used or expired link (whoever holds the link was sent it); none for unknown links."""
    return str(row["email"]) if row is not None and state in ("used", "expired") else ""


def valid_email(email: str) -> bool:
    """A plausible address: an @, a dot in the domain, no spaces or control characters, at most 254 characters."""
    local, _, domain = email.partition("@")
    printable = all(c.isprintable() and not c.isspace() for c in email)  # form bodies can carry NUL
    return 0 < len(email) <= 254 and bool(local) and "." in domain and printable
