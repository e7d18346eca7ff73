"""`portal serve | migrate | dlq-replay | asyncapi`."""

from pathlib import Path

from portal.bootstrap import build_container
from portal.config import Settings
from shared.cli import run_service_cli

MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"


def main(argv: list[str] | None = None) -> None:
    """Entry point of the portal console script."""
    run_service_cli(
        name="portal",
        settings_factory=Settings,
        container_factory=build_container,  # type: ignore[arg-type]
        app_factory="portal.bootstrap:create_app",
        migrations_dir=MIGRATIONS,
        argv=argv,
    )


if __name__ == "__main__":
    main()
