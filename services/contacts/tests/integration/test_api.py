"""Contacts API over HTTP against the real database and broker: roles, facilities, versions, errors."""

from __future__ import annotations

import base64
import json
import uuid

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from crm_dev.testing import running_app

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def test_staff_can_read_but_not_write(api, token_for):
    facility = uuid.uuid4()
    created = await api.post(
        "/customers",
        json={"first_name": "A", "last_name": "B", "email": unique_email()},
        headers=token_for("manager", facility),
    )
    assert created.status_code == 201
    staff = token_for("staff", facility)
    refused = await api.post("/customers", json={"first_name": "C", "last_name": "D"}, headers=staff)
    assert refused.status_code == 403
    assert refused.json()["detail"][0]["loc"] == ["token", "role"]
    assert (await api.get(f"/customers/{created.json()['id']}", headers=staff)).status_code == 200
    patch = await api.patch(f"/customers/{created.json()['id']}", json={"version": 1, "company": "X"}, headers=staff)
    assert patch.status_code == 403


async def test_another_facility_sees_nothing(api, token_for):
    mine, theirs = uuid.uuid4(), uuid.uuid4()
    created = await api.post(
        "/customers",
        json={"first_name": "A", "last_name": "B", "email": unique_email()},
        headers=token_for("owner", mine),
    )
    cid = created.json()["id"]
    other = token_for("owner", theirs)
    assert (await api.get(f"/customers/{cid}", headers=other)).status_code == 404
    assert (await api.patch(f"/customers/{cid}", json={"version": 1, "company": "X"}, headers=other)).status_code == 404
    listing = await api.get("/customers", headers=other)
    assert listing.status_code == 200 and listing.json()["items"] == []
    forged = token_for("owner", theirs)
    forged["X-Facility-ID"] = str(mine)
    assert (await api.get(f"/customers/{cid}", headers=forged)).status_code == 403


async def test_no_or_bad_token_is_401(api):
    assert (await api.get("/customers")).status_code == 401
    bad = await api.get("/customers", headers={"Authorization": "Bearer not.a.token"})
    assert bad.status_code == 401 and bad.json()["detail"][0]["type"] == "unauthorized"


async def test_a_stale_version_gets_409_and_the_current_one_wins(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = (
        await api.post("/customers", json={"first_name": "A", "last_name": "B", "email": unique_email()}, headers=owner)
    ).json()["id"]
    ok = await api.patch(f"/customers/{cid}", json={"version": 1, "company": "Acme"}, headers=owner)
    assert ok.status_code == 200 and ok.json()["version"] == 2
    stale = await api.patch(f"/customers/{cid}", json={"version": 1, "company": "Other"}, headers=owner)
    assert stale.status_code == 409
    assert stale.json()["detail"][0]["loc"] == ["body", "version"]
    assert stale.json()["detail"][0]["ctx"]["current_version"] == 2


async def test_bad_input_names_the_field(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    r = await api.post("/customers", json={"first_name": "", "last_name": "B", "email": "nope"}, headers=owner)
    assert r.status_code == 422
    fields = {tuple(d["loc"]) for d in r.json()["detail"]}
    assert ("body", "first_name") in fields and ("body", "email") in fields
    r = await api.get("/customers?cursor=%%%", headers=owner)
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["query", "cursor"]


@pytest.mark.parametrize(
    ("sort", "value"), [("created_at", "not a date"), ("created_at", 12), ("updated_at", {"a": 1}), ("last_name", 3)]
)
async def test_a_tampered_cursor_is_a_422_on_cursor(api, token_for, sort, value):
    owner = token_for("owner", uuid.uuid4())
    forged = base64.urlsafe_b64encode(json.dumps([sort, value, str(uuid.uuid4())]).encode()).decode()
    r = await api.get("/customers", params={"sort": sort, "cursor": forged}, headers=owner)
    assert r.status_code == 422 and r.json()["code"] == "invalid"
    assert r.json()["detail"][0]["loc"] == ["query", "cursor"]


async def test_a_lone_surrogate_or_nul_in_a_json_string_is_a_422_naming_the_field(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    for content_type in ("application/json", "Application/JSON", "application/merge-patch+json"):
        headers = {**owner, "content-type": content_type}
        body = b'{"first_name": "A", "last_name": "\\ud83d"}'
        r = await api.post("/customers", content=body, headers=headers)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "last_name"], r.text
        r = await api.post("/customers", content=b'{"first_name": "A", "last_name": "\\u0000"}', headers=headers)
        assert r.status_code == 422 and r.json()["code"] == "nul_char", r.text


async def test_keyset_pages_cover_everything_once(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    made = set()
    for i in range(7):
        r = await api.post(
            "/customers", json={"first_name": f"N{i}", "last_name": "P", "email": unique_email()}, headers=owner
        )
        made.add(r.json()["id"])
    seen, cursor = [], None
    while True:
        r = await api.get("/customers", params={"limit": 3, **({"cursor": cursor} if cursor else {})}, headers=owner)
        seen += [c["id"] for c in r.json()["items"]]
        cursor = r.json()["next_cursor"]
        if not cursor:
            break
    assert sorted(seen) == sorted(made)


async def test_health_endpoints(api):
    assert (await api.get("/health/live")).json() == {"status": "ok"}
    ready = await api.get("/health/ready")
    assert ready.status_code == 200 and ready.json()["checks"] == {"database": "ok", "kafka": "ok"}
    metrics = await api.get("/metrics")
    assert "http_requests_total" in metrics.text


async def test_readiness_fails_when_the_database_is_unreachable(settings_for):
    settings = settings_for(Settings, "postgresql+asyncpg://nobody:x@127.0.0.1:1/none", relay_enabled=False)
    async with running_app(create_app(settings)) as client:
        ready = await client.get("/health/ready")
        live = await client.get("/health/live")
    assert ready.status_code == 503 and ready.json()["checks"]["database"].startswith("error")
    assert live.status_code == 200


async def test_integers_beyond_the_database_range_are_422_not_500(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = (
        await api.post("/customers", json={"first_name": "A", "last_name": "B", "email": unique_email()}, headers=owner)
    ).json()["id"]
    huge = await api.get(f"/customers/{cid}/timeline", params={"limit": 2**80}, headers=owner)
    assert huge.status_code == 422 and huge.json()["detail"][0]["loc"] == ["query", "limit"]
    patch = await api.patch(f"/customers/{cid}", json={"version": 2**40, "company": "X"}, headers=owner)
    assert patch.status_code == 422 and patch.json()["detail"][0]["loc"] == ["body", "version"]
