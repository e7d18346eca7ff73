"""Property-based requests against the running billing service, as an owner: no 5xx, ever."""

from __future__ import annotations

import uuid

import pytest

from crm_dev.testing import assert_no_server_error, schemathesis, service, service_env

pytestmark = pytest.mark.integration


def test_no_generated_request_gets_a_server_error(billing_db, signing_key, token_for, tmp_path, topic_namespace):
    env = service_env(
        "billing", billing_db, signing_key[1], topic_namespace,
        scheduler_enabled="false", stripe_webhook_secret="whsec_schemathesis",
    )  # fmt: skip
    with service("billing", env, tmp_path) as url:
        run = schemathesis(url, token_for("owner", uuid.uuid4()), max_examples=25)
    assert_no_server_error(run, at_least=100)
