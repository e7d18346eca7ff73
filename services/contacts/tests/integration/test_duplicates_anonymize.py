"""Probable duplicates, merging two customers, and anonymisation."""

from __future__ import annotations

import uuid

import pytest

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def add(api, headers, **fields):
    r = await api.post(
        "/customers", json={"first_name": "A", "last_name": "B", "email": unique_email(), **fields}, headers=headers
    )
    assert r.status_code == 201, r.text
    return r.json()["id"]


async def test_duplicates_are_found_and_merged_with_everything_they_own(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    optional = {"default_country": "FR", "email_required": False}  # the survivor has no email: the merge gives one
    assert (await api.put("/settings/facility", json=optional, headers=owner)).status_code == 200
    keep = await add(
        api,
        owner,
        first_name="Jean",
        last_name="Dupont",
        email=None,
        company="Garage Nord",
        tags=["vip"],
        notes="first file",
    )
    twin = await add(
        api,
        owner,
        first_name="Jean",
        last_name="Dupond",
        company="Garage Nord",
        phone="06 11 22 33 44",
        email="jean@nord.fr",
        tags=["winter"],
        notes="second file",
    )
    same_phone = await add(api, owner, first_name="Other", last_name="Person", phone="+33 6 11 22 33 44")
    unrelated = await add(api, owner, first_name="Zoé", last_name="Martin")
    found = (await api.get(f"/customers/{twin}/duplicates", headers=owner)).json()["items"]
    assert [d["customer_id"] for d in found][:2] == [same_phone, keep] or {d["customer_id"] for d in found} >= {keep}
    assert unrelated not in {d["customer_id"] for d in found}
    assert {"same_phone"} <= {r for d in found for r in d["reasons"]}
    groups = (await api.get("/customers/duplicates", headers=owner)).json()["items"]
    assert {"reason": "same_phone", "customer_ids": [twin, same_phone]} in groups

    for who, target in (("Survivor", keep), ("Twin", twin)):
        made = await api.post(
            f"/customers/{target}/people",
            json={"first_name": who, "last_name": "Q", "role": "spouse", "is_primary": True},
            headers=owner,
        )
        assert made.status_code == 201
    await api.post(f"/customers/{twin}/cars", json={"make": "Citroën", "model": "DS"}, headers=owner)
    merged = await api.post(f"/customers/{keep}/merge", json={"other_id": twin}, headers=owner)
    assert merged.status_code == 200, merged.text
    survivor = merged.json()
    assert survivor["tags"] == ["vip", "winter"] and survivor["email"] == "jean@nord.fr"
    assert survivor["notes"] == "first file\n\nsecond file" and survivor["phone"] == "+33611223344"
    merged_people = (await api.get(f"/customers/{keep}/people", headers=owner)).json()["items"]
    assert [(p["first_name"], p["is_primary"]) for p in merged_people] == [("Survivor", True), ("Twin", False)]
    assert len((await api.get(f"/customers/{keep}/cars", headers=owner)).json()["items"]) == 1
    assert (await api.get(f"/customers/{twin}", headers=owner)).status_code == 404
    kinds = [e["kind"] for e in (await api.get(f"/customers/{keep}/timeline", headers=owner)).json()["items"]]
    assert "merged" in kinds and "car_linked" in kinds, "the merged customer's timeline moved too"
    itself = await api.post(f"/customers/{keep}/merge", json={"other_id": keep}, headers=owner)
    assert itself.status_code == 422 and itself.json()["detail"][0]["loc"] == ["body", "other_id"]


async def test_anonymisation_erases_personal_data_but_keeps_the_id(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    cid = await add(
        api,
        owner,
        first_name="Secret",
        last_name="Person",
        email="secret@example.com",
        phone="06 99 88 77 66",
        notes="private",
        address={"city": "Lyon"},
    )
    await api.patch(f"/customers/{cid}", json={"version": 1, "company": "Hidden SARL"}, headers=owner)
    await api.post(
        f"/customers/{cid}/people", json={"first_name": "S", "last_name": "P", "role": "spouse"}, headers=owner
    )
    r = await api.post(f"/customers/{cid}/anonymize", headers=owner)
    assert r.status_code == 200
    record = r.json()
    assert record["id"] == cid and record["email"] is None and record["phone"] is None
    assert (record["first_name"], record["notes"], record["address"], record["company"]) == (
        "Anonymised",
        None,
        None,
        None,
    )
    assert (await api.get(f"/customers/{cid}/people", headers=owner)).json()["items"] == []
    entries = (await api.get(f"/customers/{cid}/timeline", headers=owner)).json()["items"]
    assert all("Hidden SARL" not in str(e["data"]) for e in entries)
    assert (await api.get("/customers", params={"q": "secret"}, headers=owner)).json()["items"] == []
