"""Real-world workbooks: title rows above the header, Excel serial dates in General cells, merged cells."""

from __future__ import annotations

import io

import openpyxl
import pytest

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration


def workbook() -> bytes:
    """Two title rows, the header on row 4, a birthday as a serial number, a company merged over two rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Export clients - Garage du Nord"])
    sheet.append(["Généré le 01/12/2026", None, "Page 1"])
    sheet.append([])
    sheet.append(["Prénom", "Nom", "E-mail", "Société", "Date de naissance"])
    sheet.append(["Zoé", "Ré", "zoe@title.fr", "Garage du Nord", 29221])  # General format: 1980-01-01
    sheet.append(["Yann", "Lo", "yann@title.fr", None, "31/12/1975"])
    sheet.merge_cells("D5:D6")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def test_the_header_below_title_rows_is_found_serial_dates_read_and_merged_cells_fill_their_rows(
    importer, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    created = await upload(importer, owner, workbook(), filename="export.xlsx")
    assert created.status_code == 201, created.text
    job = created.json()
    assert job["header_row"] == 4 and job["missing_fields"] == []
    assert job["mapping"]["company"] == "Société" and job["mapping"]["birthday"] == "Date de naissance"
    ready = await wait_status(importer, owner, job["id"], "ready")
    assert ready["rows"] == {"total": 2, "valid": 2, "rejected": 0}
    preview = (await importer.get(f"/imports/{job['id']}/preview", headers=owner)).json()
    assert [r["row_no"] for r in preview["rows"]] == [5, 6]
    assert [r["values"]["company"] for r in preview["rows"]] == ["Garage du Nord", "Garage du Nord"]

    # Staff may choose another header row: the mapping starts again from that row's cells.
    chosen = await importer.put(f"/imports/{job['id']}/mapping", json={"header_row": 1}, headers=owner)
    assert chosen.status_code == 200, chosen.text
    assert (chosen.json()["header_row"], chosen.json()["missing_fields"]) == (1, ["first_name", "last_name", "email"])
    back = await importer.put(f"/imports/{job['id']}/mapping", json={"header_row": 4}, headers=owner)
    assert back.json()["header_row"] == 4 and back.json()["missing_fields"] == []
    past = await importer.put(f"/imports/{job['id']}/mapping", json={"header_row": 3}, headers=owner)
    assert past.status_code == 422 and past.json()["detail"][0]["loc"] == ["body", "header_row"]

    await wait_status(importer, owner, job["id"], "ready")
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    assert (await wait_status(importer, owner, job["id"], "completed"))["progress"]["created"] == 2
    found = (await contacts.get("/customers", params={"q": "title.fr"}, headers=owner)).json()["items"]
    by_email = {c["email"]: c for c in found}
    assert by_email["zoe@title.fr"]["birthday"] == "1980-01-01"
    assert by_email["yann@title.fr"]["company"] == "Garage du Nord"
