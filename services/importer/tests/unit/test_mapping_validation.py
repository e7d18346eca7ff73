"""Columns matched from English and French headers; rows checked field by field; duplicates ignore case."""

from __future__ import annotations

import datetime as dt

import pytest

from importer.domain import mapping
from importer.domain.validation import Validator, parse_date
from shared.errors import DomainError


def test_english_and_french_headers_are_recognised():
    headers = [
        "Prénom",
        "NOM",
        "Courriel",
        "Téléphone",
        "Société",
        "Date de naissance",
        "Marque",
        "Modèle",
        "Immatriculation",
    ]
    assert mapping.auto_map(headers) == {
        "first_name": 0, "last_name": 1, "email": 2, "phone": 3, "company": 4, "birthday": 5,
        "car_make": 6, "car_model": 7, "car_plate": 8,
    }  # fmt: skip
    english = ["First name", "Last Name", "E-mail", "Mobile", "Tel", "Company", "VIN", "Colour"]
    assert mapping.auto_map(english) == {
        "first_name": 0, "last_name": 1, "email": 2, "phone": 3, "company": 5, "car_vin": 6, "car_colour": 7,
    }  # fmt: skip


def test_manual_override_and_its_errors_name_the_field():
    headers = ["Given", "Family", "Mail address", "Tel"]
    auto = mapping.auto_map(headers)
    assert mapping.missing(auto) == ["first_name", "last_name", "email"]
    chosen = mapping.override(headers, auto, {"first_name": "Given", "last_name": "Family", "email": "Mail address"})
    assert mapping.missing(chosen) == [] and mapping.by_header(headers, chosen)["email"] == "Mail address"
    assert "phone" not in mapping.override(headers, chosen, {"phone": None})
    with pytest.raises(DomainError) as unknown_header:
        mapping.override(headers, auto, {"email": "Nope"})
    assert unknown_header.value.loc == ["body", "mapping", "email"]
    with pytest.raises(DomainError) as unknown_field:
        mapping.override(headers, auto, {"shoe_size": "Tel"})
    assert unknown_field.value.loc == ["body", "mapping", "shoe_size"]


def check_all(validator, rows):
    return [validator.check(r) for r in rows]


def test_rows_are_checked_and_normalised():
    v = Validator(mapping.auto_map(["First name", "Last name", "Email", "Phone", "Birthday", "Language", "Tags"]), "FR")
    ok, problems = v.check(["Ann", "Lee", "Ann@X.fr", "06 12 34 56 78", "31/12/1980", "English", "vip; gold,vip"])
    assert problems == []
    assert ok == {
        "first_name": "Ann", "last_name": "Lee", "email": "Ann@X.fr", "phone": "+33612345678",
        "phone_national": "06 12 34 56 78", "phone_raw": "06 12 34 56 78",
        "birthday": "1980-12-31", "language": "en", "tags": ["gold", "vip"], "cars": [],
        "given": ["first_name", "last_name", "phone", "language", "birthday", "tags"],
    }  # fmt: skip
    results = check_all(
        v,
        [
            ["Bob", "Ray", "ann@x.FR", "", "", "", ""],  # same email, other case
            ["", " ", "not-an-email", "12", "32/13/1990", "de", ""],
            ["Cid", "Moe", "cid@x.fr", "+33 12", "1990-02-30", "", ""],
        ],
    )
    assert [p["code"] for p in results[0][1]] == ["duplicate_in_file"]
    assert {(p["field"], p["code"]) for p in results[1][1]} == {
        ("first_name", "required"), ("last_name", "required"), ("email", "invalid_email"),
        ("phone", "invalid_phone"), ("birthday", "invalid_birthday"), ("language", "invalid_language"),
    }  # fmt: skip
    assert {p["field"] for p in results[2][1]} == {"phone", "birthday"}
    assert all(row is None for row, _ in results)


def test_birthday_formats():
    today = dt.date(2026, 1, 1)
    assert parse_date("1980-12-31", today) == dt.date(1980, 12, 31)
    assert parse_date("31.12.1980", today) == dt.date(1980, 12, 31)
    assert parse_date("04/05/1980", today) == dt.date(1980, 5, 4)  # French order when ambiguous
    assert parse_date("12/31/1980", today) == dt.date(1980, 12, 31)  # month first when the day is over 12
    assert parse_date("1980-12-31T00:00:00", today) == dt.date(1980, 12, 31)
    for bad in ("yesterday", "2030-01-01", "1850-01-01"):
        with pytest.raises(ValueError):
            parse_date(bad, today)


def test_cars_need_make_and_model_and_a_cars_only_file_needs_no_names():
    v = Validator(mapping.auto_map(["First name", "Last name", "Email", "Make", "Model", "Year", "VIN"]))
    row, problems = v.check(["Ann", "Lee", "a@x.fr", "Porsche", "911", "1973", "wp0zzz91zjs123456"])
    assert problems == [] and row["cars"] == [
        {"make": "Porsche", "model": "911", "year": 1973, "vin": "WP0ZZZ91ZJS123456", "colour": None, "plate": None}
    ]
    _, problems = v.check(["Bob", "Ray", "b@x.fr", "Fiat", "", "1700", "short"])
    assert {p["field"] for p in problems} == {"car_model", "car_year", "car_vin"}
    cars_only = Validator(mapping.auto_map(["Owner's email", "Make", "Model"]))
    assert cars_only.cars_only
    first, _ = cars_only.check(["a@x.fr", "VW", "Golf"])
    second, _ = cars_only.check(["A@x.fr", "VW", "Polo"])  # one owner, two cars: not a duplicate
    assert first and second and second["cars"][0]["model"] == "Polo"


def test_the_template_names_every_field_once():
    from importer.entrypoints.api import TEMPLATE

    headers = TEMPLATE.split("\r\n", 1)[0].split(",")
    assert sorted(mapping.auto_map(headers)) == sorted(mapping.FIELDS)
