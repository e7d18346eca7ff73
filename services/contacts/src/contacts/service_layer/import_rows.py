"""Rows of an import chunk contacts refuses: before writing (control characters, text over the API's maxima)
or when the database refuses their values; the other rows of the chunk are still written.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.exc import DBAPIError

from shared import limits
from shared.contracts.importer import ImportChunkValidatedV2, ImportRowV2, RowResult
from shared.db import UnitOfWork
from shared.logs import get_logger

log = get_logger(__name__)
Rows = list[dict[str, Any]]
# SQLSTATE classes of a statement refused for the values it carries: data exceptions, integrity violations.
_BAD_DATA = ("22", "23")

_TEXT = {
    "first_name": limits.NAME_MAX,
    "last_name": limits.NAME_MAX,
    "email": limits.EMAIL_MAX,
    "phone": limits.PHONE_MAX,
    "phone_raw": limits.PHONE_MAX,
    "phone_national": limits.PHONE_MAX,
    "company": limits.SHORT_TEXT_MAX,
}
_CAR = {
    "make": limits.LABEL_MAX,
    "model": limits.LABEL_MAX,
    "colour": limits.LABEL_MAX,
    "plate": limits.PLATE_MAX,
    "vin": limits.VIN_MAX,
}


def _texts(row: ImportRowV2) -> list[tuple[str, str | None, int]]:
    """(field, value, maximum) of every text the row carries."""
    texts = [(name, getattr(row, name), limit) for name, limit in _TEXT.items()]
    texts.extend(("tags", tag, limits.TAG_MAX) for tag in row.tags)
    for car in row.cars:
        texts.extend((f"car_{name}", getattr(car, name), limit) for name, limit in _CAR.items())
    return texts


def refusal(row: ImportRowV2) -> RowResult | None:
    """The failed result of a row that must not be written (the rest of its chunk still is), or None."""
    if len(row.tags) > limits.TAGS_MAX:
        return RowResult(row_no=row.row_no, outcome="failed", reason="too_long", field="tags")
    for name, value, limit in _texts(row):
        if value is None:
            continue
        if limits.control_character(value) is not None:
            return RowResult(row_no=row.row_no, outcome="failed", reason="control_character", field=name)
        if len(value) > limit:
            return RowResult(row_no=row.row_no, outcome="failed", reason="too_long", field=name)
    return None


async def guarded(
    uow: UnitOfWork,
    event: ImportChunkValidatedV2,
    rows: Rows,
    write: Callable[[Rows], Awaitable[dict[int, RowResult]]],
) -> dict[int, RowResult]:
    """`write` the rows together; if the database refuses their values, one at a time, failing only those it refuses.

    Each attempt runs in a savepoint, so a refused attempt leaves neither rows nor queued events behind.
    """
    if not rows:
        return {}
    try:
        async with uow.savepoint():
            return await write(rows)
    except DBAPIError as exc:
        state = str(getattr(exc.orig, "sqlstate", None) or "")
        if state[:2] not in _BAD_DATA:
            raise  # the database itself failed: the whole chunk is retried
        log.warning(
            "import rows refused by the database",
            job_id=str(event.job_id),
            chunk_no=event.chunk_no,
            rows=len(rows),
            sqlstate=state,
        )
        if len(rows) == 1:
            row_no = rows[0]["row_no"]
            return {row_no: RowResult(row_no=row_no, outcome="failed", reason=f"refused_by_database:{state}")}
    results: dict[int, RowResult] = {}
    for one in rows:
        results.update(await guarded(uow, event, [one], write))
    return results
