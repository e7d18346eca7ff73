"""The email channel: templates rendered to a MIME message, sent over SMTP, SMTP answers classified."""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import RowMapping

from notifications.adapters.smtp import PermanentSmtpError, SmtpSender, TransientSmtpError
from notifications.config import Settings
from notifications.domain import message as mime
from notifications.domain.templates import Renderer
from notifications.service_layer import unsubscribe
from notifications.service_layer.channels import EMAIL, Outgoing, Verdict


class EmailChannel:
    """Renders a queued email with its facility's name and reply-to, and the unsubscribe link of marketing mail."""

    kind = EMAIL

    def __init__(self, sender: SmtpSender, settings: Settings, renderer: Renderer | None = None) -> None:
        self._sender = sender
        self._settings = settings
        self._renderer = renderer or Renderer()
        self._domain = settings.mail_from.rpartition("@")[2] or "localhost"

    def render(self, row: RowMapping, facility: dict[str, Any]) -> Outgoing:
        """The MIME message of a queued email; a missing template or bad address raises (see `classify`)."""
        values = {**row["context"], "facility": facility}
        unsubscribe_url = None
        if row["category"] == "marketing":
            unsubscribe_url = unsubscribe.link(
                self._settings.public_base_url,
                self._settings.unsubscribe_secret.get_secret_value(),
                row["facility_id"],
                row["customer_id"],
                row["person_id"],
            )
            values["unsubscribe_url"] = unsubscribe_url
        message_id = f"<{row['id']}@{self._domain}>"
        rendered = self._renderer.render(row["template"], row["language"], values)
        email = mime.compose(
            sender=mime.address(facility["name"], self._settings.mail_from),
            to=mime.address(row["to_name"], row["to_email"]),
            reply_to=mime.address(facility["name"], facility["reply_to"]) if facility["reply_to"] else None,
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            message_id=message_id,
            unsubscribe_url=unsubscribe_url,
        )
        return Outgoing(message=email, language=rendered.language, subject=rendered.subject, message_id=message_id)

    async def send(self, outgoing: Outgoing) -> None:
        """Deliver over the SMTP pool."""
        await self._sender.send(outgoing.message)

    def classify(self, exc: Exception) -> Verdict | None:
        """4xx, a dropped connection or a timeout: later; 5xx, a bad address or an unknown template: never."""
        if isinstance(exc, TransientSmtpError):
            return Verdict(retry=True, reason=str(exc))
        if isinstance(exc, PermanentSmtpError | ValueError | LookupError):
            return Verdict(retry=False, reason=str(exc))
        return None

    async def close(self) -> None:
        """Close the SMTP connections."""
        await self._sender.close()
