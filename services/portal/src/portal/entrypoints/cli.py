"""`portal serve | migrate | dlq-replay | asyncapi`."""

from pathlib import Path

from portal.bootstrap import build_container
from portal.config import Settings
from shared.cli import service_main

MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"

main = service_main("portal", Settings, build_container, MIGRATIONS)

if __name__ == "__main__":
    main(None)
