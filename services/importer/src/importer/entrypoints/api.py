"""importer's HTTP routes: upload, template, mapping, preview, confirm, progress, cancel, error report, undo."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from importer.adapters import files
from importer.domain.mapping import FIELDS
from importer.entrypoints.deps import RunnerDep, SettingsDep
from importer.entrypoints.outputs import ImportJob, ImportJobPage, Preview, UploadedJob
from importer.service_layer import jobs, views
from shared.auth import Viewer, Writer
from shared.deps import UowDep, UowFactoryDep
from shared.downloads import attachment_headers
from shared.limits import FILENAME_MAX, HEADER_MAX
from shared.openapi import Paging, binary_response, example, raw_body, staff_errors
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


@router.get(
    "/imports/template.csv",
    operation_id="getImportTemplate",
    response_class=Response,
    responses={**binary_response("text/csv", "The template"), **staff_errors()},
)
async def template(principal: Viewer) -> Response:
    """A CSV with every column the importer recognises and one example row."""
    return Response(
        "\ufeff" + TEMPLATE,
        media_type="text/csv; charset=utf-8",
        headers=attachment_headers("import-template.csv"),
    )


@router.post(
    "/imports",
    status_code=status.HTTP_201_CREATED,
    response_model=UploadedJob,
    operation_id="uploadImport",
    responses={200: {"model": UploadedJob, "description": "This file was uploaded before"}, **staff_errors(413)},
    openapi_extra=raw_body("application/octet-stream", TEMPLATE),
)
@body_limit("max_upload_bytes")
async def upload(
    request: Request,
    uow: UowDep,
    settings: SettingsDep,
    runner: RunnerDep,
    response: Response,
    principal: Writer,
    filename: Annotated[str, Query(min_length=1, max_length=FILENAME_MAX, pattern=NO_CONTROLS)] = "upload.csv",
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$")] = None,
) -> dict[str, Any]:
    """The file is the request body (CSV or XLSX); the same file again answers 200 with its existing job."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > settings.max_upload_bytes:
        raise files.FileTooLarge(settings.max_upload_bytes)
    stored = await files.store(request.stream(), Path(settings.uploads_dir), settings.max_upload_bytes)
    job, created = await jobs.create_job(
        uow, principal, settings, stored, filename, country or settings.default_country
    )
    if created:
        runner.wake()
    else:
        response.status_code = status.HTTP_200_OK
    return {**views.job_view(job), "same_file_as_existing_job": not created}


@router.get("/imports", response_model=ImportJobPage, operation_id="listImports", responses=staff_errors())
async def list_imports(uow: UowDep, principal: Viewer, page: Paging) -> dict[str, Any]:
    """The facility's imports, newest first."""
    found, next_cursor = await jobs.list_jobs(uow, principal, page)
    return {"items": [views.job_view(j) for j in found], "next_cursor": next_cursor}


@router.get("/imports/{job_id}", response_model=ImportJob, operation_id="getImport", responses=staff_errors(404))
async def get_import(job_id: uuid.UUID, uow: UowDep, principal: Viewer) -> dict[str, Any]:
    """A job with its validation summary and progress."""
    async with uow:
        return views.job_view(await jobs.get_job(uow, principal, job_id))


MAPPING_EXAMPLE = {"mapping": {"first_name": "Prénom", "last_name": "Nom", "email": "Courriel", "phone": None}}


@router.put(
    "/imports/{job_id}/mapping",
    response_model=ImportJob,
    operation_id="putImportMapping",
    responses=staff_errors(404, 409),
)
async def put_mapping(
    job_id: uuid.UUID,
    body: Annotated[MappingIn, example(MAPPING_EXAMPLE)],
    uow: UowDep,
    settings: SettingsDep,
    runner: RunnerDep,
    principal: Writer,
) -> dict[str, Any]:
    """Override the automatic mapping; the file is validated again with it."""
    job = await jobs.set_mapping(uow, principal, job_id, body.mapping, body.header_row, settings)
    runner.wake()
    return views.job_view(job)


@router.get(
    "/imports/{job_id}/preview", response_model=Preview, operation_id="previewImport", responses=staff_errors(404)
)
async def preview(
    job_id: uuid.UUID,
    uow: UowDep,
    settings: SettingsDep,
    principal: Viewer,
    limit: Annotated[int | None, Query(ge=1, le=500)] = None,
    mode: Literal["create", "upsert", "update"] | None = None,
    blank_clears: bool | None = None,
) -> dict[str, Any]:
    """The first rows with each row's problems and what `mode` will do with them (a dry run), and the file's counts."""
    async with uow:
        job = await jobs.get_job(uow, principal, job_id)
        limit = limit or settings.preview_rows
        return await views.preview(uow, job, limit, settings.xlsx_head_timeout_s, mode, blank_clears)


@router.post(
    "/imports/{job_id}/confirm",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=ImportJob,
    operation_id="confirmImport",
    responses=staff_errors(404, 409),
)
async def confirm(
    job_id: uuid.UUID,
    uow: UowDep,
    runner: RunnerDep,
    principal: Writer,
    body: Annotated[ConfirmIn | None, example({"mode": "upsert"})] = None,
) -> dict[str, Any]:
    """Send the valid rows to contacts in the background."""
    job = await jobs.confirm(uow, principal, job_id, body.mode if body else None, body.blank_clears if body else False)
    runner.wake()
    return views.job_view(job)


@router.post(
    "/imports/{job_id}/cancel", response_model=ImportJob, operation_id="cancelImport", responses=staff_errors(404, 409)
)
async def cancel(job_id: uuid.UUID, uow: UowDep, principal: Writer) -> dict[str, Any]:
    """Stop sending; what contacts already applied stays (undo removes it)."""
    return views.job_view(await jobs.cancel(uow, principal, job_id))


@router.post(
    "/imports/{job_id}/undo",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=ImportJob,
    operation_id="undoImport",
    responses=staff_errors(404, 409),
)
async def undo(job_id: uuid.UUID, uow: UowDep, principal: Writer) -> dict[str, Any]:
    """Remove the customers the import created that nobody changed or linked since; the job shows what was kept."""
    return views.job_view(await jobs.request_undo(uow, principal, job_id))


@router.get(
    "/imports/{job_id}/errors.csv",
    operation_id="getImportErrorsCsv",
    response_class=StreamingResponse,
    responses={**binary_response("text/csv", "Every rejected row with its reasons"), **staff_errors(404)},
)
async def errors_csv(job_id: uuid.UUID, uow: UowDep, uows: UowFactoryDep, principal: Viewer) -> StreamingResponse:
    """Every rejected row with its reasons and its original cells, streamed (no cap)."""
    async with uow:
        job = await jobs.get_job(uow, principal, job_id)
    return StreamingResponse(
        views.error_report(uows, job),
        media_type="text/csv; charset=utf-8",
        headers=attachment_headers(f"import-{job_id}-errors.csv"),
    )
