"""The command line every service has: serve, migrate, dlq (list, show, replay, purge), dlq-replay, asyncapi."""

from __future__ import annotations

import argparse
import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

from shared import migrate
from shared.container import Container
from shared.dlqcli import add_dlq_parser, run_dlq
from shared.logs import configure_logging
from shared.messaging import dlq
from shared.settings import ProductionConfigError, ServiceSettings


def asyncapi_document(container: Container, title: str) -> str:
    """The AsyncAPI document (YAML) generated from the service's subscribers."""
    import yaml
    from faststream.specification import AsyncAPI

    from shared.messaging.asyncapi import with_payloads

    description = f"Events consumed and published by {title}"
    spec = AsyncAPI(container.broker, title=title, version="1.0.0", description=description)
    document = with_payloads(spec.to_specification().to_jsonable(), container.broker)
    # FastStream's channel order follows set/dict iteration, which differs between processes: sort the keys
    # so the committed document only changes when the contracts do.
    return yaml.safe_dump(document, sort_keys=True, allow_unicode=True)


def openapi_document(app_factory: str, settings: ServiceSettings) -> str:
    """The OpenAPI document (JSON, keys sorted) of the service's HTTP routes."""
    import importlib
    import json

    module, _, attribute = app_factory.partition(":")
    app = getattr(importlib.import_module(module), attribute)(settings)
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def run_service_cli(
    *,
    name: str,
    settings_factory: Callable[[], ServiceSettings],
    container_factory: Callable[[ServiceSettings], Container],
    app_factory: str,
    migrations_dir: Path,
    argv: list[str] | None = None,
) -> None:
    """Parse argv and run one command; `app_factory` is an import string for uvicorn."""
    parser = argparse.ArgumentParser(prog=name)
    sub = parser.add_subparsers(dest="cmd", required=True)
    serve = sub.add_parser("serve", help="migrate the database, then serve HTTP, consumers and the relay")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--no-migrate", action="store_true")
    sub.add_parser("migrate", help="upgrade the service database to the newest migration")
    replay = sub.add_parser("dlq-replay", help="move messages from a dead-letter topic back to their topic")
    replay.add_argument("topic")
    add_dlq_parser(sub)
    spec = sub.add_parser("asyncapi", help="print the AsyncAPI document of this service's subscribers")
    spec.add_argument("--out", type=Path)
    rest = sub.add_parser("openapi", help="print the OpenAPI document of this service's HTTP routes")
    rest.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    settings = settings_factory()
    # Before migrations and uvicorn's own start-up lines, so those are JSON too.
    configure_logging(settings.service_name, settings.log_json, settings.log_level)
    if args.cmd == "serve":
        try:
            settings.check_production()
        except ProductionConfigError as exc:
            parser.exit(2, f"{name}: {exc}\n")

    if args.cmd in ("serve", "migrate") and not getattr(args, "no_migrate", False):
        migrate.upgrade(migrations_dir, settings.database_url)
    if args.cmd == "serve":
        import uvicorn

        uvicorn.run(
            app_factory,
            factory=True,
            host=args.host,
            port=args.port,
            root_path=settings.root_path,
            log_config=None,
            access_log=False,
            # The app sees the real peer; a service that needs the client's address decides whom to trust.
            proxy_headers=False,
            # Longer than the gateway's idle keep-alive (30 s), so the gateway, not the service, closes idle
            # connections: otherwise it can send a request down a connection the service is closing.
            timeout_keep_alive=75,
        )
    elif args.cmd == "dlq-replay":
        count = asyncio.run(dlq.replay(settings.kafka_bootstrap_servers, args.topic))
        print(f"replayed {count} message(s) from {args.topic}")
    elif args.cmd == "openapi":
        document = openapi_document(app_factory, settings)
        if args.out:
            args.out.write_text(document)
        else:
            print(document, end="")
    elif args.cmd == "dlq":
        code = run_dlq(args, settings.kafka_bootstrap_servers, settings.topic_namespace)
        if code:
            parser.exit(code)
    elif args.cmd == "asyncapi":
        # The document describes production wiring, whatever this shell's environment says.
        neutral = settings.model_copy(update={"kafka_bootstrap_servers": "kafka:9092", "topic_namespace": ""})
        document = asyncapi_document(container_factory(neutral), name)
        if args.out:
            args.out.write_text(document)
        else:
            print(document)


def service_main(
    name: str,
    settings_factory: Callable[[], ServiceSettings],
    container_factory: Callable[[Any], Container],
    migrations_dir: Path,
) -> Callable[[list[str] | None], None]:
    """The console-script entry point of one service."""

    def main(argv: list[str] | None = None) -> None:
        run_service_cli(
            name=name,
            settings_factory=settings_factory,
            container_factory=container_factory,
            app_factory=f"{name}.bootstrap:create_app",
            migrations_dir=migrations_dir,
            argv=argv,
        )

    main.__doc__ = f"Entry point of the {name} console script."
    return main
