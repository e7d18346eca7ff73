"""Phone numbers to (E.164, national format): an exact fast path for simple inputs, phonenumbers for the rest.

The fast path replays phonenumbers' own parse, is_valid_number and format_number steps for digits with
spaces, dots, dashes or parentheses (optionally "+cc" or the region's literal international prefix), with
regexes compiled once from the same metadata. Whatever it cannot replay step for step goes to `slow`.
"""

from __future__ import annotations

import re
from typing import Any

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, PhoneNumberFormat
from phonenumbers import phonenumberutil as pnu

from importer.domain.phone_rules import Country, Stripping, country_rules

Phone = tuple[str, str] | None  # (E.164, national format), or None when the number is not valid
_SHAPE = re.compile(r"\+?[0-9 .()\-]{4,64}")  # ASCII digits only: \d would also take other scripts' digits
_LITERAL = re.compile(r"[0-9]+")


def slow(raw: str, region: str) -> Phone:
    """The plain phonenumbers path: parse, is_valid_number, then E.164 and national formats."""
    try:  # ValueError too, as the importer always caught it around these calls
        number = phonenumbers.parse(raw, region)
        if not phonenumbers.is_valid_number(number):
            return None
        return (
            phonenumbers.format_number(number, PhoneNumberFormat.E164),
            phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL),
        )
    except (phonenumbers.NumberParseException, ValueError):
        return None


class Plan:
    """A default region's fast path: its country, its own stripping, country code digits and literal IDD."""

    __slots__ = ("country", "idd", "own_code", "strip")

    def __init__(self, meta: Any) -> None:
        if not (meta.international_prefix is None or _LITERAL.fullmatch(meta.international_prefix)):
            raise ValueError("international prefix is not a digit string")
        country = country_rules(meta.country_code)
        if country is None:
            raise ValueError("no fast path for the country code")
        self.country, self.strip = country, Stripping(meta)
        self.own_code, self.idd = str(meta.country_code), meta.international_prefix or ""


def _plan(region: str) -> Plan | None:
    meta = PhoneMetadata.metadata_for_region(region, None) if region in pnu.SUPPORTED_REGIONS else None
    try:
        plan = Plan(meta) if meta is not None else None
    except ValueError:
        plan = None
    _PLANS[region] = plan
    return plan


_PLANS: dict[str, Plan | None] = {}  # by region, built on first use (a race only builds one twice)


def normalise(raw: str, region: str) -> Phone:
    """Exactly `slow(raw, region)`, without parsing when the input has a simple shape."""
    try:
        plan = _PLANS[region]
    except KeyError:
        plan = _plan(region)
    if plan is None or _SHAPE.fullmatch(raw) is None:
        return slow(raw, region)
    digits = raw.replace(" ", "")
    if not digits.isdigit():  # the shape allows ASCII digits only, so isdigit means no separators are left
        digits = digits.replace(".", "").replace("-", "").replace("(", "").replace(")", "")
    if len(digits) < 3:  # parse's viability test differs for fewer than three digits
        return slow(raw, region)
    country = plan.country
    idd = plan.idd
    if digits[0] == "+":
        found = _international(digits[1:])
        if found is None:
            return slow(raw, region)
        country, nsn = found
    elif idd and digits.startswith(idd) and digits[len(idd) : len(idd) + 1] != "0":
        found = _international(digits[len(idd) :])  # parse does not take an IDD followed by 0 as one
        if found is None:
            return slow(raw, region)
        country, nsn = found
    elif digits.startswith(plan.own_code):  # parse may take these digits as the country code
        return slow(raw, region)
    else:
        nsn = plan.strip(digits)
    # parse rebuilds the nsn from an int plus Italian leading zeros: equal to these digits unless all are zeros
    if not 1 < len(nsn) <= pnu._MAX_LENGTH_FOR_NSN or not nsn.strip("0"):
        return slow(raw, region)
    single = country.single
    if single is not None:
        pattern = single[len(nsn)]
        if pattern is None or pattern.fullmatch(nsn) is None:
            return None
    elif not country.valid(nsn):
        return None
    return country.e164 + nsn, country.national(nsn)


def _international(digits: str) -> tuple[Country, str] | None:
    """(country, nsn) after "+" or an IDD, as _extract_country_code and parse's stripping; None: use `slow`."""
    if len(digits) <= 2 or digits[0] == "0":
        return None
    for size in (1, 2, 3):
        if int(digits[:size]) in COUNTRY_CODE_TO_REGION_CODE:
            country = country_rules(int(digits[:size]))
            rest = digits[size:]
            return (country, country.strip(rest)) if country is not None and len(rest) > 1 else None
    return None
