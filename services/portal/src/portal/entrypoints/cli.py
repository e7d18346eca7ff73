"""`portal serve | migrate | dlq-replay | asyncapi | rebuild-view`."""

from pathlib import Path

from portal.bootstrap import build_container
from portal.config import Settings
from portal.entrypoints.consumers import customer_handlers
from shared.cli import service_main
from shared.contracts.contacts import CarLinked, CustomerCreated, DocumentAdded, PersonAdded
from shared.rebuild_cli import with_rebuild_view

MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"

# What portal shows of contacts' records; accounts, sessions and billing's and scheduling's views stay.
VIEW_TABLES = ("profiles", "people", "cars", "documents")
REPLAYED = (CustomerCreated, PersonAdded, CarLinked, DocumentAdded)

main = with_rebuild_view(
    service_main("portal", Settings, build_container, MIGRATIONS),
    name="portal",
    settings_factory=Settings,
    container_factory=build_container,
    tables=VIEW_TABLES,
    handlers=lambda settings: {t: h for t, h in customer_handlers(settings).items() if t in REPLAYED},
)

if __name__ == "__main__":
    main(None)
