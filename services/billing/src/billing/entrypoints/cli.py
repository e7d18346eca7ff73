"""`billing serve | migrate | dlq-replay | asyncapi | run-day`."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import date
from pathlib import Path

from billing.bootstrap import build_container
from billing.config import Settings
from shared.cli import service_main
from shared.logs import configure_logging

MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"

_service_main = service_main("billing", Settings, build_container, MIGRATIONS)


async def run_day(on: date, batch_size: int | None, settings: Settings | None = None) -> dict[str, object]:
    """The operators' run: every facility, for any day `on`."""
    from billing.service_layer import jobs

    # Only the database is needed: the events go to the outbox and the services' relays publish them.
    off = {"consumers_enabled": False, "relay_enabled": False, "scheduler_enabled": False}
    settings = (settings or Settings()).model_copy(update=off)
    if batch_size:
        settings = settings.model_copy(update={"invoice_batch_size": batch_size})
    configure_logging(settings.service_name, settings.log_json, settings.log_level)
    container = build_container(settings)
    try:
        report = await jobs.run_once(container, container.provider, on)
    finally:
        await container.engine.dispose()
    return {"skipped": "another run holds the lock"} if report is None else vars(report)


def main(argv: list[str] | None = None) -> None:
    """The billing console script; `run-day` is the scheduled run, for cron or a Kubernetes CronJob."""
    args = sys.argv[1:] if argv is None else argv
    if args[:1] != ["run-day"]:
        _service_main(args)
        return
    parser = argparse.ArgumentParser(prog="billing run-day")
    parser.add_argument("--on", type=date.fromisoformat, default=None, help="the billing day (default: today, UTC)")
    parser.add_argument("--batch-size", type=int, default=None)
    parsed = parser.parse_args(args[1:])
    from billing.service_layer.jobs import today

    print(json.dumps(asyncio.run(run_day(parsed.on or today(), parsed.batch_size)), default=str))


if __name__ == "__main__":
    main(None)
