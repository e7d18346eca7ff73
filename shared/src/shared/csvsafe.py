"""Cells of every CSV the system produces, neutralised so a spreadsheet never runs one as a formula."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# A spreadsheet runs a cell starting with one of these as a formula ("CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Spreadsheets in semicolon locales split an unquoted cell at ";": every part must be safe on its own.
SEPARATOR = ";"


def _part(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_START) else text


def neutralise(value: Any) -> str:
    """A cell that cannot run as a formula: a list is joined with ";" and every part of the cell is checked."""
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return str(value)  # numbers are data, and "-3" must stay a number
    text = SEPARATOR.join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    return SEPARATOR.join(_part(p) for p in text.split(SEPARATOR))


def neutralise_row(values: Iterable[Any]) -> list[str]:
    """Every cell of a row neutralised."""
    return [neutralise(v) for v in values]
