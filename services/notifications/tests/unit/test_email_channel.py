"""The email channel on its own: what it renders from a queued row, and how it judges SMTP answers."""

from __future__ import annotations

import uuid
from typing import Any

import aiosmtplib
import pytest

from notifications.adapters.smtp import PermanentSmtpError, SmtpSender, TransientSmtpError, _classify
from notifications.config import Settings
from notifications.service_layer.channels import EMAIL, Verdict, kind_of
from notifications.service_layer.channels.email import EmailChannel

SETTINGS = Settings(
    database_url="postgresql+asyncpg://unused/unused",
    mail_from="noreply@mail.example.org",
    public_base_url="https://crm.example.org/api/notifications",
)


def row(**overrides: Any) -> dict[str, Any]:
    values = {
        "id": uuid.UUID("00000000-0000-0000-0000-0000000000aa"),
        "facility_id": uuid.uuid4(),
        "customer_id": uuid.uuid4(),
        "person_id": None,
        "to_email": "ann@x.org",
        "to_name": "Ann Lee",
        "template": "direct",
        "language": "en",
        "category": "transactional",
        "context": {"subject": "Gate closed", "body": "The gate is closed on Sunday."},
    }
    return values | overrides


FACILITY = {"name": "Box Nord", "reply_to": "desk@boxnord.fr"}


@pytest.fixture
def channel() -> EmailChannel:
    return EmailChannel(SmtpSender("localhost", 1), SETTINGS)


def test_a_queued_row_is_rendered_as_a_mime_message_from_its_facility(channel: EmailChannel) -> None:
    out = channel.render(row(), FACILITY)  # type: ignore[arg-type]
    assert out.message_id == "<00000000-0000-0000-0000-0000000000aa@mail.example.org>"
    assert out.message["Message-ID"] == out.message_id
    assert out.message["From"] == "Box Nord <noreply@mail.example.org>"
    assert out.message["Reply-To"] == "Box Nord <desk@boxnord.fr>"
    assert out.message["To"] == "Ann Lee <ann@x.org>"
    assert out.language == "en" and out.subject == "Gate closed"
    assert "List-Unsubscribe" not in out.message, "transactional mail has no unsubscribe link"


def test_marketing_mail_carries_its_unsubscribe_link(channel: EmailChannel) -> None:
    marketing = row(category="marketing", template="broadcast")
    out = channel.render(marketing, {"name": "Box Nord", "reply_to": None})  # type: ignore[arg-type]
    assert out.message["List-Unsubscribe"].startswith("<https://crm.example.org/api/notifications/")
    assert "Reply-To" not in out.message


def test_an_unknown_template_is_a_final_failure(channel: EmailChannel) -> None:
    with pytest.raises(ValueError) as raised:
        channel.render(row(template="no_such_template"), FACILITY)  # type: ignore[arg-type]
    verdict = channel.classify(raised.value)
    assert verdict is not None and verdict.retry is False


def test_smtp_answers_are_classified_retry_later_or_never(channel: EmailChannel) -> None:
    busy = _classify(aiosmtplib.SMTPResponseException(451, "Try again later"))
    refused = _classify(aiosmtplib.SMTPResponseException(550, "No such user"))
    assert isinstance(busy, TransientSmtpError) and isinstance(refused, PermanentSmtpError)
    assert channel.classify(busy) == Verdict(retry=True, reason=str(busy))
    assert channel.classify(refused) == Verdict(retry=False, reason=str(refused))
    assert channel.classify(ValueError("bad address")) == Verdict(retry=False, reason="bad address")
    assert channel.classify(RuntimeError("a bug")) is None, "an unknown error is not a delivery outcome"


def test_every_queued_row_is_an_email_until_the_queue_records_a_kind() -> None:
    assert kind_of(row()) == EMAIL  # type: ignore[arg-type]
    assert kind_of(row(channel="sms")) == "sms"  # type: ignore[arg-type]
