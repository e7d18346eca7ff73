"""Topic names. Every event of one aggregate goes to one topic keyed by the aggregate id."""

CUSTOMERS = "contacts.customers"
IMPORT_CHUNKS = "importer.chunks"
IMPORT_RESULTS = "contacts.import-results"
PORTAL = "portal.accounts"
SIGNIN_EMAILS = "portal.signin-emails"
NOTIFICATIONS = "notifications.emails"
BILLING = "billing.customers"
APPOINTMENTS = "scheduling.appointments"

ALL = (CUSTOMERS, IMPORT_CHUNKS, IMPORT_RESULTS, PORTAL, SIGNIN_EMAILS, NOTIFICATIONS, BILLING, APPOINTMENTS)


def dlq(topic: str) -> str:
    """The dead-letter topic of a topic."""
    return f"{topic}.dlq"


def resolve(topic: str, namespace: str = "") -> str:
    """The physical topic name under a namespace (empty in production, per-run in tests)."""
    return f"{namespace}{topic}"
