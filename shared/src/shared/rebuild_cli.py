"""`<service> rebuild-view`: refill a service's read model from the compacted snapshot topics."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from shared.container import Container
from shared.contracts.envelope import Event
from shared.messaging.consumer import Handler
from shared.messaging.rebuild import rebuild_summary, rebuild_view
from shared.settings import ServiceSettings


async def rebuild(container: Container, tables: Iterable[str], handlers: Mapping[type[Event], Handler]) -> str:
    """Rebuild the view of a container's database; a summary line of what was applied."""
    settings = container.settings
    try:
        applied = await rebuild_view(
            container.uow(),
            bootstrap_servers=settings.kafka_bootstrap_servers,
            namespace=settings.topic_namespace,
            tables=list(tables),
            handlers=handlers,
        )
    finally:
        await container.engine.dispose()
    return rebuild_summary(applied)


def with_rebuild_view(
    main: Callable[[list[str] | None], None],
    *,
    name: str,
    settings_factory: Callable[[], ServiceSettings],
    container_factory: Callable[[Any], Container],
    tables: Iterable[str],
    handlers: Callable[[Any], Mapping[type[Event], Handler]],
) -> Callable[[list[str] | None], None]:
    """The service's entry point plus `rebuild-view` (empties `tables`, replays the snapshots through `handlers`)."""
    tables = tuple(tables)

    def entry(argv: list[str] | None = None) -> None:
        import sys

        args = sys.argv[1:] if argv is None else argv
        if args[:1] != ["rebuild-view"]:
            main(argv)
            return
        parser = argparse.ArgumentParser(
            prog=f"{name} rebuild-view",
            description=f"Empty {', '.join(tables)} and refill them from the compacted snapshot topics.",
        )
        parser.add_argument("--yes", action="store_true", help="do it (without it, only say what would be emptied)")
        options = parser.parse_args(args[1:])
        if not options.yes:
            print(f"would empty and rebuild {', '.join(tables)}; run again with --yes")
            return
        settings = settings_factory()
        print("rebuilt:", asyncio.run(rebuild(container_factory(settings), tables, handlers(settings))))

    entry.__doc__ = f"Entry point of the {name} console script (with rebuild-view)."
    return entry
