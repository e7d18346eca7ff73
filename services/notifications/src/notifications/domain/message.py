"""Build MIME messages whose headers cannot be forged by names or subjects."""

from __future__ import annotations

import re
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def clean_header(value: str) -> str:
    """Control characters (CR, LF, ...) become spaces, so a value can never start a new header."""
    return " ".join(_CONTROL.sub(" ", value).split())


def address(name: str | None, email: str) -> Address:
    """An address header value; a malformed address raises ValueError."""
    if _CONTROL.search(email) or "," in email:
        raise ValueError("invalid email address")
    return Address(display_name=clean_header(name or ""), addr_spec=email)


def compose(
    *,
    sender: Address,
    to: Address,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    reply_to: Address | None = None,
    unsubscribe_url: str | None = None,
) -> EmailMessage:
    """A multipart/alternative message; marketing mail gets RFC 8058 one-click unsubscribe headers."""
    message = EmailMessage(policy=SMTP)
    message["From"] = sender
    message["To"] = to
    if reply_to is not None:
        message["Reply-To"] = reply_to
    message["Subject"] = clean_header(subject)
    message["Message-ID"] = message_id
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{clean_header(unsubscribe_url)}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message
