"""Request bodies of the billing API; amounts are integers in minor units."""

from __future__ import annotations

import uuid
from datetime import date
from functools import cache
from typing import Annotated, Any, Literal
from zoneinfo import available_timezones

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from shared import limits

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.NAME_MAX)]
Minor = Annotated[int, Field(ge=0, le=10**12)]
Positive = Annotated[int, Field(gt=0, le=10**12)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RentalIn(_In):
    """A new rental."""

    customer_id: uuid.UUID
    space: Text
    price_minor: Minor
    period: Literal["month", "week", "year"] = "month"
    starts_on: date | None = None
    ends_on: date | None = None
    car_id: uuid.UUID | None = None


class RentalEnd(_In):
    """When a rental ends; a future date is notice given today."""

    ends_on: date | None = None
    notice_given_on: date | None = None
    version: int | None = None


class LineIn(_In):
    """One charge or fee."""

    description: Text
    quantity: Annotated[int, Field(ge=1, le=100_000)] = 1
    unit_amount_minor: Annotated[int, Field(ge=-(10**10), le=10**10)]


class InvoiceIn(_In):
    """A one-off invoice."""

    customer_id: uuid.UUID
    lines: Annotated[list[LineIn], Field(min_length=1, max_length=200)]
    due_on: date | None = None
    draft: bool = False


class PaymentIn(_In):
    """A payment received by staff."""

    customer_id: uuid.UUID
    amount_minor: Positive
    method: Literal["cash", "cheque", "transfer"]
    invoice_id: uuid.UUID | None = None
    reference: Annotated[str, StringConstraints(max_length=limits.REFERENCE_MAX)] | None = None
    received_on: date | None = None


class CardChargeIn(_In):
    """Charge the default card for what is due on an invoice."""

    invoice_id: uuid.UUID


class RefundIn(_In):
    """Part or all of a payment to give back."""

    amount_minor: Positive
    reason: Annotated[str, StringConstraints(max_length=limits.REASON_MAX)] | None = None


class TestCard(_In):
    """Only for the local provider: what Stripe.js would collect in the browser."""

    number: Annotated[str, StringConstraints(pattern=r"^[0-9]{12,19}$")]
    exp_month: Annotated[int, Field(ge=1, le=12)]
    exp_year: Annotated[int, Field(ge=2000, le=2100)]


class MethodIn(_In):
    """A completed card setup to save."""

    setup_id: Annotated[str, StringConstraints(min_length=1, max_length=limits.REFERENCE_MAX)]
    test_card: TestCard | None = None
    make_default: bool = False


class AutopayIn(_In):
    """Autopay on or off."""

    enabled: bool


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _iana_zone(name: str) -> str:
    # The list of zones rather than trying ZoneInfo(name): ZoneInfo would also open paths such as "../x".
    if name not in _zones():
        raise ValueError("not an IANA time zone (e.g. Europe/Paris)")
    return name


TimeZone = Annotated[str, StringConstraints(min_length=1, max_length=64), AfterValidator(_iana_zone)]


class SettingsIn(_In):
    """The facility's billing settings; `time_zone` decides which day "today" is for its billing run."""

    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "EUR"
    tax_rate_bp: Annotated[int, Field(ge=0, le=10_000)] = 0
    payment_terms_days: Annotated[int, Field(ge=0, le=365)] = 14
    time_zone: TimeZone = "Europe/Paris"


class RunIn(_In):
    """Run the facility's billing day now (normally the scheduler does).

    The day is always today in the facility's time zone; `on` may be sent only as that day. Other days
    and all facilities at once are for operators: `billing run-day --on DATE`.
    """

    on: date | None = None


Description = Annotated[str, StringConstraints(strip_whitespace=True, max_length=limits.DESCRIPTION_MAX)]
Kind = Literal["product", "service"]


class ProductIn(_In):
    """A product or service of the shop; the price is in minor units of the facility's currency, before tax."""

    name: Text
    description: Description = ""
    price_minor: Minor
    kind: Kind = "product"
    active: bool = True


class ProductPatch(_In):
    """The fields to change (active=false takes it out of the shop); `version`, if sent, must be the stored one."""

    name: Text | None = None
    description: Description | None = None
    price_minor: Minor | None = None
    kind: Kind | None = None
    active: bool | None = None
    version: int | None = None

    @field_validator("name", "description", "price_minor", "kind", "active")
    @classmethod
    def _not_null(cls, value: Any) -> Any:
        # Left out keeps the stored value; an explicit null would erase a required one.
        if value is None:
            raise ValueError("may not be null (leave the field out to keep it)")
        return value


def dump(model: BaseModel) -> dict[str, Any]:
    """The fields that were given or defaulted."""
    return model.model_dump()
