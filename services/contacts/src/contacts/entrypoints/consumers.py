"""Contacts' Kafka subscribers and the publications it documents."""

from contacts.config import Settings
from contacts.service_layer import (
    from_billing,
    from_notifications,
    from_portal,
    import_chunks,
    import_undo,
    scheduling_jobs,
)
from shared.container import Container
from shared.contracts import billing, portal, topics
from shared.contracts.envelope import Event
from shared.contracts.importer import ImportChunkValidatedV2, ImportUndoRequested
from shared.contracts.notifications import EmailBounced, EmailFailed, EmailSent, MarketingOptedOut
from shared.messaging.consumer import document_publications

NOTIFICATIONS_CONSUMER = "contacts-notifications"
BILLING_CONSUMER = "contacts-billing"
IMPORT_CONSUMER = "contacts-import"
PORTAL_CONSUMER = "contacts-portal"


def register(container: Container, settings: Settings) -> None:
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
    container.subscribe(
        consumer=IMPORT_CONSUMER,
        topics=[topics.IMPORT_CHUNKS],
        handlers={ImportChunkValidatedV2: import_chunks.apply_chunk, ImportUndoRequested: import_undo.undo_import},
        description="Applies importer chunks in one transaction each and reports every row's outcome; undoes imports.",
        instances=settings.import_consumers,
    )
    billing_events: list[type[Event]] = [
        billing.RentalStarted,
        billing.RentalEnded,
        billing.InvoiceIssued,
        billing.InvoicePaid,
        billing.InvoiceVoided,
        billing.PaymentDisputed,
        billing.DisputeClosed,
    ]
    container.subscribe(
        consumer=BILLING_CONSUMER,
        topics=[topics.BILLING],
        handlers={
            **dict.fromkeys(billing_events, from_billing.on_billing_event),
            billing.FacilityBillingSettingsChanged: from_billing.on_facility_billing_settings,
        },
        description="Rentals set Active/Inactive; open rentals, unpaid invoices and disputes guard deletion; "
        "the facility's currency.",
    )
    container.subscribe(
        consumer=PORTAL_CONSUMER,
        topics=[topics.PORTAL],
        handlers={
            portal.PortalInviteIssued: from_billing.on_portal_event,
            portal.PortalSignedIn: from_billing.on_portal_event,
            portal.PortalProfileChanged: from_portal.on_profile_changed,
            portal.PortalPickupRequested: scheduling_jobs.on_pickup_requested,
        },
        description="Invited at / signed in at, portal profile edits and pick-up requests, and the timeline.",
    )
    document_publications(container.broker, service="contacts", namespace=container.settings.topic_namespace)
