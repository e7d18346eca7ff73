"""Staff sign in at the real Keycloak and every service accepts the token; other issuers, other audiences and
rotated keys behave as production needs."""

from __future__ import annotations

import uuid

import httpx
import jwt
import pytest

from crm_dev.testing import eventually

pytestmark = pytest.mark.keycloak
OPERATIONS = {
    "contacts": "/customers",
    "portal": "/staff/settings",
    "notifications": "/emails",
    "importer": "/imports",
    "billing": "/settings",
}


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_the_demo_manager_signs_in_and_every_service_accepts_the_token(sign_in, services, demo_facility):
    token = await sign_in("demo-manager", "demo-manager-pw")
    for name, path in OPERATIONS.items():
        response = await services[name].get(path, headers=bearer(token))
        assert response.status_code == 200, (name, response.text)
    created = await services["contacts"].post(
        "/customers",
        headers=bearer(token),
        json={"first_name": "Keycloak", "last_name": "Manager", "email": f"kc-{uuid.uuid4().hex[:8]}@example.org"},
    )
    assert created.status_code == 201, created.text
    assert created.json()["facility_id"] == demo_facility, "the facility came from the Keycloak token"
    staff = await sign_in("demo-staff", "demo-staff-pw")
    assert (await services["contacts"].get("/customers", headers=bearer(staff))).status_code == 200
    refused = await services["contacts"].post("/customers", headers=bearer(staff), json={"first_name": "No"})
    assert refused.status_code == 403, "staff may read but not write"


async def test_a_token_of_another_issuer_or_for_another_audience_gets_401(sign_in, services, master_token):
    other_issuer = master_token
    other_audience = await sign_in("demo-manager", "demo-manager-pw", client_id="other-api-tests")
    for name, path in OPERATIONS.items():
        for token in (other_issuer, other_audience):
            response = await services[name].get(path, headers=bearer(token))
            assert response.status_code == 401, (name, response.text)
    response = await services["billing"].get("/settings", headers=bearer(other_audience))
    assert "audience" in response.text.lower()


async def test_after_a_key_rotation_in_keycloak_new_tokens_are_accepted_without_a_restart(
    sign_in, services, admin: httpx.AsyncClient
):
    before = await sign_in("demo-manager", "demo-manager-pw")
    for name, path in OPERATIONS.items():
        assert (await services[name].get(path, headers=bearer(before))).status_code == 200, name
    realm_id = (await admin.get("/crm")).json()["id"]
    active = (await admin.get("/crm/keys")).json()["active"]["RS256"]
    created = await admin.post(
        "/crm/components",
        json={
            "name": "rotated-by-test",
            "providerId": "rsa-generated",
            "providerType": "org.keycloak.keys.KeyProvider",
            "parentId": realm_id,
            "config": {"priority": ["1000"], "keySize": ["2048"], "active": ["true"], "enabled": ["true"]},
        },
    )
    assert created.status_code == 201, created.text
    component = created.headers["Location"].rsplit("/", 1)[-1]
    try:
        rotated = (await admin.get("/crm/keys")).json()["active"]["RS256"]
        assert rotated != active, "Keycloak now signs with the new key"
        after = await sign_in("demo-manager", "demo-manager-pw")
        assert jwt.get_unverified_header(after)["kid"] == rotated
        for name, path in OPERATIONS.items():

            async def accepted(name: str = name, path: str = path) -> bool:
                return (await services[name].get(path, headers=bearer(after))).status_code == 200

            # The same app instances: each refetches Keycloak's keys on the new kid (at most once a second).
            await eventually(accepted, timeout=15, interval=0.3, what=f"{name} to accept the rotated key")
        assert (await services["contacts"].get("/customers", headers=bearer(before))).status_code == 200
    finally:
        await admin.delete(f"/crm/components/{component}")
