"""Black-box checks of the running system through the gateway."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

pytestmark = pytest.mark.e2e
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def test_all_five_services_are_ready_behind_the_gateway_within_90_s(system):
    if system["bring_up_s"] is not None:
        assert system["bring_up_s"] <= 90, f"scripts/up.sh took {system['bring_up_s']:.0f} s"
        assert "all services ready in" in system["output"]
    for name in SERVICES:
        r = httpx.get(f"{system['gateway']}/api/{name}/health/ready", timeout=5)
        assert r.status_code == 200, (name, r.text)
        assert r.json()["checks"] == {"database": "ok", "kafka": "ok"}


def test_each_service_serves_its_api_docs_through_the_gateway(system):
    for name in SERVICES:
        docs = httpx.get(f"{system['gateway']}/api/{name}/docs", timeout=5)
        assert docs.status_code == 200 and "swagger" in docs.text.lower()
        assert "https://" not in docs.text and f"/api/{name}/docs-assets/swagger-ui-bundle.js" in docs.text
        script = httpx.get(f"{system['gateway']}/api/{name}/docs-assets/swagger-ui-bundle.js", timeout=5)
        assert script.status_code == 200 and len(script.content) > 100_000
        spec = httpx.get(f"{system['gateway']}/api/{name}/openapi.json", timeout=5)
        assert spec.status_code == 200
        assert spec.json()["servers"][0]["url"] == f"/api/{name}"


def test_a_customer_created_through_the_gateway_reaches_notifications(system, demo_headers):
    gateway = system["gateway"]
    email = f"e2e-{uuid.uuid4().hex[:8]}@example.com"
    request_id = f"e2e-{uuid.uuid4().hex[:8]}"
    r = httpx.post(
        f"{gateway}/api/contacts/customers",
        json={"first_name": "Élodie", "last_name": "Bernard", "email": email, "language": "en"},
        headers={**demo_headers, "X-Request-ID": request_id},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    assert r.headers["x-request-id"] == request_id
    customer_id = r.json()["id"]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        seen = httpx.get(f"{gateway}/api/notifications/recipients/{customer_id}", headers=demo_headers, timeout=5)
        if seen.status_code == 200:
            break
        time.sleep(0.1)
    assert seen.status_code == 200, "the event reached notifications through Kafka"
    assert seen.json()["email"] == email and seen.json()["language"] == "en"


def test_the_demo_data_is_there(system, demo_headers):
    r = httpx.get(f"{system['gateway']}/api/contacts/customers", headers=demo_headers, timeout=5)
    assert r.status_code == 200 and len(r.json()["items"]) >= 8
    rentals = httpx.get(f"{system['gateway']}/api/billing/rentals", headers=demo_headers, timeout=5).json()["items"]
    assert len(rentals) >= 4

    def demo_renters_active() -> bool:
        items = httpx.get(
            f"{system['gateway']}/api/contacts/customers", params={"status": "active"}, headers=demo_headers, timeout=5
        ).json()["items"]
        return len(items) >= 4

    _until(demo_renters_active, "the demo renters to be Active")


def test_writes_without_a_token_are_refused_at_the_service(system):
    r = httpx.post(f"{system['gateway']}/api/contacts/customers", json={"first_name": "A", "last_name": "B"}, timeout=5)
    assert r.status_code == 401


def test_every_demo_customer_is_valid_input():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from seed_demo import PEOPLE

    from contacts.domain.phone import normalise

    assert all(normalise(phone, "FR") for *_, phone, _ in PEOPLE)


def _until(probe, what: str, timeout: float = 30):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_rental_makes_the_customer_active_and_the_invoice_is_emailed(system, demo_headers):
    gateway = system["gateway"]
    email = f"e2e-bill-{uuid.uuid4().hex[:8]}@example.com"
    r = httpx.post(
        f"{gateway}/api/contacts/customers",
        json={"first_name": "Hugo", "last_name": "Martin", "email": email},
        headers=demo_headers,
        timeout=10,
    )
    assert r.status_code == 201, r.text
    customer = r.json()["id"]
    balance = f"{gateway}/api/billing/customers/{customer}/balance"
    _until(
        lambda: httpx.get(balance, headers=demo_headers, timeout=5).status_code == 200, "billing to know the customer"
    )

    rental = httpx.post(
        f"{gateway}/api/billing/rentals",
        json={"customer_id": customer, "space": "Box 42", "price_minor": 12_000},
        headers=demo_headers,
        timeout=10,
    )
    assert rental.status_code == 201, rental.text
    record = f"{gateway}/api/contacts/customers/{customer}"
    _until(
        lambda: httpx.get(record, headers=demo_headers, timeout=5).json()["status"] == "active", "Active in contacts"
    )

    invoice = httpx.post(
        f"{gateway}/api/billing/invoices",
        json={"customer_id": customer, "lines": [{"description": "Key deposit", "unit_amount_minor": 2_000}]},
        headers=demo_headers,
        timeout=10,
    )
    assert invoice.status_code == 201, invoice.text

    def mailed() -> bool:
        listing = httpx.get("http://127.0.0.1:8025/messages", timeout=5).json()
        return any(email in m["rcpt_tos"] for m in listing)

    _until(mailed, "the invoice email at the SMTP server")
