"""Contacts' Kafka subscribers and the publications it documents."""

from contacts.service_layer import from_notifications
from shared.container import Container
from shared.contracts import topics
from shared.contracts.contacts import CustomerCreated, CustomerDeleted, CustomerUpdated
from shared.contracts.notifications import EmailBounced, EmailFailed, EmailSent, MarketingOptedOut
from shared.messaging.consumer import document_publications

NOTIFICATIONS_CONSUMER = "contacts-notifications"


def register(container: Container) -> None:
    """Publishes customer events; learns opt-outs and email outcomes from notifications."""
    container.subscribe(
        consumer=NOTIFICATIONS_CONSUMER,
        topics=[topics.NOTIFICATIONS],
        handlers={
            MarketingOptedOut: from_notifications.on_marketing_opted_out,
            EmailSent: from_notifications.on_email_outcome,
            EmailFailed: from_notifications.on_email_outcome,
            EmailBounced: from_notifications.on_email_outcome,
        },
        description="Applies marketing opt-outs and puts emails on the customer timeline.",
    )
    document_publications(
        container.broker,
        topic=topics.CUSTOMERS,
        events=[CustomerCreated, CustomerUpdated, CustomerDeleted],
        namespace=container.settings.topic_namespace,
    )
