"""Cars (one owner at a time) and documents (stored files, signed short-lived downloads)."""

from __future__ import annotations

import time
import uuid
from urllib.parse import quote

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from crm_dev.testing import running_app

from .conftest import unique_email

pytestmark = pytest.mark.integration


@pytest.fixture
async def api(contacts_db, settings_for, tmp_path):
    settings = settings_for(Settings, contacts_db, documents_dir=str(tmp_path / "docs"), document_max_bytes=1000)
    async with running_app(create_app(settings)) as client:
        yield client


async def customer(api, headers):
    return (
        await api.post(
            "/customers", json={"first_name": "C", "last_name": "D", "email": unique_email()}, headers=headers
        )
    ).json()["id"]


async def test_a_car_has_one_owner_and_moves_between_customers(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    alice, bob = await customer(api, owner), await customer(api, owner)
    car = await api.post(
        f"/customers/{alice}/cars",
        json={"make": "Porsche", "model": "911", "year": 1973, "plate": "ab-123-cd", "vin": "WP0ZZZ91ZDS123456"},
        headers=owner,
    )
    assert car.status_code == 201 and car.json()["plate"] == "AB-123-CD"
    car_id = car.json()["id"]
    twin = await api.post(
        f"/customers/{bob}/cars", json={"make": "X", "model": "Y", "vin": "WP0ZZZ91ZDS123456"}, headers=owner
    )
    assert twin.status_code == 409 and twin.json()["detail"][0]["loc"] == ["body", "vin"]
    bad = await api.post(f"/customers/{bob}/cars", json={"make": "X", "model": "Y", "vin": "IOQ"}, headers=owner)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "vin"]
    moved = await api.post(f"/cars/{car_id}/move", json={"customer_id": bob}, headers=owner)
    assert moved.json()["customer_id"] == bob
    assert (await api.get(f"/customers/{alice}/cars", headers=owner)).json()["items"] == []
    assert [c["id"] for c in (await api.get(f"/customers/{bob}/cars", headers=owner)).json()["items"]] == [car_id]
    edited = await api.patch(f"/cars/{car_id}", json={"colour": "Signal orange"}, headers=owner)
    assert edited.json()["colour"] == "Signal orange" and edited.json()["version"] == 3
    unlinked = await api.post(f"/cars/{car_id}/move", json={"customer_id": None}, headers=owner)
    assert unlinked.json()["customer_id"] is None
    kinds = [e["kind"] for e in (await api.get(f"/customers/{bob}/timeline", headers=owner)).json()["items"]]
    assert kinds[:3] == ["car_unlinked", "car_updated", "car_linked"]
    assert "car_unlinked" in [
        e["kind"] for e in (await api.get(f"/customers/{alice}/timeline", headers=owner)).json()["items"]
    ]
    other = token_for("owner", uuid.uuid4())
    assert (await api.post(f"/cars/{car_id}/move", json={"customer_id": alice}, headers=other)).status_code == 404


async def test_documents_upload_list_signed_download_and_remove(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await customer(api, owner)
    files = {"file": ("contrat.pdf", b"%PDF-1.4 contrat", "application/pdf")}
    uploaded = await api.post(f"/customers/{cid}/documents", files=files, headers=owner)
    assert uploaded.status_code == 201 and uploaded.json()["size"] == 16
    doc = uploaded.json()["id"]
    too_big = await api.post(f"/customers/{cid}/documents", files={"file": ("big.bin", b"x" * 1001)}, headers=owner)
    assert too_big.status_code == 422 and too_big.json()["detail"][0]["loc"] == ["body", "file"]
    staff = token_for("staff", uuid.uuid4())
    assert (await api.post(f"/customers/{cid}/documents", files=files, headers=staff)).status_code == 403
    assert [d["filename"] for d in (await api.get(f"/customers/{cid}/documents", headers=owner)).json()["items"]] == [
        "contrat.pdf"
    ]
    link = (await api.post(f"/customers/{cid}/documents/{doc}/link", headers=owner)).json()
    assert link["expires"] > time.time()
    download = await api.get(f"/{link['url']}")
    assert download.status_code == 200 and download.content == b"%PDF-1.4 contrat"
    tampered = await api.get(f"/{link['url'][:-4]}0000")
    expired = await api.get(f"/documents/{doc}/download", params={"expires": 1, "signature": "0" * 64})
    assert tampered.status_code == 403 and expired.status_code == 403
    assert (await api.delete(f"/customers/{cid}/documents/{doc}", headers=owner)).status_code == 204
    assert (await api.get(f"/{link['url']}")).status_code == 404
    kinds = [e["kind"] for e in (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]]
    assert kinds[:2] == ["document_removed", "document_added"]


async def test_control_characters_in_an_uploaded_name_never_reach_the_database(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await customer(api, owner)
    files = {"file": ("bad\x00name\x07.pdf", b"data", "application/pdf")}
    r = await api.post(f"/customers/{cid}/documents", files=files, headers=owner)
    assert r.status_code == 201 and r.json()["filename"].isprintable() and r.json()["filename"].endswith(".pdf")


@pytest.mark.parametrize("name", ["Contrat cœur.pdf", "facture €.pdf", "合同.pdf"])
async def test_documents_with_any_name_download_as_rfc6266_attachments(api, token_for, name):
    owner = token_for("owner", uuid.uuid4())
    cid = await customer(api, owner)
    uploaded = await api.post(
        f"/customers/{cid}/documents", files={"file": (name, b"%PDF-1.4", "application/pdf")}, headers=owner
    )
    assert uploaded.status_code == 201 and uploaded.json()["filename"] == name
    link = (await api.post(f"/customers/{cid}/documents/{uploaded.json()['id']}/link", headers=owner)).json()
    download = await api.get(f"/{link['url']}")
    assert download.status_code == 200 and download.content == b"%PDF-1.4"
    assert download.headers["content-type"] == "application/pdf"
    assert download.headers["x-content-type-options"] == "nosniff"
    disposition = download.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="') and disposition.endswith("''" + quote(name))


async def test_a_document_of_a_renderable_type_is_served_as_octet_stream(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await customer(api, owner)
    page = b"<html><script>alert(1)</script></html>"
    uploaded = await api.post(
        f"/customers/{cid}/documents", files={"file": ("x.html", page, "text/html")}, headers=owner
    )
    link = (await api.post(f"/customers/{cid}/documents/{uploaded.json()['id']}/link", headers=owner)).json()
    download = await api.get(f"/{link['url']}")
    assert download.headers["content-type"] == "application/octet-stream" and download.content == page
    assert download.headers["content-disposition"].startswith("attachment;")


async def test_an_upload_body_over_the_document_limit_is_413_naming_it(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await customer(api, owner)
    huge = await api.post(f"/customers/{cid}/documents", files={"file": ("big.bin", b"x" * 200_000)}, headers=owner)
    assert huge.status_code == 413 and huge.json()["code"] == "too_large"
    assert huge.json()["detail"][0]["ctx"]["limit"] > 1000
