"""billing's Kafka subscribers and the publications it documents."""

from billing.service_layer import accounts, cars
from billing.service_layer.from_portal import payment_handler
from billing.service_layer.orders import order_handler
from billing.service_layer.portal_cards import card_handler
from shared.container import Container
from shared.contracts import topics
from shared.contracts.contacts import (
    CarLinked,
    CarUnlinked,
    CarUpdated,
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerMerged,
    CustomerRestored,
    CustomerUpdated,
)
from shared.contracts.envelope import Event
from shared.contracts.portal import PortalInvoicePaymentRequested, PortalOrderPlaced, PortalPaymentMethodSubmitted
from shared.messaging.consumer import document_publications

CUSTOMERS_CONSUMER = "billing-customers"
# A group of its own, so that it reads the customers topic from the start when first deployed.
CARS_CONSUMER = "billing-cars"
PORTAL_CONSUMER = "billing-portal-payments"
# Its own group: shop orders are read from the start of the portal topic when first deployed.
ORDERS_CONSUMER = "billing-portal-orders"


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
    container.subscribe(
        consumer=CARS_CONSUMER,
        topics=[topics.CUSTOMERS],
        handlers=dict.fromkeys([CarLinked, CarUpdated, CarUnlinked], cars.on_car_event),
        description="Billing knows each car's facility, so a rental names a car of its own facility.",
    )
    container.subscribe(
        consumer=PORTAL_CONSUMER,
        topics=[topics.PORTAL],
        handlers={
            PortalInvoicePaymentRequested: payment_handler(container),
            PortalPaymentMethodSubmitted: card_handler(container),
        },
        description="Invoices a customer pays from the portal (charged to their default card), cards they add.",
    )
    container.subscribe(
        consumer=ORDERS_CONSUMER,
        topics=[topics.PORTAL],
        handlers={PortalOrderPlaced: order_handler(container)},
        description="Shop orders from the portal: re-checked, invoiced one-off, charged at once with pay_now.",
    )
    document_publications(container.broker, service="billing", namespace=container.settings.topic_namespace)
