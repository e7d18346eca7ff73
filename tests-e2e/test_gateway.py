"""One failed request never takes a service out of the gateway's rotation."""

from __future__ import annotations

import uuid

import httpx
import pytest

pytestmark = pytest.mark.e2e
SERVICES = ("contacts", "portal", "notifications", "importer", "billing")


def test_after_an_unhandled_error_the_next_100_requests_through_the_gateway_all_succeed(system, demo_headers):
    gateway = system["gateway"]
    # One client connection, as a browser keeps one: the gateway's connection to the service is reused too.
    with httpx.Client(base_url=gateway, headers=demo_headers, timeout=10) as client:
        for name in SERVICES:
            failed = client.post(f"/api/{name}/_faults/500")
            assert failed.status_code == 500, failed.text
            assert failed.json()["detail"][0]["type"] == "internal", "the error body, not uvicorn's text"
        failed = client.post("/api/contacts/_faults/500")
        assert failed.status_code == 500
        codes = []
        for i in range(50):
            # POSTs are never retried by the gateway: a dropped connection would show as a 502 here.
            created = client.post("/api/contacts/customers", json={"first_name": f"After{i}", "last_name": "Fault"})
            codes.append(created.status_code)
            cid = created.json().get("id", uuid.uuid4())
            codes.append(client.get(f"/api/contacts/customers/{cid}").status_code)
    assert codes == [201, 200] * 50, codes


def test_a_webhook_timestamp_of_401_digits_is_a_422_and_harms_nothing(system):
    gateway = system["gateway"]
    with httpx.Client(base_url=gateway, timeout=10) as client:
        headers = {"X-Webhook-Timestamp": "1" * 401, "X-Webhook-Signature": "0" * 64}
        r = client.post("/api/notifications/webhooks/mail-provider", content=b"{}", headers=headers)
        assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["header", "x-webhook-timestamp"]
        codes = [client.get("/api/notifications/health/ready").status_code for _ in range(20)]
    assert codes == [200] * 20
