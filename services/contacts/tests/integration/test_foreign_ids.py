"""Every write operation of contacts' OpenAPI document, called with another facility's ids, is refused."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from contacts.entrypoints.cli import MIGRATIONS
from crm_dev.testing import drop_database, migrated_database, running_app
from shared import cross_facility as cf

from .conftest import unique_email

pytestmark = pytest.mark.integration

SOON = (datetime.now(UTC) + timedelta(days=2)).isoformat()
PDF = {"file": ("contrat.pdf", b"%PDF-1.4 contrat", "application/pdf")}
HINTS: dict[str, dict[str, Any]] = {
    "POST /customers/{customer_id}/documents": {"files": PDF},
    "POST /customers/bulk": {"json": {"action": "set_stage"}},
    "POST /appointments": {"json": {"kind": "dropoff", "starts_at": SOON}},
    "PATCH /appointments/{appointment_id}": {"json": {"notes": "Phone first"}},
}
# A bulk action reports each id it skips: another facility's ids are "not_found", and nothing changes.
REFUSALS = {
    "POST /customers/bulk ids": lambda r: (
        r.status_code == 200
        and r.json()["updated"] == 0
        and {s["reason"] for s in r.json()["skipped"]} == {"not_found"}
    ),
}
# `{kind}` routes are sampled with their first kind, stages.
KINDS = cf.by_name(
    {
        "other_id": "customer_id",
        "photo_document_id": "document_id",
        "location_id": None,  # no service keeps locations: nothing to belong to a facility
        "option_id": "stage_id",
        "move_to": "stage_id",
        "POST /customers/bulk ids": "customer_id",
        "PUT /settings/crm/{kind}/order ids": "stage_id",
    }
)


@pytest.fixture(scope="module")
async def database() -> AsyncIterator[str]:
    """A database of this module alone, so that a dump of every table stays small."""
    url = await migrated_database("contacts", MIGRATIONS)
    yield url
    await drop_database(url)


async def _seed(api: Any, owner: dict[str, str]) -> dict[str, Any]:
    """One record of every kind a contacts command can name, made by the facility's owner."""

    async def made(path: str, **kwargs: Any) -> str:
        r = await api.post(path, headers=owner, **kwargs)
        assert r.status_code == 201, r.text
        return str(r.json()["id"])

    customer = await made("/customers", json={"first_name": "Ada", "last_name": "Lovelace", "email": unique_email()})
    car = await made(f"/customers/{customer}/cars", json={"make": "Alpine", "model": "A110"})
    appointment = {"kind": "dropoff", "customer_id": customer, "car_id": car, "starts_at": SOON}
    return {
        "customer_id": customer,
        "person_id": await made(
            f"/customers/{customer}/people", json={"first_name": "Bo", "last_name": "Lo", "role": "spouse"}
        ),
        "car_id": car,
        "appointment_id": await made("/appointments", json=appointment),
        "document_id": await made(f"/customers/{customer}/documents", files=PDF),
        "stage_id": await made("/settings/crm/stages", json={"name": "Visited"}),
        "source_id": await made("/settings/crm/sources", json={"name": "Web"}),
        "customer_type_id": await made("/settings/crm/customer_types", json={"name": "Collector"}),
    }


async def test_no_write_operation_reaches_another_facility(database, settings_for, token_for, tmp_path):
    app = create_app(settings_for(Settings, database, documents_dir=str(tmp_path / "docs")))
    a, b = uuid.uuid4(), uuid.uuid4()
    async with running_app(app) as api:
        owner_a = token_for("owner", a)
        mine, theirs = await _seed(api, owner_a), await _seed(api, token_for("owner", b))
        todo = cf.calls(cf.Spec(app.openapi()), KINDS, mine, theirs, HINTS)
        assert len(todo) >= 30
        failures = await cf.check(api, todo, owner_a, database, b, refusals=REFUSALS)
    assert failures == [], "\n".join(failures)
