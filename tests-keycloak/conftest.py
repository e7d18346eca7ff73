"""The real Keycloak of deploy/local/keycloak.sh (started here if it is not running) and the five service apps
built in-process with settings pointing at its JWKS and issuer."""

from __future__ import annotations

import os
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest

from crm_dev.testing import drop_database, migrated_database, running_app

ROOT = Path(__file__).resolve().parents[1]
PORT = int(os.environ.get("KEYCLOAK_PORT", "8090"))
BASE = f"http://127.0.0.1:{PORT}/auth"
ISSUER = os.environ.get("KEYCLOAK_ISSUER", f"http://127.0.0.1:{os.environ.get('GATEWAY_PORT', '8080')}/auth/realms/crm")
JWKS = f"{BASE}/realms/crm/protocol/openid-connect/certs"
ADMIN = (os.environ.get("KEYCLOAK_ADMIN_USER", "admin"), os.environ.get("KEYCLOAK_ADMIN_PASSWORD", "admin"))
DEMO_FACILITY = "65d543cb-0afd-55db-acc2-f561c4bcdad6"
CLIENTS = {"crm-tests": "crm-tests-dev-secret", "other-api-tests": "other-api-tests-dev-secret"}


def _answers() -> bool:
    try:
        return httpx.get(f"{BASE}/realms/crm/.well-known/openid-configuration", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(scope="session")
def keycloak() -> str:
    """The base URL of a running Keycloak with the realm `crm`; starts it with deploy/local/keycloak.sh."""
    if not _answers():
        subprocess.run([str(ROOT / "deploy/local/keycloak.sh"), "start"], check=True, timeout=600)
    return BASE


async def password_grant(realm: str, client_id: str, username: str, password: str) -> str:
    """An access token from the real token endpoint (direct grant: the test clients only)."""
    form = {"grant_type": "password", "client_id": client_id, "username": username, "password": password}
    if client_id in CLIENTS:
        form["client_secret"] = CLIENTS[client_id]
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.post(f"{BASE}/realms/{realm}/protocol/openid-connect/token", data=form)
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


@pytest.fixture
def sign_in(keycloak: str) -> Callable[..., Awaitable[str]]:
    """await sign_in('demo-manager', 'demo-manager-pw', client_id='crm-tests') -> access token of realm crm."""

    async def make(username: str, password: str, client_id: str = "crm-tests") -> str:
        return await password_grant("crm", client_id, username, password)

    return make


@pytest.fixture
def demo_facility() -> str:
    """The demo facility of scripts/seed_demo.py, which the realm's demo users belong to."""
    return DEMO_FACILITY


@pytest.fixture
async def master_token(keycloak: str) -> str:
    """A token of the bootstrap admin: issued by the realm `master`, signed with its own keys."""
    return await password_grant("master", "admin-cli", *ADMIN)


@pytest.fixture
async def admin(master_token: str) -> AsyncIterator[httpx.AsyncClient]:
    """Keycloak's admin REST API as the bootstrap admin."""
    headers = {"Authorization": f"Bearer {master_token}"}
    async with httpx.AsyncClient(base_url=f"{BASE}/admin/realms", headers=headers, timeout=10) as client:
        yield client


@pytest.fixture(scope="session")
async def service_dbs() -> AsyncIterator[dict[str, str]]:
    """A migrated database per service for this run."""
    from billing.entrypoints.cli import MIGRATIONS as billing
    from contacts.entrypoints.cli import MIGRATIONS as contacts
    from importer.entrypoints.cli import MIGRATIONS as importer
    from notifications.entrypoints.cli import MIGRATIONS as notifications
    from portal.entrypoints.cli import MIGRATIONS as portal

    names = {"contacts": contacts, "portal": portal, "notifications": notifications, "importer": importer}
    urls = {
        name: await migrated_database(name, migrations) for name, migrations in {**names, "billing": billing}.items()
    }
    yield urls
    for url in urls.values():
        await drop_database(url)


@pytest.fixture
async def services(
    keycloak: str, service_dbs: dict[str, str], settings_for: Callable[..., Any]
) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """The five apps, verifying tokens against Keycloak (JWKS + issuer) like the running system."""
    from billing.bootstrap import create_app as billing_app
    from billing.config import Settings as BillingSettings
    from contacts.bootstrap import create_app as contacts_app
    from contacts.config import Settings as ContactsSettings
    from importer.bootstrap import create_app as importer_app
    from importer.config import Settings as ImporterSettings
    from notifications.bootstrap import create_app as notifications_app
    from notifications.config import Settings as NotificationsSettings
    from portal.bootstrap import create_app as portal_app
    from portal.config import Settings as PortalSettings

    # A short refresh interval so the rotation test need not wait out the default ten seconds.
    auth = {"jwt_jwks_url": JWKS, "jwt_issuer": ISSUER, "jwt_jwks_min_refresh_s": 1.0}
    quiet = {"consumers_enabled": False, "relay_enabled": False}
    built = {
        "contacts": contacts_app(settings_for(ContactsSettings, service_dbs["contacts"], **auth, **quiet)),
        "portal": portal_app(settings_for(PortalSettings, service_dbs["portal"], **auth, **quiet)),
        "notifications": notifications_app(
            settings_for(NotificationsSettings, service_dbs["notifications"], **auth, **quiet)
        ),
        "importer": importer_app(settings_for(ImporterSettings, service_dbs["importer"], **auth, **quiet)),
        "billing": billing_app(
            settings_for(BillingSettings, service_dbs["billing"], scheduler_enabled=False, **auth, **quiet)
        ),
    }
    async with AsyncExitStack() as stack:
        yield {name: await stack.enter_async_context(running_app(app)) for name, app in built.items()}
