"""A messy file from upload to contacts: preview, summary, confirm, exact counts, error report, same file, undo."""

from __future__ import annotations

import csv
import io
import os

import pytest

from crm_dev.testing import eventually

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration

MESSY = (
    "\ufeffPrénom;Nom;E-mail;Téléphone;Société;Date de naissance;Marque;Modèle\r\n"
    'Ann;Lee;ann@messy.fr;06 12 34 56 78;"Lee & Co\r\nParis";31/12/1980;Porsche;911\r\n'
    "Bob;Ray;BOB@messy.fr;;;;;\r\n"
    "Bobby;Ray;bob@Messy.fr;;;;;\r\n"  # the same email, other case
    "Cid;;cid@messy.fr;;;;;\r\n"  # no last name
    "Dan;Po;not-an-email;;;;;\r\n"
    "Eve;Ng;eve@messy.fr;12;;;;\r\n"  # invalid phone
    "Fay;Wu;fay@messy.fr;+33 1 23 45 67 89;;1975-02-03;;\r\n"
    "Gus;Oh;gus@messy.fr;;;;;\r\n"
    "Hal;Ek;hal@messy.fr;;;;Fiat;\r\n"  # a car with no model
    "Ida;Um;ida@messy.fr;;;;;\r\n"
).encode()


def stored_files(directory: str) -> list[str]:
    return sorted(name.rsplit(".", 1)[1] for name in os.listdir(directory))


async def test_messy_csv_is_previewed_then_imported_with_exact_counts_and_a_full_error_report(
    importer, importer_settings, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    created = await upload(importer, owner, MESSY)
    assert created.status_code == 201, created.text
    job = created.json()
    assert (job["encoding"], job["delimiter"], job["status"]) == ("utf-8-sig", ";", "validating")
    assert job["mapping"] == {
        "first_name": "Prénom", "last_name": "Nom", "email": "E-mail", "phone": "Téléphone",
        "company": "Société", "birthday": "Date de naissance", "car_make": "Marque", "car_model": "Modèle",
    }  # fmt: skip
    ready = await wait_status(importer, owner, job["id"], "ready")
    assert ready["rows"] == {"total": 10, "valid": 5, "rejected": 5}
    assert ready["summary"]["errors"] == {
        "email:duplicate_in_file": 1, "last_name:required": 1, "email:invalid_email": 1,
        "phone:invalid_phone": 1, "car_model:required": 1,
    }  # fmt: skip

    preview = (await importer.get(f"/imports/{job['id']}/preview", params={"limit": 4}, headers=owner)).json()
    assert [(r["row_no"], r["action"]) for r in preview["rows"]] == [
        (2, "create"),
        (3, "create"),
        (4, "reject"),
        (5, "reject"),
    ]
    assert preview["rows"][0]["values"]["company"] == "Lee & Co\nParis"
    assert preview["rows"][2]["errors"][0]["code"] == "duplicate_in_file"
    assert (await contacts.get("/customers", params={"q": "messy.fr"}, headers=owner)).json()["items"] == []

    confirmed = await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    assert confirmed.status_code == 202, confirmed.text
    done = await wait_status(importer, owner, job["id"], "completed")
    progress = done["progress"]
    assert stored_files(importer_settings.uploads_dir) == ["upload"]  # the chunk spool is gone once sent
    assert (progress["created"], progress["updated"], progress["skipped"], progress["failed"]) == (5, 0, 0, 0)
    assert (progress["chunks_total"], progress["chunks_applied"], progress["seconds_left"]) == (2, 2, 0.0)
    assert progress["rows_per_s"] > 0
    found = (await contacts.get("/customers", params={"q": "messy.fr", "limit": 50}, headers=owner)).json()["items"]
    assert sorted(c["email"].lower() for c in found) == [f"{n}@messy.fr" for n in ("ann", "bob", "fay", "gus", "ida")]
    ann = next(c for c in found if c["first_name"] == "Ann")
    assert (ann["phone"], ann["phone_raw"], ann["company"]) == ("+33612345678", "06 12 34 56 78", "Lee & Co\nParis")
    by_phone = (await contacts.get("/customers", params={"q": "06 12 34 56"}, headers=owner)).json()["items"]
    assert [c["id"] for c in by_phone] == [ann["id"]]  # digits searchable as people type them
    cars = (await contacts.get(f"/customers/{ann['id']}/cars", headers=owner)).json()["items"]
    assert [(c["make"], c["model"]) for c in cars] == [("Porsche", "911")]

    report = await importer.get(f"/imports/{job['id']}/errors.csv", headers=owner)
    assert report.status_code == 200 and report.headers["content-type"].startswith("text/csv")
    assert report.headers["x-content-type-options"] == "nosniff"
    assert report.headers["content-disposition"].startswith("attachment; filename=")
    lines = list(csv.reader(io.StringIO(report.text)))
    assert lines[0][:4] == ["row", "stage", "reasons", "Prénom"]
    assert [(line[0], line[3]) for line in lines[1:]] == [
        ("4", "Bobby"),
        ("5", "Cid"),
        ("6", "Dan"),
        ("7", "Eve"),
        ("10", "Hal"),
    ]
    assert "last_name" in lines[2][2] and "phone" in lines[4][2]

    again = await upload(importer, owner, MESSY, filename="copy.csv")
    assert again.status_code == 200 and again.json()["id"] == job["id"] and again.json()["same_file_as_existing_job"]

    # Someone edits Gus: the undo keeps him and says why, and removes the other four.
    gus = next(c for c in found if c["first_name"] == "Gus")
    edited = await contacts.patch(f"/customers/{gus['id']}", json={"version": 1, "company": "Edited"}, headers=owner)
    assert edited.status_code == 200
    assert (await importer.post(f"/imports/{job['id']}/undo", headers=owner)).status_code == 202

    async def undone():
        view = (await importer.get(f"/imports/{job['id']}", headers=owner)).json()
        return view["undo"] if view["undo"]["status"] == "done" else None

    result = (await eventually(undone, timeout=30, what="undo result"))["result"]
    assert result["removed"] == 4 and result["kept_count"] == 1
    assert result["kept"] == [{"customer_id": gus["id"], "email": "gus@messy.fr", "reason": "changed"}]
    left = (await contacts.get("/customers", params={"q": "messy.fr"}, headers=owner)).json()["items"]
    assert [c["first_name"] for c in left] == ["Gus"]
