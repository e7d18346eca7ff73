"""The running system through the gateway, driven as an attacker would: other facilities' ids, malformed input
of every kind on every route, oversized bodies, the metrics route, the security headers, forged client addresses.
"""

from __future__ import annotations

import asyncio
import collections
import os
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta

import httpx
import pytest
from badinput import walk

pytestmark = pytest.mark.e2e
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def _until(probe: Callable[[], object], what: str, timeout: float = 30) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if value := probe():
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _customer(gateway: str, headers: dict[str, str]) -> str:
    r = httpx.post(
        f"{gateway}/api/contacts/customers",
        json={"first_name": "Abuse", "last_name": "Test", "email": f"abuse-{uuid.uuid4().hex[:8]}@example.org"},
        headers=headers,
    )
    assert r.status_code == 201, r.text
    cid = str(r.json()["id"])
    # Billing learns the customer from contacts' event.
    _until(
        lambda: httpx.get(f"{gateway}/api/billing/customers/{cid}/balance", headers=headers).status_code == 200,
        "billing to know the customer",
    )
    return cid


def test_a_rental_with_another_facilitys_customer_or_car_is_refused_and_nothing_changes(system, staff):
    gateway = system["gateway"]
    owner_a, owner_b = staff("owner", uuid.uuid4()), staff("owner", uuid.uuid4())
    customer_a, customer_b = _customer(gateway, owner_a), _customer(gateway, owner_b)
    car = httpx.post(
        f"{gateway}/api/contacts/customers/{customer_a}/cars", json={"make": "Renault", "model": "5"}, headers=owner_a
    )
    assert car.status_code == 201, car.text
    car_a = car.json()["id"]
    for body in (
        {"customer_id": customer_a, "space": "B-1", "price_minor": 100},
        {"customer_id": customer_b, "space": "B-2", "price_minor": 100, "car_id": car_a},
    ):
        r = httpx.post(f"{gateway}/api/billing/rentals", json=body, headers=owner_b)
        assert r.status_code in (404, 422), (body, r.status_code, r.text)
    rentals = httpx.get(f"{gateway}/api/billing/rentals", headers=owner_b).json()["items"]
    assert rentals == [] or all(r.get("car_id") != car_a for r in rentals), rentals
    assert httpx.get(f"{gateway}/api/billing/rentals", headers=owner_a).json()["items"] == []


def test_a_billing_run_by_the_owner_of_one_facility_does_nothing_to_another(system, staff):
    gateway = system["gateway"]
    owner_a, owner_b = staff("owner", uuid.uuid4()), staff("owner", uuid.uuid4())
    customer_b = _customer(gateway, owner_b)
    due = (date.today() - timedelta(days=3)).isoformat()
    line = {"description": "Fee", "unit_amount_minor": 1_000}
    late = httpx.post(
        f"{gateway}/api/billing/invoices",
        json={"customer_id": customer_b, "lines": [line], "due_on": due},
        headers=owner_b,
    )
    assert late.status_code == 201, late.text
    for body in ({}, {"on": (date.today() + timedelta(days=400)).isoformat()}, {"on": "1900-01-01"}):
        r = httpx.post(f"{gateway}/api/billing/runs", json=body, headers=owner_a, timeout=60)
        assert r.status_code < 500, r.text
    invoice = httpx.get(f"{gateway}/api/billing/invoices/{late.json()['id']}", headers=owner_b).json()
    assert invoice["overdue_at"] is None and invoice["status"] == "open", invoice
    assert httpx.get(f"{gateway}/api/billing/rentals", headers=owner_b).json()["items"] == []


def test_a_write_to_another_facilitys_customer_is_not_found_and_changes_nothing(system, staff):
    gateway = system["gateway"]
    owner_a, owner_b = staff("owner", uuid.uuid4()), staff("owner", uuid.uuid4())
    customer_a = _customer(gateway, owner_a)
    before = httpx.get(f"{gateway}/api/contacts/customers/{customer_a}", headers=owner_a).json()
    writes = [
        ("PATCH", f"/api/contacts/customers/{customer_a}", {"version": before["version"], "company": "Stolen"}),
        ("POST", f"/api/contacts/customers/{customer_a}/cars", {"make": "X", "model": "Y"}),
        ("POST", f"/api/contacts/customers/{customer_a}/people", {"first_name": "Eve", "last_name": "X"}),
        ("POST", "/api/billing/payments", {"customer_id": customer_a, "amount_minor": 100, "method": "cash"}),
    ]
    for method, path, body in writes:
        r = httpx.request(method, f"{gateway}{path}", json=body, headers=owner_b)
        assert r.status_code in (404, 422), (method, path, r.status_code, r.text)
    assert httpx.get(f"{gateway}/api/contacts/customers/{customer_a}", headers=owner_a).json() == before
    assert (
        httpx.get(f"{gateway}/api/billing/customers/{customer_a}/balance", headers=owner_a).json()["balance_minor"] == 0
    )


def test_malformed_input_on_every_route_of_every_service_never_gets_a_5xx(system, staff):
    tried, failures = asyncio.run(walk(system["gateway"], staff("owner", uuid.uuid4())))
    by_kind = collections.Counter(what.split(" ")[0] for *_, what in failures)
    print(f"\nbad-input walk: {tried} requests tried, {len(failures)} answered 5xx {dict(by_kind)}")
    for failure in failures[:40]:
        print("  ", *failure)
    assert tried >= 300
    assert failures == []


def test_bodies_over_the_limit_get_413_with_the_limit_and_the_service_stays_in_rotation(system, demo_headers):
    gateway = system["gateway"]
    json_type = {**demo_headers, "content-type": "application/json"}
    with httpx.Client(base_url=gateway, headers=demo_headers) as client:
        for _ in range(8):  # more than any failure count that could take the upstream out
            big = client.post("/api/contacts/customers", content=b" " * (1024 * 1024 + 1), headers=json_type)
            # Whoever answers first (the gateway, or the service reading the declared length), the same body.
            assert big.status_code == 413 and big.json()["detail"][0]["ctx"]["limit"] == 1024 * 1024
            assert big.json()["code"] == "too_large"
            # The same client's next request is answered, not read from the rest of the refused body.
            assert client.get("/api/contacts/customers", params={"limit": 1}).status_code == 200
    portal = httpx.post(
        f"{gateway}/api/portal/signin/request-link", content=b"x" * (5 * 1024 * 1024), headers=json_type
    )
    assert portal.status_code == 413 and len(portal.content) < 1000
    # An upload route takes more than 1 MiB (the gateway lets it through to the service's own limit).
    document = httpx.post(
        f"{gateway}/api/contacts/customers/{uuid.uuid4()}/documents",
        files={"file": ("big.pdf", b"%PDF" + b"0" * (2 * 1024 * 1024), "application/pdf")},
        headers=demo_headers,
    )
    assert document.status_code == 404, document.text
    ok = httpx.post(
        f"{gateway}/api/contacts/customers",
        json={"first_name": "A", "last_name": "B", "email": f"ab-{uuid.uuid4().hex[:8]}@example.org"},
        headers=demo_headers,
    )
    assert ok.status_code == 201


def test_metrics_are_not_routed_and_every_answer_carries_the_security_headers(system):
    gateway = system["gateway"]
    for name in SERVICES:
        for path in (
            f"/api/{name}/metrics",
            f"/api/{name}/metrics/",
            f"/api/{name}//metrics",
            f"/api/{name}/%6detrics",
        ):
            r = httpx.get(gateway + path)
            assert r.status_code == 404 and "http_requests_total" not in r.text, path
    for path in ("/", "/api/contacts/health/ready", "/portal/", "/nowhere", "/api/contacts/customers"):
        r = httpx.get(gateway + path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["referrer-policy"] == "no-referrer", path
        assert "frame-ancestors 'none'" in r.headers.get_list("content-security-policy"), path
        assert r.headers["x-frame-options"] == "DENY", path
        assert "strict-transport-security" not in r.headers, "HSTS only when the gateway serves TLS"


def test_the_portal_rate_limit_keys_on_the_client_address_the_gateway_saw(system):
    gateway = system["gateway"]
    a, b = (f"203.0.113.{uuid.uuid4().int % 250 + 1}", f"198.51.100.{uuid.uuid4().int % 250 + 1}")

    def ask(forwarded: str) -> int:
        email = f"rl-{uuid.uuid4().hex[:8]}@example.com"
        r = httpx.post(
            f"{gateway}/api/portal/signin/request-link", json={"email": email}, headers={"X-Forwarded-For": forwarded}
        )
        return r.status_code

    # Client A prepends made-up addresses: the gateway still counts it as A (the address next to it).
    codes = [ask(f"10.{i}.0.1, {a}") for i in range(11)]
    assert codes == [202] * 10 + [429], codes
    assert ask(b) == 202, "another client has its own budget"


def test_stripe_webhooks_through_the_gateway_need_a_fresh_valid_signature_and_apply_once(system):
    import hashlib
    import hmac
    import json

    gateway = system["gateway"]
    secret = os.environ.get("BILLING_STRIPE_WEBHOOK_SECRET", "whsec_local_development_only")
    body = json.dumps({"id": f"evt_{uuid.uuid4().hex}", "object": "event", "type": "ping", "data": {"object": {}}})

    def send(key: str, stamp: int) -> httpx.Response:
        mac = hmac.new(key.encode(), f"{stamp}.{body}".encode(), hashlib.sha256).hexdigest()
        headers = {"Stripe-Signature": f"t={stamp},v1={mac}", "content-type": "application/json"}
        return httpx.post(f"{gateway}/api/billing/webhooks/stripe", content=body, headers=headers)

    now = int(time.time())
    assert send("whsec_wrong", now).status_code == 400
    assert send(secret, now - 3600).status_code == 400, "an old signature is refused"
    first, again = send(secret, now), send(secret, now)
    assert first.status_code == 200 and first.json()["duplicate"] is False, first.text
    assert again.status_code == 200 and again.json()["duplicate"] is True
