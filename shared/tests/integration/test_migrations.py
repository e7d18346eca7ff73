"""Each service's migration chain builds exactly the schema its code declares, and unwinds."""

from __future__ import annotations

import asyncio
import importlib

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData

from crm_dev.testing import create_database, drop_database
from shared import migrate
from shared.db import make_engine
from shared.messaging.schema import metadata as messaging_metadata

pytestmark = pytest.mark.integration
SERVICES = ["contacts", "portal", "notifications", "importer", "billing"]


def _combined(service_metadata: MetaData) -> MetaData:
    combined = MetaData()
    for source in (messaging_metadata, service_metadata):
        for table in source.tables.values():
            table.to_metadata(combined)
    return combined


@pytest.mark.parametrize("service", SERVICES)
async def test_migrations_match_the_code_and_downgrade(service):
    migrations_dir = importlib.import_module(f"{service}.entrypoints.cli").MIGRATIONS
    orm = importlib.import_module(f"{service}.adapters.orm")
    url = await create_database(f"mig_{service}")
    try:
        await asyncio.to_thread(migrate.upgrade, migrations_dir, url)
        engine = make_engine(url)
        async with engine.connect() as conn:
            diff = await conn.run_sync(
                lambda sync: compare_metadata(MigrationContext.configure(sync), _combined(orm.metadata))
            )
        await engine.dispose()
        # Expression indexes cannot be compared by reflection; everything else must match.
        diff = [d for d in diff if not (isinstance(d, tuple) and d[0] in ("add_index", "remove_index"))]
        assert diff == [], f"{service}: migrations and code disagree: {diff}"
        cfg = migrate.alembic_config(migrations_dir, url)
        await asyncio.to_thread(command.downgrade, cfg, "base")
        await asyncio.to_thread(migrate.upgrade, migrations_dir, url)
    finally:
        await drop_database(url)
