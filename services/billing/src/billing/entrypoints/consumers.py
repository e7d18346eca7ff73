"""billing's Kafka subscribers and the publications it documents."""

from billing.service_layer import accounts
from shared.container import Container
from shared.contracts import billing, topics
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerMerged,
    CustomerRestored,
    CustomerUpdated,
)
from shared.contracts.envelope import Event
from shared.messaging.consumer import document_publications

CUSTOMERS_CONSUMER = "billing-customers"


def register(container: Container) -> None:
    """Learn customers from contacts; publish rentals, invoices, payments, cards and balances."""
    customer_events: list[type[Event]] = [
        CustomerCreated,
        CustomerUpdated,
        CustomerRestored,
        CustomerDeleted,
        CustomerAnonymized,
    ]
    container.subscribe(
        consumer=CUSTOMERS_CONSUMER,
        topics=[topics.CUSTOMERS],
        handlers={
            **dict.fromkeys(customer_events, accounts.on_customer_event),
            CustomerMerged: accounts.on_customer_merged,
        },
        description="Billing accounts follow the customers of contacts (name, email, deleted, merged).",
    )
    document_publications(
        container.broker,
        topic=topics.BILLING,
        events=[
            billing.FacilityBillingSettingsChanged,
            billing.RentalStarted,
            billing.RentalEnded,
            billing.InvoiceIssued,
            billing.InvoicePaid,
            billing.InvoiceVoided,
            billing.InvoiceOverdue,
            billing.InvoiceMarkedUncollectible,
            billing.InvoiceChanged,
            billing.PaymentReceived,
            billing.PaymentFailed,
            billing.PaymentRefunded,
            billing.PaymentDisputed,
            billing.DisputeClosed,
            billing.PaymentMethodChanged,
            billing.BalanceChanged,
        ],
        namespace=container.settings.topic_namespace,
    )
