"""importer's HTTP routes: upload, template, mapping, preview, confirm, progress, cancel, error report, undo."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from importer.adapters import files
from importer.config import Settings
from importer.domain.mapping import FIELDS
from importer.service_layer import jobs, views
from shared.auth import Viewer, Writer
from shared.limits import FILENAME_MAX, HEADER_MAX
from shared.request_guard import body_limit

router = APIRouter(tags=["imports"])

TEMPLATE = (
    "First name,Last name,Email,Phone,Company,Language,Birthday,Tags,Address,Address 2,Postal code,City,Country,Notes,"
    "Stage,Source,Customer type,Make,Model,Year,Colour,Plate,VIN\r\n"
    "Marie,Dupont,marie.dupont@example.com,06 12 34 56 78,,fr,31/12/1980,vip,1 rue de la Paix,,75002,Paris,FR,,"
    "Prospect,Salon,Collector,Porsche,911,1973,Red,AB-123-CD,\r\n"
)


NO_CONTROLS = r"^[^\x00-\x1f\x7f]*$"
Header = Annotated[str, StringConstraints(max_length=HEADER_MAX)]


class MappingIn(BaseModel):
    """Staff's column choices: {field: header, or null to ignore the field}; and which row holds the headers."""

    model_config = ConfigDict(extra="forbid")

    mapping: Annotated[
        dict[Annotated[str, StringConstraints(max_length=64)], Header | None], Field(max_length=len(FIELDS))
    ] = Field(default_factory=dict)
    # The file's row number of the headers (title rows above it are skipped); the mapping restarts from its headers.
    header_row: Annotated[int, Field(ge=1, le=1000)] | None = None


class ConfirmIn(BaseModel):
    """How rows meet existing customers (matched by email)."""

    model_config = ConfigDict(extra="forbid")

    mode: Literal["create", "upsert", "update"] = "create"
    # In create-and-update and update-only: a blank cell of a mapped column clears the stored value.
    blank_clears: bool = False


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.container.settings
    return settings


def _uow(request: Request) -> Any:
    return request.app.state.container.uow()


def _wake(request: Request) -> None:
    request.app.state.container.runner.wake()


@router.get("/imports/template.csv")
async def template(principal: Viewer) -> Response:
    """A CSV with every column the importer recognises and one example row."""
    return Response(
        "\ufeff" + TEMPLATE,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="import-template.csv"'},
    )


@router.post("/imports", status_code=status.HTTP_201_CREATED)
@body_limit("max_upload_bytes")
async def upload(
    request: Request,
    response: Response,
    principal: Writer,
    filename: Annotated[str, Query(min_length=1, max_length=FILENAME_MAX, pattern=NO_CONTROLS)] = "upload.csv",
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
) -> dict[str, Any]:
    """The file is the request body (CSV or XLSX); the same file again answers 200 with its existing job."""
    settings = _settings(request)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > settings.max_upload_bytes:
        raise files.FileTooLarge(settings.max_upload_bytes)
    stored = await files.store(request.stream(), Path(settings.uploads_dir), settings.max_upload_bytes)
    job, created = await jobs.create_job(
        _uow(request), principal, settings, stored, filename, country or settings.default_country
    )
    if created:
        _wake(request)
    else:
        response.status_code = status.HTTP_200_OK
    return {**views.job_view(job), "same_file_as_existing_job": not created}


@router.get("/imports")
async def list_imports(
    request: Request, principal: Viewer, limit: Annotated[int, Query(ge=1, le=200)] = 50
) -> list[dict[str, Any]]:
    """The facility's imports, newest first."""
    return [views.job_view(j) for j in await jobs.list_jobs(_uow(request), principal, limit)]


@router.get("/imports/{job_id}")
async def get_import(job_id: uuid.UUID, request: Request, principal: Viewer) -> dict[str, Any]:
    """A job with its validation summary and progress."""
    async with _uow(request) as uow:
        return views.job_view(await jobs.get_job(uow, principal, job_id))


@router.put("/imports/{job_id}/mapping")
async def put_mapping(job_id: uuid.UUID, body: MappingIn, request: Request, principal: Writer) -> dict[str, Any]:
    """Override the automatic mapping; the file is validated again with it."""
    job = await jobs.set_mapping(_uow(request), principal, job_id, body.mapping, body.header_row, _settings(request))
    _wake(request)
    return views.job_view(job)


@router.get("/imports/{job_id}/preview")
async def preview(
    job_id: uuid.UUID,
    request: Request,
    principal: Viewer,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
    mode: Literal["create", "upsert", "update"] | None = None,
    blank_clears: bool | None = None,
) -> dict[str, Any]:
    """The first rows with each row's problems and what `mode` will do with them (a dry run), and the file's counts."""
    async with _uow(request) as uow:
        job = await jobs.get_job(uow, principal, job_id)
        settings = _settings(request)
        limit = limit or settings.preview_rows
        return await views.preview(uow, job, limit, settings.xlsx_head_timeout_s, mode, blank_clears)


@router.post("/imports/{job_id}/confirm", status_code=status.HTTP_202_ACCEPTED)
async def confirm(
    job_id: uuid.UUID, request: Request, principal: Writer, body: ConfirmIn | None = None
) -> dict[str, Any]:
    """Send the valid rows to contacts in the background."""
    job = await jobs.confirm(
        _uow(request), principal, job_id, body.mode if body else None, body.blank_clears if body else False
    )
    _wake(request)
    return views.job_view(job)


@router.post("/imports/{job_id}/cancel")
async def cancel(job_id: uuid.UUID, request: Request, principal: Writer) -> dict[str, Any]:
    """Stop sending; what contacts already applied stays (undo removes it)."""
    return views.job_view(await jobs.cancel(_uow(request), principal, job_id))


@router.post("/imports/{job_id}/undo", status_code=status.HTTP_202_ACCEPTED)
async def undo(job_id: uuid.UUID, request: Request, principal: Writer) -> dict[str, Any]:
    """Remove the customers the import created that nobody changed or linked since; the job shows what was kept."""
    return views.job_view(await jobs.request_undo(_uow(request), principal, job_id))


@router.get("/imports/{job_id}/errors.csv")
async def errors_csv(job_id: uuid.UUID, request: Request, principal: Viewer) -> StreamingResponse:
    """Every rejected row with its reasons and its original cells, streamed (no cap)."""
    async with _uow(request) as uow:
        job = await jobs.get_job(uow, principal, job_id)
    return StreamingResponse(
        views.error_report(request.app.state.container.uow, job),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="import-{job_id}-errors.csv"'},
    )
