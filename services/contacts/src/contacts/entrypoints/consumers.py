"""Contacts' Kafka subscribers and the publications it documents."""

from shared.container import Container
from shared.contracts import topics
from shared.contracts.contacts import CustomerCreated, CustomerDeleted, CustomerUpdated
from shared.messaging.consumer import document_publications


def register(container: Container) -> None:
    """Contacts consumes nothing yet; it publishes customer events."""
    document_publications(
        container.broker,
        topic=topics.CUSTOMERS,
        events=[CustomerCreated, CustomerUpdated, CustomerDeleted],
        namespace=container.settings.topic_namespace,
    )
