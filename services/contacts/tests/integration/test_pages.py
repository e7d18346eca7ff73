"""Every list is `{items, next_cursor}`: following the cursors visits each item once, in the list's order."""

from __future__ import annotations

import uuid

import pytest

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def walk(api, path, headers, limit):
    """Every item of a list, page by page, and how many pages it took."""
    items, cursor, pages = [], None, 0
    while True:
        params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        answer = await api.get(path, params=params, headers=headers)
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert set(body) == {"items", "next_cursor"}
        assert len(body["items"]) <= limit
        items += body["items"]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            return items, pages


async def test_pages_of_people_and_timeline_cover_the_whole_list_once(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    ana = {"first_name": "Ana", "last_name": "Silva", "email": unique_email()}
    cid = (await api.post("/customers", json=ana, headers=owner)).json()["id"]
    for i, primary in enumerate((False, True, False, False)):
        person = {"first_name": f"P{i}", "last_name": "S", "role": "spouse", "is_primary": primary}
        assert (await api.post(f"/customers/{cid}/people", json=person, headers=owner)).status_code == 201

    whole = (await api.get(f"/customers/{cid}/people", params={"limit": 100}, headers=owner)).json()
    assert whole["next_cursor"] is None and len(whole["items"]) == 4
    assert whole["items"][0]["first_name"] == "P1"  # the primary contact first, then oldest first
    paged, pages = await walk(api, f"/customers/{cid}/people", owner, limit=1)
    assert [p["id"] for p in paged] == [p["id"] for p in whole["items"]] and pages == 4

    timeline = (await api.get(f"/customers/{cid}/timeline", params={"limit": 100}, headers=owner)).json()["items"]
    assert len(timeline) >= 5
    paged, pages = await walk(api, f"/customers/{cid}/timeline", owner, limit=2)
    assert [e["id"] for e in paged] == [e["id"] for e in timeline] and pages == (len(timeline) + 1) // 2


async def test_a_cursor_that_is_not_one_gets_422_naming_it(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    ana = {"first_name": "Ana", "last_name": "Silva", "email": unique_email()}
    cid = (await api.post("/customers", json=ana, headers=owner)).json()["id"]
    for cursor in ("not-a-cursor", "WzFd", "WyJ4IiwgIngiXQ=="):  # garbage, [1], ["x", "x"]
        answer = await api.get(f"/customers/{cid}/timeline", params={"cursor": cursor}, headers=owner)
        assert answer.status_code == 422, answer.text
        assert answer.json()["detail"][0]["loc"] == ["query", "cursor"]
