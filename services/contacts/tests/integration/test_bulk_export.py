"""Bulk actions on a selection and the CSV export of the current filter."""

from __future__ import annotations

import csv
import io
import uuid

import pytest

from shared.csvsafe import FORMULA_START

from .conftest import unique_email

pytestmark = pytest.mark.integration


async def add(api, headers, **fields):
    r = await api.post(
        "/customers", json={"first_name": "A", "last_name": "B", "email": unique_email(), **fields}, headers=headers
    )
    assert r.status_code == 201, r.text
    return r.json()


async def test_bulk_tags_stage_and_mark_inactive(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    stage = (await api.post("/settings/crm/stages", json={"name": "Won"}, headers=owner)).json()
    a, b = await add(api, owner, tags=["old"]), await add(api, owner)
    ids = [a["id"], b["id"], str(uuid.uuid4())]
    r = await api.post("/customers/bulk", json={"ids": ids, "action": "add_tags", "tags": ["winter"]}, headers=owner)
    assert r.json() == {"updated": 2, "skipped": [{"id": ids[2], "reason": "not_found"}]}
    r = await api.post(
        "/customers/bulk", json={"ids": ids[:2], "action": "remove_tags", "tags": ["old"]}, headers=owner
    )
    assert r.json()["updated"] == 1
    r = await api.post(
        "/customers/bulk", json={"ids": ids[:2], "action": "set_stage", "stage_id": stage["id"]}, headers=owner
    )
    assert r.json()["updated"] == 2
    r = await api.post("/customers/bulk", json={"ids": ids[:2], "action": "mark_inactive"}, headers=owner)
    assert r.json()["updated"] == 2
    first = (await api.get(f"/customers/{a['id']}", headers=owner)).json()
    assert (first["tags"], first["stage_id"], first["status"], first["version"]) == (
        ["winter"],
        stage["id"],
        "inactive",
        5,
    )
    missing = await api.post("/customers/bulk", json={"ids": ids[:1], "action": "add_tags"}, headers=owner)
    assert missing.status_code == 422
    staff = token_for("staff", uuid.uuid4())
    assert (
        await api.post("/customers/bulk", json={"ids": ids[:1], "action": "mark_inactive"}, headers=staff)
    ).status_code == 403
    other = token_for("owner", uuid.uuid4())
    r = await api.post("/customers/bulk", json={"ids": ids[:1], "action": "mark_inactive"}, headers=other)
    assert r.json() == {"updated": 0, "skipped": [{"id": ids[0], "reason": "not_found"}]}, "other facilities' ids"


async def test_export_follows_the_filter_and_neutralises_formulas(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    await add(api, owner, first_name='=HYPERLINK("http://evil")', last_name="Zed", company="+cmd", tags=["x"])
    await add(api, owner, first_name="Plain", last_name="Able", company="-minus", tags=["x"])
    await add(api, owner, first_name="Not", last_name="Tagged")
    staff = token_for("staff", uuid.uuid4())
    assert (await api.get("/customers/export.csv", headers=staff)).text.count("\n") == 1, "header only elsewhere"
    r = await api.get("/customers/export.csv", params={"tag": "x"}, headers=owner)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["content-disposition"].startswith('attachment; filename="customers.csv"; filename*=')
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["last_name"] for row in table] == ["Able", "Zed"]
    assert table[1]["first_name"] == '\'=HYPERLINK("http://evil")' and table[1]["company"] == "'+cmd"
    assert table[0]["company"] == "'-minus"


async def test_export_neutralises_each_tag_of_the_joined_cell(api, token_for):
    owner = token_for("owner", uuid.uuid4())
    tags = ["=SUM(1+1)", 'a;=HYPERLINK("http://evil")', "@cmd", "safe"]
    await add(api, owner, first_name="Tag", last_name="Ged", tags=tags)
    r = await api.get("/customers/export.csv", headers=owner)
    (row,) = list(csv.DictReader(io.StringIO(r.text)))
    parts = row["tags"].split(";")
    assert not [p for cell in row.values() for p in cell.split(";") if p.startswith(FORMULA_START)], row
    assert {"'=SUM(1+1)", "a", '\'=HYPERLINK("http://evil")', "'@cmd", "safe"} == set(parts)
