"""Staff sign in through the gateway's /auth/ as the dashboard does (authorization code + PKCE at the real
Keycloak), and every service accepts the token through the gateway."""

from __future__ import annotations

import base64
import hashlib
import html
import re
import secrets
import urllib.parse

import httpx
import pytest

pytestmark = pytest.mark.e2e
DEMO_FACILITY = "65d543cb-0afd-55db-acc2-f561c4bcdad6"
OPERATIONS = {
    "contacts": "/customers",
    "portal": "/staff/settings",
    "notifications": "/emails",
    "importer": "/imports",
    "billing": "/settings",
}


def sign_in_as_the_dashboard(gateway: str, username: str, password: str) -> dict[str, str]:
    """The browser flow of the `dashboard` client, driven with plain HTTP: login form, code, PKCE exchange."""
    realm = f"{gateway}/auth/realms/crm/protocol/openid-connect"
    redirect_uri = f"{gateway}/"
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(16)
    query = {
        "client_id": "dashboard",
        "response_type": "code",
        "scope": "openid",
        "redirect_uri": redirect_uri,
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    with httpx.Client(timeout=15, follow_redirects=False) as browser:
        page = browser.get(f"{realm}/auth", params=query)
        assert page.status_code == 200, page.text[:500]
        action = re.search(r'<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"', page.text) or re.search(
            r'action="([^"]+login-actions/authenticate[^"]*)"', page.text
        )
        assert action, "Keycloak's login form"
        assert html.unescape(action.group(1)).startswith(f"{gateway}/auth/"), "the form posts back through the gateway"
        # Keycloak's cookies are Secure; browsers send them to loopback over http (a secure context), httpx does not.
        cookies = "; ".join(f"{c.name}={c.value}" for c in browser.cookies.jar)
        form = {"username": username, "password": password}
        done = browser.post(html.unescape(action.group(1)), data=form, headers={"Cookie": cookies})
        assert done.status_code == 302, f"sign-in refused: {done.status_code} {done.text[:300]}"
        location = done.headers["location"]
        assert location.startswith(redirect_uri), location
        params = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(location).query))
        assert params.get("state") == state and "code" in params, params
        tokens = browser.post(
            f"{realm}/token",
            data={
                "grant_type": "authorization_code",
                "client_id": "dashboard",
                "code": params["code"],
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
        )
        assert tokens.status_code == 200, tokens.text
        return tokens.json()  # type: ignore[no-any-return]


def test_the_demo_manager_signs_in_through_the_gateway_and_calls_every_service(system):
    gateway = str(system["gateway"])
    tokens = sign_in_as_the_dashboard(gateway, "demo-manager", "demo-manager-pw")
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    for name, path in OPERATIONS.items():
        response = httpx.get(f"{gateway}/api/{name}{path}", headers=headers, timeout=10)
        assert response.status_code == 200, (name, response.status_code, response.text[:300])
    facilities = httpx.get(f"{gateway}/api/contacts/facilities", headers=headers, timeout=10)
    assert facilities.status_code == 200, facilities.text
    assert [f["id"] for f in facilities.json()["items"]] == [DEMO_FACILITY]


def test_the_dashboard_client_requires_pkce_and_refuses_password_grants(system):
    realm = f"{system['gateway']}/auth/realms/crm/protocol/openid-connect"
    no_pkce = httpx.get(
        f"{realm}/auth",
        params={"client_id": "dashboard", "response_type": "code", "redirect_uri": f"{system['gateway']}/"},
        timeout=10,
    )
    assert no_pkce.status_code == 302 and "code_challenge" in urllib.parse.unquote(no_pkce.headers["location"])
    grant = {"grant_type": "password", "client_id": "dashboard", "username": "demo-manager", "password": "x"}
    refused = httpx.post(f"{realm}/token", data=grant, timeout=10)
    assert refused.status_code in (400, 401) and refused.json()["error"] == "unauthorized_client"


def test_a_wrong_password_gets_no_token(system):
    with pytest.raises(AssertionError, match="sign-in refused"):
        sign_in_as_the_dashboard(str(system["gateway"]), "demo-manager", "not-the-password")
