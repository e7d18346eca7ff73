"""SMTP delivery with aiosmtplib: pooled connections, bounded concurrency, transient vs permanent errors."""

from __future__ import annotations

import asyncio
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parseaddr

import aiosmtplib

# Flattened here rather than by aiosmtplib, whose compat32 generator folds at 78 columns: a folded
# List-Unsubscribe would start with a line break.
_WIRE = compat32.clone(linesep="\r\n", max_line_length=998)


def _envelope(message: Message) -> tuple[str, list[str], bytes]:
    sender = parseaddr(message["From"] or "")[1]
    recipients = [addr for _, addr in getaddresses(message.get_all("To", []) + message.get_all("Cc", [])) if addr]
    return sender, recipients, message.as_bytes(policy=_WIRE)


class TransientSmtpError(Exception):
    """Try again later: a 4xx answer, a dropped connection, a timeout."""


class PermanentSmtpError(Exception):
    """Do not retry: a 5xx answer."""


def _classify(exc: Exception) -> Exception:
    code = getattr(exc, "code", None)
    if isinstance(exc, aiosmtplib.SMTPRecipientsRefused) and exc.recipients:
        code = exc.recipients[0].code
    if isinstance(code, int) and 500 <= code < 600:
        return PermanentSmtpError(f"{code} {getattr(exc, 'message', exc)}")
    return TransientSmtpError(f"{code or type(exc).__name__} {getattr(exc, 'message', exc)}")


class SmtpSender:
    """Sends messages over at most `max_connections` reused SMTP connections."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        use_tls: bool = False,
        start_tls: bool | None = False,
        username: str | None = None,
        password: str | None = None,
        max_connections: int = 4,
        timeout_s: float = 20.0,
    ) -> None:
        self._options = {
            "hostname": host,
            "port": port,
            "use_tls": use_tls,
            "start_tls": start_tls,
            "username": username,
            "password": password,
            "timeout": timeout_s,
        }
        self._pool: asyncio.Queue[aiosmtplib.SMTP | None] = asyncio.Queue()
        for _ in range(max_connections):
            self._pool.put_nowait(None)

    async def send(self, message: Message) -> None:
        """Deliver one message; raises TransientSmtpError or PermanentSmtpError."""
        client = await self._pool.get()
        try:
            if client is None or not client.is_connected:
                client = aiosmtplib.SMTP(**self._options)  # type: ignore[arg-type]
                await client.connect()
            await client.sendmail(*_envelope(message))
        except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
            if client is not None and isinstance(exc, aiosmtplib.SMTPServerDisconnected | OSError | TimeoutError):
                client = None
            elif client is not None:
                # The transaction failed but the connection may be fine: reset it for the next message.
                try:
                    await client.rset()
                except (aiosmtplib.SMTPException, OSError):
                    client = None
            raise _classify(exc) from exc
        finally:
            self._pool.put_nowait(client)

    async def close(self) -> None:
        """Close every open connection."""
        while not self._pool.empty():
            client = self._pool.get_nowait()
            if client is not None and client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError):
                    client.close()
