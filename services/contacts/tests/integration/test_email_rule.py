"""Email is required by default (a facility setting) and unique per facility; one email rule with the importer."""

from __future__ import annotations

import uuid

import pytest

from shared import emails

pytestmark = pytest.mark.integration


async def test_email_is_required_by_default_unique_and_validated_like_the_importer(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    person = {"first_name": "Nomail", "last_name": "Here"}
    missing = await api.post("/customers", json=person, headers=owner)
    assert missing.status_code == 422 and missing.json()["detail"][0]["loc"][-1] == "email", missing.text
    assert not emails.is_valid("a..b@x.com")  # the importer's rule
    refused = await api.post("/customers", json={**person, "email": "a..b@x.com"}, headers=owner)
    assert refused.status_code == 422 and refused.json()["detail"][0]["loc"][-1] == "email"
    made = await api.post("/customers", json={**person, "email": "one@rule.fr"}, headers=owner)
    assert made.status_code == 201, made.text
    twice = await api.post("/customers", json={**person, "email": "ONE@rule.fr"}, headers=owner)
    assert twice.status_code == 409, twice.text
    cleared = await api.patch(f"/customers/{made.json()['id']}", json={"version": 1, "email": None}, headers=owner)
    assert cleared.status_code == 422 and cleared.json()["detail"][0]["loc"][-1] == "email"

    settings = (await api.get("/settings/facility", headers=owner)).json()
    assert settings["email_required"] is True
    put = await api.put("/settings/facility", json={**settings, "email_required": False}, headers=owner)
    assert put.status_code == 200 and put.json()["email_required"] is False
    assert (await api.post("/customers", json=person, headers=owner)).status_code == 201
