"""Rows of a stored CSV or XLSX file, streamed: memory stays flat whatever the file's length."""

from __future__ import annotations

import csv
import datetime as dt
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl

from importer.adapters.files import FileRefused

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

Row = tuple[int, list[str]]


class TooSlow(FileRefused):
    """Reading the workbook took longer than its time bound."""

    error_type = "too_slow"

    def __init__(self, seconds: float) -> None:
        super().__init__(f"the workbook took more than {seconds:g} s to read", limit_s=seconds)


def read_rows(
    path: str | Path, kind: str, encoding: str, delimiter: str, *, time_limit_s: float | None = None
) -> Iterator[Row]:
    """(row number, cells) for every non-blank row, the header first; row numbers are as a spreadsheet shows them.

    A workbook is read within `time_limit_s` from the first row asked for (TooSlow after that).
    """
    if kind == "xlsx":
        yield from _xlsx(path, time_limit_s)
    else:
        yield from _csv(path, encoding, delimiter)


def _csv(path: str | Path, encoding: str, delimiter: str) -> Iterator[Row]:
    # errors="replace": the five bytes Windows-1252 leaves undefined must not stop an import.
    with open(path, encoding=encoding, errors="replace", newline="") as handle:
        for number, cells in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
            if "".join(cells).strip():  # a cell that is not blank: the same test as any(c.strip()), faster
                yield number, cells


def _xlsx(path: str | Path, time_limit_s: float | None) -> Iterator[Row]:
    deadline = time.monotonic() + time_limit_s if time_limit_s is not None else float("inf")
    # A file object, because openpyxl refuses paths whose name does not end in .xlsx.
    with open(path, "rb") as handle:
        try:
            book = openpyxl.load_workbook(handle, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged archive
            raise FileRefused(f"the workbook cannot be read: {type(exc).__name__}") from None
        try:
            sheet = book.worksheets[0]
            # The declared dimension is the writer's claim: a wrong one hides rows or pads every row with
            # thousands of empty cells. Rows are read as they are.
            sheet.reset_dimensions()  # type: ignore[union-attr]
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                # Checked on blank rows too: a sheet of a million empty rows must not hold a worker.
                if time.monotonic() > deadline:
                    raise TooSlow(time_limit_s or 0.0)
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
