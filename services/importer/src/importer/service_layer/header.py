"""The header row: the row among the first few that names the most known fields (title rows above it are skipped)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from importer.adapters import files
from importer.adapters.readers import Row, read_rows
from importer.config import Settings
from importer.domain import mapping as mappings
from shared import limits
from shared.errors import DomainError

SCANNED = 30  # rows looked at for the header: exports put a few title or filter rows above it


def best_header(rows: list[Row]) -> Row:
    """The first row with the most cells matching known headers (the first row if none matches any)."""
    return max(rows, key=lambda row: (len(mappings.auto_map(row[1])), -row[0]))


def read_head(job: dict[str, Any], settings: Settings, header_row: int | None = None) -> tuple[list[str], int, bool]:
    """(headers, header row number, whether a data row follows) of a stored file; `header_row` forces the row."""
    if job["kind"] == "xlsx":
        files.check_workbook(job["path"], settings.xlsx_max_inflated_bytes, settings.xlsx_max_ratio)
    rows = read_rows(
        job["path"], job["kind"], job["encoding"], job["delimiter"], time_limit_s=settings.xlsx_head_timeout_s
    )
    try:
        if header_row is None:
            first = list(itertools.islice(rows, SCANNED + 1))
            candidates = first[:SCANNED]
        else:
            first = list(itertools.islice(rows, header_row + 1))
            candidates = [row for row in first if row[0] == header_row]
            if not candidates:
                msg = f"row {header_row} is blank or past the end of the file"
                raise DomainError(msg, loc=["body", "header_row"])
    except DomainError:
        raise
    except Exception as exc:  # csv.Error on a malformed file
        raise files.FileRefused(f"the file cannot be read as CSV: {exc}") from None
    finally:
        rows.close()  # type: ignore[attr-defined]
    if not first:
        raise files.FileRefused("the file is empty")
    number, cells = best_header(candidates)
    headers = [h.strip() for h in cells]
    for column, header in enumerate(headers, start=1):
        if len(header) > limits.HEADER_MAX or limits.control_character(header):
            msg = f"the header of column {column} is over {limits.HEADER_MAX} characters or holds a control character"
            raise files.FileRefused(msg, reason="bad_header", column=column)
    return headers, number, any(row[0] > number for row in first)


def data_rows(rows: Iterator[Row], job: dict[str, Any]) -> Iterator[Row]:
    """The rows below the job's header row (the header and any title rows above it skipped)."""
    header_row = job.get("header_row")
    if header_row is None:  # an older job: its header is the first non-blank row
        next(rows, None)
        return rows
    return itertools.dropwhile(lambda row: row[0] <= header_row, rows)
