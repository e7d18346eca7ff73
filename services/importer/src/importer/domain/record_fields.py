"""The record's other columns: postal address, notes, CRM stage, source and customer types."""

from __future__ import annotations

import re
from typing import Any

from importer.domain.mapping import CUSTOMER_FIELDS
from shared import limits

_LIST_SEPARATORS = re.compile(r"[,;|]")
ADDRESS = {
    "address_line1": "line1",
    "address_line2": "line2",
    "postal_code": "postal_code",
    "city": "city",
    "country": "country",
}
_COUNTRIES = {
    "france": "FR", "belgique": "BE", "belgium": "BE", "suisse": "CH", "switzerland": "CH", "luxembourg": "LU",
    "allemagne": "DE", "germany": "DE", "deutschland": "DE", "espagne": "ES", "spain": "ES", "italie": "IT",
    "italy": "IT", "royaumeuni": "GB", "unitedkingdom": "GB", "uk": "GB", "paysbas": "NL", "netherlands": "NL",
    "monaco": "MC", "etatsunis": "US", "unitedstates": "US", "usa": "US", "canada": "CA", "portugal": "PT",
}  # fmt: skip
_MAX = {
    "address_line1": limits.SHORT_TEXT_MAX,
    "address_line2": limits.SHORT_TEXT_MAX,
    "city": limits.SHORT_TEXT_MAX,
    "postal_code": limits.POSTAL_CODE_MAX,
    "notes": limits.NOTES_MAX,
    "stage": limits.LABEL_MAX,
    "source": limits.LABEL_MAX,
}
# The fields a row can set on the customer (email is the key, never set by an update).
SETTABLE = tuple(f for f in CUSTOMER_FIELDS if f != "email")


def split_list(raw: str) -> list[str]:
    """Distinct values of a "a, b; c" cell, sorted."""
    return sorted({t.strip() for t in _LIST_SEPARATORS.split(raw) if t.strip()})


def country_code(raw: str) -> str | None:
    """An ISO country code from "FR", "fr" or a common English or French name; None if unknown."""
    text = re.sub(r"[^a-z]", "", raw.lower().replace("é", "e").replace("è", "e"))
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _COUNTRIES.get(text)


def too_long(name: str, value: str) -> int | None:
    """The maximum a value is over, or None."""
    limit = _MAX.get(name)
    return limit if limit is not None and len(value) > limit else None


def extra(v: dict[str, str], row: dict[str, Any], problem: Any) -> None:
    """Set the address, notes and CRM fields of `row` from the mapped values `v`; `problem(field, code, msg)`."""
    address: dict[str, str] = {}
    for name, part in ADDRESS.items():
        if name not in v:
            continue
        if name == "country":
            code = country_code(v[name])
            if code is None:
                problem(name, "invalid_country", f"{v[name]!r} is not a country (use FR, BE...)")
                continue
            address[part] = code
        else:
            address[part] = v[name]
    if address:
        row["address"] = address
    for name in ("notes", "stage", "source"):
        if name in v:
            row[name] = v[name]
    if "customer_types" in v:
        row["customer_types"] = types = split_list(v["customer_types"])
        if len(types) > 20 or any(len(t) > limits.LABEL_MAX for t in types):
            problem("customer_types", "too_long", f"at most 20 customer types of up to {limits.LABEL_MAX} characters")
    for name, value in v.items():
        if (limit := too_long(name, value)) is not None:
            problem(name, "too_long", f"{name.replace('_', ' ')} is longer than {limit} characters")


def given(v: dict[str, str]) -> list[str]:
    """The settable fields with a value in this row."""
    return [name for name in SETTABLE if name in v]
