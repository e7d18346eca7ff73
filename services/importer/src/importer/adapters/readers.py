"""Rows of a stored CSV or XLSX file, streamed: memory stays flat whatever the file's length."""

from __future__ import annotations

import csv
import datetime as dt
import re
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.cell import range_boundaries

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
            merged = _merged(handle, getattr(sheet, "_worksheet_path", ""))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                # Checked on blank rows too: a sheet of a million empty rows must not hold a worker.
                if time.monotonic() > deadline:
                    raise TooSlow(time_limit_s or 0.0)
                cells = [_cell(v) for v in values]
                if merged:
                    _fill(merged, number, cells)
                if any(cells):
                    yield number, cells
        finally:
            book.close()


_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


def _merged(handle: Any, member: str) -> list[list[Any]]:
    """[min_col, min_row, max_col, max_row, value] of each merged range of the sheet (read-only mode has none).

    The ranges follow the sheet's rows in its XML: the part is streamed once, a megabyte at a time.
    """
    found: list[list[Any]] = []
    try:
        with zipfile.ZipFile(handle) as archive, archive.open(member) as part:
            tail = b""
            while chunk := part.read(1 << 20):
                data = tail + chunk
                found.extend([*range_boundaries(m.group(1).decode()), None] for m in _MERGE.finditer(data))
                tail = data[-200:] if not data.endswith(b">") else b""
    except (KeyError, zipfile.BadZipFile):
        return []
    finally:
        handle.seek(0)
    unique = {tuple(r[:4]): r for r in found}  # a range cut by a chunk boundary may be found twice
    return [r for r in unique.values() if r[1] != r[3] or r[0] != r[2]]


def _fill(merged: list[list[Any]], number: int, cells: list[str]) -> None:
    """Give every cell a merged range covers the value of its top-left cell."""
    for bounds in merged:
        min_col, min_row, max_col, max_row = bounds[:4]
        if not min_row <= number <= max_row:
            continue
        if number == min_row:
            bounds[4] = cells[min_col - 1] if min_col <= len(cells) else ""
        if len(cells) < max_col:
            cells.extend([""] * (max_col - len(cells)))
        for col in range(min_col, max_col + 1):
            cells[col - 1] = bounds[4] or ""


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
