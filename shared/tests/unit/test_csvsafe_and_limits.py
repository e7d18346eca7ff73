"""The one CSV-injection neutraliser and the control-character check every service shares."""

from __future__ import annotations

import csv
import io

import pytest

from shared.csvsafe import FORMULA_START, neutralise, neutralise_row
from shared.limits import control_character


@pytest.mark.parametrize("start", FORMULA_START)
def test_every_formula_start_is_quoted(start):
    assert neutralise(f"{start}1+1") == f"'{start}1+1"


def test_plain_values_none_and_numbers_are_kept():
    assert [neutralise(v) for v in ("ok", "a-b", " =x", None, -3, 2.5, True)] == [
        "ok",
        "a-b",
        " =x",
        "",
        "-3",
        "2.5",
        "True",
    ]


def test_each_part_of_a_semicolon_joined_cell_is_neutralised():
    assert neutralise('a;=HYPERLINK("http://evil")') == 'a;\'=HYPERLINK("http://evil")'
    assert neutralise(["vip", "@SUM(A1)", "b;+1"]) == "vip;'@SUM(A1);b;'+1"
    assert neutralise(("x", "y")) == "x;y"


def test_a_written_row_has_no_formula_in_any_part():
    out = io.StringIO()
    csv.writer(out).writerow(neutralise_row(["=1", "-2", "ok;@x", ["\tx", "y"]]))
    (row,) = list(csv.reader(io.StringIO(out.getvalue())))
    assert not [p for cell in row for p in cell.split(";") if p.startswith(FORMULA_START)]


def test_control_characters_are_found_but_tab_and_line_breaks_are_text():
    assert control_character("a\x00b") == "U+0000"
    assert control_character("bell\x07") == "U+0007"
    assert control_character("c1\x85") == "U+0085"
    assert control_character("del\x7f") == "U+007F"
    assert control_character("tab\tand\r\nlines and accents é") is None
