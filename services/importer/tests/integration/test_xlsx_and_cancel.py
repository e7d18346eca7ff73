"""An XLSX upload through the API, and a cancel in the middle of sending: what was sent is applied and counted."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pytest

from crm_dev.testing import eventually

from .conftest import count_customers, upload, wait_status

pytestmark = pytest.mark.integration


def workbook() -> bytes:
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["Prénom", "Nom", "Courriel", "Portable", "Date de naissance"])
    sheet.append(["Zoé", "Ré", "zoe@xlsx.fr", "0612345678", dt.datetime(1990, 4, 5)])
    sheet.append(["Yann", "Lo", "bad-email", 612, None])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def test_xlsx_upload_is_mapped_validated_and_previewed(importer, token_for, facility):
    owner = token_for("owner", facility)
    created = await upload(importer, owner, workbook(), filename="export.xlsx")
    assert created.status_code == 201, created.text
    assert created.json()["kind"] == "xlsx" and created.json()["missing_fields"] == []
    ready = await wait_status(importer, owner, created.json()["id"], "ready")
    assert ready["rows"] == {"total": 2, "valid": 1, "rejected": 1}
    preview = (await importer.get(f"/imports/{ready['id']}/preview", headers=owner)).json()
    first, second = preview["rows"]
    assert first["values"]["birthday"] == "1990-04-05" and first["errors"] == []
    assert {e["field"] for e in second["errors"]} == {"email", "phone"}


async def test_cancel_while_sending_stops_the_job_and_every_chunk_sent_is_counted(
    importer, contacts, contacts_db, token_for, facility
):
    owner = token_for("owner", facility)
    rows = 2000  # under the 64 KB limit of the test settings
    body = "First name,Last name,Email\r\n" + "".join(f"F{i},L{i},c{i}@cancel.fr\r\n" for i in range(rows))
    job = (await upload(importer, owner, body.encode())).json()
    await wait_status(importer, owner, job["id"], "ready")
    await importer.post(f"/imports/{job['id']}/confirm", headers=owner)
    cancelled = await importer.post(f"/imports/{job['id']}/cancel", headers=owner)
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"

    async def settled():
        view = (await importer.get(f"/imports/{job['id']}", headers=owner)).json()
        p = view["progress"]
        return view if p["chunks_applied"] == p["chunks_sent"] and p["done"] == p["rows_sent"] else None

    view = await eventually(settled, timeout=60, what="every sent chunk applied")
    progress = view["progress"]
    assert view["status"] == "cancelled" and progress["created"] == progress["rows_sent"] < rows
    assert await count_customers(contacts_db, facility) == (progress["created"], progress["created"])
