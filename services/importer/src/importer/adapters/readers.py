"""Rows of a stored CSV or XLSX file, streamed: memory stays flat whatever the file's length."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl

from importer.adapters.files import FileRefused

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

Row = tuple[int, list[str]]


def read_rows(path: str | Path, kind: str, encoding: str, delimiter: str) -> Iterator[Row]:
    """(row number, cells) for every non-blank row, the header first; row numbers are as a spreadsheet shows them."""
    if kind == "xlsx":
        yield from _xlsx(path)
    else:
        yield from _csv(path, encoding, delimiter)


def _csv(path: str | Path, encoding: str, delimiter: str) -> Iterator[Row]:
    # errors="replace": the five bytes Windows-1252 leaves undefined must not stop an import.
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        for number, cells in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
            if "".join(cells).strip():  # a cell that is not blank: the same test as any(c.strip()), faster
                yield number, cells


def _xlsx(path: str | Path) -> Iterator[Row]:
    # A file object, because openpyxl refuses paths whose name does not end in .xlsx.
    with open(path, "rb") as handle:
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged archive
            raise FileRefused(f"the workbook cannot be read: {type(exc).__name__}") from None
        try:
            sheet = book.worksheets[0]
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = [_cell(v) for v in values]
                if any(cells):
                    yield number, cells
        finally:
            book.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
