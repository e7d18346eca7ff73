"""The Stripe adapter, on the official `stripe` library; webhook signatures are verified by it too."""

from __future__ import annotations

import uuid
from typing import Any

import stripe

from billing.adapters.payments import Card, CardDeclined, Charge, ProviderError, Setup


class InvalidSignature(Exception):
    """A webhook whose signature does not verify with the configured secret."""


def verify_webhook(payload: bytes, signature: str | None, secret: str) -> dict[str, Any]:
    """The event of a webhook body, if its `Stripe-Signature` header verifies; raises InvalidSignature."""
    try:
        event = stripe.Webhook.construct_event(payload, signature, secret)
    except (stripe.SignatureVerificationError, ValueError) as exc:
        raise InvalidSignature(str(exc)) from None
    return event.to_dict()  # type: ignore[no-any-return]


class StripeProvider:
    """Cards saved with SetupIntents and charged off-session with PaymentIntents."""

    name = "stripe"

    def __init__(self, api_key: str) -> None:
        self._client = stripe.StripeClient(api_key)

    async def ensure_customer(self, customer_ref: str | None, customer_id: uuid.UUID, email: str | None) -> str:
        """Create the Stripe customer on first use, tagged with our id."""
        if customer_ref:
            return customer_ref
        params: dict[str, Any] = {"metadata": {"customer_id": str(customer_id)}}
        if email:
            params["email"] = email
        customer = await self._client.v1.customers.create_async(
            params,  # type: ignore[arg-type]
            {"idempotency_key": f"customer-{customer_id}"},
        )
        return str(customer.id)

    async def start_setup(self, customer_ref: str) -> Setup:
        """A SetupIntent for off-session use; the front end confirms it with Stripe.js."""
        intent = await self._client.v1.setup_intents.create_async(
            {"customer": customer_ref, "usage": "off_session", "payment_method_types": ["card"]}  # type: ignore[arg-type]
        )
        return Setup(str(intent.id), str(intent.client_secret), customer_ref)

    async def card_from_setup(self, setup_id: str, test_card: dict[str, Any] | None) -> Card:
        """The card of a succeeded SetupIntent."""
        try:
            intent = await self._client.v1.setup_intents.retrieve_async(setup_id, {"expand": ["payment_method"]})
        except stripe.StripeError as exc:
            raise ProviderError(str(exc.user_message or exc)) from None
        if intent.status != "succeeded" or intent.payment_method is None:
            raise ProviderError("the card setup is not complete")
        method: Any = intent.payment_method
        card = method.card
        owner = intent.customer if isinstance(intent.customer, str) or intent.customer is None else intent.customer.id
        return Card(str(method.id), str(card.brand), str(card.last4), int(card.exp_month), int(card.exp_year), owner)

    async def attach_token(
        self, customer_ref: str, token: str, exp_month: int, exp_year: int, idempotency_key: str
    ) -> Card:
        """Attach the PaymentMethod Stripe Elements created to the customer (not exercised offline: ADR 0012)."""
        try:
            method: Any = await self._client.v1.payment_methods.attach_async(
                token, {"customer": customer_ref}, {"idempotency_key": idempotency_key}
            )
        except stripe.CardError as exc:
            raise CardDeclined(exc.code or "card_declined") from None
        except stripe.InvalidRequestError as exc:
            raise CardDeclined(exc.code or "invalid_payment_method") from None
        except stripe.StripeError as exc:
            raise ProviderError(str(exc.user_message or exc)) from None
        card = method.card
        return Card(
            str(method.id), str(card.brand), str(card.last4), int(card.exp_month), int(card.exp_year), customer_ref
        )

    async def charge(
        self, customer_ref: str, card_ref: str, amount_minor: int, currency: str, idempotency_key: str
    ) -> Charge:
        """Charge off-session; a decline is a failed Charge, not an exception."""
        try:
            intent = await self._client.v1.payment_intents.create_async(
                {
                    "amount": amount_minor,
                    "currency": currency.lower(),
                    "customer": customer_ref,
                    "payment_method": card_ref,
                    "off_session": True,
                    "confirm": True,
                },
                {"idempotency_key": idempotency_key},
            )
        except stripe.CardError as exc:
            ref = getattr(getattr(exc, "error", None), "payment_intent", None)
            return Charge(str(getattr(ref, "id", "") or f"failed-{idempotency_key}"), False, exc.code or "card_error")
        except stripe.StripeError as exc:
            raise ProviderError(str(exc.user_message or exc)) from None
        return Charge(
            str(intent.id), intent.status == "succeeded", None if intent.status == "succeeded" else intent.status
        )

    async def refund(self, charge_ref: str, amount_minor: int, idempotency_key: str) -> str:
        """Refund through the PaymentIntent."""
        try:
            refund = await self._client.v1.refunds.create_async(
                {"payment_intent": charge_ref, "amount": amount_minor}, {"idempotency_key": idempotency_key}
            )
        except stripe.StripeError as exc:
            raise ProviderError(str(exc.user_message or exc)) from None
        return str(refund.id)
