"""Cars and documents linked to a customer."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, Response, UploadFile, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from contacts.adapters import storage
from contacts.service_layer import cars, documents
from shared import limits
from shared.auth import Viewer, Writer
from shared.downloads import download_headers
from shared.errors import DomainError, NotFound, reject_nulls
from shared.request_guard import MULTIPART_OVERHEAD, body_limit

router = APIRouter()
Short = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=limits.LABEL_MAX)]
Vin = Annotated[str, StringConstraints(strip_whitespace=True, to_upper=True, pattern=r"^[A-HJ-NPR-Z0-9]{11,17}$")]
Plate = Annotated[
    str, StringConstraints(strip_whitespace=True, to_upper=True, min_length=1, max_length=limits.PLATE_MAX)
]
Year = Annotated[int, Field(ge=1885, le=2100)]


class CarIn(BaseModel):
    """A car."""

    model_config = ConfigDict(extra="forbid")
    make: Short
    model: Short
    year: Year | None = None
    colour: Short | None = None
    plate: Plate | None = None
    vin: Vin | None = None


class CarPatch(BaseModel):
    """Changes to a car."""

    model_config = ConfigDict(extra="forbid")
    make: Short | None = None
    model: Short | None = None
    year: Year | None = None
    colour: Short | None = None
    plate: Plate | None = None
    vin: Vin | None = None


class CarMove(BaseModel):
    """The new owner, or null to unlink."""

    model_config = ConfigDict(extra="forbid")
    customer_id: uuid.UUID | None


def _clean_text(value: str) -> str:
    """Multipart names come from the client: no control characters (PostgreSQL refuses NUL)."""
    return "".join(ch for ch in value if ch.isprintable()).strip()


def _uow(request: Request) -> Any:
    return request.app.state.container.uow()


def _files(request: Request) -> storage.DocumentStorage:
    return request.app.state.container.documents  # type: ignore[no-any-return]  # chosen by settings (bootstrap)


@router.get("/customers/{customer_id}/cars", tags=["cars"])
async def list_cars(customer_id: uuid.UUID, principal: Viewer, request: Request) -> list[dict[str, Any]]:
    """The customer's cars."""
    return await cars.list_cars(_uow(request), principal, customer_id)


@router.post("/customers/{customer_id}/cars", status_code=status.HTTP_201_CREATED, tags=["cars"])
async def add_car(customer_id: uuid.UUID, body: CarIn, principal: Writer, request: Request) -> dict[str, Any]:
    """Add a car owned by the customer (a VIN is unique in the facility)."""
    return await cars.add_car(_uow(request), principal, customer_id, body.model_dump())


@router.patch("/cars/{car_id}", tags=["cars"])
async def update_car(car_id: uuid.UUID, body: CarPatch, principal: Writer, request: Request) -> dict[str, Any]:
    """Edit a car."""
    changes = body.model_dump(exclude_unset=True)
    reject_nulls(changes, ("make", "model"))
    return await cars.update_car(_uow(request), principal, car_id, changes)


@router.post("/cars/{car_id}/move", tags=["cars"])
async def move_car(car_id: uuid.UUID, body: CarMove, principal: Writer, request: Request) -> dict[str, Any]:
    """Move the car to another customer, or unlink it."""
    return await cars.move_car(_uow(request), principal, car_id, body.customer_id)


@router.get("/customers/{customer_id}/documents", tags=["documents"])
async def list_documents(customer_id: uuid.UUID, principal: Viewer, request: Request) -> list[dict[str, Any]]:
    """The customer's documents."""
    return await documents.list_documents(_uow(request), principal, customer_id)


@router.post("/customers/{customer_id}/documents", status_code=status.HTTP_201_CREATED, tags=["documents"])
@body_limit("document_max_bytes", overhead=MULTIPART_OVERHEAD)
async def upload(
    customer_id: uuid.UUID, principal: Writer, request: Request, file: Annotated[UploadFile, File()]
) -> dict[str, Any]:
    """Attach a file (size-limited)."""
    limit = request.app.state.container.settings.document_max_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise DomainError(f"the file is larger than {limit} bytes", loc=["body", "file"])
    if not data:
        raise DomainError("the file is empty", loc=["body", "file"])
    name = _clean_text(file.filename or "document").replace("/", "_").replace("\\", "_") or "document"
    content_type = _clean_text(file.content_type or "") or "application/octet-stream"
    if len(name) > limits.FILENAME_MAX:
        raise DomainError(f"the file name is longer than {limits.FILENAME_MAX} characters", loc=["body", "file"])
    if len(content_type) > limits.CONTENT_TYPE_MAX:
        raise DomainError(f"the content type is longer than {limits.CONTENT_TYPE_MAX} characters", loc=["body", "file"])
    return await documents.add_document(
        _uow(request), _files(request), principal, customer_id, name, content_type, data
    )


@router.delete("/customers/{customer_id}/documents/{document_id}", status_code=204, tags=["documents"])
async def remove(customer_id: uuid.UUID, document_id: uuid.UUID, principal: Writer, request: Request) -> Response:
    """Remove a document and its file."""
    await documents.remove_document(_uow(request), _files(request), principal, customer_id, document_id)
    return Response(status_code=204)


@router.post("/customers/{customer_id}/documents/{document_id}/link", tags=["documents"])
async def link(customer_id: uuid.UUID, document_id: uuid.UUID, principal: Viewer, request: Request) -> dict[str, Any]:
    """A short-lived signed download URL (relative to this service's base)."""
    settings = request.app.state.container.settings
    return await documents.download_link(
        _uow(request),
        principal,
        customer_id,
        document_id,
        settings.signing_secret.get_secret_value(),
        settings.download_link_ttl_s,
    )


@router.get("/documents/{document_id}/download", tags=["documents"])
async def download(
    document_id: uuid.UUID,
    request: Request,
    expires: Annotated[int, Query(ge=0, le=2**63 - 1)],
    signature: Annotated[str, Query(max_length=128)],
) -> Response:
    """The file, if the link is signed and unexpired (no token: the link is the permission)."""
    settings = request.app.state.container.settings
    if not storage.link_is_valid(settings.signing_secret.get_secret_value(), document_id, expires, signature):
        error = DomainError("this link is invalid or has expired", loc=["query", "signature"])
        error.status_code = 403
        raise error
    row = await documents.by_id(_uow(request), document_id)
    if row is None:
        raise NotFound("document not found", loc=["path", "document_id"])
    data = await _files(request).get(row["storage_key"])
    media_type, headers = download_headers(row["filename"], row["content_type"])
    return Response(data, media_type=media_type, headers=headers)
