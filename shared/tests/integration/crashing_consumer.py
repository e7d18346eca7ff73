"""Runs the effect consumer; with CRASH_AFTER_COMMIT=1 it dies right after its first database commit."""

from __future__ import annotations

import asyncio
import os
import sys

from harness import build

from shared.db import UnitOfWork
from shared.logs import configure_logging
from shared.settings import ServiceSettings


class CrashingUnitOfWork(UnitOfWork):
    """Commits, then kills the process before the consumer can commit its offset."""

    async def commit(self) -> None:
        await super().commit()
        os._exit(17)


async def main() -> None:
    database_url, namespace, group = sys.argv[1:4]
    settings = ServiceSettings(
        service_name="crashy",
        database_url=database_url,
        topic_namespace=namespace,
        kafka_bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"),
        relay_enabled=False,
        log_json=True,
    )
    configure_logging("crashy", json=True, level="DEBUG")
    crash = os.environ.get("CRASH_AFTER_COMMIT") == "1"
    holder = {}
    factory = (lambda: CrashingUnitOfWork(holder["c"].sessionmaker, namespace)) if crash else None
    container = holder["c"] = build(settings, group, uow_factory=factory)
    await container.start()
    print("consumer started", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
