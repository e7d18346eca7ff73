"""portal's Kafka subscribers and the publications it documents."""

from portal.config import Settings
from portal.service_layer import from_contacts as fc
from portal.service_layer import from_records as fr
from portal.service_layer import shop
from portal.service_layer.accounts import invite_handler
from portal.service_layer.cards import on_request_settled
from shared.container import Container
from shared.contracts import billing, contacts, topics
from shared.contracts.envelope import Event
from shared.contracts.scheduling import AppointmentChanged, FacilityEventChanged
from shared.messaging.consumer import Handler, document_publications

CUSTOMERS_CONSUMER = "portal-customers"
BILLING_CONSUMER = "portal-billing"
APPOINTMENTS_CONSUMER = "portal-appointments"


def customer_handlers(settings: Settings) -> dict[type[Event], Handler]:
    """Handlers of the customers topic: invites, profile, people, cars, documents."""
    return {
        contacts.InviteRequested: invite_handler(settings),
        contacts.CustomerCreated: fc.on_customer_created,
        contacts.CustomerUpdated: fc.on_customer_updated,
        contacts.CustomerRestored: fc.on_customer_restored,
        contacts.CustomerDeleted: fc.on_customer_deleted,
        contacts.CustomerMerged: fc.on_customer_merged,
        contacts.CustomerAnonymized: fc.on_customer_anonymized,
        contacts.PersonAdded: fc.on_person_changed,
        contacts.PersonUpdated: fc.on_person_changed,
        contacts.PersonRemoved: fc.on_person_removed,
        contacts.CarLinked: fr.on_car_changed,
        contacts.CarUpdated: fr.on_car_changed,
        contacts.CarUnlinked: fr.on_car_unlinked,
        contacts.DocumentAdded: fr.on_document_added,
        contacts.DocumentRemoved: fr.on_document_removed,
    }


BILLING_HANDLERS: dict[type[Event], Handler] = {
    billing.InvoiceChanged: fr.on_invoice_changed,
    billing.BalanceChanged: fr.on_balance_changed,
    billing.PaymentMethodChanged: fr.on_payment_method_changed,
    billing.BillingProductChanged: shop.on_product_changed,
    billing.BillingOrderChanged: shop.on_order_changed,
    billing.PaymentMethodRequestSettled: on_request_settled,
}
APPOINTMENT_HANDLERS: dict[type[Event], Handler] = {
    AppointmentChanged: fr.on_appointment_changed,
    FacilityEventChanged: fr.on_facility_event_changed,
}


def register(container: Container) -> None:
    """Invites and the customer's view from contacts; billing and appointments for the same view."""
    settings = container.settings
    assert isinstance(settings, Settings)
    # One group for all customer events, so an invite is applied after the person it names.
    container.subscribe(
        consumer=CUSTOMERS_CONSUMER,
        topics=[topics.CUSTOMERS],
        handlers=customer_handlers(settings),
        description="Accounts and invites, and the profile, people, cars and documents each customer sees.",
    )
    container.subscribe(
        consumer=BILLING_CONSUMER,
        topics=[topics.BILLING],
        handlers=BILLING_HANDLERS,
        description="Billing summary (balance, invoices, card brand and last four), the Shop, card requests answered.",
    )
    container.subscribe(
        consumer=APPOINTMENTS_CONSUMER,
        topics=[topics.APPOINTMENTS],
        handlers=APPOINTMENT_HANDLERS,
        description="Upcoming appointments each customer sees under Events, and facility events.",
    )
    ns = settings.topic_namespace
    document_publications(container.broker, service="portal", namespace=ns)
