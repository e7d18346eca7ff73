"""Build MIME messages whose headers cannot be forged by names or subjects."""

from __future__ import annotations

import re
from email.charset import QP, Charset
from email.header import Header
from email.headerregistry import Address
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import formataddr

# Quoted-printable keeps French text readable in the source and is what the old policy-based build sent.
_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP
# Headers are not folded below RFC 5322's 998: a folded List-Unsubscribe starts with a line break.
_POLICY = compat32.clone(max_line_length=998)
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def clean_header(value: str) -> str:
    """Control characters (CR, LF, ...) become spaces, so a value can never start a new header."""
    return " ".join(_CONTROL.sub(" ", value).split())


def address(name: str | None, email: str) -> Address:
    """An address header value; a malformed address raises ValueError."""
    if _CONTROL.search(email) or "," in email:
        raise ValueError("invalid email address")
    return Address(display_name=clean_header(name or ""), addr_spec=email)


def _header(value: Address) -> str:
    return formataddr((value.display_name, value.addr_spec), charset="utf-8")


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
) -> MIMEMultipart:
    """A multipart/alternative message; marketing mail gets RFC 8058 one-click unsubscribe headers."""
    # Built with email.mime (compat32): the policy-based EmailMessage costs several times more CPU per message,
    # which was most of a broadcast's time (bench/broadcast.py). Every value is cleaned or encoded the same way.
    message = MIMEMultipart("alternative", policy=_POLICY)
    message["From"] = _header(sender)
    message["To"] = _header(to)
    if reply_to is not None:
        message["Reply-To"] = _header(reply_to)
    message["Subject"] = Header(clean_header(subject), "utf-8").encode()
    message["Message-ID"] = clean_header(message_id)
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{clean_header(unsubscribe_url)}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    # MIMEText takes a Charset at run time (its payload is set with it); typeshed only lists str.
    message.attach(MIMEText(text, "plain", _UTF8))  # type: ignore[arg-type]
    message.attach(MIMEText(html, "html", _UTF8))  # type: ignore[arg-type]
    return message
