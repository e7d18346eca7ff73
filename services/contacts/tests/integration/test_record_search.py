"""The full record, search-as-you-type, filters, sorting, tab counts, Settings → CRM and the board."""

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
    return r.json()


async def ids(api, headers, **params):
    r = await api.get("/customers", params=params, headers=headers)
    assert r.status_code == 200, r.text
    return {c["id"] for c in r.json()["items"]}


async def test_phones_are_stored_in_e164_by_the_facility_country_and_raw_kept(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    fr = await add(api, owner, phone="06 12 34 56 78")
    assert (fr["phone"], fr["phone_raw"]) == ("+33612345678", "06 12 34 56 78")
    assert (await api.put("/settings/facility", json={"default_country": "us"}, headers=owner)).status_code == 200
    us = await add(api, owner, phone="(415) 555-2671")
    assert us["phone"] == "+14155552671"
    bad = await api.post(
        "/customers", json={"first_name": "A", "last_name": "B", "email": unique_email(), "phone": "12"}, headers=owner
    )
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "phone"]
    edited = await api.patch(f"/customers/{fr['id']}", json={"version": 1, "phone": "+33 7 98 87 76 65"}, headers=owner)
    assert edited.json()["phone"] == "+33798877665" and edited.json()["phone_raw"] == "+33 7 98 87 76 65"
    assert await ids(api, owner, q="07 98 87") == {fr["id"]}, "the new number is searchable"


async def test_the_whole_record_round_trips(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    stage = (await api.post("/settings/crm/stages", json={"name": "Qualified"}, headers=owner)).json()
    source = (await api.post("/settings/crm/sources", json={"name": "Google"}, headers=owner)).json()
    kind = (await api.post("/settings/crm/customer_types", json={"name": "Collector"}, headers=owner)).json()
    body = {
        "company": "Classic Garage",
        "email": "Zoe@Example.com",
        "birthday": "1980-02-29",
        "notes": "prefers calls",
        "address": {"line1": "1 rue de la Paix", "city": "Paris", "postal_code": "75002", "country": "fr"},
        "stage_id": stage["id"],
        "source_id": source["id"],
        "source_detail": "ad campaign",
        "customer_type_ids": [kind["id"]],
        "tags": ["vip", "vip", "winter"],
        "language": "en",
    }
    made = await add(api, owner, **body)
    assert made["address"]["country"] == "FR" and made["birthday"] == "1980-02-29"
    assert made["tags"] == ["vip", "winter"] and made["customer_type_ids"] == [kind["id"]]
    assert made["created_by"] == "staff@example.com" and made["version"] == 1
    dup = await api.post(
        "/customers", json={"first_name": "Z", "last_name": "Y", "email": "zoe@EXAMPLE.com"}, headers=owner
    )
    assert dup.status_code == 409 and dup.json()["detail"][0]["loc"] == ["body", "email"]
    foreign = await api.post(
        "/customers",
        json={"first_name": "Z", "last_name": "Y", "email": unique_email(), "stage_id": str(uuid.uuid4())},
        headers=owner,
    )
    assert foreign.status_code == 422 and foreign.json()["detail"][0]["loc"] == ["body", "stage_id"]
    changed = await api.patch(f"/customers/{made['id']}", json={"version": 1, "company": "Garage Zoé"}, headers=owner)
    timeline = (await api.get(f"/customers/{made['id']}/timeline", headers=owner)).json()["items"]
    assert changed.json()["version"] == 2
    assert timeline[0]["data"]["changes"] == {"company": {"old": "Classic Garage", "new": "Garage Zoé"}}
    assert timeline[0]["actor"] == "staff@example.com"


async def test_search_finds_any_part_of_name_email_company_and_phone_in_any_format(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    lea = await add(
        api,
        owner,
        first_name="Léa",
        last_name="Martin",
        email="lea.martin@atelier.fr",
        company="Atelier Rouge",
        phone="06 12 34 56 78",
    )
    us = await add(api, owner, first_name="John", last_name="Marsh", phone="+1 (415) 555-2671")
    other = await add(api, owner, first_name="Paul", last_name="Durand")
    assert await ids(api, owner, q="mar") == {lea["id"], us["id"]}
    assert await ids(api, owner, q="ma") == {lea["id"], us["id"]}
    assert await ids(api, owner, q="martin@atel") == {lea["id"]}
    assert await ids(api, owner, q="rouge") == {lea["id"]}
    assert await ids(api, owner, q="06 12 34") == {lea["id"]}
    assert await ids(api, owner, q="+33 6 12") == {lea["id"]}
    assert await ids(api, owner, q="5678") == {lea["id"]}
    assert await ids(api, owner, q="+1 (415) 555") == {us["id"]}
    assert await ids(api, owner, q="555 26") == {us["id"]}
    assert await ids(api, owner, q="john marsh") == {us["id"]}
    assert await ids(api, owner, q="100%_") == set()
    assert other["id"] in await ids(api, owner)
    assert await ids(api, token_for("owner", uuid.uuid4()), q="mar") == set(), "another facility finds nothing"


async def test_rare_old_matches_are_found_in_order_past_the_newest_window(api, token_for, monkeypatch):
    from contacts.adapters import search

    monkeypatch.setitem(search.WINDOWS, "created_at", 4)  # the newest 4 records are looked at first, then every match
    owner = token_for("owner", uuid.uuid4())
    old = [await add(api, owner, last_name="Lefebvre", email=f"lefebvre2{i}@example.fr") for i in range(5)]
    newer = [await add(api, owner, last_name="Lefebvre", email=f"lefebvre9{i}@example.fr") for i in range(6)]
    phoneish = await add(api, owner, last_name="Other", phone="06 12 16 75 00")
    for order, expected in (("desc", old[::-1]), ("asc", old)):
        seen, cursor = [], None
        while True:
            params = {"q": "lefebvre2", "order": order, "limit": 2, **({"cursor": cursor} if cursor else {})}
            page = (await api.get("/customers", params=params, headers=owner)).json()
            seen += [c["id"] for c in page["items"]]
            if not (cursor := page["next_cursor"]):
                break
        assert seen == [c["id"] for c in expected], order
    assert await ids(api, owner, q="lefebvre9") == {c["id"] for c in newer}
    # Letters and digits together are part of an email, not a phone number.
    assert phoneish["id"] not in await ids(api, owner, q="lefebvre2 167")
    assert await ids(api, owner, q="1675") == {phoneish["id"]}


async def test_by_name_the_first_names_in_order_are_looked_at_first_then_every_match(api, token_for, monkeypatch):
    from contacts.adapters import search

    # The first 4 records by name are looked at first, then every match.
    monkeypatch.setitem(search.WINDOWS, "last_name", 4)
    owner = token_for("owner", uuid.uuid4())
    adams = [await add(api, owner, last_name="Adam", email=f"adam{i}@example.fr") for i in range(6)]
    middle = [await add(api, owner, last_name="Moreau", email=f"moreau2{i}@example.fr") for i in range(5)]
    for i in range(6):
        await add(api, owner, last_name="Zola", email=f"zola{i}@example.fr")

    async def pages(**params):
        seen, cursor = [], None
        while True:
            query = {"sort": "last_name", "limit": 2, **params, **({"cursor": cursor} if cursor else {})}
            page = (await api.get("/customers", params=query, headers=owner)).json()
            seen += [c["id"] for c in page["items"]]
            if not (cursor := page["next_cursor"]):
                return seen

    by_id = sorted(c["id"] for c in middle)
    # Outside the first 4 names either way: found by the second statement, in order (name, then id).
    assert await pages(q="moreau2", order="asc") == by_id
    assert await pages(q="moreau2", order="desc") == by_id[::-1]
    # A common term fills its pages from the window, still in order.
    assert await pages(q="adam", order="asc") == sorted(c["id"] for c in adams)


async def test_filters_tab_counts_and_keyset_sorting(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    names = ["Dupont", "Bernard", "Zola", "Adam", "Moreau", "Petit", "Roux"]
    made = [await add(api, owner, last_name=n, tags=["north"] if i % 2 else []) for i, n in enumerate(names)]
    await api.post(f"/customers/{made[0]['id']}/mark-inactive", headers=owner)
    counts = (await api.get("/customers/counts", headers=owner)).json()
    assert counts == {"all": 7, "leads": 7, "customers": 0, "active": 0, "inactive": 1}  # no rental: all leads
    assert (await api.get("/customers/counts", params={"tag": "north"}, headers=owner)).json()["all"] == 3
    assert await ids(api, owner, status="inactive") == {made[0]["id"]}
    seen, cursor = [], None
    while True:
        params = {"sort": "last_name", "order": "asc", "limit": 3, **({"cursor": cursor} if cursor else {})}
        page = (await api.get("/customers", params=params, headers=owner)).json()
        seen += [c["last_name"] for c in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert seen == sorted(names)
    wrong = await api.get("/customers", params={"sort": "email", "cursor": cursor or "x"}, headers=owner)
    assert wrong.status_code == 422


async def test_crm_options_reorder_and_delete_only_with_a_destination(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    new = (await api.post("/settings/crm/stages", json={"name": "New"}, headers=owner)).json()
    won = (await api.post("/settings/crm/stages", json={"name": "Won"}, headers=owner)).json()
    again = await api.post("/settings/crm/stages", json={"name": "won"}, headers=owner)
    assert again.status_code == 409
    order = await api.put("/settings/crm/stages/order", json={"ids": [won["id"], new["id"]]}, headers=owner)
    assert order.status_code == 204
    assert [s["name"] for s in (await api.get("/settings/crm", headers=owner)).json()["stages"]] == ["Won", "New"]
    renamed = await api.patch(f"/settings/crm/stages/{new['id']}", json={"name": "Prospect"}, headers=owner)
    assert renamed.json()["name"] == "Prospect"
    customer = await add(api, owner, stage_id=new["id"])
    refused = await api.delete(f"/settings/crm/stages/{new['id']}", headers=owner)
    assert refused.status_code == 409 and refused.json()["detail"][0]["ctx"]["in_use"] == 1
    moved = await api.delete(f"/settings/crm/stages/{new['id']}", params={"move_to": won["id"]}, headers=owner)
    assert moved.json() == {"moved": 1}
    record = (await api.get(f"/customers/{customer['id']}", headers=owner)).json()
    assert record["stage_id"] == won["id"] and record["version"] == 2
    staff = token_for("staff", uuid.uuid4())
    assert (await api.post("/settings/crm/stages", json={"name": "X"}, headers=staff)).status_code == 403


async def test_board_groups_by_stage_and_a_stale_move_is_409(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    lead = (await api.post("/settings/crm/stages", json={"name": "Lead"}, headers=owner)).json()
    won = (await api.post("/settings/crm/stages", json={"name": "Won"}, headers=owner)).json()
    card = await add(api, owner, stage_id=lead["id"])
    await add(api, owner)
    columns = (await api.get("/board", headers=owner)).json()["columns"]
    assert [(c["stage"]["name"], c["count"]) for c in columns] == [(None, 1), ("Lead", 1), ("Won", 0)]
    move = {"customer_id": card["id"], "stage_id": won["id"], "version": 1}
    assert (await api.post("/board/move", json=move, headers=owner)).json()["stage_id"] == won["id"]
    stale = await api.post("/board/move", json=move, headers=owner)
    assert stale.status_code == 409 and stale.json()["detail"][0]["loc"] == ["body", "version"]


async def test_by_name_is_last_name_then_first_name(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    made = {
        name: (await add(api, owner, last_name=name.split()[0], first_name=name.split()[1]))["id"]
        for name in ("Martinez Anne", "Martin Zoé", "Bernard Paul", "Martin Alice")
    }
    expected = [made[n] for n in ("Bernard Paul", "Martin Alice", "Martin Zoé", "Martinez Anne")]
    for q in ("", "mar"):  # the list, and a search, in the same order
        page = (await api.get("/customers", params={"sort": "last_name", "order": "asc", "q": q}, headers=owner)).json()
        assert [c["id"] for c in page["items"] if c["id"] in made.values()] == (expected if not q else expected[1:])
    page = (await api.get("/customers", params={"sort": "last_name", "order": "desc"}, headers=owner)).json()
    assert [c["id"] for c in page["items"]] == expected[::-1]
