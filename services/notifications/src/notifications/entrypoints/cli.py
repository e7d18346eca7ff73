"""`notifications serve | migrate | dlq-replay | asyncapi | rebuild-view`."""

from pathlib import Path

from notifications.bootstrap import build_container
from notifications.config import Settings
from notifications.service_layer import recipients, triggers
from shared.cli import service_main
from shared.contracts.contacts import CustomerCreated, PersonAdded
from shared.contracts.envelope import Event
from shared.messaging.consumer import Handler
from shared.rebuild_cli import with_rebuild_view

MIGRATIONS = Path(__file__).resolve().parents[3] / "migrations"

# The view of contacts' customers and people; emails, unsubscribes and bounces are notifications' own.
VIEW_TABLES = ("recipients", "people")
VIEW_HANDLERS: dict[type[Event], Handler] = {
    CustomerCreated: recipients.on_customer_created,
    PersonAdded: triggers.on_person_changed,
}

main = with_rebuild_view(
    service_main("notifications", Settings, build_container, MIGRATIONS),
    name="notifications",
    settings_factory=Settings,
    container_factory=build_container,
    tables=VIEW_TABLES,
    handlers=lambda _settings: VIEW_HANDLERS,
)

if __name__ == "__main__":
    main(None)
