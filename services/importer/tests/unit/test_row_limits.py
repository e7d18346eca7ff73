"""Rows with control characters or over-long cells are that row's error, with the column, never cut or sent."""

from __future__ import annotations

from importer.domain import mapping
from importer.domain.validation import Validator
from shared import limits

HEADERS = ["First name", "Last name", "Email", "Company", "Tags", "Make", "Model", "Misc"]


def validator() -> Validator:
    return Validator(mapping.auto_map(HEADERS), "FR", HEADERS)


def test_a_nul_or_control_character_in_any_cell_rejects_the_row_naming_its_column():
    v = validator()
    row, problems = v.check(["Ann", "L\x00ee", "ann@x.fr", "", "", "", "", ""])
    assert row is None
    assert problems == [
        {
            "field": "last_name",
            "code": "control_character",
            "msg": "column 'Last name' contains a control character (U+0000)",
            "column": "Last name",
        }
    ]
    _, unmapped = v.check(["Ann", "Lee", "ann@x.fr", "", "", "", "", "bell\x07 and \x85"])
    assert [(p["field"], p["column"], p["code"]) for p in unmapped] == [("Misc", "Misc", "control_character")]
    ok, none = v.check(["Ann", "Lee", "ann@x.fr", "A\tB", "", "", "", "two\r\nlines"])
    assert none == [] and ok is not None and ok["company"] == "A\tB"


def test_over_long_cells_are_refused_with_the_api_maximum_never_truncated():
    v = validator()
    name = "x" * (limits.NAME_MAX + 1)
    row, problems = v.check([name, "Lee", "ann@x.fr", "c" * (limits.SHORT_TEXT_MAX + 1), "", "", "", ""])
    assert row is None
    assert [(p["field"], p["code"], p["column"]) for p in problems] == [
        ("first_name", "too_long", "First name"),
        ("company", "too_long", "Company"),
    ]
    assert str(limits.NAME_MAX) in problems[0]["msg"]
    exact, fine = v.check(["x" * limits.NAME_MAX, "Lee", "bob@x.fr", "", "", "", "", ""])
    assert fine == [] and exact is not None and exact["first_name"] == "x" * limits.NAME_MAX
    _, email = v.check(["Ann", "Lee", "a" * 250 + "@x.fr", "", "", "", "", ""])
    assert [(p["field"], p["code"]) for p in email] == [("email", "too_long")]
    _, car = v.check(["Ann", "Lee", "car@x.fr", "", "", "m" * (limits.LABEL_MAX + 1), "911", ""])
    assert [(p["field"], p["code"]) for p in car] == [("car_make", "too_long")]


def test_too_many_or_too_long_tags_are_a_row_error():
    v = validator()
    _, long_tag = v.check(["Ann", "Lee", "t1@x.fr", "", "ok;" + "t" * (limits.TAG_MAX + 1), "", "", ""])
    assert [(p["field"], p["code"], p["column"]) for p in long_tag] == [("tags", "too_long", "Tags")]
    many = ",".join(f"t{i}" for i in range(limits.TAGS_MAX + 1))
    _, too_many = v.check(["Ann", "Lee", "t2@x.fr", "", many, "", "", ""])
    assert [p["code"] for p in too_many] == ["too_long"]
    row, none = v.check(["Ann", "Lee", "t3@x.fr", "", ",".join(f"t{i}" for i in range(limits.TAGS_MAX)), "", "", ""])
    assert none == [] and row is not None and len(row["tags"]) == limits.TAGS_MAX
