"""`billing serve | migrate | dlq-replay | asyncapi`."""

from pathlib import Path

from billing.bootstrap import build_container
from billing.config import Settings
from shared.cli import service_main

MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"

main = service_main("billing", Settings, build_container, MIGRATIONS)

if __name__ == "__main__":
    main(None)
