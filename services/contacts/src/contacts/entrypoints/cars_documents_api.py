"""Cars and documents linked to a customer."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Response, UploadFile, status
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from contacts.entrypoints.deps import DocumentsDep, SettingsDep
from contacts.entrypoints.outputs import Car, CarPage, Document, DocumentPage, DownloadLink
from contacts.service_layer import cars, documents
from shared import limits, signed_links
from shared.auth import Viewer, Writer
from shared.deps import UowDep
from shared.downloads import download_headers
from shared.errors import DomainError, NotFound, reject_nulls
from shared.openapi import Paging, binary_response, errors, example, staff_errors
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


NEW_CAR = {"make": "Porsche", "model": "911", "year": 1973, "colour": "Red", "plate": "AB-123-CD"}


@router.get(
    "/customers/{customer_id}/cars",
    tags=["cars"],
    response_model=CarPage,
    operation_id="listCars",
    responses=staff_errors(404),
)
async def list_cars(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> dict[str, Any]:
    """The customer's cars."""
    items, next_cursor = await cars.list_cars(uow, principal, customer_id, page)
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/customers/{customer_id}/cars",
    status_code=status.HTTP_201_CREATED,
    tags=["cars"],
    response_model=Car,
    operation_id="addCar",
    responses=staff_errors(404, 409),
)
async def add_car(
    customer_id: uuid.UUID, body: Annotated[CarIn, example(NEW_CAR)], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """Add a car owned by the customer (a VIN is unique in the facility)."""
    return await cars.add_car(uow, principal, customer_id, body.model_dump())


@router.patch(
    "/cars/{car_id}", tags=["cars"], response_model=Car, operation_id="updateCar", responses=staff_errors(404, 409)
)
async def update_car(
    car_id: uuid.UUID, body: Annotated[CarPatch, example({"plate": "EF-456-GH"})], principal: Writer, uow: UowDep
) -> dict[str, Any]:
    """Edit a car."""
    changes = body.model_dump(exclude_unset=True)
    reject_nulls(changes, ("make", "model"))
    return await cars.update_car(uow, principal, car_id, changes)


@router.post(
    "/cars/{car_id}/move", tags=["cars"], response_model=Car, operation_id="moveCar", responses=staff_errors(404, 409)
)
async def move_car(
    car_id: uuid.UUID,
    body: Annotated[CarMove, example({"customer_id": "6f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f"})],
    principal: Writer,
    uow: UowDep,
) -> dict[str, Any]:
    """Move the car to another customer, or unlink it."""
    return await cars.move_car(uow, principal, car_id, body.customer_id)


@router.get(
    "/customers/{customer_id}/documents",
    tags=["documents"],
    response_model=DocumentPage,
    operation_id="listDocuments",
    responses=staff_errors(404),
)
async def list_documents(customer_id: uuid.UUID, principal: Viewer, uow: UowDep, page: Paging) -> dict[str, Any]:
    """The customer's documents."""
    items, next_cursor = await documents.list_documents(uow, principal, customer_id, page)
    return {"items": items, "next_cursor": next_cursor}


@router.post(
    "/customers/{customer_id}/documents",
    status_code=status.HTTP_201_CREATED,
    tags=["documents"],
    response_model=Document,
    operation_id="uploadDocument",
    responses=staff_errors(404),
)
@body_limit("document_max_bytes", overhead=MULTIPART_OVERHEAD)
async def upload(
    customer_id: uuid.UUID,
    principal: Writer,
    uow: UowDep,
    settings: SettingsDep,
    files: DocumentsDep,
    file: Annotated[UploadFile, File()],
) -> dict[str, Any]:
    """Attach a file (size-limited)."""
    limit = settings.document_max_bytes
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
    return await documents.add_document(uow, files, principal, customer_id, name, content_type, data)


@router.delete(
    "/customers/{customer_id}/documents/{document_id}",
    status_code=204,
    tags=["documents"],
    operation_id="removeDocument",
    responses=staff_errors(404),
)
async def remove(
    customer_id: uuid.UUID, document_id: uuid.UUID, principal: Writer, uow: UowDep, files: DocumentsDep
) -> Response:
    """Remove a document and its file."""
    await documents.remove_document(uow, files, principal, customer_id, document_id)
    return Response(status_code=204)


@router.post(
    "/customers/{customer_id}/documents/{document_id}/link",
    tags=["documents"],
    response_model=DownloadLink,
    operation_id="createDocumentLink",
    responses=staff_errors(404),
)
async def link(
    customer_id: uuid.UUID, document_id: uuid.UUID, principal: Viewer, uow: UowDep, settings: SettingsDep
) -> dict[str, Any]:
    """A short-lived signed download URL (relative to this service's base)."""
    return await documents.download_link(
        uow,
        principal,
        customer_id,
        document_id,
        settings.signing_secret.get_secret_value(),
        settings.download_link_ttl_s,
    )


@router.get(
    "/documents/{document_id}/download",
    tags=["documents"],
    operation_id="downloadDocument",
    response_class=Response,
    responses={**binary_response("application/octet-stream", "The file"), **errors(403, 404, 422)},
)
async def download(
    document_id: uuid.UUID,
    uow: UowDep,
    settings: SettingsDep,
    files: DocumentsDep,
    expires: Annotated[int, Query(ge=0, le=2**63 - 1)],
    signature: Annotated[str, Query(max_length=128)],
) -> Response:
    """The file, if the link is signed and unexpired (no token: the link is the permission)."""
    if not signed_links.is_valid(settings.signing_secret.get_secret_value(), document_id, expires, signature):
        error = DomainError("this link is invalid or has expired", loc=["query", "signature"])
        error.status_code = 403
        raise error
    row = await documents.by_id(uow, document_id)
    if row is None:
        raise NotFound("document not found", loc=["path", "document_id"])
    data = await files.get(row["storage_key"])
    media_type, headers = download_headers(row["filename"], row["content_type"])
    return Response(data, media_type=media_type, headers=headers)
