"""What Settings → Billing says of the payment provider, from the configuration alone."""

from __future__ import annotations

from pydantic import SecretStr

from billing.config import Settings
from billing.service_layer.payment_methods import provider_state


def test_the_local_provider_is_always_connected_in_test_mode():
    assert provider_state("local", Settings()) == {
        "provider": "local",
        "connected": True,
        "mode": "test",
        "webhooks": True,
    }


def test_stripe_says_test_or_live_by_its_key_and_whether_webhooks_are_verified():
    live = Settings(payment_provider="stripe", stripe_api_key=SecretStr("sk_live_abc"), stripe_webhook_secret=None)
    assert provider_state("stripe", live) == {
        "provider": "stripe",
        "connected": True,
        "mode": "live",
        "webhooks": False,
    }
    test = Settings(
        payment_provider="stripe", stripe_api_key=SecretStr("sk_test_abc"), stripe_webhook_secret=SecretStr("whsec_x")
    )
    assert provider_state("stripe", test) == {"provider": "stripe", "connected": True, "mode": "test", "webhooks": True}
    assert provider_state("stripe", Settings(payment_provider="stripe", stripe_api_key=None))["connected"] is False
