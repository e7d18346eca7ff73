"""Phone numbers: stored in E.164, searchable by the digits people actually type."""

from __future__ import annotations

import phonenumbers


def normalise(raw: str, default_country: str) -> tuple[str, str]:
    """(E.164, search digits) of a number; national numbers use the facility's country. ValueError if invalid."""
    try:
        number = phonenumbers.parse(raw, default_country.upper())
    except phonenumbers.NumberParseException as exc:
        raise ValueError(str(exc)) from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("not a valid phone number")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    # Both forms, so "+33 6 12", "0612" and "612 34" all find the same customer.
    return e164, f"{digits(e164)} {digits(national)}"


def digits(text: str) -> str:
    """Only the digits of a text."""
    return "".join(ch for ch in text if ch.isdigit())
