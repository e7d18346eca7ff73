"""Fixtures shared by every test folder: tokens, a per-run topic namespace, throwaway databases."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable

import pytest

from crm_dev import testinfra
from crm_dev.cli import mint

# Before any test module imports crm_dev.testing (which reads the addresses): testcontainers or processes.
INFRA = testinfra.select()
NEEDS_INFRA = ("integration", "e2e", "keycloak", "broker_restart")


def pytest_report_header(config: pytest.Config) -> str:
    """Say which Kafka and PostgreSQL this run uses, and why testcontainers was not used if it was not."""
    return INFRA.describe()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """CRM_TEST_INFRA=testcontainers without a Docker engine: the tests that need the infrastructure skip."""
    if not INFRA.unavailable:
        return
    skip = pytest.mark.skip(reason=f"CRM_TEST_INFRA=testcontainers: {INFRA.reason}")
    for item in items:
        if any(item.get_closest_marker(name) for name in NEEDS_INFRA):
            item.add_marker(skip)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Stop the containers this run started (if any)."""
    INFRA.stop()


@pytest.fixture(scope="session")
def signing_key(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A fresh RSA key pair for this test run: (private PEM, public key path)."""
    from crm_dev.cli import ensure_keys

    private, public = ensure_keys(tmp_path_factory.mktemp("keys"))
    return private.read_text(), str(public)


@pytest.fixture(scope="session")
def token_for(signing_key: tuple[str, str]) -> Callable[..., dict[str, str]]:
    """Headers carrying a staff token: token_for(role, facility, *more_facilities)."""

    def make(role: str, facility: uuid.UUID, *more: uuid.UUID, sub: str = "staff@example.com") -> dict[str, str]:
        token = mint(signing_key[0], sub=sub, role=role, facilities=[str(facility), *map(str, more)])
        headers = {"Authorization": f"Bearer {token}"}
        if more:
            headers["X-Facility-ID"] = str(facility)
        return headers

    return make


@pytest.fixture(scope="session")
def topic_namespace() -> str:
    """A topic prefix of this run, so runs on one broker never see each other's events."""
    return f"t{uuid.uuid4().hex[:8]}."


@pytest.fixture(scope="session")
def settings_for(signing_key: tuple[str, str], topic_namespace: str) -> Callable[..., object]:
    """Build a service's Settings pointing at a test database, this run's topics and test key."""
    from crm_dev.testing import KAFKA

    def make(settings_cls: type, database_url: str, **overrides: object) -> object:
        values: dict[str, object] = {
            "database_url": database_url,
            "kafka_bootstrap_servers": KAFKA,
            "topic_namespace": topic_namespace,
            "jwt_public_key_path": signing_key[1],
            "relay_poll_interval_s": 0.5,
            "consumer_backoff_base_s": 0.02,
            "consumer_backoff_max_s": 0.2,
            "log_json": True,
        }
        values.update(overrides)
        return settings_cls(**values)

    return make


@pytest.fixture(scope="session")
async def contacts_db() -> AsyncIterator[str]:
    """A migrated contacts database for this run."""
    from contacts.entrypoints.cli import MIGRATIONS
    from crm_dev.testing import drop_database, migrated_database

    url = await migrated_database("contacts", MIGRATIONS)
    yield url
    await drop_database(url)


@pytest.fixture(scope="session")
async def notifications_db() -> AsyncIterator[str]:
    """A migrated notifications database for this run."""
    from crm_dev.testing import drop_database, migrated_database
    from notifications.entrypoints.cli import MIGRATIONS

    url = await migrated_database("notifications", MIGRATIONS)
    yield url
    await drop_database(url)


@pytest.fixture(scope="session")
async def portal_db() -> AsyncIterator[str]:
    """A migrated portal database for this run."""
    from crm_dev.testing import drop_database, migrated_database
    from portal.entrypoints.cli import MIGRATIONS

    url = await migrated_database("portal", MIGRATIONS)
    yield url
    await drop_database(url)
