"""Fixtures of the contacts integration tests."""

from __future__ import annotations

import uuid

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from crm_dev.testing import running_app


@pytest.fixture
async def api(contacts_db, settings_for):
    """An HTTP client to the contacts app, with its broker, consumers and relay running."""
    async with running_app(create_app(settings_for(Settings, contacts_db))) as client:
        yield client


_LETTERS = str.maketrans("0123456789abcdef", "ghijklmnopqrstuv")


def unique_email() -> str:
    """A fresh address (facilities require an email by default), letters only so no search test matches it."""
    return f"u{uuid.uuid4().hex[:12].translate(_LETTERS)}@t.example.org"
