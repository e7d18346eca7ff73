"""Routes without a staff token: one-click unsubscribe (RFC 8058) and the mail provider's signed webhook."""

from __future__ import annotations

import hashlib
import hmac
import html
import json
import time
import uuid
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, StringConstraints, ValidationError

from notifications.entrypoints.deps import SettingsDep
from notifications.entrypoints.outputs import WebhookApplied
from notifications.service_layer import feedback, unsubscribe
from shared import limits
from shared.deps import UowDep
from shared.errors import DomainError
from shared.openapi import binary_response, errors, raw_body

router = APIRouter(tags=["public"])

PAGES = {
    "fr": (
        "Se désabonner",
        "Ne plus recevoir les messages marketing de cet établissement ?",
        "Me désabonner",
        "C'est fait : vous ne recevrez plus de messages marketing.",
        "Ce lien n'est pas valide.",
    ),
    "en": (
        "Unsubscribe",
        "Stop receiving marketing messages from this facility?",
        "Unsubscribe me",
        "Done: you will not receive marketing messages any more.",
        "This link is not valid.",
    ),
}


def _page(language: str, title: str, body: str, status_code: int = 200) -> HTMLResponse:
    document = (
        f'<!doctype html><html lang="{language}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f'</head><body style="font-family: sans-serif; max-width: 32em; margin: 3em auto">'
        f"<h1>{html.escape(title)}</h1>{body}</body></html>"
    )
    return HTMLResponse(document, status_code=status_code)


@dataclass(frozen=True)
class UnsubscribeLink:
    """An unsubscribe link's facility, customer and person, the recipient's language and whether it verifies."""

    f: uuid.UUID
    c: uuid.UUID
    p: uuid.UUID | None
    language: str
    ok: bool


async def checked_link(
    uow: UowDep,
    settings: SettingsDep,
    f: uuid.UUID,
    c: uuid.UUID,
    t: Annotated[str, Query(max_length=100)],
    p: uuid.UUID | None = None,
) -> UnsubscribeLink:
    """FastAPI dependency: the link of the query string, checked against the unsubscribe secret."""
    language = await feedback.language_of(uow, f, c)
    ok = unsubscribe.verify(settings.unsubscribe_secret.get_secret_value(), f, c, p, t)
    return UnsubscribeLink(f, c, p, language, ok)


Link = Annotated[UnsubscribeLink, Depends(checked_link)]


PAGE = {**binary_response("text/html", "The page"), **errors(422)}
PAGE[400] = {
    "description": "The link is not valid (an HTML page)",
    "content": {"text/html": {"schema": {"type": "string"}}},
}


@router.get("/unsubscribe", response_class=HTMLResponse, operation_id="showUnsubscribePage", responses=PAGE)
async def unsubscribe_page(request: Request, link: Link) -> HTMLResponse:
    """Only shows a confirmation form: link scanners that open the link unsubscribe nobody."""
    language, ok = link.language, link.ok
    title, question, button, _, invalid = PAGES[language]
    if not ok:
        return _page(language, title, f"<p>{invalid}</p>", 400)
    query = html.escape(str(request.url.query))
    form = f'<p>{question}</p><form method="post" action="?{query}"><button type="submit">{button}</button></form>'
    return _page(language, title, form)


@router.post("/unsubscribe", response_class=HTMLResponse, operation_id="unsubscribe", responses=PAGE)
async def unsubscribe_now(link: Link, uow: UowDep) -> HTMLResponse:
    """One-click unsubscribe: opts the recipient out of marketing and tells contacts."""
    language, ok, f, c, p = link.language, link.ok, link.f, link.c, link.p
    title, _, _, done, invalid = PAGES[language]
    if not ok:
        return _page(language, title, f"<p>{invalid}</p>", 400)
    await feedback.opt_out(uow, f, c, p, source="unsubscribe_link")
    return _page(language, title, f"<p>{done}</p>")


class ProviderEvent(BaseModel):
    """A delivery report from the mail provider."""

    id: Annotated[str, StringConstraints(max_length=limits.REFERENCE_MAX)]
    type: Literal["bounce", "complaint"]
    email: Annotated[str, StringConstraints(max_length=limits.EMAIL_MAX)]
    reason: Annotated[str, StringConstraints(max_length=limits.REASON_MAX)] = ""
    message_id: Annotated[str, StringConstraints(max_length=limits.REFERENCE_MAX)] | None = None


PROVIDER_EVENT = {"id": "evt-118", "type": "bounce", "email": "marie.dupont@example.com", "reason": "mailbox full"}


@router.post(
    "/webhooks/mail-provider",
    response_model=WebhookApplied,
    operation_id="receiveMailProviderEvent",
    responses=errors(401, 422),
    openapi_extra=raw_body("application/json", PROVIDER_EVENT, ProviderEvent.model_json_schema()),
)
async def provider_webhook(
    request: Request,
    uow: UowDep,
    settings: SettingsDep,
    # Unix seconds: more digits could not be compared with the clock (a 401-digit stamp was a 500).
    x_webhook_timestamp: Annotated[str, Header(pattern=r"^[0-9]{1,12}$")],
    x_webhook_signature: Annotated[str, Header()],
) -> dict[str, Any]:
    """Bounces and complaints, signed with HMAC-SHA256 over `timestamp.body`; each event applies once."""
    raw = await request.body()
    try:
        stamp = int(x_webhook_timestamp)
    except ValueError:
        raise DomainError("not a unix time", loc=["header", "x-webhook-timestamp"]) from None
    secret = settings.webhook_secret.get_secret_value().encode()
    expected = hmac.new(secret, f"{stamp}.".encode() + raw, hashlib.sha256).hexdigest()
    if abs(time.time() - stamp) > settings.webhook_tolerance_s or not hmac.compare_digest(
        expected.encode(), x_webhook_signature.encode()
    ):
        error = DomainError("bad or expired signature", loc=["header", "x-webhook-signature"])
        error.status_code = 401
        raise error
    try:
        event = ProviderEvent.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        raise DomainError(f"invalid event: {exc}", loc=["body"]) from None
    applied = await feedback.provider_event(uow, event.model_dump())
    return {"applied": applied}
