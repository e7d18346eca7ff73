"""Bulk actions on a selection, and export of the current filter to CSV."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from contacts.adapters import search
from contacts.entrypoints.api import ListFilters
from contacts.entrypoints.outputs import BulkResult
from contacts.service_layer import bulk
from shared.auth import Viewer, Writer
from shared.csvsafe import neutralise_row
from shared.deps import ContainerDep, UowDep
from shared.downloads import attachment_headers
from shared.limits import TAG_MAX, TAGS_MAX
from shared.openapi import binary_response, example, staff_errors

router = APIRouter(tags=["bulk"])
EXPORT_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "company",
    "email",
    "phone",
    "status",
    "tags",
    "language",
    "marketing_opt_out",
    "created_at",
    "updated_at",
)


class BulkIn(BaseModel):
    """An action on up to 1,000 selected customers."""

    model_config = ConfigDict(extra="forbid")
    ids: list[uuid.UUID] = Field(min_length=1, max_length=1000)
    action: Literal["add_tags", "remove_tags", "set_stage", "mark_inactive"]
    tags: list[Annotated[str, StringConstraints(max_length=TAG_MAX)]] = Field(default_factory=list, max_length=TAGS_MAX)
    stage_id: uuid.UUID | None = None

    @model_validator(mode="after")
    def _needs(self) -> BulkIn:
        if self.action in ("add_tags", "remove_tags") and not self.tags:
            raise ValueError("tags are required for this action")
        return self


BULK_EXAMPLE = {"ids": ["3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"], "action": "add_tags", "tags": ["winter"]}


@router.post("/customers/bulk", response_model=BulkResult, operation_id="bulkUpdateCustomers", responses=staff_errors())
async def bulk_action(body: Annotated[BulkIn, example(BULK_EXAMPLE)], principal: Writer, uow: UowDep) -> dict[str, Any]:
    """Add/remove tags, change stage or mark inactive on a selection, in one transaction."""
    tags = [t.strip() for t in body.tags if t.strip()]
    return await bulk.apply(uow, principal, body.ids, body.action, tags, body.stage_id)


@router.get(
    "/customers/export.csv",
    operation_id="exportCustomersCsv",
    response_class=StreamingResponse,
    responses={**binary_response("text/csv", "Every matching customer, one per row"), **staff_errors()},
)
async def export_csv(principal: Viewer, container: ContainerDep, found: ListFilters) -> StreamingResponse:
    """Every customer matching the current search and filters, as CSV (streamed)."""
    query = search.find_query(principal.facility_id, found, sort="last_name", descending=False, limit=10_000_000)

    async def lines() -> AsyncIterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(EXPORT_COLUMNS)
        async with container.engine.connect() as conn:
            result = await conn.stream(query.execution_options(yield_per=1000))
            async for row in result.mappings():
                writer.writerow(neutralise_row(row[c] for c in EXPORT_COLUMNS))
                if buffer.tell() > 64_000:
                    yield buffer.getvalue()
                    buffer.seek(0)
                    buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8", headers=attachment_headers("customers.csv"))
