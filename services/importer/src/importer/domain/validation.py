"""Row validation: required names and email, email format, phones in E.164, birthdays, cars, in-file duplicates."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from importer.domain import phones, record_fields
from importer.domain.mapping import Mapping, is_cars_file
from shared import emails, limits

_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
_LANGUAGES = {"fr": "fr", "francais": "fr", "french": "fr", "en": "en", "anglais": "en", "english": "en"}
_NAMES = (("first_name", "first name"), ("last_name", "last name"))
_VIN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
# The same maxima as the contacts API, so a row that passes here is never refused or cut there.
MAX_LENGTH = {
    "first_name": limits.NAME_MAX,
    "last_name": limits.NAME_MAX,
    "email": limits.EMAIL_MAX,
    "phone": limits.PHONE_MAX,
    "company": limits.SHORT_TEXT_MAX,
    "car_make": limits.LABEL_MAX,
    "car_model": limits.LABEL_MAX,
    "car_colour": limits.LABEL_MAX,
    "car_plate": limits.PLATE_MAX,
}

Problem = dict[str, str]  # {"field", "code", "msg"}


_EMPTY_KEY = hashlib.blake2b(digest_size=8)  # copied, never updated: cheaper than building one per email


def email_key(email: str) -> int:
    """A compact key of an email, case-insensitive: 8 bytes per address keep a million in memory cheaply."""
    # The same digest as hashlib.blake2b(data, digest_size=8), which only updates a fresh hash with the data.
    digest = _EMPTY_KEY.copy()
    digest.update(email.strip().lower().encode())
    return int.from_bytes(digest.digest(), "big")


_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel counts a 29 February 1900 that never was)
_SERIAL = re.compile(r"^\d{5}(\.0+)?$")  # 10000 is 1927-05-18: a 4-digit number is a year, not a birthday


def parse_date(raw: str, today: dt.date | None = None) -> dt.date:
    """A birthday in ISO, day/month/year (French first), month/day/year when the day is over 12, or an Excel serial."""
    text = raw.strip()
    if _SERIAL.match(text):  # a date in a General-format cell is the number of days since 1899-12-30
        value = _EXCEL_EPOCH + dt.timedelta(days=int(float(text)))
        if not dt.date(1900, 1, 1) <= value <= (today or dt.date.today()):
            raise ValueError("the date is not a plausible birthday")
        return value
    if "T" in text:
        text = text.split("T", 1)[0]
    match = _DATE.match(text.split(" ", 1)[0])
    if not match:
        raise ValueError("use a date like 31/12/1980 or 1980-12-31")
    a, b, c = (int(g) for g in match.groups())
    if len(match.group(1)) == 4:
        year, month, day = a, b, c
    else:
        year = c + (1900 if c >= 30 else 2000) if len(match.group(3)) == 2 else c
        day, month = (b, a) if b > 12 else (a, b)
    value = dt.date(year, month, day)
    if not dt.date(1900, 1, 1) <= value <= (today or dt.date.today()):
        raise ValueError("the date is not a plausible birthday")
    return value


def _problem(field_name: str, code: str, msg: str, column: str | None = None) -> Problem:
    problem = {"field": field_name, "code": code, "msg": msg}
    if column is not None:
        problem["column"] = column
    return problem


@dataclass
class Validator:
    """Validates rows in file order, remembering emails already seen in the file."""

    mapping: Mapping
    country: str = "FR"
    headers: list[str] = field(default_factory=list)
    seen: set[int] = field(default_factory=set)
    vins: set[str] = field(default_factory=set)  # a VIN is one car: a second row with it is refused
    phone: Callable[[str, str], phones.Phone] = phones.normalise  # phones.slow is the plain phonenumbers path

    def __post_init__(self) -> None:
        self.cars_only = is_cars_file(self.mapping)
        self._columns = sorted(self.mapping.items(), key=lambda kv: kv[1])
        # A row's values only have mapped fields, so these are the car fields a row can have.
        self._car_fields = tuple(name for name in self.mapping if name.startswith("car_"))
        self._field_of = {index: name for name, index in self.mapping.items()}

    def values(self, cells: list[str]) -> dict[str, str]:
        """The mapped, stripped cell values of a row."""
        width = len(cells)
        out = {}
        for name, index in self._columns:
            if index < width and (value := cells[index].strip()):
                if "\r" in value:  # a quoted line break from Windows is stored as a plain newline
                    value = value.replace("\r\n", "\n").replace("\r", "\n")
                out[name] = value
        return out

    def column(self, index: int) -> str:
        """The header of a column as the file names it."""
        return self.headers[index] if index < len(self.headers) else f"column {index + 1}"

    def _unreadable(self, cells: list[str]) -> list[Problem]:
        """A problem for each cell holding a control character (NUL included), in any column, mapped or not."""
        if limits.control_character("".join(cells)) is None:  # one scan of the row in the common case
            return []
        problems = []
        for index, cell in enumerate(cells):
            if (char := limits.control_character(cell)) is not None:
                column = self.column(index)
                name = self._field_of.get(index, column)
                msg = f"column {column!r} contains a control character ({char})"
                problems.append(_problem(name, "control_character", msg, column))
        return problems

    def _at(self, name: str, code: str, msg: str) -> Problem:
        return _problem(name, code, msg, self.column(self.mapping[name]))

    def _too_long(self, v: dict[str, str]) -> list[Problem]:
        problems = []
        for name, value in v.items():
            limit = MAX_LENGTH.get(name)
            if limit is not None and len(value) > limit:
                msg = f"{name.replace('_', ' ')} is longer than {limit} characters"
                problems.append(_problem(name, "too_long", msg, self.column(self.mapping[name])))
        return problems

    def check(self, cells: list[str]) -> tuple[dict[str, Any] | None, list[Problem]]:
        """(row for the chunk, problems); the row is None when the row is rejected."""
        problems = self._unreadable(cells)
        if problems:  # nothing else of the row is trusted: it cannot be stored as it is
            return None, problems
        v = self.values(cells)
        problems = self._too_long(v)
        if problems:
            return None, problems
        row: dict[str, Any] = {}
        email = v.get("email", "")
        if not self.cars_only:
            for name, label in _NAMES:
                value = v.get(name)  # values are never empty strings
                if value is not None:
                    row[name] = value
                else:
                    problems.append(_problem(name, "required", f"{label} is required"))
        else:
            row["first_name"] = row["last_name"] = "-"
        if not email:
            problems.append(_problem("email", "required", "email is required"))
        elif not emails.is_valid(email):  # the rule of the contacts API (email-validator)
            problems.append(_problem("email", "invalid_email", f"{email!r} is not an email address"))
        row["email"] = email
        self._optional(v, row, problems)
        if not self.cars_only:
            record_fields.extra(v, row, lambda *p: problems.append(self._at(*p)))
            row["given"] = record_fields.given(v)
        car = self._car(v, problems) if self._car_fields else None
        if self.cars_only and car is None and not any(p["field"].startswith("car_") for p in problems):
            problems.append(_problem("car_make", "required", "make and model are required"))
        row["cars"] = [car] if car else []
        if email and not problems:
            key = email_key(email)
            if key in self.seen and not self.cars_only:
                problems.append(_problem("email", "duplicate_in_file", "this email is on an earlier row"))
            self.seen.add(key)
        return (None, problems) if problems else (row, problems)

    def _optional(self, v: dict[str, str], row: dict[str, Any], problems: list[Problem]) -> None:
        if "phone" in v:
            phone = self.phone(v["phone"], self.country)
            if phone is None:
                problems.append(_problem("phone", "invalid_phone", f"{v['phone']!r} is not a valid phone number"))
            else:
                row["phone"], row["phone_national"] = phone
                row["phone_raw"] = v["phone"]
        if "company" in v:
            row["company"] = v["company"]
        if "language" in v:
            language = _LANGUAGES.get(v["language"].lower().replace("ç", "c"))
            if language is None:
                problems.append(_problem("language", "invalid_language", "use fr or en"))
            row["language"] = language or "fr"
        if "birthday" in v:
            try:
                row["birthday"] = parse_date(v["birthday"]).isoformat()
            except ValueError as exc:
                problems.append(_problem("birthday", "invalid_birthday", str(exc)))
        if "tags" in v:
            row["tags"] = tags = record_fields.split_list(v["tags"])
            if len(tags) > limits.TAGS_MAX or any(len(t) > limits.TAG_MAX for t in tags):
                msg = f"at most {limits.TAGS_MAX} tags of up to {limits.TAG_MAX} characters each"
                problems.append(_problem("tags", "too_long", msg, self.column(self.mapping["tags"])))

    def _car(self, v: dict[str, str], problems: list[Problem]) -> dict[str, Any] | None:
        if not any(name in v for name in self._car_fields):
            return None
        car: dict[str, Any] = {"make": v.get("car_make"), "model": v.get("car_model")}
        for name in ("car_make", "car_model"):
            if name not in v:
                problems.append(_problem(name, "required", "a car needs a make and a model"))
        if "car_year" in v:
            year = v["car_year"]
            if not year.isdigit() or not 1886 <= int(year) <= dt.date.today().year + 1:
                problems.append(_problem("car_year", "invalid_year", f"{year!r} is not a model year"))
            else:
                car["year"] = int(year)
        if "car_vin" in v:
            vin = v["car_vin"].upper().replace(" ", "")
            if not _VIN.match(vin):
                problems.append(_problem("car_vin", "invalid_vin", "a VIN has 17 letters and digits (no I, O, Q)"))
            elif vin in self.vins:
                problems.append(_problem("car_vin", "duplicate_in_file", "this VIN is on an earlier row"))
            else:
                self.vins.add(vin)
            car["vin"] = vin
        car["colour"], car["plate"] = v.get("car_colour"), v.get("car_plate")
        return car
