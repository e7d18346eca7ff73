"""Over-long text gets a 422 naming the field; text at the maximum is stored whole, never cut."""

from __future__ import annotations

import uuid

import pytest

from shared import limits

from .conftest import unique_email

pytestmark = pytest.mark.integration


def loc_of(response) -> list:
    assert response.status_code == 422, response.text
    return response.json()["detail"][0]["loc"]


async def test_over_long_fields_are_refused_by_name_and_the_maximum_is_kept_whole(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    longest = "N" * limits.NAME_MAX
    created = await api.post(
        "/customers", json={"first_name": longest, "last_name": "Max", "email": unique_email()}, headers=owner
    )
    assert created.status_code == 201, created.text
    customer = created.json()
    assert customer["first_name"] == longest
    cases = [
        ({"first_name": longest + "N", "last_name": "Max"}, ["body", "first_name"]),
        ({"first_name": "A", "last_name": "B", "company": "c" * (limits.SHORT_TEXT_MAX + 1)}, ["body", "company"]),
        ({"first_name": "A", "last_name": "B", "tags": ["t" * (limits.TAG_MAX + 1)]}, ["body", "tags", 0]),
        ({"first_name": "A", "last_name": "B", "email": "e" * 250 + "@x.fr"}, ["body", "email"]),
        ({"first_name": "A", "last_name": "B", "notes": "n" * (limits.NOTES_MAX + 1)}, ["body", "notes"]),
    ]
    for body, loc in cases:
        assert loc_of(await api.post("/customers", json=body, headers=owner)) == loc
    person = {"first_name": "P" * (limits.NAME_MAX + 1), "last_name": "Q"}
    assert loc_of(await api.post(f"/customers/{customer['id']}/people", json=person, headers=owner)) == [
        "body",
        "first_name",
    ]
    bulk = {"ids": [customer["id"]], "action": "add_tags", "tags": ["t" * (limits.TAG_MAX + 1)]}
    assert loc_of(await api.post("/customers/bulk", json=bulk, headers=owner))[:3] == ["body", "tags", 0]
    name = "d" * limits.FILENAME_MAX + ".pdf"
    upload = await api.post(
        f"/customers/{customer['id']}/documents", files={"file": (name, b"%PDF-1.4", "application/pdf")}, headers=owner
    )
    assert loc_of(upload) == ["body", "file"]
    exact = "d" * (limits.FILENAME_MAX - 4) + ".pdf"
    kept = await api.post(
        f"/customers/{customer['id']}/documents", files={"file": (exact, b"%PDF-1.4", "application/pdf")}, headers=owner
    )
    assert kept.status_code == 201 and kept.json()["filename"] == exact, kept.text
