"""The payment-provider interface, and a local provider for development and tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Card:
    """A saved card as the provider describes it: a reference, never the number."""

    ref: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int
    # The provider customer the setup was made for: a card is saved only to that customer.
    customer_ref: str | None = None


@dataclass(frozen=True)
class Setup:
    """A card setup the front end completes with the provider (Stripe.js confirms a SetupIntent)."""

    id: str
    client_secret: str
    customer_ref: str


@dataclass(frozen=True)
class Charge:
    """The outcome of charging a saved card."""

    ref: str
    succeeded: bool
    failure_reason: str | None = None


class ProviderError(Exception):
    """The provider refused the request (not a declined card: that is a failed Charge)."""


class CardDeclined(Exception):
    """The provider will not save this card (declined, unknown token): a business outcome, with its reason."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class PaymentProvider(Protocol):
    """What billing needs from a card processor."""

    name: str

    async def ensure_customer(self, customer_ref: str | None, customer_id: uuid.UUID, email: str | None) -> str:
        """The provider's customer reference, created on first use."""
        ...

    async def start_setup(self, customer_ref: str) -> Setup:
        """Begin saving a card for off-session charges."""
        ...

    async def card_from_setup(self, setup_id: str, test_card: dict[str, Any] | None) -> Card:
        """The card a completed setup saved."""
        ...

    async def attach_token(
        self, customer_ref: str, token: str, exp_month: int, exp_year: int, idempotency_key: str
    ) -> Card:
        """Save the card a browser tokenized (never the number) to the customer; raises CardDeclined."""
        ...

    async def charge(
        self, customer_ref: str, card_ref: str, amount_minor: int, currency: str, idempotency_key: str
    ) -> Charge:
        """Charge a saved card off-session; the same key never charges twice."""
        ...

    async def refund(self, charge_ref: str, amount_minor: int, idempotency_key: str) -> str:
        """Refund part or all of a charge; returns the refund's reference."""
        ...


BRANDS = {"4": "visa", "5": "mastercard", "3": "amex", "6": "discover"}
DECLINED = {"4000000000000002": "card_declined", "4000000000009995": "insufficient_funds"}
# Stripe's test payment-method tokens that the portal's test tokenizer gives: brand and last four of each.
TEST_TOKENS = {"pm_card_visa": ("visa", "4242"), "pm_card_mastercard": ("mastercard", "4444")}
DECLINED_TOKENS = {"pm_card_chargeDeclined": "card_declined"}


class LocalProvider:
    """A provider with no network: cards come from the request, charges succeed unless the card is a decline card.

    Its test card numbers are Stripe's, so the same test plans work against Stripe's test mode.
    """

    name = "local"

    async def ensure_customer(self, customer_ref: str | None, customer_id: uuid.UUID, email: str | None) -> str:
        """A stable local customer reference."""
        return customer_ref or f"cus_local_{customer_id.hex}"

    async def start_setup(self, customer_ref: str) -> Setup:
        """A setup id the caller echoes back with the test card."""
        # The customer is part of the id, so that the stateless provider knows whose setup it is.
        setup_id = f"seti_local_{uuid.uuid4().hex}_{customer_ref}"
        return Setup(setup_id, f"{setup_id}_secret_{uuid.uuid4().hex[:12]}", customer_ref)

    async def card_from_setup(self, setup_id: str, test_card: dict[str, Any] | None) -> Card:
        """The card entered for this setup; the number is used for brand and last four, then forgotten."""
        if not setup_id.startswith("seti_local_"):
            raise ProviderError("unknown setup")
        if not test_card or not str(test_card.get("number", "")).isdigit():
            raise ProviderError("the local provider needs a test card number")
        number = str(test_card["number"])
        # A decline card carries its outcome in its reference, so the provider needs no state.
        kind = f"decline_{DECLINED[number]}_" if number in DECLINED else ""
        ref = f"pm_local_{kind}{uuid.uuid5(uuid.NAMESPACE_OID, setup_id).hex}"
        brand = BRANDS.get(number[0], "unknown")
        customer_ref = setup_id.removeprefix("seti_local_").partition("_")[2] or None
        return Card(ref, brand, number[-4:], int(test_card["exp_month"]), int(test_card["exp_year"]), customer_ref)

    async def attach_token(
        self, customer_ref: str, token: str, exp_month: int, exp_year: int, idempotency_key: str
    ) -> Card:
        """A card for a known test token, one reference per key; a decline token or any other is refused."""
        if token in DECLINED_TOKENS:
            raise CardDeclined(DECLINED_TOKENS[token])
        if token not in TEST_TOKENS:
            raise CardDeclined("unknown_token")
        brand, last4 = TEST_TOKENS[token]
        ref = f"pm_local_{uuid.uuid5(uuid.NAMESPACE_OID, idempotency_key).hex}"
        return Card(ref, brand, last4, exp_month, exp_year, customer_ref)

    async def charge(
        self, customer_ref: str, card_ref: str, amount_minor: int, currency: str, idempotency_key: str
    ) -> Charge:
        """Succeeds unless the card was saved from a decline number; the same key gives the same charge."""
        ref = f"pi_local_{uuid.uuid5(uuid.NAMESPACE_OID, idempotency_key).hex}"
        if card_ref.startswith("pm_local_decline_"):
            reason = card_ref.removeprefix("pm_local_decline_").rsplit("_", 1)[0]
            return Charge(ref, False, reason)
        return Charge(ref, True)

    async def refund(self, charge_ref: str, amount_minor: int, idempotency_key: str) -> str:
        """A refund reference derived from the key, so a retried refund is the same refund."""
        return f"re_local_{uuid.uuid5(uuid.NAMESPACE_OID, idempotency_key).hex}"
