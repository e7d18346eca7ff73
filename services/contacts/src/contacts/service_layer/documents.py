"""Documents of a customer: metadata in the database, the file in storage, downloads by signed link."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import delete, insert, select

from contacts.adapters import storage
from contacts.adapters.orm import documents
from contacts.adapters.repository import CustomerRepository
from contacts.service_layer import timeline
from shared import signed_links
from shared.auth import Principal
from shared.contracts.contacts import DocumentAdded, DocumentRemoved, DocumentSnapshot
from shared.db import UnitOfWork
from shared.errors import NotFound
from shared.openapi import PageRequest, fetch_page

PUBLIC = ("id", "customer_id", "filename", "content_type", "size", "sha256", "uploaded_by", "created_at")


async def _customer(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID) -> None:
    if await CustomerRepository(uow.session, principal.facility_id).get(customer_id) is None:
        raise NotFound("customer not found", loc=["path", "customer_id"])


async def _document(uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, document_id: uuid.UUID) -> Any:
    row = (
        (
            await uow.session.execute(
                select(documents).where(
                    documents.c.id == document_id,
                    documents.c.customer_id == customer_id,
                    documents.c.facility_id == principal.facility_id,
                )
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise NotFound("document not found", loc=["path", "document_id"])
    return row


async def list_documents(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, page: PageRequest
) -> tuple[list[dict[str, Any]], str | None]:
    """The customer's documents, newest first, one page."""
    async with uow:
        await _customer(uow, principal, customer_id)
        query = select(*(documents.c[c] for c in PUBLIC)).where(documents.c.customer_id == customer_id)
        order = [(documents.c.created_at, True), (documents.c.id, True)]
        return await fetch_page(uow.session, query, order, page)


async def add_document(
    uow: UnitOfWork,
    files: storage.DocumentStorage,
    principal: Principal,
    customer_id: uuid.UUID,
    filename: str,
    content_type: str,
    data: bytes,
) -> dict[str, Any]:
    """Store the file first, then its metadata and event; a failed commit removes the file again."""
    key = storage.new_key()
    await files.put(key, data)
    try:
        async with uow:
            await _customer(uow, principal, customer_id)
            values = {
                "id": uuid.uuid4(),
                "facility_id": principal.facility_id,
                "customer_id": customer_id,
                "filename": filename,
                "content_type": content_type,
                "size": len(data),
                "sha256": storage.sha256(data),
                "storage_key": key,
                "uploaded_by": principal.sub,
            }
            row = (await uow.session.execute(insert(documents).values(values).returning(documents))).mappings().one()
            await timeline.publish_and_record(
                uow,
                DocumentAdded(
                    document=DocumentSnapshot(
                        document_id=row["id"],
                        **{k: row[k] for k in ("customer_id", "filename", "content_type", "size", "sha256")},
                    )
                ),
                facility_id=principal.facility_id,
                customer_id=customer_id,
                kind="document_added",
                summary=f"Document added: {filename}",
                actor=principal.sub,
                data={"document_id": str(row["id"])},
            )
            await uow.commit()
    except BaseException:
        await files.delete(key)
        raise
    return {k: row[k] for k in PUBLIC}


async def remove_document(
    uow: UnitOfWork,
    files: storage.DocumentStorage,
    principal: Principal,
    customer_id: uuid.UUID,
    document_id: uuid.UUID,
) -> None:
    """Remove the metadata (with its event), then the file."""
    async with uow:
        row = await _document(uow, principal, customer_id, document_id)
        await uow.session.execute(delete(documents).where(documents.c.id == document_id))
        await timeline.publish_and_record(
            uow,
            DocumentRemoved(document_id=document_id, customer_id=customer_id),
            facility_id=principal.facility_id,
            customer_id=customer_id,
            kind="document_removed",
            summary=f"Document removed: {row['filename']}",
            actor=principal.sub,
            data={"document_id": str(document_id)},
        )
        await uow.commit()
    await files.delete(row["storage_key"])


async def download_link(
    uow: UnitOfWork, principal: Principal, customer_id: uuid.UUID, document_id: uuid.UUID, secret: str, ttl_s: int
) -> dict[str, Any]:
    """A short-lived signed URL path to the file."""
    async with uow:
        await _document(uow, principal, customer_id, document_id)
    url, expires = signed_links.download_path(secret, document_id, ttl_s)
    return {"url": url, "expires": expires}


async def by_id(uow: UnitOfWork, document_id: uuid.UUID) -> Any:
    """The document row for a signed download (the signature is the authority here)."""
    async with uow:
        return (await uow.session.execute(select(documents).where(documents.c.id == document_id))).mappings().first()
