"""A billing run started over HTTP: owner only, the caller's facility only, today in its time zone."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import asyncpg
import pytest

from billing.service_layer.jobs import today

pytestmark = pytest.mark.integration


async def _sql(billing_db: str, statement: str, *args: Any) -> None:
    conn = await asyncpg.connect(billing_db.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await conn.execute(statement, *args)
    finally:
        await conn.close()


async def _due_everything(billing: Any, billing_db: str, customer: uuid.UUID, owner: dict[str, str]) -> None:
    """Give a facility one of each thing a run acts on: a rental to invoice, one to start, one to end,
    an overdue invoice and an autopay invoice."""
    on = today("Europe/Paris")
    rental = {"customer_id": str(customer), "space": "B1", "price_minor": 9_000}
    assert (
        await billing.post("/rentals", json={**rental, "starts_on": str(on - timedelta(days=40))}, headers=owner)
    ).status_code == 201
    later = (
        await billing.post("/rentals", json={**rental, "starts_on": str(on + timedelta(days=9))}, headers=owner)
    ).json()
    ending = (
        await billing.post(
            "/rentals",
            json={**rental, "starts_on": str(on - timedelta(days=9)), "ends_on": str(on + timedelta(days=9))},
            headers=owner,
        )
    ).json()
    # Time has passed: the scheduled rental's day has come and the other's end date is behind it.
    await _sql(
        billing_db, "UPDATE rentals SET starts_on = $1 WHERE id = $2", on - timedelta(days=1), uuid.UUID(later["id"])
    )
    await _sql(
        billing_db, "UPDATE rentals SET ends_on = $1 WHERE id = $2", on - timedelta(days=1), uuid.UUID(ending["id"])
    )
    fee = {"customer_id": str(customer), "lines": [{"description": "Fee", "unit_amount_minor": 1_000}]}
    assert (await billing.post("/invoices", json={**fee, "due_on": "2026-01-31"}, headers=owner)).status_code == 201
    setup = (await billing.post(f"/customers/{customer}/payment-methods/setup", headers=owner)).json()
    card = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2031}
    body = {"setup_id": setup["setup_id"], "test_card": card}
    assert (await billing.post(f"/customers/{customer}/payment-methods", json=body, headers=owner)).status_code == 201
    assert (
        await billing.put(f"/customers/{customer}/autopay", json={"enabled": True}, headers=owner)
    ).status_code == 200
    assert (await billing.post("/invoices", json=fee, headers=owner)).json()["autopay_state"] == "pending"


async def _state(billing: Any, owner: dict[str, str]) -> Any:
    """Everything a run could change in a facility, as its owner sees it."""
    rentals = (await billing.get("/rentals", headers=owner)).json()["items"]
    invoices = (await billing.get("/invoices", headers=owner)).json()["items"]
    return {
        "rentals": {r["id"]: (r["starts_on"], r["status"], r["version"]) for r in rentals},
        "invoices": {
            i["id"]: (i["rental_id"], i["status"], i["due_on"], i["overdue_at"], i["autopay_state"]) for i in invoices
        },
    }


async def test_an_owner_runs_only_their_facility_for_its_today(billing, billing_db, known_customer, token_for):
    a, b = uuid.uuid4(), uuid.uuid4()
    owner_a, owner_b = token_for("owner", a), token_for("owner", b)
    customer_a, customer_b = await known_customer(a), await known_customer(b)
    await _due_everything(billing, billing_db, customer_b, owner_b)
    rental = {"customer_id": str(customer_a), "space": "A1", "price_minor": 5_000, "starts_on": "2026-01-01"}
    assert (await billing.post("/rentals", json=rental, headers=owner_a)).status_code == 201
    before_a, before_b = await _state(billing, owner_a), await _state(billing, owner_b)

    manager = await billing.post("/runs", json={}, headers=token_for("manager", a))
    assert manager.status_code == 403 and manager.json()["detail"][0]["loc"] == ["token", "role"]
    assert (await billing.post("/runs", json={}, headers=token_for("staff", a))).status_code == 403
    on = today("Europe/Paris")
    for forced in ("1900-01-01", str(on + timedelta(days=1)), str(on - timedelta(days=1))):
        refused = await billing.post("/runs", json={"on": forced}, headers=owner_a)
        assert refused.status_code == 422 and refused.json()["detail"][0]["loc"] == ["body", "on"], refused.text
    assert await _state(billing, owner_a) == before_a and await _state(billing, owner_b) == before_b

    run = await billing.post("/runs", json={"on": str(on)}, headers=owner_a)
    assert run.status_code == 200, run.text
    report = run.json()
    assert (report["on"], report["facility_id"]) == (str(on), str(a))
    assert (report["invoiced"], report["started"], report["ended"], report["overdue"]) == (1, 0, 0, 0)
    assert await _state(billing, owner_b) == before_b, "facility A's run touched facility B"
    assert len((await billing.get("/invoices", headers=owner_a)).json()["items"]) == 1

    # B's records were due: B's own run acts on each of them.
    assert (await billing.post("/runs", json={}, headers=owner_b)).json()["facility_id"] == str(b)
    after = await _state(billing, owner_b)
    assert sorted(status for _, status, _ in after["rentals"].values()) == ["active", "active", "ended"]
    assert any(rental_id for rental_id, *_ in after["invoices"].values()), "the active rental is invoiced"
    late = [overdue for _, _, due_on, overdue, _ in after["invoices"].values() if due_on == "2026-01-31"]
    assert late != [None]
    assert "pending" not in [autopay for *_, autopay in after["invoices"].values()]


async def test_the_day_is_today_in_the_facilitys_time_zone(billing, token_for):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    assert (await billing.get("/settings", headers=owner)).json()["time_zone"] == "Europe/Paris"
    for bad in ("Mars/Olympus_Mons", "../../etc/passwd", ""):
        r = await billing.put("/settings", json={"time_zone": bad}, headers=owner)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "time_zone"], r.text
    ahead = await billing.put("/settings", json={"time_zone": "Pacific/Kiritimati"}, headers=owner)
    assert ahead.status_code == 200 and ahead.json()["time_zone"] == "Pacific/Kiritimati"
    # UTC+14 and UTC-12 are 26 hours apart: their dates differ whatever the time.
    behind = datetime.now(ZoneInfo("Etc/GMT+12")).date()
    refused = await billing.post("/runs", json={"on": str(behind)}, headers=owner)
    assert refused.status_code == 422 and "Pacific/Kiritimati" in refused.json()["detail"][0]["msg"]
    run = (await billing.post("/runs", json={}, headers=owner)).json()
    assert run["on"] == str(datetime.now(ZoneInfo("Pacific/Kiritimati")).date())
