"""Files that cannot be imported get a clear 4xx and leave nothing; roles and facilities are enforced."""

from __future__ import annotations

import os
import uuid

import pytest

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration


def leftovers(directory: str) -> list[str]:
    return os.listdir(directory) if os.path.isdir(directory) else []


ONE_ROW = b"First name,Last name,Email\r\nAnn,Lee,ann@one.fr\r\n"


@pytest.mark.parametrize(
    ("body", "filename", "status", "kind", "says"),
    [
        (b"", "empty.csv", 422, "unsupported_file", "empty"),
        (b"First name,Last name,Email\r\n", "header.csv", 422, "unsupported_file", "no rows"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>>", "renamed.csv", 422, "unsupported_file", "PDF"),
        (b"First name,Last name,Email\r\n" + b"Ann,Lee,ann@big.fr\r\n" * 5000, "big.csv", 413, "too_large", "larger"),
    ],
)
async def test_unreadable_files_are_refused_and_nothing_is_written(
    importer, importer_settings, token_for, facility, body, filename, status, kind, says
):
    owner = token_for("owner", facility)
    refused = await upload(importer, owner, body, filename=filename)
    assert refused.status_code == status, refused.text
    (detail,) = refused.json()["detail"]
    assert (detail["loc"], detail["type"]) == (["body", "file"], kind) and says in detail["msg"]
    assert (await importer.get("/imports", headers=owner)).json()["items"] == []
    assert leftovers(importer_settings.uploads_dir) == []


async def test_one_row_file_and_unmapped_columns_need_a_manual_mapping(importer, token_for, facility):
    owner = token_for("owner", facility)
    body = b"Given\tFamily\tMail address\r\nAnn\tLee\tann@one.fr\r\n"
    job = (await upload(importer, owner, body, filename="one.tsv")).json()
    assert job["delimiter"] == "\t" and job["missing_fields"] == ["first_name", "last_name", "email"]
    ready = await wait_status(importer, owner, job["id"], "ready")
    assert ready["rows"] == {"total": 1, "valid": 0, "rejected": 1}
    refused = await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "mapping", "first_name"]
    bad = await importer.put(f"/imports/{job['id']}/mapping", json={"mapping": {"email": "Nope"}}, headers=owner)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "mapping", "email"]
    chosen = {"first_name": "Given", "last_name": "Family", "email": "Mail address"}
    saved = await importer.put(f"/imports/{job['id']}/mapping", json={"mapping": chosen}, headers=owner)
    assert saved.status_code == 200 and saved.json()["mapping"] == chosen
    ready = await wait_status(importer, owner, job["id"], "ready")
    assert ready["rows"] == {"total": 1, "valid": 1, "rejected": 0} and ready["mapping"] == chosen
    report = (await importer.get(f"/imports/{job['id']}/errors.csv", headers=owner)).text
    assert report.strip().splitlines() == ["row,stage,reasons,Given,Family,Mail address"]


async def test_staff_may_view_but_not_import_and_other_facilities_see_nothing(importer, token_for, facility):
    owner, staff = token_for("owner", facility), token_for("staff", facility)
    forbidden = await upload(importer, staff, ONE_ROW)
    assert forbidden.status_code == 403
    job = (await upload(importer, token_for("manager", facility), ONE_ROW)).json()
    assert (await importer.get(f"/imports/{job['id']}", headers=staff)).status_code == 200
    assert (await importer.get(f"/imports/{job['id']}/preview", headers=staff)).status_code == 200
    assert (await importer.post(f"/imports/{job['id']}/confirm", headers=staff)).status_code == 403
    other = token_for("owner", uuid.uuid4())
    for path in ("", "/preview", "/errors.csv"):
        missing = await importer.get(f"/imports/{job['id']}{path}", headers=other)
        assert missing.status_code == 404 and missing.json()["detail"][0]["loc"] == ["path", "job_id"]
    assert (await importer.post(f"/imports/{job['id']}/cancel", headers=other)).status_code == 404
    template = await importer.get("/imports/template.csv", headers=staff)
    assert template.status_code == 200 and "First name,Last name,Email" in template.text
    cancelled = await importer.post(f"/imports/{job['id']}/cancel", headers=owner)
    assert cancelled.json()["status"] == "cancelled"
    assert (await importer.post(f"/imports/{job['id']}/confirm", headers=owner)).status_code == 409


async def test_an_over_long_or_control_filled_filename_and_mapping_header_get_422_naming_them(
    importer, token_for, facility
):
    owner = token_for("owner", facility)
    for name in ("f" * 256 + ".csv", "bad\x07name.csv"):
        refused = await upload(importer, owner, ONE_ROW, filename=name)
        assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["query", "filename"]
    job = (await upload(importer, owner, ONE_ROW, filename="f" * 251 + ".csv")).json()
    assert job["filename"] == "f" * 251 + ".csv", "kept whole, never cut"
    mapping = {"mapping": {"email": "h" * 201}}
    refused = await importer.put(f"/imports/{job['id']}/mapping", json=mapping, headers=owner)
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"][:3] == ["body", "mapping", "email"]
    bad_header = b"First name,Last\x00name,Email\r\nAnn,Lee,ann@one.fr\r\n"
    refused = await upload(importer, owner, bad_header, filename="header.csv")
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "file"]
