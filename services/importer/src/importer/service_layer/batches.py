"""Validated rows of a job's file in batches, read and checked in a worker thread so the API stays responsive."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from importer.adapters.readers import Row, read_rows
from importer.adapters.spool import ChunkWriter
from importer.domain.validation import Problem, Validator
from importer.service_layer.header import data_rows


@dataclass(frozen=True)
class Checked:
    """One data row after validation: the row to send, or its problems."""

    row_no: int
    row: dict[str, Any] | None
    problems: list[Problem]


class CheckedRows:
    """Pulls `size` checked rows at a time from the file, skipping the header; deterministic for one mapping."""

    def __init__(
        self, job: dict[str, Any], size: int, spool: ChunkWriter | None = None, time_limit_s: float | None = None
    ) -> None:
        self.validator = Validator(job["mapping"], job["country"], job["headers"])
        self.spool = spool
        self._rows = read_rows(job["path"], job["kind"], job["encoding"], job["delimiter"], time_limit_s=time_limit_s)
        self._data: Iterator[Row] | None = None
        self._job = job
        self._size = size

    def _next(self) -> list[Checked]:
        if self._data is None:  # in the worker thread: skipping title rows reads the file
            self._data = data_rows(self._rows, self._job)
        out = []
        check = self.validator.check
        for row_no, cells in itertools.islice(self._data, self._size):
            row, problems = check(cells)
            if row is not None:
                row["row_no"] = row_no
                if self.spool is not None:
                    self.spool.add(row)
            out.append(Checked(row_no, row, problems))
        return out

    async def batches(self) -> Any:
        """Async iterator of non-empty batches."""
        try:
            while batch := await asyncio.to_thread(self._next):
                yield batch
        finally:
            close = getattr(self._rows, "close", None)
            if close:
                close()


def first_rows(
    job: dict[str, Any], limit: int, time_limit_s: float | None = None
) -> tuple[Validator, list[tuple[int, list[str], Checked]]]:
    """The first `limit` data rows with their cells and check (for the preview)."""
    validator = Validator(job["mapping"], job["country"], job["headers"])
    rows: Iterator[tuple[int, list[str]]] = read_rows(
        job["path"], job["kind"], job["encoding"], job["delimiter"], time_limit_s=time_limit_s
    )
    try:
        out = []
        for row_no, cells in itertools.islice(data_rows(rows, job), limit):
            row, problems = validator.check(cells)
            out.append((row_no, cells, Checked(row_no, row, problems)))
        return validator, out
    finally:
        getattr(rows, "close", lambda: None)()
