"""The read-model rule, one row at a time and a consumer's run at once: strictly newer wins, in PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import ARRAY, Column, DateTime, Integer, MetaData, Table, Text, Uuid, func, select

from shared.db import UnitOfWork, make_engine, make_sessionmaker
from shared.readmodels import newest_per_key, upsert_if_newer, upsert_many_if_newer

pytestmark = pytest.mark.integration

probes = Table(
    "readmodel_probes",
    MetaData(),
    Column("id", Uuid, primary_key=True),
    Column("name", Text, nullable=False),
    Column("tags", ARRAY(Text), nullable=False, server_default="{}"),
    Column("created_by", Text),
    Column("version", Integer, nullable=False),
    Column("touched_at", DateTime(timezone=True)),
)


@pytest.fixture
async def uow_factory(plumbing_db: str) -> AsyncIterator[object]:
    engine = make_engine(plumbing_db)
    async with engine.begin() as conn:
        await conn.run_sync(probes.metadata.create_all)
    sessions = make_sessionmaker(engine)
    yield lambda: UnitOfWork(sessions)
    await engine.dispose()


async def _stored(uow_factory, *ids: uuid.UUID) -> dict[uuid.UUID, tuple[str, list[str], str | None, int, bool]]:
    async with uow_factory() as uow:
        rows = await uow.session.execute(select(probes).where(probes.c.id.in_(ids)))
        return {r.id: (r.name, list(r.tags), r.created_by, r.version, r.touched_at is not None) for r in rows}


def test_of_rows_sharing_a_key_the_first_with_the_highest_order_is_kept() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    rows = [
        {"id": a, "name": "a1", "version": 1},
        {"id": b, "name": "b3", "version": 3},
        {"id": a, "name": "a2", "version": 2},
        {"id": a, "name": "a2 again", "version": 2},
        {"id": b, "name": "b2", "version": 2},
    ]
    assert newest_per_key(rows, "id") == [{"id": a, "name": "a2", "version": 2}, {"id": b, "name": "b3", "version": 3}]


async def test_a_run_upserted_at_once_leaves_what_one_by_one_would(uow_factory) -> None:
    old, new, fresh = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    seed = [
        {"id": old, "name": "old v5", "tags": ["a"], "created_by": "seed", "version": 5},
        {"id": new, "name": "new v1", "tags": [], "created_by": "seed", "version": 1},
    ]
    run = [
        {"id": old, "name": "old v4", "tags": ["b"], "created_by": "run", "version": 4},  # older: ignored
        {"id": old, "name": "old v5 again", "tags": ["c"], "created_by": "run", "version": 5},  # equal: ignored
        {"id": new, "name": "new v2", "tags": ["x", "y"], "created_by": "run", "version": 2},
        {"id": new, "name": "new v3", "tags": ["z"], "created_by": "run", "version": 3},
        {"id": fresh, "name": "fresh v1", "tags": [], "created_by": "run", "version": 1},
    ]
    one_by_one = {key: uuid.uuid4() for key in (old, new, fresh)}
    async with uow_factory() as uow:
        await upsert_many_if_newer(uow, probes, seed, insert_only=("created_by",), also={"touched_at": func.now()})
        for row in seed:
            await upsert_if_newer(uow, probes, row | {"id": one_by_one[row["id"]]}, insert_only=("created_by",))
        await uow.commit()
    async with uow_factory() as uow:
        await upsert_many_if_newer(uow, probes, run, insert_only=("created_by",), also={"touched_at": func.now()})
        for row in run:
            await upsert_if_newer(uow, probes, row | {"id": one_by_one[row["id"]]}, insert_only=("created_by",))
        await uow.commit()
    at_once = await _stored(uow_factory, old, new, fresh)
    singly = await _stored(uow_factory, *one_by_one.values())
    assert at_once == {
        old: ("old v5", ["a"], "seed", 5, False),  # `also` is part of an update, and none happened
        new: ("new v3", ["z"], "seed", 3, True),
        fresh: ("fresh v1", [], "run", 1, False),
    }
    assert {key: at_once[key][:4] for key in at_once} == {key: singly[one_by_one[key]][:4] for key in at_once}
    async with uow_factory() as uow:
        await upsert_many_if_newer(uow, probes, [])  # nothing to write is no statement at all
        await uow.commit()
