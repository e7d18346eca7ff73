"""Notifications' Kafka subscribers and the publications it documents."""

from notifications.service_layer import appointment_emails, recipients, triggers
from shared.container import Container
from shared.contracts import topics
from shared.contracts.billing import InvoiceIssued, PaymentReceived
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerRestored,
    CustomerUpdated,
    PersonAdded,
    PersonRemoved,
    PersonUpdated,
)
from shared.contracts.portal import PortalEmailConfirmationRequested, SignInEmailRequested
from shared.contracts.scheduling import AppointmentChanged, AppointmentReminderDue
from shared.messaging.consumer import document_publications
from shared.sealing import Keyring

RECIPIENTS_CONSUMER = "notifications-recipients"
BILLING_CONSUMER = "notifications-billing"
SIGNIN_CONSUMER = "notifications-signin"
SCHEDULING_CONSUMER = "notifications-scheduling"


def register(container: Container, keyring: Keyring) -> None:
    """Customer and people events feed the recipients view; billing and portal events cause emails."""
    on_signin_email_requested = triggers.signin_handler(keyring)
    container.subscribe(
        consumer=RECIPIENTS_CONSUMER,
        topics=[topics.CUSTOMERS],
        handlers={
            CustomerCreated: recipients.on_customer_created,
            CustomerUpdated: recipients.on_customer_updated,
            CustomerDeleted: recipients.on_customer_deleted,
            CustomerAnonymized: recipients.on_customer_anonymized,
            CustomerRestored: recipients.on_customer_restored,
            PersonAdded: triggers.on_person_changed,
            PersonUpdated: triggers.on_person_changed,
            PersonRemoved: triggers.on_person_removed,
        },
        description="Keeps recipients and people (email, language, opt-out, preferences) in step with contacts.",
    )
    container.subscribe(
        consumer=BILLING_CONSUMER,
        topics=[topics.BILLING],
        handlers={InvoiceIssued: triggers.on_invoice_issued, PaymentReceived: triggers.on_payment_received},
        description="Emails issued invoices and receipts to the customer and people who get invoices.",
    )
    container.subscribe(
        consumer=SIGNIN_CONSUMER,
        topics=[topics.SIGNIN_EMAILS],
        handlers={
            SignInEmailRequested: on_signin_email_requested,
            PortalEmailConfirmationRequested: on_signin_email_requested,
        },
        description="Sends invite, resend and sign-in links to the one person they are for.",
    )
    container.subscribe(
        consumer=SCHEDULING_CONSUMER,
        topics=[topics.APPOINTMENTS],
        handlers={
            AppointmentChanged: appointment_emails.on_appointment_changed,
            AppointmentReminderDue: appointment_emails.on_reminder_due,
        },
        description="Emails scheduled and confirmed appointments, and reminders, to people who follow scheduling.",
    )
    document_publications(container.broker, service="notifications", namespace=container.settings.topic_namespace)
