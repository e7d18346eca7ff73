"""importer's Kafka subscribers and the publications it documents."""

from importer.service_layer import known, progress
from shared.container import Container
from shared.contracts import topics
from shared.contracts.contacts import (
    CustomerAnonymized,
    CustomerCreated,
    CustomerDeleted,
    CustomerMerged,
    CustomerRestored,
    CustomerUpdated,
)
from shared.contracts.importer import (
    ImportChunkApplied,
    ImportUndone,
)
from shared.messaging.consumer import document_publications

RESULTS_CONSUMER = "importer-results"
CUSTOMERS_CONSUMER = "importer-customers"


def register(container: Container) -> None:
    """Chunk results drive job progress; customer events feed the view of known emails."""
    container.subscribe(
        consumer=RESULTS_CONSUMER,
        topics=[topics.IMPORT_RESULTS],
        handlers={ImportChunkApplied: progress.on_chunk_applied, ImportUndone: progress.on_import_undone},
        description="Counts each chunk's per-row results once; completes jobs; records undo outcomes.",
    )
    container.subscribe(
        consumer=CUSTOMERS_CONSUMER,
        topics=[topics.CUSTOMERS],
        handlers={
            CustomerCreated: known.on_customer_snapshot,
            CustomerUpdated: known.on_customer_snapshot,
            CustomerRestored: known.on_customer_snapshot,
            CustomerDeleted: known.on_customer_gone,
            CustomerAnonymized: known.on_customer_gone,
            CustomerMerged: known.on_customer_merged,
        },
        description="Keeps the importer's view of each facility's customer emails (duplicate detection).",
    )
    document_publications(container.broker, service="importer", namespace=container.settings.topic_namespace)
