"""The local provider attaches only Stripe's test payment-method tokens."""

import pytest

from billing.adapters.payments import CardDeclined, LocalProvider


async def test_test_tokens_become_cards_with_one_reference_per_key():
    provider = LocalProvider()
    visa = await provider.attach_token("cus_local_x", "pm_card_visa", 4, 2031, "k1")
    again = await provider.attach_token("cus_local_x", "pm_card_visa", 4, 2031, "k1")
    other = await provider.attach_token("cus_local_x", "pm_card_mastercard", 5, 2032, "k2")
    assert (visa.brand, visa.last4, visa.exp_month, visa.exp_year, visa.customer_ref) == (
        "visa",
        "4242",
        4,
        2031,
        "cus_local_x",
    )
    assert visa.ref == again.ref and visa.ref.startswith("pm_local_")
    assert (other.brand, other.last4) == ("mastercard", "4444") and other.ref != visa.ref


@pytest.mark.parametrize(
    ("token", "reason"),
    [
        ("pm_card_chargeDeclined", "card_declined"),
        ("pm_card_amex", "unknown_token"),
        ("4242424242424242", "unknown_token"),
    ],
)
async def test_other_tokens_are_declined_with_a_reason(token, reason):
    with pytest.raises(CardDeclined) as refused:
        await LocalProvider().attach_token("cus_local_x", token, 4, 2031, "k")
    assert refused.value.reason == reason
