"""Notifications' Kafka subscribers and the publications it documents."""

from notifications.service_layer import recipients
from shared.container import Container
from shared.contracts import topics
from shared.contracts.contacts import CustomerCreated, CustomerDeleted, CustomerUpdated
from shared.contracts.notifications import (
    BroadcastCompleted,
    EmailBounced,
    EmailFailed,
    EmailSent,
    MarketingOptedOut,
)
from shared.messaging.consumer import document_publications

RECIPIENTS_CONSUMER = "notifications-recipients"


def register(container: Container) -> None:
    """Customer events feed the recipients view."""
    container.subscribe(
        consumer=RECIPIENTS_CONSUMER,
        topics=[topics.CUSTOMERS],
        handlers={
            CustomerCreated: recipients.on_customer_created,
            CustomerUpdated: recipients.on_customer_updated,
            CustomerDeleted: recipients.on_customer_deleted,
        },
        description="Keeps the recipients view (email, language, opt-out, audience fields) in step with customers.",
    )
    document_publications(
        container.broker,
        topic=topics.NOTIFICATIONS,
        events=[EmailSent, EmailFailed, EmailBounced, MarketingOptedOut, BroadcastCompleted],
        namespace=container.settings.topic_namespace,
    )
