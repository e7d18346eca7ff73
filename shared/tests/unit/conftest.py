"""Fixtures of the shared unit tests."""

from __future__ import annotations

import os

import pytest

PREFIXES = ("CONTACTS_", "PORTAL_", "NOTIFICATIONS_", "IMPORTER_", "BILLING_", "CRM_ENV")


@pytest.fixture
def no_service_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings read nothing of this shell's environment (deploy/local/env.sh sets the dev JWT key)."""
    for name in list(os.environ):
        if name.startswith(PREFIXES):
            monkeypatch.delenv(name)
